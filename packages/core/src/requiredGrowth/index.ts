import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Required growth rate (tốc độ tăng cần thiết): the constant yearly growth that takes the
 * latest value `y_k` to a level target `Y*` in the `T - k` years that are left,
 *
 *     g_req = (target / current)^(1 / years) - 1
 *
 * as a fraction (0.1 is 10%/năm). `years` is `T - k` and may be fractional. A target below the
 * current value gives a negative rate (the fall that is still allowed); a target of 0 gives -1.
 *
 * Errors: `#NUM!` if `current ≤ 0`, `target < 0` or `years ≤ 0`; `#N/A` for a blank input;
 * `#VALUE!` for text or NaN; `#NUM!` for an infinite input.
 *
 * @param current latest value (y_k), > 0
 * @param target level to reach (Y*), ≥ 0
 * @param years years left to reach it (T - k), > 0
 *
 * @example
 * requiredGrowth(100, 121, 2)
 * //=> 0.1
 * @example
 * requiredGrowth(0, 121, 2).code
 * //=> '#NUM!'
 */
export function requiredGrowth(current: NumberInput, target: NumberInput, years: NumberInput): number | ChitieuError {
  const c = toNumber(current, 'requiredGrowth', 'current');
  if (typeof c !== 'number') return c;
  const t = toNumber(target, 'requiredGrowth', 'target');
  if (typeof t !== 'number') return t;
  const n = toNumber(years, 'requiredGrowth', 'years');
  if (typeof n !== 'number') return n;
  if (n <= 0) {
    return outOfDomain(
      `the number of years left must be greater than 0 (got ${n})`,
      `số năm còn lại phải lớn hơn 0 (nhận được ${n})`,
    );
  }
  if (c <= 0) {
    return outOfDomain(
      `the current value must be greater than 0 (got ${c})`,
      `giá trị hiện tại phải lớn hơn 0 (nhận được ${c})`,
    );
  }
  if (t < 0) {
    return outOfDomain(`the target must not be negative (got ${t})`, `mục tiêu không được âm (nhận được ${t})`);
  }
  // expm1(ln(·)/n) rather than pow(·, 1/n) − 1: the same rate as cagr, without losing the
  // digits of a small rate to cancellation.
  return finite(Math.expm1(Math.log(t / c) / n), 'requiredGrowth');
}

function outOfDomain(en: string, vi: string): ChitieuError {
  return chitieuError('out-of-domain', 'requiredGrowth', { en, vi });
}

/**
 * Array form of {@link requiredGrowth}: one rate per row. Each argument is a column or one
 * value for every row (e.g. `years = 2`).
 *
 * @example
 * rowsOf(requiredGrowth.array([100, 100], [121, 100], 2))
 * //=> [0.1, 0]
 */
requiredGrowth.array = function requiredGrowthArray(
  current: ColumnOrValue<NumberInput>,
  target: ColumnOrValue<NumberInput>,
  years: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('requiredGrowth', [current, target, years], ['current', 'target', 'years']);
  if (typeof rows !== 'number') return rows;
  const c = numbersOf(current, rows);
  const t = numbersOf(target, rows);
  const n = numbersOf(years, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: each element read once, the formula inline. NaN or ±Infinity anywhere, or a
    // value outside the domain, sends the row to the scalar function, which explains the error.
    const level = c[i];
    const goal = t[i];
    const span = n[i];
    const rate = Math.expm1(Math.log(goal / level) / span);
    if (
      span > 0 &&
      level > 0 &&
      goal >= 0 &&
      Number.isFinite(rate) &&
      Number.isFinite(level) &&
      Number.isFinite(goal) &&
      Number.isFinite(span)
    )
      values[i] = rate + 0;
    else setRow(result, i, requiredGrowth(cell(current, i), cell(target, i), cell(years, i)));
  }
  return result;
};
