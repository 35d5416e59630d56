import type { ParsedTarget } from '@chitieu/core';
import type { Label } from '@chitieu/words';
import type { FigureStatus, IndicatorKind, TargetScope } from './schema.js';

/** A period: a year, a span of years, a quarter, or the first n months of a year. */
export type Period =
  | { type: 'year'; year: number; text: string }
  | { type: 'span'; from: number; to: number; text: string }
  | { type: 'quarter'; year: number; quarter: number; text: string }
  | { type: 'months'; year: number; months: number; text: string };

/**
 * One validated input row. Values are numbers in the core's convention (rates as fractions:
 * "8,56" in a `%` row is 0.0856), or null where the file has no figure: a blank is kept as
 * "no data", never turned into 0.
 */
export interface InputRecord {
  sheet: string | null;
  row: number;
  code: string;
  name: Label;
  unit: string;
  direction: 'higher' | 'lower';
  kind: IndicatorKind;
  /** The target as written, normalised so a `%` row's bare number carries its sign ("22" → "22%"). */
  targetText: string;
  target: ParsedTarget | null;
  period: Period;
  value: number | null;
  source: string;
  note: string;
  area: string;
  partOf: string;
  /** The `target_scope` column: what the target is for; null when the row's period decides. */
  targetScope: TargetScope | null;
  /** The `growth_of` column: on a growth row, the level indicator it is the growth of. */
  growthOf: string;
  /** The `group` column: the sector the indicator is listed under (empty: no group rows). */
  group: Label | null;
  /** The `figure_status` column: official (also for a blank), preliminary or an estimate. */
  figureStatus: FigureStatus;
}

/** A validated input file: its records in file order. */
export interface Dataset {
  file: string;
  records: InputRecord[];
}

/** A table as read from a .csv or a sheet of an .xlsx, before validation. */
export interface RawTable {
  file: string;
  sheet: string | null;
  header: string[];
  rows: RawRow[];
}

/** The rows of a table read as they come (a CSV file read again for each pass), or an array of them. */
export interface RawRows extends Iterable<RawRow> {
  /** How many rows there are (for progress; a streamed table knows it after its first pass). */
  readonly length: number;
}

/** A raw table whose rows may be streamed: what the checks and the validator read, one row at a time. */
export type RowTable = Omit<RawTable, 'rows'> & { rows: RawRows };

export interface RawRow {
  row: number;
  /** Text as typed, or a number from a numeric xlsx cell. */
  cells: Array<string | number | null>;
  /** For numeric xlsx cells: whether the cell is formatted as a percent (then it is a fraction already). */
  percent?: boolean[];
}
