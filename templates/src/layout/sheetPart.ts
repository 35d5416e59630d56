import type { ChitieuError, ExcelErrorCode } from '@chitieu/core';
import { columnLetter } from '@chitieu/input';

/** How a cell looks; each renderer maps these to its own styling (colours from palette.ts). */
export type CellStyle =
  | 'issuer'
  | 'annex'
  | 'title'
  | 'subtitle'
  | 'attached'
  | 'unitLine'
  | 'heading'
  | 'settingLabel'
  | 'setting'
  | 'header'
  | 'group'
  | 'text'
  | 'ordinal'
  | 'number'
  | 'formula'
  | 'noData'
  | 'total'
  | 'totalNumber'
  | 'note'
  | 'source';

/**
 * One cell to write: a constant (`value`; text is always written as text, never as a formula,
 * whatever it starts with), a `formula` (A1, without "=") with its cached `result` computed
 * by the core, or neither (a styled empty cell: a figure with no data in a live sheet).
 * Renderer-neutral: exceljs writes it to a file, the add-in into a live sheet.
 */
export interface CellWrite {
  address: string;
  row: number;
  column: number;
  value?: string | number;
  formula?: string;
  result?: number | string | { error: ExcelErrorCode };
  /** The core's error behind an error result, with its message (for notes and the CLI). */
  error?: ChitieuError;
  numFmt?: string;
  style: CellStyle;
  /**
   * The formula is the same relative formula as the cells above it in its column (only its row
   * numbers differ): `ref`, the range such a run covers, on the run's first cell; `from`, that
   * first cell's address, on the others. A file writer writes the text once, as one shared
   * formula; `formula` still holds every cell's own text.
   */
  shared?: { ref: string } | { from: string };
}

/** One sheet of a report: its cells, column widths, merges and the heights of wrapped rows. */
export interface SheetPart {
  sheetName: string;
  cells: CellWrite[];
  /** `grouped`: a column of a collapsed outline group (hidden, not printed; the reader expands it). */
  columns: Array<{ letter: string; key: string; width: number; grouped?: boolean }>;
  merges: string[];
  /** Rows that start a new printed page (a block that must not be split: the signatures). */
  pageBreaks?: number[];
  /**
   * Row heights in points where text wraps: Excel does not size rows when it opens a file, and
   * no spreadsheet sizes a merged cell, so the layout estimates them (generously, see
   * `linesOf`) rather than let a line be cut off.
   */
  rowHeights: Record<number, number>;
}

/**
 * The printed page of a report sheet: A4 landscape (841,9 × 595,3 pt), its margins in inches as
 * Excel stores them, scaled to the page's width. The .xlsx renderer sets these; the layout reads
 * them to tell where a page ends (`pageEnds`), so a block that must stay whole starts a page.
 */
export const PRINT_PAGE = {
  width: 841.9,
  height: 595.3,
  margins: { left: 0.25, right: 0.25, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
} as const;
/** The height (points) spreadsheets give a row of 10 pt text that no one sized. */
const DEFAULT_ROW = 12.8;

/** Body text size (points) of every renderer; the print test holds the printed page to ≥ 8 pt. */
export const BODY_SIZE = 10;
/** The font of the report sheets: the decree's (Nghị định 30/2020/NĐ-CP), as provincial annexes use it. */
export const REPORT_FONT = 'Times New Roman';
/** Points per line of wrapped text at size `size` (Excel's own row height for 10 pt text is 12,75). */
const lineHeight = (size: number) => size * 1.25;
/**
 * Characters of 10 pt text per unit of column width. A unit is the width of a digit of the
 * workbook's default font (about 7 px); Arial's average letter is narrower, DejaVu Sans (what
 * LibreOffice prints with when Arial is missing) about as wide: 1,1 leaves a margin for both.
 */
const CHARS_PER_UNIT = 1.1;

/** How many lines `text` takes in a column `width` units wide at `size` points, wrapped at spaces. */
export function linesOf(text: string, width: number, size = BODY_SIZE): number {
  const perLine = Math.max(1, Math.floor((width * CHARS_PER_UNIT * BODY_SIZE) / size));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const piece of paragraph.split(' ')) {
      const length = [...piece].length;
      if (used === 0) used = length;
      else if (used + 1 + length <= perLine) used += 1 + length;
      else {
        lines++;
        used = length;
      }
      // A word longer than a line is broken across lines.
      for (; used > perLine; used -= perLine) lines++;
    }
  }
  return lines;
}

/** The height (points) that shows `lines` lines of text at `size`. */
export function heightOf(lines: number, size = BODY_SIZE): number {
  return Math.ceil(lines * lineHeight(size) + 3);
}

/**
 * Where a sheet's writes go, in the order the layout makes them: rows top to bottom, each row's
 * cells, merges and heights before the next row's cells. The list sink (`SheetList`) keeps them
 * all (the add-in, tests); a file sink writes each row as soon as the next one starts, so that a
 * report of any length is written in memory bounded by one row.
 */
