import { isChitieuError, type ChitieuError } from '@chitieu/core';
import type { ExcelArg, ExcelCell, ExcelMatrix, Host } from './excel.js';
import { invalidArgument } from './coerce.js';
import { excelError, excelValue, single } from './result.js';
import { matrixOf, shapeOf, type Shape } from './shape.js';

/**
 * A range read as lists (the years of a growth series, the parts of a total). The rule, the
 * way report tables are laid out: a single row or a single column is one list; a range of
 * several rows and columns is one list per row (indicators down, years across).
 */
export interface Lists {
  /** The lists, each cell read with the coercion rule. */
  readonly lists: unknown[][];
  /** The shape of the range, to spill one answer per cell (STRUCTURE, CONTRIBUTIONS). */
  readonly shape: Shape;
  /** True when the range is one column read as one list (answers then spill down). */
  readonly vertical: boolean;
}

/** Reads a range as lists, each cell with `coerce`; a left-out argument is one empty list. */
export function listsOf(arg: ExcelArg, coerce: (cell: ExcelCell) => unknown): Lists {
  const shape = shapeOf(arg);
  if (arg === null || arg === undefined) return { lists: [[]], shape, vertical: false };
  // An empty row counts as one blank cell, so every list has a cell to answer in.
  const m = matrixOf(arg).map((row) => (row.length === 0 ? [null] : row));
  if (shape.cols === 1 && shape.rows > 1) return { lists: [m.map((row) => coerce(row[0]))], shape, vertical: true };
  return { lists: m.map((row) => row.map(coerce)), shape, vertical: false };
}

/**
 * A per-list argument (a target, a number of years) for list i of n: one cell for all lists,
 * or a range of exactly n cells in one row or one column. Anything else is a #VALUE! naming it.
 */
export function perList(
  where: string,
  name: string,
  arg: ExcelArg,
  n: number,
  read: (cell: ExcelCell) => unknown,
): ((i: number) => unknown) | ChitieuError {
  const { rows, cols } = shapeOf(arg);
  const m = matrixOf(arg);
  if (rows === 1 && cols === 1) {
    const value = read(m[0]?.[0]);
    return () => value;
  }
  if (cols === 1 && rows === n) return (i) => read(m[i][0]);
  if (rows === 1 && cols === n) return (i) => read(m[0][i]);
  return invalidArgument(
    where,
    `${name} must be one cell or ${n} cells, one for each list (got ${rows}×${cols})`,
    `${name} phải là một ô hoặc ${n} ô, mỗi ô cho một danh sách (nhận được ${rows}×${cols})`,
  );
}

/** One answer per list, spilled down (n×1; a single list gives 1×1). */
export function spillPerList(
  lists: readonly unknown[][],
  compute: (list: unknown[], i: number) => unknown,
  host: Host,
): ExcelMatrix {
  return lists.map((list, i) => [excelValue(compute(list, i), host)]);
}

/**
 * One answer per cell of each list (shares, contributions), spilled in the range's shape; a list
 * whose answer is an error shows that error in each of its cells.
 */
export function spillPerCell(answers: ReadonlyArray<number[] | ChitieuError>, lists: Lists, host: Host): ExcelMatrix {
  const cellsOf = (answer: number[] | ChitieuError, r: number) => {
    // A left-out range is an empty list: its answer (an error) still takes one cell.
    const cells = lists.lists[r].length === 0 ? [null] : lists.lists[r];
    return cells.map((_, i) => (isChitieuError(answer) ? excelError(answer, host) : excelValue(answer[i], host)));
  };
  if (lists.vertical) return cellsOf(answers[0], 0).map((cell) => [cell]);
  return answers.map(cellsOf);
}

/** A whole-call error as a spill. */
export function failed(error: ChitieuError, host: Host): ExcelMatrix {
  return single(error, host);
}
