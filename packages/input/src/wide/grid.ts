import { columnLetter } from '../cellAddress.js';
import type { GridValue, WideGrid } from './types.js';

/** A sheet address: (12, 6) → "F12". */
export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** The stored value of a sheet cell (1-based sheet coordinates); null outside the grid. */
export function valueAt(grid: WideGrid, row: number, column: number): GridValue {
  return grid.cells[row - grid.origin.row]?.[column - grid.origin.column] ?? null;
}

/** Whether a numeric sheet cell is formatted as a percent. */
export function percentAt(grid: WideGrid, row: number, column: number): boolean {
  return grid.percent?.[row - grid.origin.row]?.[column - grid.origin.column] ?? false;
}

/** A cell as trimmed text ("" for an empty cell); numbers as JavaScript writes them (2024). */
export function textAt(grid: WideGrid, row: number, column: number): string {
  const value = valueAt(grid, row, column);
  return value === null ? '' : String(value).trim();
}

/**
 * A cell as the officer sees it in a header: a covered cell of a merged area shows the text of
 * the area's top-left cell ("Thực hiện" merged over F5:I5 is the header of G5 too).
 */
export function shownTextAt(grid: WideGrid, row: number, column: number): string {
  const merge = mergeAt(grid, row, column);
  return merge ? textAt(grid, merge.top, merge.left) : textAt(grid, row, column);
}

type Merge = WideGrid['merges'][number];

/** Each grid's merged areas by the rows they span (a grid is read, never changed, once made). */
const mergesByRow = new WeakMap<WideGrid, Map<number, Merge[]>>();

/**
 * The merged area a cell lies in, if any. Looked up by row, so that a sheet with many merged
 * sector rows costs a row's few merges per cell, not all of them (the .xlsx reader bounds the rows
 * merged areas span: MAX_GRID_CELLS).
 */
export function mergeAt(grid: WideGrid, row: number, column: number): Merge | undefined {
  let index = mergesByRow.get(grid);
  if (!index) {
    index = new Map();
    const last = lastRow(grid);
    for (const m of grid.merges)
      for (let r = Math.max(m.top, grid.origin.row); r <= Math.min(m.bottom, last); r++) {
        const list = index.get(r);
        if (list) list.push(m);
        else index.set(r, [m]);
      }
    mergesByRow.set(grid, index);
  }
  return index.get(row)?.find((m) => column >= m.left && column <= m.right);
}

/** The grid's last sheet row and column. */
export function lastRow(grid: WideGrid): number {
  return grid.origin.row + grid.cells.length - 1;
}
export function lastColumn(grid: WideGrid): number {
  const width = grid.cells.reduce((w, r) => Math.max(w, r.length), 0);
  return grid.origin.column + width - 1;
}

/** Figures that mean "no figure" in statistical tables: …, -, –, x, .. (never a zero). */
const NO_FIGURE = new Set(['…', '...', '..', '-', '–', '—', 'x', 'X', '_']);

/** Whether a cell holds nothing to read: empty, or one of the no-figure marks. */
export function isBlankFigure(value: GridValue): boolean {
  if (value === null) return true;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text === '' || NO_FIGURE.has(text);
}
