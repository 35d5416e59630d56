/**
 * Stage 1: fill the rows from the data set, order them by group (Roman-numeral group rows),
 * and place the columns on the report and the method sheet.
 */
import type { Column, TemplateDefinition } from '../definition.js';
import { type Dataset, columnLetter } from '@chitieu/input';
import { fillAnnualPlan } from './fillAnnualPlan.js';
import { fillCoverage } from './fillCoverage.js';
import { fillQuarterly } from './fillQuarterly.js';
import { fillTermReview } from './fillTermReview.js';
import { labels, word } from './labels.js';
import type { FillOptions, ReportData, ReportRow } from './rows.js';
import { type SheetPart } from './sheetPart.js';
import type { LayoutOptions } from './sheetLayout.js';
import { type PlacedColumn, type Context, FIRST_DATA_ROW } from './context.js';

const FILL: Record<TemplateDefinition['id'], (dataset: Dataset, options: FillOptions) => ReportData> = {
  'term-review': fillTermReview,
  'annual-plan': fillAnnualPlan,
  quarterly: fillQuarterly,
  coverage: fillCoverage,
};

export function columnsOf(placed: PlacedColumn[]): SheetPart['columns'] {
  return placed.map((p) => ({
    letter: p.letter,
    key: p.column.group ? `${p.column.key}${p.year}` : p.column.key,
    width: p.column.width,
    ...(p.column.grouped ? { grouped: true } : {}),
  }));
}

/** Stage 1: fill the rows, order them by group, number them, and place the columns on the two sheets. */
export function prepare(template: TemplateDefinition, dataset: Dataset, options: LayoutOptions): Context {
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
export const NAME_KEYS = new Set(['stt', 'indicator', 'area']);
