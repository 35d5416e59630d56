import { parseCsv } from '../csv.js';
import type { WideGrid } from './types.js';

/**
 * A CSV file as a wide grid: every line a row at its own line number (blank lines kept as blank
 * rows, so cell addresses match what a spreadsheet shows when it opens the file), text as typed.
 * A CSV has no merges, formats or hidden columns.
 */
export function gridOfCsv(text: string, file: string): WideGrid {
  const records = parseCsv(text);
  const cells: WideGrid['cells'] = [];
  for (const r of records) {
    while (cells.length < r.row - 1) cells.push([]);
    cells[r.row - 1] = r.cells.map((c) => (c.trim() === '' ? null : c));
  }
  return { file, sheet: file.replace(/\.[^.]*$/u, ''), origin: { row: 1, column: 1 }, cells, merges: [] };
}
