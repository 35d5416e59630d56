import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import type { NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import { isColumn, type Column, type NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, rowCountOfColumns } from '../_lib/arrayForm.js';
import { sharesOf } from '../_lib/shares.js';

/**
 * Structural shift (chuyển dịch cơ cấu): how much each part's share of the total changed
 * between two periods, in percentage points as fractions,
 *
 *     d_i = structure(current)_i − structure(previous)_i
 *
 * The shifts add up to 0 (what one part gains the others lose). `0.05` is +5 điểm phần trăm,
 * e.g. industry and construction gaining 5 pp of GRDP from agriculture.
 *
 * Errors: as {@link structure} for each list (`#VALUE!` if not a list; `#N/A` if empty or a
 * part is blank; `#DIV/0!` if the parts add up to 0; `#VALUE!` for text, NaN or a logical
 * value; `#NUM!` for an infinite part), plus `#VALUE!` (length-mismatch) if the two lists do
 * not have the same number of parts; an error value, as a list or as a part, passes through.
 *
 * Method: [docs/method.md#coverage-shares-and-structure](../../../../docs/method.md#coverage-shares-and-structure).
 *
 * @param previousParts the parts in the earlier period (kỳ trước, năm gốc)
 * @param currentParts the same parts, in the same order, in the later period (kỳ này)
 *
 * @example
 * structuralShift([30, 30, 40], [25, 35, 40])  // agriculture −5 pp, industry +5 pp, services unchanged
 * //=> [-0.05, 0.05, 0]
 * @example
 * structuralShift([1, 1], [1, 1, 2]).code
 * //=> '#VALUE!'
 */
export function structuralShift(
  previousParts: Column<NumberInput> | ChitieuError,
  currentParts: Column<NumberInput> | ChitieuError,
): number[] | ChitieuError {
  if (isChitieuError(previousParts)) return previousParts;
  if (isChitieuError(currentParts)) return currentParts;
  if (isColumn(previousParts) && isColumn(currentParts) && previousParts.length !== currentParts.length) {
    return chitieuError('length-mismatch', 'structuralShift', {
      en: `the two structures have different numbers of parts: previousParts has ${previousParts.length}, currentParts has ${currentParts.length}`,
      vi: `hai cơ cấu có số thành phần khác nhau: previousParts có ${previousParts.length}, currentParts có ${currentParts.length}`,
    });
  }
  const before = sharesOf(previousParts, 'structuralShift', 'previousParts');
  if (isChitieuError(before)) return before;
  const after = sharesOf(currentParts, 'structuralShift', 'currentParts');
  if (isChitieuError(after)) return after;
  const shifts = new Array<number>(after.length);
  for (let k = 0; k < after.length; k++) {
    const d = finite(after[k] - before[k], 'structuralShift');
    if (typeof d !== 'number') return d;
    shifts[k] = d;
  }
  return shifts;
}

/**
 * Array form of {@link structuralShift}: `previousColumns` and `currentColumns` are lists of
 * columns, one per part, in the same order; each row (an indicator, an area) gets its own
 * shift. Returns one result column per part; a row that fails has the same error in every
 * result column.
 *
 * Errors for the whole call: `#VALUE!` if either argument is not a non-empty list of columns,
 * if the lists have different numbers of parts, or if the columns differ in length.
 *
 * @example
 * structuralShift.array([[30, 50], [70, 50]], [[25, 60], [75, 40]]).map((part) => rowsOf(part))
 * //=> [[-0.05, 0.1], [0.05, -0.1]]
 */
structuralShift.array = function structuralShiftArray(
  previousColumns: ReadonlyArray<Column<NumberInput>> | ChitieuError,
  currentColumns: ReadonlyArray<Column<NumberInput>> | ChitieuError,
): NumberColumnResult[] | ChitieuError {
  if (isChitieuError(previousColumns)) return previousColumns;
  if (isChitieuError(currentColumns)) return currentColumns;
  const rowsBefore = rowCountOfColumns('structuralShift', previousColumns, 'previousParts');
  if (typeof rowsBefore !== 'number') return rowsBefore;
  const rowsAfter = rowCountOfColumns('structuralShift', currentColumns, 'currentParts');
  if (typeof rowsAfter !== 'number') return rowsAfter;
  const previous = previousColumns as ReadonlyArray<Column<NumberInput>>;
  const current = currentColumns as ReadonlyArray<Column<NumberInput>>;
  const n = current.length;
  if (previous.length !== n) {
    return chitieuError('length-mismatch', 'structuralShift', {
      en: `the two structures have different numbers of parts: previousParts has ${previous.length} columns, currentParts has ${n}`,
      vi: `hai cơ cấu có số thành phần khác nhau: previousParts có ${previous.length} cột, currentParts có ${n} cột`,
    });
  }
  const rows = rowCount('structuralShift', [previous[0], current[0]], ['previousParts', 'currentParts']);
  if (typeof rows !== 'number') return rows;
  const before: Float64Array[] = [];
  const after: Float64Array[] = [];
  const results: NumberColumnResult[] = [];
  for (let k = 0; k < n; k++) {
    before.push(numbersOf(previous[k], rows));
    after.push(numbersOf(current[k], rows));
    results.push(numberColumn(rows));
  }
  const noise = n * Number.EPSILON;
  for (let i = 0; i < rows; i++) {
    // Fast path: both sums and the shifts inline, as the scalar computes them. NaN or
    // ±Infinity in any part (check is then NaN), an overflowing or zero total sends the row
    // to the scalar function, which explains the error.
    let sumBefore = 0;
    let sizeBefore = 0;
    let sumAfter = 0;
    let sizeAfter = 0;
    let check = 0;
    for (let k = 0; k < n; k++) {
      const b = before[k][i];
      const a = after[k][i];
      sumBefore += b;
      sizeBefore += Math.abs(b);
      sumAfter += a;
      sizeAfter += Math.abs(a);
      check += b - b + (a - a);
    }
    if (
      check + (sumBefore - sumBefore) + (sumAfter - sumAfter) === 0 &&
      Math.abs(sumBefore) > noise * sizeBefore &&
      Math.abs(sumAfter) > noise * sizeAfter
    ) {
      for (let k = 0; k < n; k++) {
        results[k].values[i] = after[k][i] / sumAfter - before[k][i] / sumBefore + 0;
      }
    } else {
      const answer = structuralShift(
        previous.map((column) => cell(column, i)),
        current.map((column) => cell(column, i)),
      );
      for (let k = 0; k < n; k++) {
        if (isChitieuError(answer)) results[k].errors.set(i, answer);
        else results[k].values[i] = answer[k];
      }
    }
  }
  return results;
};
