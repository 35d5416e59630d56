/**
 * What every stage of the layout reads (`Context`): the placed columns, the rows of the sheet,
 * the title block's rows, and where a formula finds a cell, a setting or the other sheet.
 */
import type { Column, Formula, TemplateDefinition } from '../definition.js';
import { columnLetter } from '@chitieu/input';
import { type FormulaPlace } from './formula.js';
import type { ReportData, ReportRow } from './rows.js';
import type { LayoutOptions } from './sheetLayout.js';

/**
 * The report sheet's title block, top to bottom, as provincial annexes carry it: the issuing
 * body (left) facing "Phụ lục" (right), the form number, the title, the period, the editable
 * "Kèm theo Báo cáo số …" line and the unit line; then the header row.
 */
export const TITLE_BLOCK = { issuer: 1, form: 2, title: 3, period: 4, attached: 5, unit: 6, header: 7 } as const;

/** The size a line of bold capitals is estimated at (they run about a third wider than 10 pt text). */
export const BOLD_CAPITALS = 13;

/** How wide (characters) the issuer block (left) and the annex block (right) are at least. */
export const CORNER_WIDTH = { issuer: 36, annex: 22 } as const;

/** The method sheet: title, subtitle, then its table on the same rows as the report's. */
export const METHOD_BLOCK = { title: 1, subtitle: 2 } as const;

export interface PlacedColumn {
  column: Column;
  letter: string;
  index: number;
  sheet: 'report' | 'method';
  year?: number;
  groupIndex?: number;
  /** A copy of a report column on the method sheet (names), so its rows can be read there. */
  copy?: boolean;
}

/** What every stage reads: the template, the filled data, the settings and the words of the language. */
export interface Context {
  template: TemplateDefinition;
  options: LayoutOptions;
  lang: 'vi' | 'en';
  text: Record<string, string>;
  data: ReportData;
  settings: Record<string, number>;
  /** Values shown once in the title block rather than on every row (column key → value). */
  once: Map<string, string>;
  /** Sheet row of each data row (group rows sit between them). */
  rowOf: number[];
  /** Group rows: sheet row → its label ("I. Kinh tế"). */
  groupRows: Map<number, string>;
  report: PlacedColumn[];
  method: PlacedColumn[];
  methodSheet: string;
}

/** The first row under the header (a group row when the data has groups). */
export const FIRST_DATA_ROW = TITLE_BLOCK.header + 1;

export const lastDataRow = (ctx: Context) => Math.max(FIRST_DATA_ROW, ctx.rowOf[ctx.rowOf.length - 1] ?? 0);

/**
 * Where the formulas find things: columns of the formula's own sheet by letter, the other
 * sheet's with its name (a report formula reads the technical columns and settings on the
 * method sheet; a method-sheet step of a verdict reads the report's figures).
 */
export function formulaPlace(ctx: Context, row: number | string, on: 'report' | 'method' = 'report'): FormulaPlace {
  const sheetRef = `${quoteSheet(ctx.methodSheet)}!`;
  const reportRef = `${quoteSheet(sheetNameOf(ctx.template.title[ctx.lang]))}!`;
  const find = (key: string) =>
    ctx.report.find((p) => p.column.key === key) ?? ctx.method.find((p) => p.column.key === key && !p.copy);
  const address = (p: PlacedColumn) =>
    p.sheet === on ? p.letter : `${p.sheet === 'method' ? sheetRef : reportRef}${p.letter}`;
  return {
    row,
    columnOf: (key) => address(find(key)!),
    groupColumns: (group) => ctx.report.filter((p) => p.column.group === group).map(address),
    groupYears: (group) => ctx.data.groupYears[group] ?? [],
    settingAddress: (name) => `${sheetRef}$${columnLetter(SETTING_VALUE_COLUMN)}$${settingRow(ctx, name)}`,
    text: (name) => ctx.text[name],
    firstRow: FIRST_DATA_ROW,
    lastRow: lastDataRow(ctx),
  };
}

/** A sheet name as formulas write it: quoted, with inner quotes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Settings on the method sheet: the label over the first columns, the value in this column. */
export const SETTING_LABEL_SPAN = 2;

export const SETTING_VALUE_COLUMN = SETTING_LABEL_SPAN + 1;

/** The method sheet's settings start two rows under its table (heading, then one row per setting). */
export function settingRow(ctx: Context, name: string): number {
  return lastDataRow(ctx) + 3 + ctx.template.settings.findIndex((s) => s.name === name);
}

/** The formula a column has for a row's kind (a rate takes the level's formula when it has none of its own). */
export function formulaOf(column: Column, row: ReportRow): Formula | null | undefined {
  if (column.formula) return column.formula;
  if (!column.byKind) return undefined;
  if (row.kind in column.byKind) return column.byKind[row.kind];
  return row.kind === 'rate' ? column.byKind.level : undefined;
}

/** A sheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :. */
export function sheetNameOf(title: string): string {
  return title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ');
}
