import { chitieuError, type ChitieuError } from '@chitieu/core';
import type { ExcelArg, ExcelCell } from './excel.js';

/** Rows and columns of an argument; a single value is 1×1. */
export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/**
 * The cells of an argument as a matrix: a bare value (or a left-out null) is `[[value]]`, and an
 * empty matrix (which Excel never sends, but a script may) is one blank cell.
 */
export function matrixOf(arg: ExcelArg): ExcelCell[][] {
  if (!Array.isArray(arg)) return [[arg]];
  return arg.length === 0 ? [[null]] : arg;
}

/** The first cell of an argument: the value of an option given as one cell (null when left out). */
export function firstCell(arg: ExcelArg): ExcelCell {
  return matrixOf(arg)[0]?.[0] ?? null;
}

/** The shape of an argument. An empty matrix counts as one blank cell. */
export function shapeOf(arg: ExcelArg): Shape {
  if (!Array.isArray(arg) || arg.length === 0) return { rows: 1, cols: 1 };
  const first = arg[0];
  return { rows: arg.length, cols: Array.isArray(first) && first.length > 0 ? first.length : 1 };
}

/**
 * The shape of the spill for arguments combined cell by cell, with Excel's broadcasting: a
 * single cell applies to every cell, a single row to every row, a single column to every
 * column. Other shapes that differ are a #VALUE! naming both, never a silent truncation (Excel
 * would fill the excess with #N/A; misaligned report rows are worse than an explicit error).
 */
export function broadcastShape(
  where: string,
  args: readonly ExcelArg[],
  names: readonly string[],
): Shape | ChitieuError {
  let rows = 1;
  let cols = 1;
  let rowsFrom = '';
  let colsFrom = '';
  for (let k = 0; k < args.length; k++) {
    const { rows: r, cols: c } = shapeOf(args[k]);
    if (r !== 1) {
      if (rows !== 1 && r !== rows) return mismatch(where, rowsFrom, rows, names[k], r, 'rows', 'dòng');
      if (rows === 1) rowsFrom = names[k];
      rows = r;
    }
    if (c !== 1) {
      if (cols !== 1 && c !== cols) return mismatch(where, colsFrom, cols, names[k], c, 'columns', 'cột');
      if (cols === 1) colsFrom = names[k];
      cols = c;
    }
  }
  return { rows, cols };
}

function mismatch(
  where: string,
  first: string,
  a: number,
  second: string,
  b: number,
  en: string,
  vi: string,
): ChitieuError {
  return chitieuError('length-mismatch', where, {
    en: `ranges differ in size: ${first} has ${a} ${en}, ${second} has ${b}; use ranges of the same size, or a single cell`,
    vi: `các vùng có kích thước khác nhau: ${first} có ${a} ${vi}, ${second} có ${b}; hãy dùng các vùng cùng kích thước hoặc một ô`,
  });
}

/**
 * An argument as a column of `shape.rows × shape.cols` cells in row-major order, each read with
 * `read` (the coercion rule), or as one value when the argument is a single cell (the core then
 * applies it to every row itself). A column of plain numbers becomes a Float64Array, which the
 * core's array forms use without copying or boxing.
 */
export function columnOf(arg: ExcelArg, shape: Shape, read: (cell: ExcelCell) => unknown): unknown {
  const own = shapeOf(arg);
  const m = matrixOf(arg);
  if (own.rows === 1 && own.cols === 1) return read(m[0]?.[0]);
  const size = shape.rows * shape.cols;
  const numbers = new Float64Array(size);
  let mixed: unknown[] | null = null;
  let i = 0;
  for (let r = 0; r < shape.rows; r++) {
    const row = m[own.rows === 1 ? 0 : r];
    for (let c = 0; c < shape.cols; c++, i++) {
      const cell = row[own.cols === 1 ? 0 : c];
      if (mixed === null && typeof cell === 'number') {
        numbers[i] = cell;
        continue;
      }
      if (mixed === null) mixed = Array.from(numbers.subarray(0, i));
      mixed.push(read(cell));
    }
  }
  return mixed ?? numbers;
}

/** Cell (r, c) of an argument broadcast to a larger shape. */
export function cellAt(arg: ExcelArg, r: number, c: number): ExcelCell {
  const own = shapeOf(arg);
  const row = matrixOf(arg)[own.rows === 1 ? 0 : r];
  return row?.[own.cols === 1 ? 0 : c];
}
