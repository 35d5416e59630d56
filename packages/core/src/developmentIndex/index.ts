import type { ChitieuError } from '../errors/index.js';
import type { NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import { readLevels } from '../_lib/levels.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Development index (chỉ số phát triển): the level of a year relative to the year before,
 *
 *     I = current / previous
 *
 * as a fraction (1.0856 is shown as 108,56%). Its growth rate is `I - 1`, see
 * {@link growthRate}.
 *
 * Errors: `#DIV/0!` if `previous = 0`; `#NUM!` if `previous < 0` (a change of sign has no
 * growth rate) or `current < 0`; `#N/A` for a blank input; `#VALUE!` for text or NaN;
 * `#NUM!` for an infinite input.
 *
 * Method: [docs/method.md#growth](../../../../docs/method.md#growth).
 *
 * @param previous level of the previous year or period (y_(t-1)), > 0
 * @param current level of the current year or period (y_t), ≥ 0
 *
 * @example
 * developmentIndex(100, 108.56)
 * //=> 1.0856
 * @example
 * developmentIndex(0, 5).code
 * //=> '#DIV/0!'
 * @example
 * developmentIndex(-20, 10).reason
 * //=> 'out-of-domain'
 */
export function developmentIndex(previous: NumberInput, current: NumberInput): number | ChitieuError {
  const levels = readLevels('developmentIndex', previous, current);
  if (!Array.isArray(levels)) return levels;
  const [p, c] = levels;
  return finite(c / p, 'developmentIndex');
}

/**
 * Array form of {@link developmentIndex}: one index per row; `previous` and `current` are
 * columns or one value for every row.
 *
 * @example
 * rowsOf(developmentIndex.array([100, 200, 0], [103.23, 190, 5])).map((row) => (typeof row === 'number' ? row : row.code))
 * //=> [1.0323, 0.95, '#DIV/0!']
 */
developmentIndex.array = function developmentIndexArray(
  previous: ColumnOrValue<NumberInput>,
  current: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('developmentIndex', [previous, current], ['previous', 'current']);
  if (typeof rows !== 'number') return rows;
  const p = numbersOf(previous, rows);
  const c = numbersOf(current, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: each element read once, the formula inline. NaN or ±Infinity anywhere, or a
    // value outside the domain, sends the row to the scalar function, which explains the error.
    const before = p[i];
    const now = c[i];
    const index = now / before;
    if (before > 0 && now >= 0 && Number.isFinite(index) && Number.isFinite(before)) values[i] = index + 0;
    else setRow(result, i, developmentIndex(cell(previous, i), cell(current, i)));
  }
  return result;
};
