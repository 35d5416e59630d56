import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { isBlank, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import { sumLogGrowth } from '../_lib/logGrowth.js';
import type { Column, NumberColumnResult } from '../column/index.js';
import { numberColumn, numbersOf, rowCountOfColumns } from '../_lib/arrayForm.js';

/** What {@link averageGrowthDetail} returns: the average rate and how it was obtained. */
export interface AverageGrowthDetail {
  /** The geometric average of the yearly rates, as a fraction (0.0785 is 7,85%/năm). */
  readonly rate: number;
  /** How many yearly rates were used (the non-blank entries). */
  readonly years: number;
  /** How many blank entries were skipped. */
  readonly skipped: number;
}

/** What {@link averageGrowthDetail.array} returns: one rate, year count and skip count per row. */
export interface AverageGrowthDetailColumns {
  /** Row i's average rate, or its error. */
  readonly rate: NumberColumnResult;
  /** Row i's number of rates used (0 on a row with an error). */
  readonly years: Int32Array;
  /** Row i's number of blank entries skipped (0 on a row with an error). */
  readonly skipped: Int32Array;
}

/**
 * Average growth rate over a series of yearly rates (tốc độ tăng bình quân), the way
 * "bình quân giai đoạn 2021 - 2023" is computed: the geometric average
 *
 *     g = (Π (1 + g_i))^(1/k) - 1
 *
 * of the `k` non-blank rates `g_i` (fractions: 0.0668 is 6,68%). It equals Excel's
 * `GEOMEAN(1 + g_1, ..., 1 + g_k) - 1`, computed as `expm1(Σ log1p(g_i) / k)` so that small
 * rates keep their digits and a long series cannot overflow. Blank entries (`null`,
 * `undefined`, empty text) are skipped and `k` shrinks; {@link averageGrowthDetail} says how
 * many years were used.
 *
 * Errors: `#NUM!` if a rate is -1 (-100%) or below, or infinite; `#N/A` if no entry is
 * non-blank; `#VALUE!` for text, NaN or a logical value in the list, and if `rates` is not a
 * list; an error value in the list (or as `rates`) comes back unchanged, the first one found.
 *
 * Method: [docs/method.md#growth](../../../../docs/method.md#growth).
 *
 * @param rates the yearly growth rates g_1..g_k, an array or typed array of fractions
 *
 * @example
 * averageGrowth([0.1, 0.21])  // (1.1 × 1.21)^(1/2) - 1
 * //=> 0.1537
 * @example
 * averageGrowth([0.0668, 0.0952, 0.0737])  // Thái Bình GRDP, first estimates 2021-2023
 * //=> 0.07850
 * @example
 * averageGrowth([0.05, null, 0.05])  // the blank year is skipped
 * //=> 0.05
 * @example
 * averageGrowth([0.05, -1]).code
 * //=> '#NUM!'
 */
export function averageGrowth(rates: Column<NumberInput>): number | ChitieuError {
  const detail = summarize(rates, 'averageGrowth');
  return isChitieuError(detail) ? detail : detail.rate;
}

/**
 * {@link averageGrowth} with the count of years it used and of blanks it skipped, so that a
 * table can say "bình quân 2 năm" when one year of three has no data yet: `{ rate, years,
 * skipped }`. Same errors as {@link averageGrowth}.
 *
 * Method: [docs/method.md#growth](../../../../docs/method.md#growth).
 *
 * @param rates the yearly growth rates g_1..g_k, an array or typed array of fractions
 *
 * @example
 * averageGrowthDetail([0.0668, null, 0.0737])
 * //=> { rate: 0.07024, years: 2, skipped: 1 }
 */
export function averageGrowthDetail(rates: Column<NumberInput>): AverageGrowthDetail | ChitieuError {
  return summarize(rates, 'averageGrowthDetail');
}

/** The scalar computation behind both functions; `where` names the function in messages. */
function summarize(rates: Column<NumberInput>, where: string): AverageGrowthDetail | ChitieuError {
  const read = sumLogGrowth(rates, where, 'rates');
  if (isChitieuError(read)) return read;
  const { sum, years, skipped } = read;
  if (years === 0) {
    return chitieuError('no-data', where, {
      en: rates.length === 0 ? 'rates is empty (no data)' : `all ${rates.length} rates are blank (no data)`,
      vi:
        rates.length === 0
          ? 'rates rỗng (chưa có số liệu)'
          : `cả ${rates.length} tốc độ tăng đều để trống (chưa có số liệu)`,
    });
  }
  const rate = finite(Math.expm1(sum / years), where);
  if (typeof rate !== 'number') return rate;
  return { rate, years, skipped };
}

/**
 * The loop of both array forms: row i's rates are `columns[0][i], columns[1][i], ...`; blanks
 * are skipped without leaving the fast path; any other row that is not finite and in the
 * domain goes to the scalar function (the only rows that allocate).
 */
function summarizeColumns(
  columns: readonly Column<NumberInput>[],
  where: string,
): AverageGrowthDetailColumns | ChitieuError {
  const rows = rowCountOfColumns(where, columns, 'columns');
  if (typeof rows !== 'number') return rows;
  const count = columns.length;
  const numbers: Float64Array[] = new Array(count);
  for (let j = 0; j < count; j++) numbers[j] = numbersOf(columns[j], rows);
  const rate = numberColumn(rows);
  const values = rate.values;
  const years = new Int32Array(rows);
  const skipped = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    let sum = 0;
    let used = 0;
    let blanks = 0;
    let ok = true;
    for (let j = 0; j < count; j++) {
      const g = numbers[j][i];
      if (g > -1 && g - g === 0) {
        sum += Math.log1p(g);
        used++;
      } else if (g !== g && isBlank(columns[j][i])) {
        blanks++; // numbersOf reads blanks as NaN; the original cell tells a blank from text
      } else {
        ok = false;
        break;
      }
    }
    const average = ok && used > 0 ? Math.expm1(sum / used) : NaN;
    if (average - average === 0) {
      values[i] = average + 0;
      years[i] = used;
      skipped[i] = blanks;
    } else {
      const row: NumberInput[] = new Array(count);
      for (let j = 0; j < count; j++) row[j] = columns[j][i];
      const answer = summarize(row, where);
      if (isChitieuError(answer)) rate.errors.set(i, answer);
      else {
        values[i] = answer.rate;
        years[i] = answer.years;
        skipped[i] = answer.skipped;
      }
    }
  }
  return { rate, years, skipped };
}

