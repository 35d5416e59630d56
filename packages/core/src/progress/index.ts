import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Progress from a baseline towards a target (tiến độ so với mốc): the share of the distance
 * from the baseline to the target that has been covered,
 *
 *     p = (actual − baseline) / (target − baseline)
 *
 * 0 is still at the baseline, 1 is at the target, above 1 is beyond it, below 0 is moving the
 * wrong way. It works for both directions: for a lower-is-better indicator (poverty rate
 * from 4% down to 2%) a fall is progress.
 *
 * Errors: `#DIV/0!` if the target equals the baseline (there is no distance to cover; judge
 * with {@link gap} instead); `#N/A` for a blank input; `#VALUE!` for text, NaN or a logical
 * value; `#NUM!` for an infinite input; an error value as input passes through.
 *
 * Method: [docs/method.md#attainment](../../../../docs/method.md#attainment).
 *
 * @param baseline value in the base year (mốc, năm gốc)
 * @param actual latest value (thực hiện)
 * @param target target value (chỉ tiêu), different from the baseline
 *
 * @example
 * progress(0.9, 0.925, 0.95)  // coverage from 90% towards 95%: half way
 * //=> 0.5
 * @example
 * progress(0.04, 0.03, 0.02)  // poverty rate from 4% towards 2%: half way
 * //=> 0.5
 * @example
 * progress(0.9, 0.92, 0.9).code
 * //=> '#DIV/0!'
 */
export function progress(baseline: NumberInput, actual: NumberInput, target: NumberInput): number | ChitieuError {
  const b = toNumber(baseline, 'progress', 'baseline');
  if (typeof b !== 'number') return b;
  const a = toNumber(actual, 'progress', 'actual');
  if (typeof a !== 'number') return a;
  const t = toNumber(target, 'progress', 'target');
  if (typeof t !== 'number') return t;
  if (t === b) {
    return chitieuError('division-by-zero', 'progress', {
      en: `the target equals the baseline (${t}), so there is no distance to cover`,
      vi: `chỉ tiêu bằng giá trị mốc (${t}) nên không có khoảng cách để tính tiến độ`,
    });
  }
  return finite((a - b) / (t - b), 'progress');
}

/**
 * Array form of {@link progress}: one share of the distance per row; each argument is a
 * column or one value for every row.
 *
 * @example
 * rowsOf(progress.array(100, [100, 150, 200, 250], 200))
 * //=> [0, 0.5, 1, 1.5]
 */
progress.array = function progressArray(
  baseline: ColumnOrValue<NumberInput>,
  actual: ColumnOrValue<NumberInput>,
  target: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('progress', [baseline, actual, target], ['baseline', 'actual', 'target']);
  if (typeof rows !== 'number') return rows;
  const b = numbersOf(baseline, rows);
  const a = numbersOf(actual, rows);
  const t = numbersOf(target, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: each element read once, the formula inline. NaN or ±Infinity anywhere, or a
    // value outside the domain, sends the row to the scalar function, which explains the error.
    const base = b[i];
    const goal = t[i];
    const p = (a[i] - base) / (goal - base);
    if (goal !== base && Number.isFinite(p) && Number.isFinite(base) && Number.isFinite(goal)) values[i] = p + 0;
    else setRow(result, i, progress(cell(baseline, i), cell(actual, i), cell(target, i)));
  }
  return result;
};
