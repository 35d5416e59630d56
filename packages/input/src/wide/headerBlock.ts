import { normaliseWord } from '../schema.js';
import { lastColumn, lastRow, mergeAt, shownTextAt, textAt, valueAt } from './grid.js';
import { isNameHeader, readHeader, SECTOR } from './headerWords.js';
import type { WideGrid } from './types.js';

/** Where one table of a sheet lies: its header block, the name column and what its title says. */
export interface TableBlock {
  /** The header block's first and last sheet rows (a merged header spans several). */
  top: number;
  bottom: number;
  /** The first row after the header (past a row of column numbers "(1) (2) (3)", if any). */
  firstDataRow: number;
  nameColumn: number;
  /** The rows above the header that belong to this table: title, "Đơn vị tính: …". */
  titleTop: number;
  /** A unit given for the whole table ("Đơn vị tính: tỷ đồng"); null when rows carry their own. */
  sheetUnit: string | null;
  /** The year the title names ("BÁO CÁO … NĂM 2025"): the year of "Kế hoạch năm", "Ước thực hiện". */
  reportYear: number | null;
  /** The title rows' text, joined: how `--table "Biểu 2"` finds a table. */
  title: string;
}

/** "Đơn vị tính: tỷ đồng" above a table; "theo từng dòng" means each row has its own. */
const UNIT_LINE = /^(đơn vị tính|đvt|đơn vị|units?)\s*:\s*(.+)$/u;
const PER_ROW_UNIT = /theo (từng )?dòng|as given on each row|see each row|by row/u;

/**
 * Every table of a sheet, top to bottom: a table starts at a row holding the indicator-name
 * header ("Chỉ tiêu", "Nội dung", "Indicator"). Its header block runs down the name cell's merged
 * area, then over the rows whose name cell is empty (the years under "Thực hiện"), and skips a
 * row that numbers the columns ("A", "B", "1", "(2)").
 */
export function findTables(grid: WideGrid): TableBlock[] {
  const tables: TableBlock[] = [];
  const bottomRow = lastRow(grid);
  const right = lastColumn(grid);
  let row = grid.origin.row;
  let previousEnd = grid.origin.row - 1;
  while (row <= bottomRow) {
    const nameColumn = nameHeaderColumn(grid, row, right);
    if (nameColumn === null) {
      row++;
      continue;
    }
    let bottom = mergeAt(grid, row, nameColumn)?.bottom ?? row;
    while (bottom < bottomRow && continuesHeader(grid, bottom + 1, nameColumn, right)) bottom++;
    let firstDataRow = bottom + 1;
    while (firstDataRow < bottomRow && rowIsBlank(grid, firstDataRow)) firstDataRow++;
    if (isNumberingRow(grid, firstDataRow, right)) firstDataRow++;
    const titleTop = titleStart(grid, row, previousEnd);
    const titles = titleTexts(grid, titleTop, row - 1, right);
    tables.push({
      top: row,
      bottom,
      firstDataRow,
      nameColumn,
      titleTop,
      sheetUnit: unitOfTitles(titles),
      reportYear: yearOfTitles(titles),
      title: titles.join(' '),
    });
    previousEnd = bottom;
    row = bottom + 1;
  }
  return tables.length > 0 ? tables : yearbookTable(grid, right);
}

/**
 * A yearbook table often leaves its corner blank: no "Chỉ tiêu" over the names, only the years.
 * Then the header is the first row with two year headers or more, and the name column the first
 * column left of the years with text under a blank header.
 */
function yearbookTable(grid: WideGrid, right: number): TableBlock[] {
  for (let row = grid.origin.row; row <= lastRow(grid); row++) {
    const years: number[] = [];
    for (let column = grid.origin.column; column <= right; column++) {
      const read = readHeader([textAt(grid, row, column)], null);
      if (!('error' in read) && read.role === 'value') years.push(column);
    }
    if (years.length < 2) continue;
    for (let column = grid.origin.column; column < years[0]; column++) {
      if (textAt(grid, row, column) !== '' || textAt(grid, row + 1, column) === '') continue;
      const titleTop = titleStart(grid, row, grid.origin.row - 1);
      const titles = titleTexts(grid, titleTop, row - 1, right);
      return [
        {
          top: row,
          bottom: row,
          firstDataRow: row + 1,
          nameColumn: column,
          titleTop,
          sheetUnit: unitOfTitles(titles),
          reportYear: yearOfTitles(titles),
          title: titles.join(' '),
        },
      ];
    }
    return [];
  }
  return [];
}

/** The column of a row's indicator-name header, or null. */
function nameHeaderColumn(grid: WideGrid, row: number, right: number): number | null {
  for (let column = grid.origin.column; column <= right; column++) {
    const merge = mergeAt(grid, row, column);
    if (merge && merge.top !== row) continue;
    // Headers are text: a figure is never one (and most cells of a sheet are figures).
    const value = valueAt(grid, row, column);
    // A title ("CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU") is alone in its row, or merged across the table.
    const wide = merge !== undefined && merge.right - merge.left >= 3;
    if (typeof value === 'string' && value.length <= 60 && !wide && isNameHeader(value) && filledCells(grid, row) > 1)
      return numberedRow(grid, row, column) ? null : column;
  }
  return null;
}

