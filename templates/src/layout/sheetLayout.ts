/**
 * The layout's output: a `SheetLayout` (both sheets as cell writes, merges, heights, highlights,
 * the computed table) and what a caller passes in (`LayoutOptions`) or plugs in (`LayoutSinks`).
 */
import type { TemplateDefinition } from '../definition.js';
import { type CachedValue } from './compute.js';
import type { Tone } from './palette.js';
import type { FillOptions } from './rows.js';
import { type SheetPart, type SheetSink } from './sheetPart.js';
import { type SignatureBlock, type SignatureOptions } from './signature.js';

/** `live`: formulas call the add-in (`CHITIEU.*`); `portable`: native Excel functions only. */
export type Mode = 'live' | 'portable';

/** A label and the tone it is shown in. */
export type Colours = Array<{ equals: string; tone: Tone }>;

/**
 * Conditional formatting, described by intent:
 * - `bar`: one neutral bar per cell, scaled from the lowest value of the range to `max` (100%);
 * - `status` / `onTrack`: a cell coloured by the label it holds;
 * - `byStatus`: a cell coloured by the label in the same row of column `statusColumn` (percent of
 *   target takes the tone of the row's status, so good is green whatever the direction).
 */
export type Highlight =
  | { kind: 'bar'; range: string; max: number }
  | { kind: 'status' | 'onTrack'; range: string; colours: Colours }
  | { kind: 'byStatus'; range: string; statusColumn: string; colours: Colours };

export interface SheetLayout extends SheetPart {
  templateId: TemplateDefinition['id'];
  mode: Mode;
  lang: 'vi' | 'en';
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Freeze panes below the header and after the name columns. */
  freeze: { row: number; column: number };
  highlights: Highlight[];
  /** The computed table (column key → cached value), for summaries and checks; one entry per data row. */
  table: Array<Record<string, CachedValue | null>>;
  /** The first free row under the table's legend and its assessment section. */
  nextRow: number;
  /** The settings the table was computed with (base and end year, band, report year, quarter). */
  settings: Record<string, number>;
  /** The period the title block names (the term, the year, the quarter, coverage's period). */
  period: string;
  /** The page footer, in Excel's header/footer codes (&P page, &N pages). */
  footer: string;
  /** The second sheet ("Thuyết minh" / "Method"): technical columns and settings the formulas read. */
  method: SheetPart;
  /** The signature block under the report (signature.ts), for the Word document to print the same. */
  signature: SignatureBlock;
}

export interface LayoutOptions extends FillOptions, SignatureOptions {
  mode: Mode;
  lang: 'vi' | 'en';
  /** Province (or area) named in the title block. */
  province?: string;
  /** Where the data came from, for the source row. */
  sourceFile?: string;
}

/** Where a file writer takes the two sheets: each sheet's sink, opened with what it must know before its first row. */
export interface LayoutSinks {
  /** The report sheet: called before its first cell, with everything but its cells, merges and row heights. */
  report(frame: SheetFrame): SheetSink;
  /** The method sheet: called once the report sheet is complete. */
  method(frame: SheetPart): SheetSink;
}

/** A sheet before its rows: name, columns, frozen panes, print titles, footer and highlights. */
export type SheetFrame = Omit<SheetLayout, 'table' | 'nextRow' | 'method' | 'signature'>;
