import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/** Relative distance to a whole number within which c* × population − covered is snapped to it. */
const SNAP = 1e-12;

/**
 * People still needed to reach a coverage target (số người cần tham gia thêm để đạt chỉ
 * tiêu), e.g. how many more people must join health insurance to reach "95% trở lên":
 *
 *     n = max(0, ceil(c* × population − covered))
 *
 * the smallest whole number of people n ≥ 0 with (covered + n) / population ≥ c*. 0 means the
 * target is already reached. A `covered` above the population (a coverage ratio above 100%)
 * is a data error, not a target reached: `#NUM!`, never 0, as the coverage table shows "–".
 *
 * Floating point: `c* × population` carries binary noise (0.55 × 100 is
 * 55.00000000000001, 0.67 × 1500 is 1005.0000000000001), and a bare `ceil` would then ask
 * for one person too many (56, 1006). So before rounding up, a value within a relative 1e-12
 * of a whole number (relative to the larger of c* × population, covered and 1) is taken as
 * that whole number. The noise of the product is at most 2.2e-16 relative, so 1e-12 absorbs
 * it with a wide margin while staying far below a real fraction of a person: a looser 1e-9
 * would, for a population of 14 million, snap 13 859 999.01 (99% of 13 999 999) down and
 * answer one person too few.
 *
 * Inputs are head counts; with a population in thousands the answer is in thousands, rounded
 * up to a whole thousand.
 *
 * Errors: `#NUM!` if `targetRatio` is outside [0, 1], the population is 0 or negative
 * (nothing is divided here, so 0 is out of the domain, not `#DIV/0!`), or `covered` is
 * negative or above the population; `#N/A` for a blank input; `#VALUE!` for text, NaN or a logical value; an error
 * value as input passes through.
 *
 * Method: [docs/method.md#coverage-shares-and-structure](../../../../docs/method.md#coverage-shares-and-structure).
 *
 * @param covered people covered now (số người đã tham gia), ≥ 0
 * @param population population (dân số), > 0
 * @param targetRatio coverage target c* as a fraction (0.95 for 95%), in [0, 1]
 *
 * @example
 * coverageGap(1_700_000, 1_837_838, 0.95)  // illustration: Thái Bình at 92,5% (11/2024), target 95%
 * //=> 45947
 * @example
 * coverageGap(50, 100, 0.55)  // 0.55 × 100 is 55.00000000000001 in binary: still 5, not 6
 * //=> 5
 * @example
 * coverageGap(980, 1000, 0.95)
 * //=> 0
 * @example
 * coverageGap(900, 1000, 95).code  // a percent, not a fraction
 * //=> '#NUM!'
 */
export function coverageGap(
  covered: NumberInput,
  population: NumberInput,
  targetRatio: NumberInput,
): number | ChitieuError {
  const c = toNumber(covered, 'coverageGap', 'covered');
  if (typeof c !== 'number') return c;
  const p = toNumber(population, 'coverageGap', 'population');
  if (typeof p !== 'number') return p;
  const t = toNumber(targetRatio, 'coverageGap', 'targetRatio');
  if (typeof t !== 'number') return t;
  if (t < 0 || t > 1) {
    return outOfDomain(
      `the target ratio must be between 0 and 1, e.g. 0.95 for 95% (got ${t})`,
      `tỷ lệ chỉ tiêu phải nằm trong khoảng 0 đến 1, ví dụ 0.95 cho 95% (nhận được ${t})`,
    );
  }
  if (p <= 0)
    return outOfDomain(`the population must be greater than 0 (got ${p})`, `dân số phải lớn hơn 0 (nhận được ${p})`);
  if (c < 0) {
    return outOfDomain(
      `the number covered must not be negative (got ${c})`,
      `số đã tham gia không được âm (nhận được ${c})`,
    );
  }
  if (c > p) {
    return outOfDomain(
      `the number covered (${c}) exceeds the population (${p}): a coverage above 100% is a data error to check`,
      `số đã tham gia (${c}) lớn hơn dân số (${p}): tỷ lệ bao phủ trên 100% là lỗi số liệu cần kiểm tra`,
    );
  }
  const wanted = t * p;
  const x = wanted - c;
  const whole = Math.round(x);
  const n = Math.max(0, Math.ceil(Math.abs(x - whole) <= SNAP * Math.max(1, wanted, c) ? whole : x));
  return finite(n, 'coverageGap');
}

function outOfDomain(en: string, vi: string): ChitieuError {
  return chitieuError('out-of-domain', 'coverageGap', { en, vi });
}

/**
 * Array form of {@link coverageGap}: people still needed, per row; each argument is a column
 * or one value for every row (e.g. one target for every commune).
 *
 * @example
 * rowsOf(coverageGap.array([900, 940, 990], 1000, 0.95))
 * //=> [50, 10, 0]
 */
coverageGap.array = function coverageGapArray(
  covered: ColumnOrValue<NumberInput>,
  population: ColumnOrValue<NumberInput>,
  targetRatio: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('coverageGap', [covered, population, targetRatio], ['covered', 'population', 'targetRatio']);
  if (typeof rows !== 'number') return rows;
  const c = numbersOf(covered, rows);
  const p = numbersOf(population, rows);
  const t = numbersOf(targetRatio, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: the formula inline, snap included, exactly as the scalar computes it. NaN or
    // ±Infinity anywhere (x - x is then NaN) or a value outside the domain sends the row to
    // the scalar function, which explains the error.
    let n = NaN;
    if (t[i] >= 0 && t[i] <= 1 && p[i] > 0 && c[i] >= 0 && c[i] <= p[i]) {
      const wanted = t[i] * p[i];
      const x = wanted - c[i];
      const whole = Math.round(x);
      n = Math.max(0, Math.ceil(Math.abs(x - whole) <= SNAP * Math.max(1, wanted, c[i]) ? whole : x));
    }
    if (n - n + (p[i] - p[i]) + (c[i] - c[i]) === 0) values[i] = n + 0;
    else setRow(result, i, coverageGap(cell(covered, i), cell(population, i), cell(targetRatio, i)));
  }
  return result;
};
