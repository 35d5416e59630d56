import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Percent of plan or target (so với kế hoạch): `a = actual / target`, as a fraction
 * (0.863 is 86,3%).
 *
 * The ratio is neutral: it does not depend on the indicator's direction. For a
 * lower-is-better indicator (poverty rate, accidents) a result below 1 is good; use
 * {@link status} for a verdict.
 *
 * Errors: `#DIV/0!` if the target is 0; `#NUM!` if the target is negative (a ratio to a
 * negative target reads backwards); `#N/A` for a blank input; `#VALUE!` for text or NaN.
 *
 * Method: [docs/method.md#attainment](../../../../docs/method.md#attainment).
 *
 * @param actual achieved value (thực hiện)
 * @param target plan or target value (kế hoạch, chỉ tiêu), > 0
 *
 * @example
 * attainment(86.3, 100)
 * //=> 0.863
 * @example
 * attainment(5, 0).code
 * //=> '#DIV/0!'
 */
export function attainment(actual: NumberInput, target: NumberInput): number | ChitieuError {
  const a = toNumber(actual, 'attainment', 'actual');
  if (typeof a !== 'number') return a;
  const t = toNumber(target, 'attainment', 'target');
  if (typeof t !== 'number') return t;
  if (t === 0) {
    return chitieuError('division-by-zero', 'attainment', {
      en: 'the target is 0, so percent of target is undefined',
      vi: 'chỉ tiêu bằng 0 nên không tính được tỷ lệ so với chỉ tiêu',
    });
  }
  if (t < 0) {
    return chitieuError('out-of-domain', 'attainment', {
      en: `the target must be greater than 0 (got ${t}); compare negative targets with gap`,
      vi: `chỉ tiêu phải lớn hơn 0 (nhận được ${t}); với chỉ tiêu âm hãy dùng gap (chênh lệch)`,
    });
  }
  return finite(a / t, 'attainment');
}

/**
 * Array form of {@link attainment}: one ratio per row; `actual` and `target` are columns or
 * one value for every row.
 *
 * @example
 * rowsOf(attainment.array([90, 110, null], 100)).map((row) => (typeof row === 'number' ? row : row.code))
 * //=> [0.9, 1.1, '#N/A']
 */
attainment.array = function attainmentArray(
  actual: ColumnOrValue<NumberInput>,
  target: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('attainment', [actual, target], ['actual', 'target']);
  if (typeof rows !== 'number') return rows;
  const a = numbersOf(actual, rows);
  const t = numbersOf(target, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: each element read once, the formula inline. NaN or ±Infinity anywhere, or a
    // value outside the domain, sends the row to the scalar function, which explains the error.
    const x = a[i];
    const y = t[i];
    const ratio = x / y;
    // y in (0, ∞) and a finite ratio imply a finite x: three compares cover every bad input.
    if (y > 0 && y < Infinity && ratio - ratio === 0) values[i] = ratio + 0;
    else setRow(result, i, attainment(cell(actual, i), cell(target, i)));
  }
  return result;
};
