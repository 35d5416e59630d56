import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { isBlank, toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import { sumLogGrowth } from '../_lib/logGrowth.js';
import { type Column, type ColumnOrValue, type NumberColumnResult } from '../column/index.js';
import { cell, everyColumn, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Growth still needed in each remaining year of a term (tốc độ tăng cần thiết những năm còn
 * lại) to meet an average-growth target `g*` over `T` years ("tăng trưởng bình quân 9%/năm
 * giai đoạn 2021 - 2025"), after the rates `g_1..g_k` already achieved:
 *
 *     g_req = ((1 + g*)^T / Π_(i≤k) (1 + g_i))^(1 / (T - k)) - 1
 *
 * Growing at `g_req` in each of the `T - k` remaining years makes the geometric average of
 * the whole term exactly `g*` (see {@link averageGrowth}). Rates are fractions (0.09 is 9%).
 * Blank achieved rates are skipped and `k` is the number of non-blank ones; with no achieved
 * rate the answer is `g*` itself. The list is the rates achieved, not the plan years: where
 * one cell stands for each plan year, a blank year before the latest has passed and is no
 * remaining year, so `termVerdict` (and the term review) gives "too little data" rather
 * than call this with it. Computed in logarithms (`log1p`, `expm1`) for accuracy.
 *
 * Errors: `#NUM!` if `targetRate ≤ -1`, `termYears ≤ 0`, an achieved rate is -1 or below, or
 * no year is left (`T - k ≤ 0`); `#VALUE!` if `achievedRates` is not a list, or for text, NaN
 * or a logical value; `#N/A` for a blank `targetRate` or `termYears`; an error value passes
 * through unchanged (the first one found).
 *
 * Method: [docs/method.md#growth](../../../../docs/method.md#growth).
 *
 * @param targetRate the term's average growth target (g*), > -1
 * @param termYears the number of years of the term (T), > 0; usually 5
 * @param achievedRates the yearly rates already achieved (g_1..g_k), an array or typed array
 *
 * @example
 * requiredAverageGrowth(0.09, 5, [0.0856, 0.0856, 0.0856])  // docs/method.md worked example: 9,663%
 * //=> 0.09663
 * @example
 * requiredAverageGrowth(0.09, 5, [])
 * //=> 0.09
 * @example
 * requiredAverageGrowth(0.09, 3, [0.08, 0.09, 0.1]).code  // no year left
 * //=> '#NUM!'
 */
export function requiredAverageGrowth(
  targetRate: NumberInput,
  termYears: NumberInput,
  achievedRates: Column<NumberInput>,
): number | ChitieuError {
  const target = toNumber(targetRate, 'requiredAverageGrowth', 'targetRate');
  if (typeof target !== 'number') return target;
  const term = toNumber(termYears, 'requiredAverageGrowth', 'termYears');
  if (typeof term !== 'number') return term;
  if (target <= -1) {
    return outOfDomain(
      `the target rate must be greater than -1 (-100%) (got ${target})`,
      `tốc độ tăng mục tiêu phải lớn hơn -1 (-100%) (nhận được ${target})`,
    );
  }
  if (term <= 0) {
    return outOfDomain(
      `the number of years of the term must be greater than 0 (got ${term})`,
      `số năm của nhiệm kỳ phải lớn hơn 0 (nhận được ${term})`,
    );
  }
  // Π(1 + g_i) of the years achieved, in logarithms, read as averageGrowth reads its rates.
  const read = sumLogGrowth(achievedRates, 'requiredAverageGrowth', 'achievedRates');
  if (isChitieuError(read)) return read;
  const achieved = read.sum;
  const k = read.years;
  if (term - k <= 0) {
    return outOfDomain(
      `no years left in the term: ${k} rates achieved in a term of ${term} years`,
      `nhiệm kỳ không còn năm nào: đã có ${k} năm trong nhiệm kỳ ${term} năm`,
    );
  }
  return finite(Math.expm1((term * Math.log1p(target) - achieved) / (term - k)), 'requiredAverageGrowth');
}

function outOfDomain(en: string, vi: string): ChitieuError {
  return chitieuError('out-of-domain', 'requiredAverageGrowth', { en, vi });
}

/**
 * Array form of {@link requiredAverageGrowth}: one rate per row (row i is one indicator).
 * `targetRates` and `termYears` are columns or one value for every row; `achievedColumns` is a
 * list of columns, one per achieved year (`[rates2021, rates2022, rates2023]`), possibly empty.
 * Blanks in a row are skipped. An `achievedColumns` that is not a list of columns is
 * `#VALUE!`; columns of different lengths are `#VALUE!` (`length-mismatch`).
 *
 * @example
 * rowsOf(requiredAverageGrowth.array([0.09, 0.07], 5, [[0.0856, 0.07], [0.0856, null]]))
 * //=> [0.09294, 0.07]
 */
requiredAverageGrowth.array = function requiredAverageGrowthArray(
  targetRates: ColumnOrValue<NumberInput>,
  termYears: ColumnOrValue<NumberInput>,
  achievedColumns: readonly Column<NumberInput>[],
): NumberColumnResult | ChitieuError {
  if (!Array.isArray(achievedColumns) || !everyColumn(achievedColumns)) {
    return chitieuError('invalid-option', 'requiredAverageGrowth', {
      en: 'achievedColumns must be a list of columns, one per achieved year',
      vi: 'achievedColumns phải là danh sách các cột, mỗi cột một năm đã đạt',
    });
  }
  const count = achievedColumns.length;
  const rows = rowCount(
    'requiredAverageGrowth',
    [targetRates, termYears, ...achievedColumns],
    ['targetRates', 'termYears', ...achievedColumns.map((_, j) => `achievedColumns[${j}]`)],
  );
  if (typeof rows !== 'number') return rows;
  const target = numbersOf(targetRates, rows);
  const term = numbersOf(termYears, rows);
  const numbers: Float64Array[] = new Array(count);
  for (let j = 0; j < count; j++) numbers[j] = numbersOf(achievedColumns[j], rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: the formula inline, the achieved years looped over in place (no row array).
    // NaN or ±Infinity anywhere or a value outside the domain sends the row to the scalar
    // function, which explains the error; a blank achieved rate is skipped here as there.
    let achieved = 0;
    let k = 0;
    let ok = target[i] > -1 && term[i] > 0 && term[i] - term[i] === 0;
    for (let j = 0; ok && j < count; j++) {
      const g = numbers[j][i];
      if (g > -1 && g - g === 0) {
        achieved += Math.log1p(g);
        k++;
      } else if (!(g !== g && isBlank(achievedColumns[j][i]))) ok = false;
    }
    const rate = ok && term[i] - k > 0 ? Math.expm1((term[i] * Math.log1p(target[i]) - achieved) / (term[i] - k)) : NaN;
    if (rate - rate + (target[i] - target[i]) === 0) values[i] = rate + 0;
    else {
      const row: NumberInput[] = new Array(count);
      for (let j = 0; j < count; j++) row[j] = achievedColumns[j][i] as NumberInput;
      setRow(result, i, requiredAverageGrowth(cell(targetRates, i), cell(termYears, i), row));
    }
  }
  return result;
};
