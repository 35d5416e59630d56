import { isChitieuError } from '@chitieu/core';
import type { Column, Formula, NumberFormat, TemplateDefinition } from '../definition.js';
import { type Dataset, columnLetter } from '@chitieu/input';
import { type CachedValue } from './compute.js';
import { fillAnnualPlan } from './fillAnnualPlan.js';
import { fillCoverage } from './fillCoverage.js';
import { fillQuarterly } from './fillQuarterly.js';
import { fillTermReview } from './fillTermReview.js';
import { assessmentSection } from '../narrative/assessment.js';
import { expandFormula, quote, type FormulaPlace } from './formula.js';
import {
  atMostFormat,
  changeFormat,
  FORMAT_CODES,
  labels,
  pointsFormat,
  word,
  WORDS,
  type WordName,
} from './labels.js';
import type { Tone } from './palette.js';
import type { FillOptions, ReportData, ReportRow } from './rows.js';
import { linesOf, SheetBuilder, type CellWrite, type SheetPart, type SheetSink } from './sheetPart.js';
import { signatureBlock, signatureUnderTable, type SignatureBlock, type SignatureOptions } from './signature.js';

export type { CellStyle, CellWrite, SheetPart, SheetSink } from './sheetPart.js';

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

const FILL: Record<TemplateDefinition['id'], (dataset: Dataset, options: FillOptions) => ReportData> = {
  'term-review': fillTermReview,
  'annual-plan': fillAnnualPlan,
  quarterly: fillQuarterly,
  coverage: fillCoverage,
};

/**
 * The report sheet's title block, top to bottom, as provincial annexes carry it: the issuing
 * body (left) facing "Phụ lục" (right), the form number, the title, the period, the editable
 * "Kèm theo Báo cáo số …" line and the unit line; then the header row.
 */
const TITLE_BLOCK = { issuer: 1, form: 2, title: 3, period: 4, attached: 5, unit: 6, header: 7 } as const;
/** The size a line of bold capitals is estimated at (they run about a third wider than 10 pt text). */
const BOLD_CAPITALS = 13;
/** How wide (characters) the issuer block (left) and the annex block (right) are at least. */
const CORNER_WIDTH = { issuer: 36, annex: 22 } as const;
/** The method sheet: title, subtitle, then its table on the same rows as the report's. */
const METHOD_BLOCK = { title: 1, subtitle: 2 } as const;

