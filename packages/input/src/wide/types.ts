import type { Label } from '@chitieu/words';
import type { FigureStatus, IndicatorKind, TargetScope } from '../schema.js';
import type { Problem } from '../problemSchema.js';
import type { RawTable } from '../records.js';

/** A cell value of a wide sheet as stored: text, a number, a boolean, or null for an empty cell. */
export type GridValue = string | number | boolean | null;

/**
 * One sheet (or a selected range of it) as a grid of cells: what the .xlsx reader, the CSV reader
 * and the Excel task pane (a selected range) all hand to the wide-table reader. Coordinates are
 * the sheet's own, 1-based, so that every problem names the cell the officer sees.
 */
export interface WideGrid {
  file: string;
  sheet: string;
  /** The 1-based sheet address of `cells[0][0]` (A1 is row 1, column 1). */
  origin: { row: number; column: number };
  /** Rows of cells: values as stored (numbers as numbers, text as typed). */
  cells: GridValue[][];
  /** Whether a numeric cell is formatted as a percent (then it holds a fraction: 0.95 shows 95%). */
  percent?: boolean[][];
  /** Merged areas, in 1-based sheet coordinates. */
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
  /** Hidden columns and rows, 1-based sheet coordinates. */
  hiddenColumns?: number[];
  hiddenRows?: number[];
  /**
   * Formula cells with no computed result ("F12"), written by a program that does not calculate:
   * refused where the reader takes a figure from one, passed over elsewhere.
   */
  uncomputed?: string[];
}

/** The answer to what the rules cannot decide, for one indicator (a row of the mapping file). */
export interface MappingEntry {
  /** The indicator's name as written in the sheet (matched without regard to case or spacing). */
  indicator: string;
  /** The STT path ("II.3"): used when the name is blank, or to tell two same-named rows apart. */
  stt: string;
  code: string;
  kind: IndicatorKind | null;
  direction: 'higher' | 'lower' | null;
  /** The mapping file's row, for a problem about it. */
  row: number;
}

export interface WideOptions {
  /**
   * Which table of the sheet to read: its number, 1-based (default 1: the first found), or words
   * of its title ("Biểu 2", "nông nghiệp"), matched without regard to case or spacing.
   */
  table?: number | string;
  /** Answers kept by the officer (the mapping file), by indicator name or STT. */
  mapping?: readonly MappingEntry[];
  /** The file the mapping came from, for the preview and problems. */
  mappingFile?: string;
  /**
   * How numbers typed as text are read and targets are written back: `vi` (8,56) or `en`; when not
   * given, the language of the table's headers decides (numberLocale.ts), Vietnamese if unclear.
   */
  numberLocale?: 'vi' | 'en';
  /** The language of the notes written on estimated rows ("ước thực hiện (cột …)"); default vi. */
  lang?: 'vi' | 'en';
}

/** What a column of the wide table holds. */
export type ColumnRoleName =
  | 'stt'
  | 'indicator'
  | 'indicator_en'
  | 'code'
  | 'unit'
  | 'kind'
  | 'direction'
  | 'group'
  | 'source'
  | 'note'
  | 'value'
  | 'target'
  | 'comparison'
  | 'unknown';

/** One column of the wide table as recognised: its role, header and (for figures) its period. */
export interface ColumnRole {
  /** 1-based sheet column, its letter and the header as read (rows of a merged header joined). */
  column: number;
  letter: string;
  /** The address of the header's lowest cell ("F5"). */
  cell: string;
  header: string;
  role: ColumnRoleName;
  /** For a value column: the period it holds (2024, 2021-2025); for a target: the period it is on. */
  period?: string;
  figureStatus?: FigureStatus;
  /** For a target column: a year's plan or the term's target. */
  scope?: TargetScope;
  /** The one year the header names ("Mục tiêu 2025": the term target of the plan period holding 2025). */
  year?: number;
  /** Hidden in the sheet (read all the same; the preview says so). */
  hidden?: boolean;
  /** Why the column has this role (the words that decided it). */
  because: Label;
}

/** How an indicator's kind or direction was decided. */
export interface Decision<T> {
  value: T | null;
  /** sheet: a column of the sheet; mapping: the mapping file; rule: the rule table; null: undecided. */
  by: 'sheet' | 'mapping' | 'rule' | null;
  because: Label;
}

/** One indicator row of the wide table as read. */
export interface WideIndicator {
  /** 1-based sheet row and the address of its name cell. */
  row: number;
  cell: string;
  stt: string;
  /** The STT under its sector ("II.3"): how the mapping file tells two rows numbered 3 apart. */
  sttPath: string;
  name: string;
  code: string;
  unit: string;
  group: string | null;
  kind: Decision<IndicatorKind>;
  direction: Decision<'higher' | 'lower'>;
  /** How many long rows (periods) it gave. */
  rows: number;
}

/** The number locale a wide table is read in, and why (the preview says it). */
export interface NumberReading {
  locale: 'vi' | 'en';
  /** option: `--number-locale`; headers: the language of the headers; default: unclear, Vietnamese. */
  by: 'option' | 'headers' | 'default';
  because: Label;
}

/** What the reader found, shown before anything is written (`chitieu import`, the task pane). */
export interface MappingPreview {
  file: string;
  sheet: string;
  /** The table read (1-based) and how many tables the sheet holds. */
  table: number;
  tables: number;
  /** The header block's first and last sheet rows, and the rows of indicators read. */
  headerRows: { top: number; bottom: number };
  dataRows: { first: number; last: number } | null;
  /** A unit written above the table ("Đơn vị tính: tỷ đồng"), used where a row has none. */
  sheetUnit: string | null;
  columns: ColumnRole[];
  /** How the numbers written as text are read (10,000: ten thousand in en, ten in vi). */
  numbers: NumberReading;
  /** The periods with figures, in column order. */
  periods: string[];
  /** Sector rows (I. Kinh tế) with their cell. */
  groups: Array<{ name: string; cell: string }>;
  /** Target columns: the period and scope each gives. */
  targets: Array<{ header: string; cell: string; period: string; scope: TargetScope }>;
  indicators: WideIndicator[];
  /** Rows that ended the table or were passed over (footnotes, headings), with why. */
  skipped: Array<{ row: number; cell: string; because: Label }>;
  mappingFile: string | null;
}

/** Something the rules cannot decide: to be answered in a sheet column or the mapping file. */
export interface WideQuestion {
  asks: 'kind' | 'direction';
  row: number;
  cell: string;
  stt: string;
  indicator: string;
  unit: string;
  message: Label;
}

/** Where one long row came from: the sheet row and each long column's cell. */
export interface RowOrigin {
  row: number;
  cells: Partial<Record<string, string>>;
}

export interface WideReading {
  /** The long layout: header = the input columns' names, one row per indicator and period. */
  table: RawTable;
  /** For each row of `table.rows` (same order): where it came from in the wide sheet. */
  origins: RowOrigin[];
  preview: MappingPreview;
  /** Problems found reading the wide sheet, each naming its sheet cell (questions included). */
  problems: Problem[];
  questions: WideQuestion[];
}