export interface SheetSink {
  cell(cell: CellWrite): void;
  /** Merges a range of one row (`A9:C9`), given while that row is the current one. */
  merge(range: string): void;
  /** The row must be at least `points` tall. */
  height(row: number, points: number): void;
  /** A printed page starts at `row` (given while that row is the current one). */
  pageBreak?(row: number): void;
}

/** The list sink: every cell, merge and row height of a sheet, kept as the layout's `SheetPart`. */
export class SheetList implements SheetSink {
  cells: CellWrite[] = [];
  merges: string[] = [];
  rowHeights: Record<number, number> = {};

  cell(cell: CellWrite): void {
    this.cells.push(cell);
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  height(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
  }

  pageBreaks: number[] = [];

  pageBreak(row: number): void {
    this.pageBreaks.push(row);
  }
}

/** Lays out one sheet into a sink; `put` addresses cells by row and column index. */
export class SheetBuilder {
  /** Every row's height so far (points), for where a printed page ends: numbers only, whatever the sink keeps. */
  private heights: number[] = [];
  private breaks: number[] = [];
  constructor(
    public sheetName: string,
    public columns: SheetPart['columns'],
    public sink: SheetSink = new SheetList(),
  ) {}

  put(row: number, column: number, cell: Omit<CellWrite, 'address' | 'row' | 'column'>): void {
    this.sink.cell({ address: `${columnLetter(column)}${row}`, row, column, ...cell });
  }

  /** Merges columns `from`..`to` of a row. */
  merge(row: number, from: number, to: number): void {
    if (to > from) this.sink.merge(`${columnLetter(from)}${row}:${columnLetter(to)}${row}`);
  }

  /** Makes a row at least tall enough for `lines` lines at `size`. */
  fit(row: number, lines: number, size = BODY_SIZE): void {
    this.sink.height(row, heightOf(lines, size));
    this.heights[row] = Math.max(this.heights[row] ?? 0, heightOf(lines, size));
  }

  /** Row `row` is exactly `points` tall (room left empty, as to sign in). */
  room(row: number, points: number): void {
    this.sink.height(row, points);
    this.heights[row] = Math.max(this.heights[row] ?? 0, points);
  }

  /** A printed page starts at `row`: given before that row's first cell, while it is the current one. */
  pageBreak(row: number): void {
    this.breaks.push(row);
    this.sink.pageBreak?.(row);
  }

  /**
   * On which printed page row `row` ends, and how far down it (points, at the print's scale),
   * with the rows above `repeated` on the first page only and row `repeated` atop every page.
   * The page is scaled to fit the sheet's width: a column of width w is d·w + 5 pixels (0,75 pt
   * each), d the width of a digit of the workbook's default font: 7 px for Calibri 11 in Excel,
   * about 8,5 px where LibreOffice replaces Calibri with a wider font (measured on Debian).
   *
   * @example
   * sheet.pageEnds(40, 7, 7)  // { page: 2, used: 310.5, room: 526.4 }
   */
  pageEnds(row: number, repeated: number, digit: number): { page: number; used: number; room: number } {
    const { margins } = PRINT_PAGE;
    // A collapsed (grouped) column is hidden: it takes no width on paper.
    const wide = this.columns.reduce((sum, c) => sum + (c.grouped ? 0 : (digit * c.width + 5) * 0.75), 0);
    const scale = Math.min(1, (PRINT_PAGE.width - (margins.left + margins.right) * 72) / wide);
    const room = (PRINT_PAGE.height - (margins.top + margins.bottom) * 72) / scale;
    const height = (r: number) => this.heights[r] ?? DEFAULT_ROW;
    let page = 1;
    let used = 0;
    for (let r = 1; r <= row; r++) {
      if (used + height(r) > room || this.breaks.includes(r)) {
        page++;
        used = height(repeated);
      }
      used += height(r);
    }
    return { page, used, room };
  }

  /** The sheet's total width in characters from column `from` to `to`. */
  width(from: number, to: number): number {
    return this.columns.slice(from - 1, to).reduce((sum, c) => sum + c.width, 0);
  }

  /** A line of text across columns `from`..`to`, merged and as tall as its wrapped text needs. */
  line(row: number, from: number, to: number, value: string, style: CellStyle, size = BODY_SIZE): void {
    this.put(row, from, { value, style });
    this.merge(row, from, to);
    this.fit(row, linesOf(value, this.width(from, to), size), size);
  }

  /** The sheet as the layout returns it: what the list sink kept (nothing of a file sink's cells). */
  part(): SheetPart {
    const kept = this.sink instanceof SheetList ? this.sink : new SheetList();
    return {
      sheetName: this.sheetName,
      cells: kept.cells,
      columns: this.columns,
      merges: kept.merges,
      rowHeights: kept.rowHeights,
      ...(kept.pageBreaks.length > 0 ? { pageBreaks: kept.pageBreaks } : {}),
    };
  }
}
