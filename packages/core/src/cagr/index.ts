import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Compound annual growth rate between two levels (tốc độ tăng bình quân từ hai đầu mút),
 * the same quantity as Excel's `RRI(years, start, end)`:
 *
 *     g = (end / start)^(1 / years) - 1
 *
 * The result is a fraction (0.0856 is 8,56%/năm). `years` may be fractional, as in Excel.
 * It is computed as `expm1(ln(end / start) / years)`, the same quantity as `pow(...) − 1` but
 * without the cancellation that costs `pow − 1` its last digits for small rates, and about
 * twice as fast (docs/benchmarks.md).
 *
 * Errors: `#NUM!` if `years ≤ 0`, `start ≤ 0` or `end < 0` (Excel's RRI gives `#NUM!` too);
 * `#N/A` for a blank input; `#VALUE!` for text or NaN. `end = 0` gives -1 (-100%).
 *
 * @param start level in the base year (y₀), > 0
 * @param end level in the last year (yₙ), ≥ 0
 * @param years number of years between them (n), > 0
 *
 * @example
 * cagr(100, 121, 2)
 * //=> 0.1
 * @example
 * cagr(10000, 11000, 96)  // Microsoft's RRI example: 0.0009933
 * //=> 0.0009933
 * @example
 * cagr(-5, 10, 2).code
 * //=> '#NUM!'
 */
export function cagr(start: NumberInput, end: NumberInput, years: NumberInput): number | ChitieuError {
  const y0 = toNumber(start, 'cagr', 'start');
  if (typeof y0 !== 'number') return y0;
  const yn = toNumber(end, 'cagr', 'end');
  if (typeof yn !== 'number') return yn;
  const n = toNumber(years, 'cagr', 'years');
  if (typeof n !== 'number') return n;
  if (n <= 0)
    return outOfDomain(
      `the number of years must be greater than 0 (got ${n})`,
      `số năm phải lớn hơn 0 (nhận được ${n})`,
    );
  if (y0 <= 0)
    return outOfDomain(
      `the start value must be greater than 0 (got ${y0})`,
      `giá trị đầu kỳ phải lớn hơn 0 (nhận được ${y0})`,
    );
  if (yn < 0)
    return outOfDomain(
      `the end value must not be negative (got ${yn})`,
      `giá trị cuối kỳ không được âm (nhận được ${yn})`,
    );
  return finite(Math.expm1(Math.log(yn / y0) / n), 'cagr');
}

function outOfDomain(en: string, vi: string): ChitieuError {
  return chitieuError('out-of-domain', 'cagr', { en, vi });
}

/**
 * Array form of {@link cagr}: one rate per row. Each argument is a column (array or typed
 * array) or one value for every row (e.g. `years = 5`).
 *
 * @example
 * rowsOf(cagr.array([100, 100], [121, 0], 2))
 * //=> [0.1, -1]
 */
cagr.array = function cagrArray(
  start: ColumnOrValue<NumberInput>,
  end: ColumnOrValue<NumberInput>,
  years: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('cagr', [start, end, years], ['start', 'end', 'years']);
  if (typeof rows !== 'number') return rows;
  const y0 = numbersOf(start, rows);
  const yn = numbersOf(end, rows);
  const n = numbersOf(years, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: each element read once, the formula inline. NaN or ±Infinity anywhere, or a
    // value outside the domain, sends the row to the scalar function, which explains the error.
    const first = y0[i];
    const last = yn[i];
    const span = n[i];
    const rate = Math.expm1(Math.log(last / first) / span);
    if (
      span > 0 &&
      first > 0 &&
      last >= 0 &&
      Number.isFinite(rate) &&
      Number.isFinite(first) &&
      Number.isFinite(last) &&
      Number.isFinite(span)
    )
      values[i] = rate + 0;
    else setRow(result, i, cagr(cell(start, i), cell(end, i), cell(years, i)));
  }
  return result;
};