interface PlacedColumn {
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
interface Context {
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

/**
 * Lays a template out over a data set: every cell of both sheets with its value or formula, its
 * cached value computed by the core, its number format and style, plus merges, row heights,
 * frozen panes and conditional formatting. Both renderers consume this; neither decides
 * anything itself. The stages, in order: place the columns and the highlights, the title block,
 * compute the table, write the table, the notes under it, the method sheet (`layoutSteps`).
 */
export function layoutTemplate(template: TemplateDefinition, dataset: Dataset, options: LayoutOptions): SheetLayout {
  const steps = layoutSteps(template, dataset, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
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

/**
 * The layout as steps, one per table row (the few rows above and below come with the first and
 * last): every write goes to the sinks in row order, the report sheet first, then the method
 * sheet, so that a file writer can write and forget each row; the generator's value is the
 * layout (its cells empty when the sinks were files). `layoutTemplate` runs it into lists.
 */
export function* layoutSteps(
  template: TemplateDefinition,
  dataset: Dataset,
  options: LayoutOptions,
  sinks?: LayoutSinks,
): Generator<void, SheetLayout> {
  const ctx = prepare(template, dataset, options);
  const nameColumn = ctx.report.findIndex((p) => p.column.key === 'indicator' || p.column.key === 'area');
  const frame: SheetFrame = {
    templateId: template.id,
    mode: options.mode,
    lang: ctx.lang,
    sheetName: sheetNameOf(template.title[ctx.lang]),
    cells: [],
    columns: columnsOf(ctx.report),
    merges: [],
    rowHeights: {},
    headerRow: TITLE_BLOCK.header,
    firstDataRow: FIRST_DATA_ROW,
    lastDataRow: lastDataRow(ctx),
    freeze: { row: TITLE_BLOCK.header, column: nameColumn + 1 },
    highlights: highlights(ctx),
    settings: ctx.settings,
    period: ctx.data.period,
    footer: word('footer', ctx.lang),
  };
  const report = new SheetBuilder(frame.sheetName, frame.columns, sinks?.report(frame));
  titleBlock(ctx, report);
  const table = computeTable(ctx);
  yield* writeTable(ctx, report, ctx.report, table);
  const totalRow = writeTotal(ctx, report, table);
  const notesEnd = notesUnderTable(ctx, report, (totalRow ?? lastDataRow(ctx)) + 2);
  const assessed = ASSESSED.has(template.id) ? yield* assessmentUnderTable(ctx, report, table, notesEnd) : notesEnd;
  const signature = signatureBlock(ctx.lang, options);
  const nextRow = signatureUnderTable(report, signature, assessed, ctx.report.length, TITLE_BLOCK.header);
  const methodColumns = columnsOf(ctx.method);
  const method = new SheetBuilder(
    ctx.methodSheet,
    methodColumns,
    sinks?.method({ sheetName: ctx.methodSheet, columns: methodColumns, cells: [], merges: [], rowHeights: {} }),
  );
  yield* methodSheet(ctx, method, table);
  return { ...frame, ...report.part(), table, nextRow, method: method.part(), signature };
}

/** The first row under the header (a group row when the data has groups). */
const FIRST_DATA_ROW = TITLE_BLOCK.header + 1;
const lastDataRow = (ctx: Context) => Math.max(FIRST_DATA_ROW, ctx.rowOf[ctx.rowOf.length - 1] ?? 0);

/** A sheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :. */
function sheetNameOf(title: string): string {
  return title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ');
}

function columnsOf(placed: PlacedColumn[]): SheetPart['columns'] {
  return placed.map((p) => ({
    letter: p.letter,
    key: p.column.group ? `${p.column.key}${p.year}` : p.column.key,
    width: p.column.width,
    ...(p.column.grouped ? { grouped: true } : {}),
  }));
}

/** Stage 1: fill the rows, order them by group, number them, and place the columns on the two sheets. */
function prepare(template: TemplateDefinition, dataset: Dataset, options: LayoutOptions): Context {
  const lang = options.lang;
  const data = FILL[template.id](dataset, { ...options, lang });
  const settings = Object.fromEntries(template.settings.map((s) => [s.name, data.settings[s.name] ?? s.value]));
  const rows = byGroup(data.rows);
  rows.forEach((row, r) => (row.fields.stt = String(r + 1)));
  const filled = { ...data, rows };
  const once = shownOnce(template, rows);
  const { rowOf, groupRows } = placeRows(rows, lang);
  const methodSheet = word('methodSheet', lang);
  return {
    template,
    options,
    lang,
    text: labels(lang),
    data: filled,
    settings,
    once,
    rowOf,
    groupRows,
    methodSheet,
    ...placeColumns(template, filled, once),
  };
}

/** Rows in the order of their groups' first appearance (stable within a group); unchanged without groups. */
function byGroup(rows: ReportRow[]): ReportRow[] {
  const order = new Map<string, number>();
  for (const row of rows) {
    const name = groupName(row);
    if (!order.has(name)) order.set(name, order.size);
  }
  if (order.size <= 1 && !rows.some((r) => groupName(r) !== '')) return rows;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => order.get(groupName(a.row))! - order.get(groupName(b.row))! || a.i - b.i)
    .map(({ row }) => row);
}

const groupName = (row: ReportRow) => (row.group ? row.group.vi : '');

/** Sheet rows of the data rows, with a Roman-numeral group row before each group (when the data has groups). */
function placeRows(rows: ReportRow[], lang: 'vi' | 'en'): Pick<Context, 'rowOf' | 'groupRows'> {
  const rowOf: number[] = [];
  const groupRows = new Map<number, string>();
  let next = FIRST_DATA_ROW;
  let current: string | undefined;
  for (const row of rows) {
    if (row.group && groupName(row) !== current) {
      current = groupName(row);
      groupRows.set(next++, `${roman(groupRows.size + 1)}. ${row.group[lang]}`);
    }
    rowOf.push(next++);
  }
  return { rowOf, groupRows };
}

/** 1 → I, 4 → IV, 9 → IX. */
export function roman(n: number): string {
  const numerals: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let text = '';
  for (const [value, numeral] of numerals) for (; rest >= value; rest -= value) text += numeral;
  return text;
}

/** The `onceIfSame` columns whose value is the same on every row. */
function shownOnce(template: TemplateDefinition, rows: ReportRow[]): Map<string, string> {
  const once = new Map<string, string>();
  for (const column of template.columns) {
    if (!column.onceIfSame || rows.length === 0) continue;
    const values = new Set(rows.map((r) => r.fields[column.field ?? column.key] ?? null));
    const [only] = values;
    if (values.size === 1 && typeof only === 'string' && only !== '') once.set(column.key, only);
  }
  return once;
}

/**
 * Columns on the two sheets, group columns repeated once per period. The report sheet gets what
 * a reader needs; the method sheet the technical columns, after copies of the row names.
 */
function placeColumns(
  template: TemplateDefinition,
  data: ReportData,
  once: Map<string, string>,
): Pick<Context, 'report' | 'method'> {
  const report: PlacedColumn[] = [];
  const method: PlacedColumn[] = [];
  const add = (list: PlacedColumn[], column: Column, sheet: 'report' | 'method', copy = false) => {
    const years = column.group ? (data.groupYears[column.group] ?? []) : [undefined];
    years.forEach((year, groupIndex) => {
      const index = list.length + 1;
      list.push({
        column,
        letter: columnLetter(index),
        index,
        sheet,
        year,
        copy,
        groupIndex: column.group ? groupIndex : undefined,
      });
    });
  };
  for (const column of template.columns) {
    if (column.sheet === 'method') add(method, column, 'method');
    else if (!once.has(column.key)) add(report, column, 'report');
    if (NAME_KEYS.has(column.key)) add(method, column, 'method', true);
  }
  // The name copies first, in the report's order.
  const copies = method.filter((p) => p.copy);
  const technical = method.filter((p) => !p.copy);
  const ordered = [...copies, ...technical].map((p, i) => ({ ...p, index: i + 1, letter: columnLetter(i + 1) }));
  return { report, method: ordered };
}

/** The columns that name a row: copied onto the method sheet so its rows can be read there. */
const NAME_KEYS = new Set(['stt', 'indicator', 'area']);

/** Stage 2: the title block of the report sheet. */
function titleBlock(ctx: Context, sheet: SheetBuilder): void {
  const { lang, template, options } = ctx;
  const last = ctx.report.length;
  // The two corners span as many columns as their text needs, and wrap rather than clip.
  let left = 1;
  while (left < last - 1 && sheet.width(1, left) < CORNER_WIDTH.issuer) left++;
  let right = last;
  while (right > left + 1 && sheet.width(right, last) < CORNER_WIDTH.annex) right--;
  const issuer = options.province
    ? word('province', lang, { name: options.province.toLocaleUpperCase(lang) })
    : word('issuerUnknown', lang);
  sheet.line(TITLE_BLOCK.issuer, 1, left, issuer, 'issuer', BOLD_CAPITALS);
  sheet.line(TITLE_BLOCK.issuer, right, last, word('annex', lang), 'annex');
  sheet.line(TITLE_BLOCK.form, right, last, `${word('formNumber', lang)}: ${template.formCode}`, 'annex');
  sheet.line(TITLE_BLOCK.title, 1, last, template.title[lang], 'title', BOLD_CAPITALS);
  sheet.line(TITLE_BLOCK.period, 1, last, ctx.data.period, 'subtitle');
  // An editable cell: the officer types the report's number and date here.
  sheet.line(TITLE_BLOCK.attached, 1, last, word('attachedTo', lang), 'attached');
  const units = template.unitLine?.[lang] ?? word('unitByRow', lang);
  const target = ctx.once.size > 0 ? `; ${word('targetForAll', lang)}: ${[...ctx.once.values()].join('; ')}` : '';
  sheet.line(TITLE_BLOCK.unit, 1, last, `${units}${target}`, 'unitLine');
  headerRow(ctx, sheet, ctx.report);
}

/** The header row of a sheet's table: column headers, term years as years, wrapped. */
function headerRow(ctx: Context, sheet: SheetBuilder, placed: PlacedColumn[]): void {
  let lines = 1;
  for (const p of placed) {
    let header = p.column.header[ctx.lang];
    if (p.year !== undefined) header = yearHeader(p.year, ctx);
    else if (p.column.key === 'estimated' && ctx.data.estimatedStatus && ctx.data.estimatedStatus !== 'estimate')
      header = word(ctx.data.estimatedStatus === 'official' ? 'actualOfficial' : 'actualPreliminary', ctx.lang);
    else if (p.column.key === 'base' && ctx.settings.baseYear !== undefined)
      header = `${header} ${ctx.settings.baseYear}`;
    sheet.put(TITLE_BLOCK.header, p.index, { value: header, style: 'header' });
    // A collapsed step column does not print: its header does not size the row.
    if (!p.column.grouped) lines = Math.max(lines, linesOf(header, p.column.width));
  }
  sheet.fit(TITLE_BLOCK.header, lines);
}

/** A year column's header, marked when its figures are preliminary or estimates: "2025 (ước)". */
function yearHeader(year: number, ctx: Context): string {
  const status = ctx.data.yearStatus?.[year];
  if (!status) return String(year);
  return word(status === 'estimate' ? 'yearEstimate' : 'yearPreliminary', ctx.lang, { year: String(year) });
}

/**
 * Where the formulas find things: columns of the formula's own sheet by letter, the other
 * sheet's with its name (a report formula reads the technical columns and settings on the
 * method sheet; a method-sheet step of a verdict reads the report's figures).
 */
function formulaPlace(ctx: Context, row: number | string, on: 'report' | 'method' = 'report'): FormulaPlace {
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
const SETTING_LABEL_SPAN = 2;
const SETTING_VALUE_COLUMN = SETTING_LABEL_SPAN + 1;

/** The method sheet's settings start two rows under its table (heading, then one row per setting). */
function settingRow(ctx: Context, name: string): number {
  return lastDataRow(ctx) + 3 + ctx.template.settings.findIndex((s) => s.name === name);
}

/** The formula a column has for a row's kind (a rate takes the level's formula when it has none of its own). */
function formulaOf(column: Column, row: ReportRow): Formula | null | undefined {
  if (column.formula) return column.formula;
  if (!column.byKind) return undefined;
  if (row.kind in column.byKind) return column.byKind[row.kind];
  return row.kind === 'rate' ? column.byKind.level : undefined;
}

/** Stage 3: the cached values, column by column (a rank needs the whole column before it). */
function computeTable(ctx: Context): Array<Record<string, CachedValue | null>> {
  const { data } = ctx;
  const all = [...ctx.report, ...ctx.method.filter((p) => !p.copy)];
  const table: Array<Record<string, CachedValue | null>> = data.rows.map((row) => {
    const values: Record<string, CachedValue | null> = {};
    for (const p of all)
      if (p.column.role !== 'formula' && !p.column.group)
        values[p.column.key] = row.fields[p.column.field ?? p.column.key] ?? null;
    // How final the row's figures are: the verb of its assessment sentence.
    values.figureStatus = row.figureStatus ?? 'official';
    for (const key of ctx.once.keys()) {
      const column = ctx.template.columns.find((c) => c.key === key)!;
      values[key] = row.fields[column.field ?? key] ?? null;
    }
    return values;
  });
  // Formula columns of both sheets in the template's order: a method-sheet step of the verdict
  // is computed before the verdict that reads it.
  const order = (p: PlacedColumn) => ctx.template.columns.indexOf(p.column);
  const formulas = [...ctx.report, ...ctx.method.filter((p) => !p.copy)]
    .filter((p) => p.column.role === 'formula')
    .sort((a, b) => order(a) - order(b));
  for (const p of formulas) {
    // Other columns do not change while this one is computed: read each whole column once.
    const columns = new Map<string, Array<CachedValue | null>>();
    const columnOf = (key: string) => {
      if (!columns.has(key))
        columns.set(
          key,
          table.map((values) => values[key] ?? null),
        );
      return columns.get(key)!;
    };
    data.rows.forEach((row, r) => {
      const formula = formulaOf(p.column, row);
      table[r][p.column.key] = formula ? cachedValue(ctx, formula, row, table[r], columnOf) : null;
    });
  }
  return table;
}

/** One formula's cached value: the "no target" / "no data" symbol the formula's guard gives, else the core's answer. */
function cachedValue(
  ctx: Context,
  formula: Formula,
  row: ReportRow,
  values: Record<string, CachedValue | null>,
  column: (key: string) => Array<CachedValue | null>,
): CachedValue {
  const hasNumber = (key: string) =>
    ctx.data.groupYears[key] !== undefined ? row.groups[key]?.some((v) => v !== null) : typeof values[key] === 'number';
  // A missing target is said as such, not as missing data: the figure may well be there. The
  // formula guard (`guard`) tests the two in the same order.
  if (formula.needs.includes(TARGET_KEY) && !hasNumber(TARGET_KEY)) return ctx.text.noTarget;
  if (!formula.needs.every(hasNumber)) return ctx.text.noData;
  return formula.compute({
    row,
    value: (key) => values[key] ?? null,
    group: (name) => row.groups[name] ?? [],
    groupYears: (name) => ctx.data.groupYears[name] ?? [],
    setting: (name) => ctx.settings[name],
    column,
    lang: ctx.lang,
    needs: formula.needs,
  });
}

/** Stage 4: the rows of one sheet's table (group rows, figures, formulas with their cached values), top to bottom. */
function* writeTable(
  ctx: Context,
  sheet: SheetBuilder,
  placed: PlacedColumn[],
  table: Array<Record<string, CachedValue | null>>,
): Generator<void> {
  const compiled = compiler(ctx);
  const runs = sharedRuns(ctx, placed);
  for (const [r, row] of ctx.data.rows.entries()) {
    const sheetRow = ctx.rowOf[r];
    const label = ctx.groupRows.get(sheetRow - 1);
    if (label !== undefined) {
      // A group row spans the table, as annexes print "II. Văn hóa – xã hội".
      sheet.put(sheetRow - 1, 1, { value: label, style: 'group' });
      sheet.merge(sheetRow - 1, 1, sheet.columns.length);
    }
    let lines = 1;
    for (const p of placed) {
      const cell =
        p.column.role === 'formula'
          ? formulaCell(ctx, p, row, table[r], compiled, sheetRow, runs.get(p)?.(r))
          : valueCell(ctx, p, row);
      sheet.put(sheetRow, p.index, cell);
      if (typeof cell.value === 'string') lines = Math.max(lines, linesOf(cell.value, p.column.width));
      if (typeof cell.result === 'string') lines = Math.max(lines, linesOf(cell.result, p.column.width));
    }
    sheet.fit(sheetRow, lines);
    yield;
  }
}

/**
 * For each formula column: which data rows share one formula. Consecutive sheet rows with the
 * same template formula have the same text but for the row number (every reference to the row
 * is relative, everything else absolute, `expandFormula`), which is what a shared formula is:
 * the first cell of a run carries the range, the others point at it. A group row ends a run.
 */
function sharedRuns(
  ctx: Context,
  placed: PlacedColumn[],
): Map<PlacedColumn, (r: number) => CellWrite['shared'] | undefined> {
  const runs = new Map<PlacedColumn, (r: number) => CellWrite['shared'] | undefined>();
  const { rows } = ctx.data;
  for (const p of placed) {
    if (p.column.role !== 'formula') continue;
    const continues = (r: number) =>
      r > 0 &&
      ctx.rowOf[r] === ctx.rowOf[r - 1] + 1 &&
      formulaOf(p.column, rows[r]) === formulaOf(p.column, rows[r - 1]) &&
      Boolean(formulaOf(p.column, rows[r]));
    let first = -1;
    runs.set(p, (r) => {
      if (continues(r)) return first >= 0 ? { from: `${p.letter}${ctx.rowOf[first]}` } : undefined;
      let last = r;
      while (last + 1 < rows.length && continues(last + 1)) last++;
      first = last > r ? r : -1;
      return first >= 0 ? { ref: `${p.letter}${ctx.rowOf[r]}:${p.letter}${ctx.rowOf[last]}` } : undefined;
    });
  }
  return runs;
}

type Compiled = (formula: Formula, on: 'report' | 'method') => string[];

/** Each formula is expanded once per sheet with a row marker, then split: a row's formula is a join. */
function compiler(ctx: Context): Compiled {
  const ROW = '\u0000';
  const cache = new Map<string, Map<Formula, string[]>>([
    ['report', new Map()],
    ['method', new Map()],
  ]);
  return (formula, on) => {
    const sheet = cache.get(on)!;
    let parts = sheet.get(formula);
    if (!parts) {
      const source = ctx.options.mode === 'live' ? formula.live : formula.portable;
      parts = guard(formula, source, formulaPlace(ctx, ROW, on), ctx.data).split(ROW);
      sheet.set(formula, parts);
    }
    return parts;
  };
}

type CellContent = Omit<CellWrite, 'address' | 'row' | 'column'>;

function formulaCell(
  ctx: Context,
  p: PlacedColumn,
  row: ReportRow,
  values: Record<string, CachedValue | null>,
  compiled: Compiled,
  sheetRow: number,
  shared: CellWrite['shared'] | undefined,
): CellContent {
  const formula = formulaOf(p.column, row);
  if (!formula) return { value: ctx.text.notApplicable, style: 'noData' };
  const expression = compiled(formula, p.sheet).join(String(sheetRow));
  const share = shared ? { shared } : {};
  const cached = values[p.column.key] as CachedValue;
  if (isChitieuError(cached))
    return { formula: expression, ...share, result: { error: cached.code }, error: cached, style: 'formula' };
  if (typeof cached === 'string') {
    const symbol = cached === ctx.text.noData || cached === ctx.text.noTarget || cached === ctx.text.notApplicable;
    return { formula: expression, ...share, result: cached, style: symbol ? 'noData' : 'formula' };
  }
  return {
    formula: expression,
    ...share,
    result: cached,
    numFmt: numberFormat(formula.format ?? p.column.format, row, ctx.lang),
    style: 'formula',
  };
}

function valueCell(ctx: Context, p: PlacedColumn, row: ReportRow): CellContent {
  const { column } = p;
  const value = column.group
    ? (row.groups[column.group]?.[p.groupIndex ?? 0] ?? null)
    : (row.fields[column.field ?? column.key] ?? null);
  if (value === null || value === '') {
    // A blank figure is shown as "no data" (the yearbook's "…"), never as 0, in both modes: the
    // native functions skip text and CHITIEU.* read "…" as a blank. A blank text field stays empty.
    if (column.role !== 'input') return { style: 'text' };
    return { value: ctx.text.noData, numFmt: '@', style: 'noData' };
  }
  if (typeof value === 'number') return { value, numFmt: numberFormat(column.format, row, ctx.lang), style: 'number' };
  // An input token (higher, growth) is shown as the word of the report's language.
  const shown = column.words && value in WORDS ? word(value as WordName, ctx.lang) : value;
  return { value: shown, numFmt: '@', style: column.key === 'stt' ? 'ordinal' : 'text' };
}

/** The total row under the table (coverage: the province), when the template has one; its sheet row. */
function writeTotal(
  ctx: Context,
  sheet: SheetBuilder,
  table: Array<Record<string, CachedValue | null>>,
): number | undefined {
  const total = ctx.template.total;
  if (!total || ctx.data.rows.length === 0) return undefined;
  const row = lastDataRow(ctx) + 1;
  const name = ctx.report.findIndex((p) => NAME_KEYS.has(p.column.key) && p.column.key !== 'stt');
  sheet.put(row, name + 1, { value: total.label[ctx.lang], style: 'total' });
  const values: Record<string, CachedValue | null> = {};
  const place = formulaPlace(ctx, row);
  for (const p of ctx.report) {
    const key = p.column.key;
    if (total.sum.includes(key)) {
      values[key] = table.reduce((sum, r) => sum + (typeof r[key] === 'number' ? r[key] : 0), 0);
      const range = `${p.letter}${FIRST_DATA_ROW}:${p.letter}${lastDataRow(ctx)}`;
      sheet.put(row, p.index, {
        formula: `SUM(${range})`,
        result: values[key],
        numFmt: numberFormat(p.column.format, ctx.data.rows[0], ctx.lang),
        style: 'totalNumber',
      });
    } else if (total.formula.includes(key) && p.column.formula) {
      const formula = p.column.formula;
      const cached = formula.compute({
        row: ctx.data.rows[0],
        value: (k) => values[k] ?? null,
        group: () => [],
        groupYears: () => [],
        setting: (s) => ctx.settings[s],
        column: () => [],
        lang: ctx.lang,
        needs: formula.needs,
      });
      values[key] = cached;
      const source = ctx.options.mode === 'live' ? formula.live : formula.portable;
      sheet.put(row, p.index, {
        formula: expandFormula(source, place),
        ...(isChitieuError(cached) ? { result: { error: cached.code }, error: cached } : { result: cached }),
        numFmt: numberFormat(p.column.format, ctx.data.rows[0], ctx.lang),
        style: 'totalNumber',
      });
    } else if (p.index !== name + 1) sheet.put(row, p.index, { style: 'total' });
  }
  return row;
}

/**
 * Stage 5: what goes under the table on the report sheet: the legend of the symbols, then the
 * source line. Returns the next free row, where a section under the table (an assessment) goes.
 */
function notesUnderTable(ctx: Context, sheet: SheetBuilder, first: number): number {
  const last = ctx.report.length;
  let row = first;
  sheet.line(row++, 1, last, word('legend', ctx.lang), 'note');
  if (Object.keys(ctx.data.yearStatus ?? {}).length > 0)
    sheet.line(row++, 1, last, word('statusLegend', ctx.lang), 'note');
  const file = ctx.options.sourceFile ?? word('inputFile', ctx.lang);
  sheet.line(row++, 1, last, word('source', ctx.lang, { file }), 'source');
  return row + 1;
}

/** The tables whose sentences officers write under them (Nhận xét / Assessment). */
const ASSESSED = new Set<TemplateDefinition['id']>(['term-review', 'annual-plan']);

/**
 * Stage 5b: the assessment under the table: the heading, then one sentence per indicator
 * (narrative/assessment.ts), each across the table's width so a printed page wraps it.
 */
function* assessmentUnderTable(
  ctx: Context,
  sheet: SheetBuilder,
  table: Array<Record<string, CachedValue | null>>,
  first: number,
): Generator<void, number> {
  const section = assessmentSection({
    templateId: ctx.template.id,
    lang: ctx.lang,
    table,
    settings: ctx.settings,
    period: ctx.data.period,
  });
  const last = ctx.report.length;
  let row = first;
  sheet.line(row++, 1, last, section.heading, 'heading');
  for (const line of section.lines) {
    sheet.line(row++, 1, last, line, 'note');
    yield;
  }
  return row + 1;
}

/** Stage 6: the method sheet: title, its table (the report's rows, technical columns), settings, the method notes. */
function* methodSheet(
  ctx: Context,
  sheet: SheetBuilder,
  table: Array<Record<string, CachedValue | null>>,
): Generator<void> {
  const { lang, template } = ctx;
  const last = Math.max(ctx.method.length, SETTING_VALUE_COLUMN);
  sheet.line(
    METHOD_BLOCK.title,
    1,
    last,
    `${word('methodTitle', lang)} (${word('formNumber', lang)} ${template.formCode})`,
    'title',
    BOLD_CAPITALS,
  );
  sheet.line(METHOD_BLOCK.subtitle, 1, last, word('methodSubtitle', lang), 'subtitle');
  headerRow(ctx, sheet, ctx.method);
  yield* writeTable(ctx, sheet, ctx.method, table);
  const heading = lastDataRow(ctx) + 2;
  if (template.settings.length > 0) sheet.line(heading, 1, last, word('settings', lang), 'heading');
  for (const setting of template.settings) {
    const row = settingRow(ctx, setting.name);
    sheet.put(row, 1, { value: setting.label[lang], style: 'settingLabel' });
    sheet.merge(row, 1, SETTING_LABEL_SPAN);
    sheet.fit(row, linesOf(setting.label[lang], sheet.width(1, SETTING_LABEL_SPAN)));
    sheet.put(row, SETTING_VALUE_COLUMN, {
      value: ctx.settings[setting.name],
      numFmt: FORMAT_CODES[setting.format === 'percent2' ? 'percent2' : 'integer'].replace('#,##0', '0'),
      style: 'setting',
    });
  }
  let row = lastDataRow(ctx) + 3 + template.settings.length + 1;
  for (const note of template.notes) sheet.line(row++, 1, last, `${word('note', lang)}: ${note[lang]}`, 'note');
}

/** Stage 7: conditional formatting by intent: status tones, and the bars of coverage. */
function highlights(ctx: Context): Highlight[] {
  const list: Highlight[] = [];
  const status = ctx.report.find((p) => p.column.highlight === 'status' || p.column.highlight === 'verdict');
  for (const p of ctx.report) {
    const range = `${p.letter}${FIRST_DATA_ROW}:${p.letter}${lastDataRow(ctx)}`;
    const kind = p.column.highlight;
    if (kind === 'bar') list.push({ kind: 'bar', range, max: 1 });
    if (kind === 'status' || kind === 'verdict') list.push({ kind: 'status', range, colours: statusTones(ctx.text) });
    if (kind === 'onTrack') list.push({ kind: 'onTrack', range, colours: onTrackTones(ctx.text) });
    if (kind === 'byStatus' && status)
      list.push({ kind: 'byStatus', range, statusColumn: status.letter, colours: statusTones(ctx.text) });
  }
  return list;
}

/** The tone of every status and verdict label: good green, "nearly" and "hard" amber, bad red. */
export function statusTones(text: Record<string, string>): Colours {
  return [
    { equals: text.exceeded, tone: 'good' },
    { equals: text.achieved, tone: 'good' },
    { equals: text.alreadyAchieved, tone: 'good' },
    { equals: text.likely, tone: 'good' },
    { equals: text.nearlyAchieved, tone: 'warn' },
    { equals: text.hard, tone: 'warn' },
    { equals: text.notAchieved, tone: 'bad' },
    { equals: text.outOfReach, tone: 'bad' },
    { equals: text.checkData, tone: 'bad' },
    { equals: text.tooLittleData, tone: 'none' },
  ];
}

function onTrackTones(text: Record<string, string>): Colours {
  return [
    { equals: text.onTrackAchieved, tone: 'good' },
    { equals: text.onTrack, tone: 'good' },
    { equals: text.accelerationNeeded, tone: 'warn' },
    { equals: text.limitedProgress, tone: 'bad' },
    { equals: text.deterioration, tone: 'bad' },
  ];
}

/** The Excel number format of a value in this row; `byUnit` follows the row's unit. */
function numberFormat(format: NumberFormat, row: ReportRow, lang: 'vi' | 'en'): string {
  if (format === 'byUnit')
    return row.unit.startsWith('%') ? FORMAT_CODES.percent2 : row.whole ? FORMAT_CODES.integer : FORMAT_CODES.number;
  if (format === 'points') return pointsFormat(lang);
  if (format === 'pointsChange') return changeFormat('points', lang);
  if (format === 'percentChange') return changeFormat('percent', lang);
  if (format === 'allowance') {
    const code = row.kind === 'cumulative' ? numberFormat('byUnit', row, lang) : FORMAT_CODES.percent2;
    return row.direction === 'lower' ? atMostFormat(code, lang) : code;
  }
  return FORMAT_CODES[format];
}

/** The column every target-dependent formula reads its target from. */
const TARGET_KEY = 'targetValue';

/**
 * The formula with its guards: without a target it shows "no target"; otherwise every other
 * needed cell must hold a number (a group: at least one), else "no data".
 */
function guard(formula: Formula, source: string, place: FormulaPlace, data: ReportData): string {
  const expression = expandFormula(source, place);
  const others = formula.needs.filter((key) => key !== TARGET_KEY);
  let guarded = expression;
  if (others.length > 0) {
    const conditions = others.map((key) =>
      data.groupYears[key]
        ? `COUNT(${expandFormula(`{range:${key}}`, place)})>0`
        : `ISNUMBER(${expandFormula(`{${key}}`, place)})`,
    );
    const test = conditions.length === 1 ? conditions[0] : `AND(${conditions.join(',')})`;
    guarded = `IF(${test},${expression},${quote(place.text('noData'))})`;
  }
  if (others.length === formula.needs.length) return guarded;
  return `IF(ISNUMBER(${expandFormula(`{${TARGET_KEY}}`, place)}),${guarded},${quote(place.text('noTarget'))})`;
}
