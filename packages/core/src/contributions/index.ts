import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import { isColumn, type Column, type NumberColumnResult } from '../column/index.js';
import { numberColumn, numbersOf, rowCountOfColumns } from '../_lib/arrayForm.js';

/** What {@link contributions} returns: each part's contribution and the total growth rate. */
export interface Contributions {
  /** Part i's contribution to total growth, a fraction (0.012 is 1,2 điểm phần trăm). */
  readonly parts: number[];
  /** The total's growth rate; the parts add up to it (to rounding). */
  readonly total: number;
}

/** What {@link contributions.array} returns: one column per part and one for the total. */
export interface ContributionColumns {
  /** `parts[p]` is part p's contribution, row by row. */
  readonly parts: NumberColumnResult[];
  /** The total's growth rate, row by row. A failed row has the same error in every column. */
  readonly total: NumberColumnResult;
}

/**
 * Contribution of each component (sector, or product taxes less subsidies) to the growth of
 * the total (đóng góp vào tăng trưởng), at comparable prices:
 *
 *     c_i = (x_(i,t) - x_(i,t-1)) / X_(t-1),   X = Σ x_i
 *
 *     total = (X_t - X_(t-1)) / X_(t-1) = Σ c_i
 *
 * The contributions are fractions of the previous total (0.012 is 1,2 điểm phần trăm) and
 * add up to the total growth rate, which is returned beside them so that a table can show the
 * check. `total` is computed as `Σ (x_(i,t) - x_(i,t-1)) / X_(t-1)` (the same number, with the
 * differences taken part by part, which keeps small changes of large parts exact). A part may
 * be negative (subsidies) or fall.
 *
 * Errors: `#VALUE!` (`invalid-option`) if an argument is not a list; `#VALUE!`
 * (`length-mismatch`) if the two lists have different lengths; `#N/A` if they are empty or a
 * part is blank (a contribution table with a missing part cannot add up); `#DIV/0!` if the
 * previous total is 0; `#NUM!` if it is negative; `#VALUE!` for text, NaN or a logical value;
 * `#NUM!` for an infinite input or result. An error value passes through unchanged (the
 * first one found, previous parts first).
 *
 * Method: [docs/method.md#growth](../../../../docs/method.md#growth).
 *
 * @param previousParts the parts in the previous period (x_(i,t-1)), at comparable prices
 * @param currentParts the parts in the current period (x_(i,t)), in the same order
 *
 * @example
 * contributions([100, 300, 600], [103, 330, 630])
 * //=> { parts: [0.003, 0.03, 0.03], total: 0.063 }
 * @example
 * contributions([100, 300], [103, null]).code
 * //=> '#N/A'
 */
export function contributions(
  previousParts: Column<NumberInput>,
  currentParts: Column<NumberInput>,
): Contributions | ChitieuError {
  if (isChitieuError(previousParts)) return previousParts;
  if (isChitieuError(currentParts)) return currentParts;
  if (!isColumn(previousParts) || !isColumn(currentParts)) {
    const name = isColumn(previousParts) ? 'currentParts' : 'previousParts';
    return chitieuError('invalid-option', 'contributions', {
      en: `${name} must be a list of the parts' values`,
      vi: `${name} phải là danh sách giá trị các thành phần`,
    });
  }
  const count = previousParts.length;
  if (currentParts.length !== count) {
    return chitieuError('length-mismatch', 'contributions', {
      en: `the lists differ in length: previousParts has ${count} parts, currentParts has ${currentParts.length}`,
      vi: `hai danh sách dài khác nhau: previousParts có ${count} thành phần, currentParts có ${currentParts.length}`,
    });
  }
  if (count === 0) {
    return chitieuError('no-data', 'contributions', {
      en: 'there are no parts (no data)',
      vi: 'không có thành phần nào (chưa có số liệu)',
    });
  }
  const previous = new Array<number>(count);
  const current = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const x = toNumber(previousParts[i], 'contributions', `previousParts[${i}]`);
    if (typeof x !== 'number') return x;
    previous[i] = x;
  }
  for (let i = 0; i < count; i++) {
    const x = toNumber(currentParts[i], 'contributions', `currentParts[${i}]`);
    if (typeof x !== 'number') return x;
    current[i] = x;
  }
  let previousTotal = 0;
  for (let i = 0; i < count; i++) previousTotal += previous[i];
  const checkedTotal = finite(previousTotal, 'contributions');
  if (typeof checkedTotal !== 'number') return checkedTotal;
  if (previousTotal === 0) {
    return chitieuError('division-by-zero', 'contributions', {
      en: 'the previous total is 0, so contributions to growth are undefined',
      vi: 'tổng kỳ trước bằng 0 nên không tính được đóng góp vào tăng trưởng',
    });
  }
  if (previousTotal < 0) {
    return chitieuError('out-of-domain', 'contributions', {
      en: `the previous total must be greater than 0 (got ${previousTotal})`,
      vi: `tổng kỳ trước phải lớn hơn 0 (nhận được ${previousTotal})`,
    });
  }
  const parts = new Array<number>(count);
  let change = 0;
  for (let i = 0; i < count; i++) {
    const difference = current[i] - previous[i];
    change += difference;
    const part = finite(difference / previousTotal, 'contributions');
    if (typeof part !== 'number') return part;
    parts[i] = part;
  }
  const total = finite(change / previousTotal, 'contributions');
  if (typeof total !== 'number') return total;
  return { parts, total };
}

