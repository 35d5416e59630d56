import { columnLetter } from '../../layout/formula.js';
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

/** The merged area a cell lies in, if any. */
export function mergeAt(grid: WideGrid, row: number, column: number): WideGrid['merges'][number] | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
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