/**
 * A row of the table above named like a header ("I | CÁC CHỈ TIÊU KINH TẾ", "2 | Các chỉ tiêu xã
 * hội"): a row number left of the name (a Roman numeral, a letter, digits) marks a sector or a
 * heading, never a new table's header, whose cells there are words ("STT") or blank.
 */
function numberedRow(grid: WideGrid, row: number, nameColumn: number): boolean {
  for (let column = grid.origin.column; column < nameColumn; column++) {
    const text = textAt(grid, row, column).replace(/[.)]$/u, '');
    if (SECTOR.test(text) || /^\d+(\.\d+)*$/u.test(text)) return true;
  }
  return false;
}

/**
 * A row under the header's first row still belongs to it: nothing new is written at or left of
 * the name column (a sector row "I. Kinh tế", even merged across, is data), and something is
 * written right of it (the years under "Thực hiện"), none of it a figure with decimals.
 */
function continuesHeader(grid: WideGrid, row: number, nameColumn: number, right: number): boolean {
  const nameMerge = mergeAt(grid, row, nameColumn);
  if (nameMerge && nameMerge.top < row) return true;
  for (let column = grid.origin.column; column <= nameColumn; column++) {
    const merge = mergeAt(grid, row, column);
    if (merge && merge.top < row) continue;
    if (shownTextAt(grid, row, column) !== '') return false;
  }
  let any = false;
  for (let column = nameColumn + 1; column <= right; column++) {
    const text = textAt(grid, row, column);
    if (text === '') continue;
    any = true;
    if (typeof valueAt(grid, row, column) === 'number' && !/^\d{4}$/.test(text)) return false;
  }
  return any;
}

/** One column's number: "A", "3", "(3)". */
const NUMBER_CELL = String.raw`\(?(?:[a-zA-Z]|\d{1,2})\)?`;
/** …or how a computed column is made from others: "7=5/4", "(8) = (6) - (5)", "9=7/3x100". */
const COLUMN_NUMBER = new RegExp(
  `^${NUMBER_CELL}(\\s*=\\s*${NUMBER_CELL}(\\s*[-+*/×x:]\\s*(?:${NUMBER_CELL}|100))*)?$`,
  'u',
);

/** "A | B | 1 | 2 | 3" or "(1) (2) (3)": the row that numbers the columns, under the header. */
function isNumberingRow(grid: WideGrid, row: number, right: number): boolean {
  let count = 0;
  for (let column = grid.origin.column; column <= right; column++) {
    const text = textAt(grid, row, column);
    if (text === '') continue;
    if (!COLUMN_NUMBER.test(text) || /^[IVX]+$/.test(text)) return false;
    count++;
  }
  return count >= 3;
}

/** The first title row of a table: the non-blank rows right above its header, after the previous table. */
function titleStart(grid: WideGrid, headerTop: number, previousEnd: number): number {
  let top = headerTop;
  let blanks = 0;
  for (let row = headerTop - 1; row > previousEnd; row--) {
    const blank = rowIsBlank(grid, row);
    if (blank && ++blanks > 1) break;
    // A title or a unit line is one text; a row with more is the previous table's.
    if (!blank && filledCells(grid, row) > 1) break;
    if (!blank) {
      blanks = 0;
      top = row;
    }
  }
  return top;
}

function titleTexts(grid: WideGrid, top: number, bottom: number, right: number): string[] {
  const texts: string[] = [];
  for (let row = top; row <= bottom; row++)
    for (let column = grid.origin.column; column <= right; column++) {
      const text = textAt(grid, row, column);
      if (text !== '') texts.push(text);
    }
  return texts;
}

function filledCells(grid: WideGrid, row: number): number {
  return (grid.cells[row - grid.origin.row] ?? []).filter((v) => v !== null && String(v).trim() !== '').length;
}

export function rowIsBlank(grid: WideGrid, row: number): boolean {
  return (grid.cells[row - grid.origin.row] ?? []).every((v) => v === null || String(v).trim() === '');
}

function unitOfTitles(titles: readonly string[]): string | null {
  for (const title of titles) {
    const match = UNIT_LINE.exec(normaliseWord(title));
    if (!match) continue;
    if (PER_ROW_UNIT.test(match[2])) return null;
    // The unit as written (case kept): the text after the colon.
    return title.slice(title.indexOf(':') + 1).trim();
  }
  return null;
}

/** The one year a title names ("2025", "năm 2025"); spans (2021-2025) and several years name none. */
function yearOfTitles(titles: readonly string[]): number | null {
  for (const title of titles) {
    const text = title.replace(/\d{4}\s*[-–—]\s*\d{4}/gu, ' ');
    const years = text.match(/(?<!\d)(19|20)\d{2}(?!\d)/gu) ?? [];
    if (years.length === 1) return Number(years[0]);
  }
  return null;
}

/** The header text of each column, its cells top to bottom (a merged area counted once). */
export function headerParts(grid: WideGrid, table: TableBlock, column: number): string[] {
  const parts: string[] = [];
  for (let row = table.top; row <= table.bottom; row++) {
    const text = shownTextAt(grid, row, column);
    if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
  }
  return parts;
}
