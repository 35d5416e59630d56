import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Growth rate (tốc độ tăng) of a year over the year before (so với cùng kỳ, so với năm
 * trước):
 *
 *     g = current / previous - 1 = (current - previous) / previous
 *
 * as a fraction (0.0856 is 8,56%). It is the development index minus 1, see
 * {@link developmentIndex}.
 *
 * Errors: `#DIV/0!` if `previous = 0`; `#NUM!` if `previous < 0` (a change of sign has no
 * growth rate) or `current < 0`; `#N/A` for a blank input; `#VALUE!` for text or NaN;
 * `#NUM!` for an infinite input.
 *
 * @param previous level of the previous year or period (y_(t-1)), > 0
 * @param current level of the current year or period (y_t), ≥ 0
 *
 * @example
 * growthRate(100, 108.56)
 * //=> 0.0856
 * @example
 * growthRate(0, 5).code
 * //=> '#DIV/0!'
 * @example
 * growthRate(-20, 10).reason
 * //=> 'out-of-domain'
 */
export function growthRate(previous: NumberInput, current: NumberInput): number | ChitieuError {
  const p = toNumber(previous, 'growthRate', 'previous');
  if (typeof p !== 'number') return p;
  const c = toNumber(current, 'growthRate', 'current');
  if (typeof c !== 'number') return c;
  if (p === 0) {
    return chitieuError('division-by-zero', 'growthRate', {
      en: 'the previous value is 0, so the growth rate is undefined',
      vi: 'giá trị kỳ trước bằng 0 nên không tính được tốc độ tăng',
    });
  }
  if (p < 0) {
    return outOfDomain(
      `the previous value must be greater than 0 (got ${p}); a change of sign has no growth rate`,
      `giá trị kỳ trước phải lớn hơn 0 (nhận được ${p}); đổi dấu thì không có tốc độ tăng`,
    );
  }
  if (c < 0) {
    return outOfDomain(
      `the current value must not be negative (got ${c}); a change of sign has no growth rate`,
      `giá trị kỳ này không được âm (nhận được ${c}); đổi dấu thì không có tốc độ tăng`,
    );
  }
  // (c - p) / p rather than c / p - 1: the subtraction is exact when the two levels are close,
  // so a small rate keeps all its digits.
  return finite((c - p) / p, 'growthRate');
}

function outOfDomain(en: string, vi: string): ChitieuError {
  return chitieuError('out-of-domain', 'growthRate', { en, vi });
}

/**
 * Array form of {@link growthRate}: one rate per row; `previous` and `current` are
 * columns or one value for every row.
 *
 * @example
 * rowsOf(growthRate.array([100, 200, 0], [103.23, 190, 5])).map((row) => (typeof row === 'number' ? row : row.code))
 * //=> [0.0323, -0.05, '#DIV/0!']
 */
growthRate.array = function growthRateArray(
  previous: ColumnOrValue<NumberInput>,
  current: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('growthRate', [previous, current], ['previous', 'current']);
  if (typeof rows !== 'number') return rows;
  const p = numbersOf(previous, rows);
  const c = numbersOf(current, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: the formula inline. NaN or ±Infinity anywhere (x - x is then NaN) or a value
    // outside the domain sends the row to the scalar function, which explains the error.
    const rate = p[i] > 0 && c[i] >= 0 ? (c[i] - p[i]) / p[i] : NaN;
    if (rate - rate + (p[i] - p[i]) === 0) values[i] = rate + 0;
    else setRow(result, i, growthRate(cell(previous, i), cell(current, i)));
  }
  return result;
};