/**
 * Array form of {@link averageGrowth}: `columns` is a list of columns, one per year
 * (`[rates2021, rates2022, rates2023]`), and row i is one indicator; one average per row.
 * Blanks in a row are skipped. A list that is empty or holds something other than columns is
 * `#VALUE!`; columns of different lengths are `#VALUE!` (`length-mismatch`).
 *
 * @example
 * rowsOf(averageGrowth.array([[0.1, 0.05], [0.21, null]]))
 * //=> [0.1537, 0.05]
 */
averageGrowth.array = function averageGrowthArray(
  columns: readonly Column<NumberInput>[],
): NumberColumnResult | ChitieuError {
  const detail = summarizeColumns(columns, 'averageGrowth');
  return isChitieuError(detail) ? detail : detail.rate;
};

/**
 * Array form of {@link averageGrowthDetail}: like {@link averageGrowth.array}, plus, for each
 * row, the number of years used and of blanks skipped (`years`, `skipped`: Int32Array, 0 on
 * a row with an error).
 *
 * @example
 * Array.from(averageGrowthDetail.array([[0.1, 0.05], [0.21, null]]).years)
 * //=> [2, 1]
 */
averageGrowthDetail.array = function averageGrowthDetailArray(
  columns: readonly Column<NumberInput>[],
): AverageGrowthDetailColumns | ChitieuError {
  return summarizeColumns(columns, 'averageGrowthDetail');
};
