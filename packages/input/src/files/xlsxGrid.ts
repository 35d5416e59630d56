import type { WideGrid } from '../wide/types.js';
import { columnLetter } from '../cellAddress.js';
import {
  CellContent,
  cellValue,
  columnIndex,
  localName,
  openSheet,
  parseXml,
  type WorkbookLimits,
} from './xlsxTable.js';
import { ReadRefusal } from './zip.js';

/** Cells of a wide sheet's grid (rows × columns): an annex or yearbook table holds a few thousand. */
export const MAX_GRID_CELLS = 1_000_000;
/** Merged areas of a wide sheet (an annex merges its header and sector rows: a few dozen). */
export const MAX_MERGES = 100_000;

/**
 * Reads a whole sheet as a grid for the wide-table reader: every cell's value (the same reading
 * as the long reader's: text, numbers, a formula's cached result), which numbers are percents,
 * the merged areas (`<mergeCells>`) and the hidden columns and rows. The same limits hold as for
 * a long table (rows, columns, characters in a cell, unpacked bytes); a formula with no cached
 * result is kept as blank and listed, so that the reader refuses it only where it reads a figure.
 */
export function readWorkbookGrid(bytes: Buffer, file: string, limits: WorkbookLimits, sheetName?: string): WideGrid {
  // A wide annex is rarely on a sheet named "data": the first sheet unless one is named.
  const { zip, sheet, strings, formats, date1904 } = openSheet(bytes, limits, sheetName, []);
  const cells: WideGrid['cells'] = [];
  const percent: boolean[][] = [];
  const merges: WideGrid['merges'] = [];
  const hiddenColumns: number[] = [];
  const hiddenRows: number[] = [];
  const uncomputed: string[] = [];
  let rowNumber = 0;
  let column = 0;
  let cell: { column: number; type: string; style: number } | null = null;
  const content = new CellContent();
  const refuse = (vi: string, en: string, row?: number) =>
    new ReadRefusal('limit-exceeded', { vi, en }, { sheet: sheet.name, row });
  parseXml(zip, sheet.path, {
    open(tag) {
      const local = localName(tag.name);
      const a = tag.attributes;
      if (local === 'col' && ['1', 'true'].includes(a.hidden ?? '')) {
        const last = Math.min(Number(a.max ?? a.min), limits.maxColumns);
        for (let c = Number(a.min); c <= last; c++) hiddenColumns.push(c);
      } else if (local === 'mergeCell' && a.ref) {
        if (merges.length >= MAX_MERGES)
          throw refuse(
            `trang "${sheet.name}" có hơn ${MAX_MERGES.toLocaleString('vi')} vùng gộp ô (bảng phụ lục chỉ có vài chục)`,
            `sheet "${sheet.name}" has more than ${MAX_MERGES.toLocaleString('en')} merged areas (an annex has a few dozen)`,
          );
        const [from, to = from] = a.ref.split(':');
        const area = {
          top: Number(/\d+$/u.exec(from)?.[0]),
          left: columnIndex(from),
          bottom: Number(/\d+$/u.exec(to)?.[0]),
          right: columnIndex(to),
        };
        if (Object.values(area).every((n) => Number.isInteger(n) && n > 0)) merges.push(area);
      } else if (local === 'row') {
        rowNumber = a.r === undefined ? rowNumber + 1 : Number(a.r);
        if (!Number.isInteger(rowNumber) || rowNumber < 1)
          throw new ReadRefusal('unreadable-file', {
            vi: `sổ tính bị hỏng: số dòng "${a.r}" không hợp lệ`,
            en: `the workbook is damaged: row number "${a.r}" is not valid`,
          });
        if (rowNumber > limits.maxRows + 1)
          throw refuse(
            `trang "${sheet.name}" có dòng ${rowNumber}, quá giới hạn ${limits.maxRows} dòng (nâng bằng --max-rows)`,
            `sheet "${sheet.name}" has a row ${rowNumber}, beyond the limit of ${limits.maxRows} rows (raise it with --max-rows)`,
            rowNumber,
          );
        if (['1', 'true'].includes(a.hidden ?? '')) hiddenRows.push(rowNumber);
        column = 0;
      } else if (local === 'c') {
        column = a.r === undefined ? column + 1 : columnIndex(a.r);
        if (column < 1)
          throw new ReadRefusal('unreadable-file', {
            vi: `sổ tính bị hỏng: địa chỉ ô "${a.r}" không hợp lệ ở dòng ${rowNumber}`,
            en: `the workbook is damaged: cell address "${a.r}" is not valid in row ${rowNumber}`,
          });
        if (column > limits.maxColumns)
          throw refuse(
            `ô ${a.r ?? columnLetter(column)} ở dòng ${rowNumber} vượt giới hạn ${limits.maxColumns} cột (nâng bằng --max-columns)`,
            `cell ${a.r ?? columnLetter(column)} in row ${rowNumber} is beyond the limit of ${limits.maxColumns} columns (raise it with --max-columns)`,
            rowNumber,
          );
        cell = { column, type: a.t ?? 'n', style: Number(a.s ?? 0) };
        content.start();
      } else content.open(local, cell !== null);
    },
    text(text) {
      if (cell && content.text(text) > limits.maxCellChars)
        throw new ReadRefusal(
          'cell-too-long',
          {
            vi: `ô ${columnLetter(cell.column)}${rowNumber} dài quá ${limits.maxCellChars} ký tự (nâng bằng --max-cell-chars)`,
            en: `cell ${columnLetter(cell.column)}${rowNumber} is longer than ${limits.maxCellChars} characters (raise it with --max-cell-chars)`,
          },
          { sheet: sheet.name, row: rowNumber, column: columnLetter(cell.column) },
        );
    },
    close(tag) {
      const local = localName(tag.name);
      content.close(local);
      if (local === 'c' && cell) {
        if (content.uncomputed(cell.type)) uncomputed.push(`${columnLetter(cell.column)}${rowNumber}`);
        const read = cellValue(cell.type, content.value, content.inline, strings, formats[cell.style], date1904);
        if (read !== null) {
          const r = rowNumber - 1;
          (cells[r] ??= [])[cell.column - 1] = read;
          if (typeof read === 'number' && formats[cell.style]?.percent) (percent[r] ??= [])[cell.column - 1] = true;
        }
        cell = null;
      }
    },
  });
  // Dense rows (a sheet's empty rows and cells as null), so that addresses are plain indices.
  const width = cells.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  // The rows merged areas span, within the sheet: what the reader indexes them by.
  const merged = merges.reduce((n, m) => n + Math.max(0, Math.min(m.bottom, cells.length) - m.top + 1), 0);
  if (merged > MAX_GRID_CELLS)
    throw refuse(
      `trang "${sheet.name}" có ${merges.length} vùng gộp ô trải tổng cộng ${merged} dòng, quá ${MAX_GRID_CELLS.toLocaleString('vi')} (bảng phụ lục chỉ có vài chục vùng gộp)`,
      `sheet "${sheet.name}" has ${merges.length} merged areas spanning ${merged} rows in all, beyond ${MAX_GRID_CELLS.toLocaleString('en')} (an annex has a few dozen)`,
    );
  if (cells.length * width > MAX_GRID_CELLS)
    throw refuse(
      `trang "${sheet.name}" trải ${cells.length} dòng × ${width} cột, quá ${MAX_GRID_CELLS.toLocaleString('vi')} ô cho một bảng dạng ngang (bảng phụ lục chỉ vài nghìn ô; giảm --max-rows/--max-columns hoặc xóa các ô thừa ở xa)`,
      `sheet "${sheet.name}" spans ${cells.length} rows × ${width} columns, beyond ${MAX_GRID_CELLS.toLocaleString('en')} cells for a wide table (an annex holds a few thousand; clear the stray far cells)`,
    );
  const dense = Array.from({ length: cells.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => cells[r]?.[c] ?? null),
  );
  const flags = Array.from({ length: cells.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => percent[r]?.[c] ?? false),
  );
  return {
    file,
    sheet: sheet.name,
    origin: { row: 1, column: 1 },
    cells: dense,
    percent: flags,
    merges,
    hiddenColumns,
    hiddenRows,
    uncomputed,
  };
}
