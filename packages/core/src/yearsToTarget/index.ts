import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Years to reach a target (số năm để đạt mục tiêu) growing at a constant `rate` from the
 * `current` value:
 *
 *     n = ln(target / current) / ln(1 + rate)
 *
 * The result is a number of years, usually fractional (2.3 years: reached during the third
 * year). It is 0 if the target equals the current value. Rates are fractions (0.1 is 10%).
 *
 * Errors: `#NUM!` (`never-reached`) if no `n ≥ 0` reaches the target: a rate of 0 with a
 * target different from the current value, or a rate that moves away from the target;
 * `#NUM!` (`out-of-domain`) if `current ≤ 0`, `target ≤ 0` or `rate ≤ -1`; `#N/A` for a blank
 * input; `#VALUE!` for text or NaN; `#NUM!` for an infinite input.
 *
 * Method: [docs/method.md#growth](../../../../docs/method.md#growth).
 *
 * @param current latest value (y_k), > 0
 * @param target level to reach (Y*), > 0
 * @param rate yearly growth rate (g), > -1
 *
 * @example
 * yearsToTarget(100, 121, 0.1)
 * //=> 2
 * @example
 * yearsToTarget(100, 50, -0.5)
 * //=> 1
 * @example
 * yearsToTarget(100, 121, -0.02).reason
 * //=> 'never-reached'
 */
export function yearsToTarget(current: NumberInput, target: NumberInput, rate: NumberInput): number | ChitieuError {
  const c = toNumber(current, 'yearsToTarget', 'current');
  if (typeof c !== 'number') return c;
  const t = toNumber(target, 'yearsToTarget', 'target');
  if (typeof t !== 'number') return t;
  const g = toNumber(rate, 'yearsToTarget', 'rate');
  if (typeof g !== 'number') return g;
  if (c <= 0) {
    return outOfDomain(
      `the current value must be greater than 0 (got ${c})`,
      `giá trị hiện tại phải lớn hơn 0 (nhận được ${c})`,
    );
  }
  if (t <= 0)
    return outOfDomain(`the target must be greater than 0 (got ${t})`, `mục tiêu phải lớn hơn 0 (nhận được ${t})`);
  if (g <= -1) {
    return outOfDomain(
      `the growth rate must be greater than -1 (-100%) (got ${g})`,
      `tốc độ tăng phải lớn hơn -1 (-100%) (nhận được ${g})`,
    );
  }
  if (t === c) return 0;
  const n = logRatio(t, c) / Math.log1p(g);
  if (g === 0 || n < 0) {
    return chitieuError('never-reached', 'yearsToTarget', {
      en: `the target ${t} is never reached from ${c} at a growth rate of ${g}`,
      vi: `với tốc độ tăng ${g}, từ ${c} không bao giờ đạt mục tiêu ${t}`,
    });
  }
  return finite(n, 'yearsToTarget');
}

/** ln(t / c) for t, c > 0; the difference of logs only when the ratio leaves the double range. */
function logRatio(t: number, c: number): number {
  const ratio = t / c;
  return ratio > 0 && ratio - ratio === 0 ? Math.log(ratio) : Math.log(t) - Math.log(c);
}

function outOfDomain(en: string, vi: string): ChitieuError {
  return chitieuError('out-of-domain', 'yearsToTarget', { en, vi });
}

/**
 * Array form of {@link yearsToTarget}: one number of years per row. Each argument is a column
 * or one value for every row (e.g. one `rate` for every indicator).
 *
 * @example
 * rowsOf(yearsToTarget.array([100, 100, 100], [121, 100, 90], 0.1)).map((row) => (typeof row === 'number' ? row : row.reason))
 * //=> [2, 0, 'never-reached']
 */
yearsToTarget.array = function yearsToTargetArray(
  current: ColumnOrValue<NumberInput>,
  target: ColumnOrValue<NumberInput>,
  rate: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('yearsToTarget', [current, target, rate], ['current', 'target', 'rate']);
  if (typeof rows !== 'number') return rows;
  const c = numbersOf(current, rows);
  const t = numbersOf(target, rows);
  const g = numbersOf(rate, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: the formula inline, for the usual case of a ratio inside the double range.
    // NaN or ±Infinity anywhere, a value outside the domain, a target never reached (n < 0 or
    // a rate of 0) or a target equal to the current value goes to the scalar function.
    const ratio = t[i] / c[i];
    const n = c[i] > 0 && t[i] > 0 && g[i] > -1 && ratio > 0 ? Math.log(ratio) / Math.log1p(g[i]) : NaN;
    if (n > 0 && n - n + (c[i] - c[i]) + (t[i] - t[i]) + (g[i] - g[i]) === 0) values[i] = n;
    else setRow(result, i, yearsToTarget(cell(current, i), cell(target, i), cell(rate, i)));
  }
  return result;
};
