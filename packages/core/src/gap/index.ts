import type { ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Gap to the target (chênh lệch so với chỉ tiêu), in the indicator's unit:
 *
 *     gap = actual − target
 *
 * For rates the gap is in percentage points as a fraction (`-0.025` is −2,5 điểm phần trăm).
 * Positive means above the target, whatever the indicator's direction: for a lower-is-better
 * indicator (poverty rate) a negative gap is good. Unlike {@link attainment}, the gap works
 * for targets of 0 or below, and it is how rate targets near 0% or 100% are judged.
 *
 * The plain difference is returned, with its binary noise (0.925 − 0.95 is
 * -0.025000000000000022): rounding for display is the job of {@link formatNumber}
 * (or {@link roundHalfAwayFromZero}), not of the computation.
 *
 * Errors: `#N/A` for a blank input; `#VALUE!` for text, NaN or a logical value; `#NUM!` for
 * an infinite input; an error value as input passes through.
 *
 * Method: [docs/method.md#attainment](../../../../docs/method.md#attainment).
 *
 * @param actual achieved value (thực hiện)
 * @param target target value (chỉ tiêu, kế hoạch)
 *
 * @example
 * gap(0.925, 0.95)  // health insurance coverage 92,5% against "95% trở lên": 2,5 pp short
 * //=> -0.025
 * @example
 * gap(14.6, 14)
 * //=> 0.6
 * @example
 * gap(null, 0.95).code
 * //=> '#N/A'
 */
export function gap(actual: NumberInput, target: NumberInput): number | ChitieuError {
  const a = toNumber(actual, 'gap', 'actual');
  if (typeof a !== 'number') return a;
  const t = toNumber(target, 'gap', 'target');
  if (typeof t !== 'number') return t;
  return finite(a - t, 'gap');
}

/**
 * Array form of {@link gap}: one difference per row; `actual` and `target` are columns or one
 * value for every row.
 *
 * @example
 * rowsOf(gap.array([0.97, 0.925], 0.95))
 * //=> [0.02, -0.025]
 */
gap.array = function gapArray(
  actual: ColumnOrValue<NumberInput>,
  target: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('gap', [actual, target], ['actual', 'target']);
  if (typeof rows !== 'number') return rows;
  const a = numbersOf(actual, rows);
  const t = numbersOf(target, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: one read per element; a finite difference needs finite inputs, so NaN or
    // ±Infinity anywhere sends the row to the scalar function for its error.
    const d = a[i] - t[i];
    if (Number.isFinite(d)) values[i] = d + 0;
    else setRow(result, i, gap(cell(actual, i), cell(target, i)));
  }
  return result;
};
