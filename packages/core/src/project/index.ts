import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Projection at constant growth (dự báo): the value reached after `years` years of growth at
 * `rate` per year from `value`,
 *
 *     y_T = value × (1 + rate)^years
 *
 * where `years` is `T - k`, the years from the latest value to the projected year (it may be
 * fractional, or 0, which gives `value`). Rates are fractions (0.0856 is 8,56%/năm). A value
 * of 0 projects to 0.
 *
 * Errors: `#NUM!` if `rate < -1` or `years < 0`, and if the result is too large to represent;
 * `#N/A` for a blank input; `#VALUE!` for text or NaN; `#NUM!` for an infinite input.
 *
 * Method: [docs/method.md#growth](../../../../docs/method.md#growth).
 *
 * @param value latest value (y_k)
 * @param rate yearly growth rate (g), ≥ -1
 * @param years years ahead (T - k), ≥ 0
 *
 * @example
 * project(100, 0.1, 2)
 * //=> 121
 * @example
 * project(100, 0.0856, 0)
 * //=> 100
 * @example
 * project(100, -1.5, 2).code
 * //=> '#NUM!'
 */
export function project(value: NumberInput, rate: NumberInput, years: NumberInput): number | ChitieuError {
  const y = toNumber(value, 'project', 'value');
  if (typeof y !== 'number') return y;
  const g = toNumber(rate, 'project', 'rate');
  if (typeof g !== 'number') return g;
  const n = toNumber(years, 'project', 'years');
  if (typeof n !== 'number') return n;
  if (g < -1) {
    return outOfDomain(
      `the growth rate must not be below -1 (-100%) (got ${g})`,
      `tốc độ tăng không được nhỏ hơn -1 (-100%) (nhận được ${g})`,
    );
  }
  if (n < 0) {
    return outOfDomain(`the number of years must not be negative (got ${n})`, `số năm không được âm (nhận được ${n})`);
  }
  if (y === 0) return 0; // 0 × an overflowing power is still 0
  return finite(y * Math.pow(1 + g, n), 'project');
}

function outOfDomain(en: string, vi: string): ChitieuError {
  return chitieuError('out-of-domain', 'project', { en, vi });
}

/**
 * Array form of {@link project}: one projected value per row. Each argument is a column or
 * one value for every row (e.g. `years = 2`).
 *
 * @example
 * rowsOf(project.array([100, 200], [0.1, -0.5], 2))
 * //=> [121, 50]
 */
project.array = function projectArray(
  value: ColumnOrValue<NumberInput>,
  rate: ColumnOrValue<NumberInput>,
  years: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('project', [value, rate, years], ['value', 'rate', 'years']);
  if (typeof rows !== 'number') return rows;
  const y = numbersOf(value, rows);
  const g = numbersOf(rate, rows);
  const n = numbersOf(years, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: each element read once, the formula inline. NaN or ±Infinity anywhere, or a
    // value outside the domain, sends the row to the scalar function, which explains the error.
    const growth = g[i];
    const span = n[i];
    const projected = y[i] * Math.pow(1 + growth, span);
    if (growth >= -1 && span >= 0 && Number.isFinite(projected) && Number.isFinite(growth) && Number.isFinite(span))
      values[i] = projected + 0;
    else setRow(result, i, project(cell(value, i), cell(rate, i), cell(years, i)));
  }
  return result;
};
