import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { isBlank, toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import { compareAtPrecision } from '../_lib/compare.js';
import { isColumn, type Column, type ColumnOrValue, type NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, rowCountOfColumns } from '../_lib/arrayForm.js';

/** Attainment of a term-total (cumulative) target after k of T years. */
export interface CumulativeAttainment {
  /** Σ values / target, as a fraction (0.625 is 62,5% of the term target). */
  readonly ratio: number;
  /** k / T: the share of the term that has passed, the pace a straight line would have reached. */
  readonly expectedPace: number;
  /** k: the number of years with a value (blanks are not counted). */
  readonly years: number;
  /** True if `ratio ≥ expectedPace` (compared within a relative 1e-9, not by raw float equality). */
  readonly ahead: boolean;
}

/** Array form result of {@link cumulativeAttainment}: one column per quantity, errors per row in both. */
export interface CumulativeAttainmentColumns {
  readonly ratio: NumberColumnResult;
  readonly expectedPace: NumberColumnResult;
}

/**
 * Attainment of a cumulative, term-total target (lũy kế so với chỉ tiêu cả giai đoạn), e.g.
 * total public investment over the five-year term, or new jobs over 2021-2025:
 *
 *     ratio = Σ values / target        expectedPace = k / T
 *
 * where k is the number of years with a value and T the number of years in the term. The
 * target is on pace (`ahead`) when the share achieved is at least the share of the term that
 * has passed: 62,5% after 3 of 5 years (60%) is ahead.
 *
 * Blank values (years not reported yet) are skipped and k counts only the others; a year
 * with a value of 0 counts.
 *
 * Errors: `#VALUE!` (invalid-option) if `values` is not a list; `#N/A` if no value is filled
 * in; `#VALUE!` for a value or argument that is text, NaN or a logical value; `#NUM!` for an
 * infinite input; `#DIV/0!` if the target is 0; `#NUM!` if the target is negative,
 * `termYears` is 0 or negative, or there are more values than years in the term; an error
 * value, as the list, as a value or as an argument, passes through.
 *
 * Method: [docs/method.md#cumulative-targets](../../../../docs/method.md#cumulative-targets).
 *
 * @param values the yearly values (thực hiện từng năm), blanks for years not yet reported
 * @param target the term-total target (chỉ tiêu cả giai đoạn), > 0
 * @param termYears the number of years in the term (T), > 0, usually 5
 *
 * @example
 * cumulativeAttainment([3_500, 4_200, 4_800, null, null], 20_000, 5)  // illustration: 12.500 of 20.000 tỷ after 3 of 5 years
 * //=> { ratio: 0.625, expectedPace: 0.6, years: 3, ahead: true }
 * @example
 * cumulativeAttainment([null, null], 20_000, 5).code
 * //=> '#N/A'
 */
export function cumulativeAttainment(
  values: Column<NumberInput> | ChitieuError,
  target: NumberInput,
  termYears: NumberInput,
): CumulativeAttainment | ChitieuError {
  if (isChitieuError(values)) return values;
  if (!isColumn(values)) {
    return chitieuError('invalid-option', 'cumulativeAttainment', {
      en: `values must be a list of yearly values (got ${values === null ? 'null' : typeof values})`,
      vi: `values phải là danh sách giá trị từng năm (nhận được ${values === null ? 'null' : typeof values})`,
    });
  }
  let sum = 0;
  let k = 0;
  for (let j = 0; j < values.length; j++) {
    const value = values[j];
    if (isBlank(value)) continue;
    const x = toNumber(value, 'cumulativeAttainment', `values[${j}]`);
    if (typeof x !== 'number') return x;
    sum += x;
    k++;
  }
  if (k === 0) {
    return chitieuError('no-data', 'cumulativeAttainment', {
      en: 'no year has a value (no data)',
      vi: 'chưa có năm nào có số liệu',
    });
  }
  const t = toNumber(target, 'cumulativeAttainment', 'target');
  if (typeof t !== 'number') return t;
  const T = toNumber(termYears, 'cumulativeAttainment', 'termYears');
  if (typeof T !== 'number') return T;
  if (t === 0) {
    return chitieuError('division-by-zero', 'cumulativeAttainment', {
      en: 'the target is 0, so percent of target is undefined',
      vi: 'chỉ tiêu bằng 0 nên không tính được tỷ lệ so với chỉ tiêu',
    });
  }
  if (t < 0)
    return outOfDomain(`the target must be greater than 0 (got ${t})`, `chỉ tiêu phải lớn hơn 0 (nhận được ${t})`);
  if (T <= 0) {
    return outOfDomain(
      `the number of years in the term must be greater than 0 (got ${T})`,
      `số năm của giai đoạn phải lớn hơn 0 (nhận được ${T})`,
    );
  }
  if (k > T) {
    return outOfDomain(
      `there are ${k} yearly values but the term has only ${T} years`,
      `có ${k} năm có số liệu nhưng giai đoạn chỉ có ${T} năm`,
    );
  }
  const ratio = finite(sum / t, 'cumulativeAttainment');
  if (typeof ratio !== 'number') return ratio;
  const expectedPace = k / T;
  return { ratio, expectedPace, years: k, ahead: compareAtPrecision(ratio, expectedPace, undefined) >= 0 };
}

function outOfDomain(en: string, vi: string): ChitieuError {
  return chitieuError('out-of-domain', 'cumulativeAttainment', { en, vi });
}

/**
 * Array form of {@link cumulativeAttainment}: `valueColumns` is a list of columns, one per
 * year; `targets` and `termYears` are columns or one value for every row. Returns the ratio
 * and the expected pace as two result columns; a row that fails has the same error in both.
 * (`years` is `expectedPace × termYears`; `ahead` compares the two columns.)
 *
 * Errors for the whole call: `#VALUE!` if `valueColumns` is not a non-empty list of columns
 * or the columns differ in length.
 *
 * @example
 * rowsOf(cumulativeAttainment.array([[3_500, 1_000], [4_200, null], [4_800, null]], 20_000, 5).ratio)
 * //=> [0.625, 0.05]
 */
cumulativeAttainment.array = function cumulativeAttainmentArray(
  valueColumns: ReadonlyArray<Column<NumberInput>> | ChitieuError,
  targets: ColumnOrValue<NumberInput>,
  termYears: ColumnOrValue<NumberInput>,
): CumulativeAttainmentColumns | ChitieuError {
  if (isChitieuError(valueColumns)) return valueColumns;
  const checked = rowCountOfColumns('cumulativeAttainment', valueColumns, 'values');
  if (typeof checked !== 'number') return checked;
  const columns = valueColumns as ReadonlyArray<Column<NumberInput>>;
  const rows = rowCount('cumulativeAttainment', [columns[0], targets, termYears], ['values', 'target', 'termYears']);
  if (typeof rows !== 'number') return rows;
  const m = columns.length;
  const x: Float64Array[] = [];
  for (let j = 0; j < m; j++) x.push(numbersOf(columns[j], rows));
  const t = numbersOf(targets, rows);
  const T = numbersOf(termYears, rows);
  const ratio = numberColumn(rows);
  const expectedPace = numberColumn(rows);
  for (let i = 0; i < rows; i++) {
    // Fast path: the sum inline, blanks skipped. A cell that is not a number is NaN here; if
    // it is not blank (text, NaN, error value), check becomes NaN. NaN or ±Infinity anywhere,
    // or a value outside the domain sends the row to the scalar function for its error.
    let sum = 0;
    let k = 0;
    let check = 0;
    for (let j = 0; j < m; j++) {
      const v = x[j][i];
      if (v === v) {
        sum += v;
        k++;
        check += v - v;
      } else if (!isBlank(cell(columns[j], i))) {
        check = NaN;
      }
    }
    const r = k > 0 && t[i] > 0 && T[i] > 0 && k <= T[i] ? sum / t[i] : NaN;
    if (check + (r - r) + (t[i] - t[i]) + (T[i] - T[i]) === 0) {
      ratio.values[i] = r + 0;
      expectedPace.values[i] = k / T[i];
    } else {
      const answer = cumulativeAttainment(
        columns.map((column) => cell(column, i)),
        cell(targets, i),
        cell(termYears, i),
      );
      if (isChitieuError(answer)) {
        ratio.errors.set(i, answer);
        expectedPace.errors.set(i, answer);
      } else {
        ratio.values[i] = answer.ratio;
        expectedPace.values[i] = answer.expectedPace;
      }
    }
  }
  return { ratio, expectedPace };
};