/**
 * Array form of {@link contributions}: row i is one table (one region, one quarter).
 * `previousColumns[p]` and `currentColumns[p]` are the columns of part p in each period; both
 * lists must have the same number of parts and all columns the same length. Returns a column
 * per part and one for the total; a row that fails has the scalar function's error in every
 * column.
 *
 * @example
 * rowsOf(contributions.array([[100, 50], [300, 50]], [[103, 55], [330, 45]]).total)
 * //=> [0.0825, 0]
 */
contributions.array = function contributionsArray(
  previousColumns: readonly Column<NumberInput>[],
  currentColumns: readonly Column<NumberInput>[],
): ContributionColumns | ChitieuError {
  const rows = rowCountOfColumns('contributions', previousColumns, 'previousColumns');
  if (typeof rows !== 'number') return rows;
  const currentRows = rowCountOfColumns('contributions', currentColumns, 'currentColumns');
  if (typeof currentRows !== 'number') return currentRows;
  const count = previousColumns.length;
  if (currentColumns.length !== count) {
    return chitieuError('length-mismatch', 'contributions', {
      en: `the lists differ in parts: previousColumns has ${count} columns, currentColumns has ${currentColumns.length}`,
      vi: `hai danh sách khác số thành phần: previousColumns có ${count} cột, currentColumns có ${currentColumns.length} cột`,
    });
  }
  if (currentRows !== rows) {
    return chitieuError('length-mismatch', 'contributions', {
      en: `columns differ in length: previousColumns have ${rows} rows, currentColumns have ${currentRows}`,
      vi: `các cột dài khác nhau: previousColumns có ${rows} dòng, currentColumns có ${currentRows} dòng`,
    });
  }
  const previous: Float64Array[] = new Array(count);
  const current: Float64Array[] = new Array(count);
  const parts: NumberColumnResult[] = new Array(count);
  const partValues: Float64Array[] = new Array(count);
  for (let p = 0; p < count; p++) {
    previous[p] = numbersOf(previousColumns[p], rows);
    current[p] = numbersOf(currentColumns[p], rows);
    parts[p] = numberColumn(rows);
    partValues[p] = parts[p].values;
  }
  const total = numberColumn(rows);
  const totalValues = total.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: the formula inline, over the parts in place (no row array), in the scalar
    // function's order so that the results are the same numbers. NaN or ±Infinity anywhere
    // (x - x is then NaN) or a previous total of 0 or below goes to the scalar function.
    let previousTotal = 0;
    let check = 0;
    for (let p = 0; p < count; p++) {
      previousTotal += previous[p][i];
      check += current[p][i] - current[p][i];
    }
    check += previousTotal - previousTotal;
    if (previousTotal > 0 && check === 0) {
      let change = 0;
      for (let p = 0; p < count; p++) {
        const difference = current[p][i] - previous[p][i];
        change += difference;
        const part = difference / previousTotal;
        check += part - part;
        partValues[p][i] = part + 0;
      }
      const rate = change / previousTotal;
      check += rate - rate;
      totalValues[i] = rate + 0;
      if (check === 0) continue;
    }
    slowRow(previousColumns, currentColumns, i, parts, total);
  }
  return { parts, total };
};

/** Off the fast path: row i through the scalar function, its error copied to every column. */
function slowRow(
  previousColumns: readonly Column<NumberInput>[],
  currentColumns: readonly Column<NumberInput>[],
  i: number,
  parts: NumberColumnResult[],
  total: NumberColumnResult,
): void {
  const count = previousColumns.length;
  const previousRow: NumberInput[] = new Array(count);
  const currentRow: NumberInput[] = new Array(count);
  for (let p = 0; p < count; p++) {
    previousRow[p] = previousColumns[p][i];
    currentRow[p] = currentColumns[p][i];
  }
  const answer = contributions(previousRow, currentRow);
  if (isChitieuError(answer)) {
    for (let p = 0; p < count; p++) {
      parts[p].values[i] = 0;
      parts[p].errors.set(i, answer);
    }
    total.values[i] = 0;
    total.errors.set(i, answer);
  } else {
    for (let p = 0; p < count; p++) parts[p].values[i] = answer.parts[p];
    total.values[i] = answer.total;
  }
}
