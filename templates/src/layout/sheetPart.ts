import type { ChitieuError, ExcelErrorCode } from '@chitieu/core';
import { columnLetter } from './formula.js';

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
  /**
   * Row heights in points where text wraps: Excel does not size rows when it opens a file, and
   * no spreadsheet sizes a merged cell, so the layout estimates them (generously, see
   * `linesOf`) rather than let a line be cut off.
   */
  rowHeights: Record<number, number>;
}

/** Body text size (points) of every renderer; the print test holds the printed page to ≥ 8 pt. */
export const BODY_SIZE = 10;
/** Points per line of wrapped text at size `size` (Excel's own row height for Arial 10 is 12,75). */
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
}

/** Lays out one sheet into a sink; `put` addresses cells by row and column index. */
export class SheetBuilder {
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
    };
  }
}
