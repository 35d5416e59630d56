import { isChitieuError, type ChitieuError, type ExcelErrorCode } from '@chitieu/core';
import type { Column, Formula, NumberFormat, TemplateDefinition } from '../definition.js';
import type { Dataset } from '../input/records.js';
import { computations, type CachedValue } from './compute.js';
import { fillAnnualPlan } from './fillAnnualPlan.js';
import { fillCoverage } from './fillCoverage.js';
import { fillQuarterly } from './fillQuarterly.js';
import { fillTermReview } from './fillTermReview.js';
import { columnLetter, expandFormula, type FormulaPlace } from './formula.js';
import { FORMAT_CODES, labels, pointsFormat } from './labels.js';
import type { FillOptions, ReportData, ReportRow } from './rows.js';

/** `live`: formulas call the add-in (`CHITIEU.*`); `portable`: native Excel functions only. */
export type Mode = 'live' | 'portable';

/** How a cell looks; each renderer maps these to its own styling. */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'settingLabel'
  | 'setting'
  | 'header'
  | 'text'
  | 'number'
  | 'formula'
  | 'noData'
  | 'note'
  | 'source';

/**
 * One cell to write: a constant (`value`; text is always written as text, never as a formula,
 * whatever it starts with), a `formula` (A1, without "=") with its cached `result` computed
 * by the core, or neither (a styled empty cell: a figure with no data in a live sheet). Renderer-neutral: exceljs writes it to a file, the add-in into a live sheet.
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
}

/** Conditional formatting, described by intent: data bars over a percent, colours by label. */
export type Highlight =
  | { kind: 'dataBar'; range: string; min: number; max: number }
  | {
      kind: 'status' | 'onTrack';
      range: string;
      colours: Array<{ equals: string; tone: 'good' | 'ok' | 'warn' | 'bad' | 'none' }>;
    };

export interface SheetLayout {
  templateId: TemplateDefinition['id'];
  mode: Mode;
  lang: 'vi' | 'en';
  sheetName: string;
  cells: CellWrite[];
  columns: Array<{ letter: string; key: string; width: number }>;
  merges: string[];
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Freeze panes below the header and after the name columns. */
  freeze: { row: number; column: number };
  highlights: Highlight[];
  /** The computed table (column key → cached value), for summaries and checks. */
  table: Array<Record<string, CachedValue | null>>;
}

export interface LayoutOptions extends FillOptions {
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

interface PlacedColumn {
  column: Column;
  letter: string;
  index: number;
  year?: number;
  groupIndex?: number;
}

/**
 * Lays a template out over a data set: every cell of the sheet with its value or formula, its
 * cached value computed by the core, its number format and style, plus merges, frozen panes and
 * conditional formatting. Both renderers consume this list; neither decides anything itself.
 */
export function layoutTemplate(template: TemplateDefinition, dataset: Dataset, options: LayoutOptions): SheetLayout {
  const lang = options.lang;
  const text = labels(lang);
  const data = FILL[template.id](dataset, { ...options, lang });
  const settings = Object.fromEntries(template.settings.map((s) => [s.name, data.settings[s.name] ?? s.value]));

  // Columns, with group columns repeated once per period.
  const placed: PlacedColumn[] = [];
  for (const column of template.columns) {
    const years = column.group ? (data.groupYears[column.group] ?? []) : [undefined];
    years.forEach((year, groupIndex) => {
      const index = placed.length + 1;
      placed.push({
        column,
        letter: columnLetter(index),
        index,
        year,
        groupIndex: column.group ? groupIndex : undefined,
      });
    });
  }
  const lastLetter = placed[placed.length - 1].letter;
  const cells: CellWrite[] = [];
  const merges: string[] = [];
  const put = (row: number, index: number, cell: Omit<CellWrite, 'address' | 'row' | 'column'>) =>
    cells.push({ address: `${columnLetter(index)}${row}`, row, column: index, ...cell });

  // Title block: title, province / period / form code, then one row per setting.
  put(1, 1, { value: template.title[lang], style: 'title' });
  merges.push(`A1:${lastLetter}1`);
  const place = options.province ? `${lang === 'vi' ? 'Tỉnh' : 'Province'}: ${options.province}; ` : '';
  const unitNote = lang === 'vi' ? 'đơn vị tính: theo từng dòng' : 'units: as given on each row';
  put(2, 1, {
    value: `${place}${lang === 'vi' ? 'Kỳ' : 'Period'}: ${data.period}; ${lang === 'vi' ? 'Mẫu' : 'Form'}: ${template.formCode}; ${unitNote}`,
    style: 'subtitle',
  });
  merges.push(`A2:${lastLetter}2`);
  const settingRow = new Map<string, number>();
  template.settings.forEach((s, i) => {
    const row = 3 + i;
    settingRow.set(s.name, row);
    put(row, 1, { value: s.label[lang], style: 'settingLabel' });
    merges.push(`A${row}:C${row}`);
    put(row, 4, {
      value: settings[s.name],
      numFmt: FORMAT_CODES[s.format === 'percent2' ? 'percent2' : 'integer'].replace('#,##0', '0'),
      style: 'setting',
    });
  });
  const headerRow = 3 + template.settings.length + 1;
  const firstDataRow = headerRow + 1;
  const lastDataRow = headerRow + Math.max(1, data.rows.length);

  for (const p of placed) {
    let header = p.column.header[lang];
    if (p.year !== undefined) header = String(p.year);
    else if (p.column.key === 'base' && settings.baseYear !== undefined) header = `${header} ${settings.baseYear}`;
    put(headerRow, p.index, { value: header, style: 'header' });
  }

  const formulaPlace = (row: number | string): FormulaPlace => ({
    row,
    columnOf: (key) => placed.find((p) => p.column.key === key)!.letter,
    groupColumns: (group) => placed.filter((p) => p.column.group === group).map((p) => p.letter),
    groupYears: (group) => data.groupYears[group] ?? [],
    settingAddress: (name) => `$D$${settingRow.get(name)}`,
    text: (name) => text[name],
    firstRow: firstDataRow,
    lastRow: lastDataRow,
  });

  // Cached values, column by column (a rank needs the whole column before it).
  const table: Array<Record<string, CachedValue | null>> = data.rows.map((row) => {
    const values: Record<string, CachedValue | null> = {};
    for (const p of placed)
      if (p.column.role !== 'formula' && !p.column.group)
        values[p.column.key] = row.fields[p.column.field ?? p.column.key] ?? null;
    return values;
  });
  const formulaOf = (column: Column, row: ReportRow): Formula | null | undefined =>
    column.formula ??
    (column.byKind
      ? row.kind in column.byKind
        ? column.byKind[row.kind]
        : row.kind === 'rate'
          ? column.byKind.level
          : undefined
      : undefined);
  for (const p of placed) {
    if (p.column.role !== 'formula') continue;
    // Other columns do not change while this one is computed: read each whole column once.
    const columns = new Map<string, Array<CachedValue | null>>();
    const columnOf = (key: string) =>
      columns.get(key) ??
      columns
        .set(
          key,
          table.map((values) => values[key] ?? null),
        )
        .get(key)!;
    data.rows.forEach((row, r) => {
      const formula = formulaOf(p.column, row);
      if (!formula) {
        table[r][p.column.key] = null;
        return;
      }
      const hasNumber = (key: string) =>
        data.groupYears[key] !== undefined
          ? row.groups[key]?.some((v) => v !== null)
          : typeof table[r][key] === 'number';
      // A missing target is said as such ("Chưa có chỉ tiêu"), not as missing data: the figure
      // may well be there. The formula guard below tests the two in the same order.
      if (formula.needs.includes(TARGET_KEY) && !hasNumber(TARGET_KEY)) {
        table[r][p.column.key] = text.noTarget;
        return;
      }
      if (!formula.needs.every(hasNumber)) {
        table[r][p.column.key] = text.noData;
        return;
      }
      table[r][p.column.key] = computations[formula.compute]({
        row,
        value: (key) => table[r][key] ?? null,
        group: (name) => row.groups[name] ?? [],
        groupYears: (name) => data.groupYears[name] ?? [],
        setting: (name) => settings[name],
        column: columnOf,
        lang,
        needs: formula.needs,
      });
    });
  }

  // Each formula is expanded once with a row marker, then split: a row's formula is a join.
  const ROW = '\u0000';
  const compiledFormulas = new Map<Formula, string[]>();
  const compiled = (formula: Formula) => {
    let parts = compiledFormulas.get(formula);
    if (!parts) {
      parts = guard(formula, options.mode === 'live' ? formula.live : formula.portable, formulaPlace(ROW), data).split(
        ROW,
      );
      compiledFormulas.set(formula, parts);
    }
    return parts;
  };
  data.rows.forEach((row, r) => {
    const sheetRow = firstDataRow + r;
    for (const p of placed) {
      const { column } = p;
      const format = (f: NumberFormat | undefined) => numberFormat(f ?? column.format, row, lang);
      if (column.role === 'formula') {
        const formula = formulaOf(column, row);
        if (!formula) {
          put(sheetRow, p.index, { value: '–', style: 'text' });
          continue;
        }
        const expression = compiled(formula).join(String(sheetRow));
        const cached = table[r][column.key] as CachedValue;
        if (isChitieuError(cached))
          put(sheetRow, p.index, {
            formula: expression,
            result: { error: cached.code },
            error: cached,
            style: 'formula',
          });
        else if (typeof cached === 'string')
          put(sheetRow, p.index, {
            formula: expression,
            result: cached,
            style: cached === text.noData || cached === text.noTarget ? 'noData' : 'formula',
          });
        else
          put(sheetRow, p.index, {
            formula: expression,
            result: cached,
            numFmt: format(formula.format),
            style: 'formula',
          });
        continue;
      }
      const value = column.group
        ? (row.groups[column.group]?.[p.groupIndex ?? 0] ?? null)
        : (row.fields[column.field ?? column.key] ?? null);
      if (value === null || value === '') {
        // A blank figure is shown as "no data", never as 0; a blank text field stays empty. In a
        // live sheet the cell stays empty (styled as no data): CHITIEU.* functions skip blanks
        // but would refuse the text; every computed cell still says "no data".
        if (column.role === 'input') {
          if (options.mode === 'portable') put(sheetRow, p.index, { value: text.noData, numFmt: '@', style: 'noData' });
          else put(sheetRow, p.index, { style: 'noData' });
        } else put(sheetRow, p.index, { style: 'text' });
        continue;
      }
      if (typeof value === 'number') put(sheetRow, p.index, { value, numFmt: format(undefined), style: 'number' });
      else put(sheetRow, p.index, { value, numFmt: '@', style: 'text' });
    }
  });

  // Notes (the method) and source rows under the table.
  let row = lastDataRow + 2;
  for (const note of template.notes) {
    put(row, 1, { value: `${lang === 'vi' ? 'Ghi chú' : 'Note'}: ${note[lang]}`, style: 'note' });
    merges.push(`A${row}:${lastLetter}${row}`);
    row++;
  }
  const blankVi = options.mode === 'live' ? ` (ô số liệu trống, nền xám)` : '';
  const blankEn = options.mode === 'live' ? ` (an empty grey figure cell)` : '';
  const sourceText =
    lang === 'vi'
      ? `Nguồn số liệu: ${options.sourceFile ?? 'tệp đầu vào'} (nguồn từng số liệu ở cột Nguồn); "${text.noData}"${blankVi}: không có số liệu công bố, không tự điền. Lập bằng chitieu.`
      : `Source: ${options.sourceFile ?? 'the input file'} (each figure's source in the Source column); "${text.noData}"${blankEn}: no published figure, never filled in. Made with chitieu.`;
  put(row, 1, { value: sourceText, style: 'source' });
  merges.push(`A${row}:${lastLetter}${row}`);

  const highlights: Highlight[] = [];
  for (const p of placed) {
    const range = `${p.letter}${firstDataRow}:${p.letter}${lastDataRow}`;
    if (p.column.highlight === 'dataBar') highlights.push({ kind: 'dataBar', range, min: 0, max: 1 });
    if (p.column.highlight === 'status') {
      highlights.push({
        kind: 'status',
        range,
        colours: [
          { equals: text.exceeded, tone: 'good' },
          { equals: text.achieved, tone: 'good' },
          { equals: text.nearlyAchieved, tone: 'warn' },
          { equals: text.notAchieved, tone: 'bad' },
          { equals: text.checkData, tone: 'bad' },
          { equals: text.noData, tone: 'none' },
          { equals: text.noTarget, tone: 'none' },
        ],
      });
    }
    if (p.column.highlight === 'verdict') {
      highlights.push({
        kind: 'status',
        range,
        colours: [
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
          { equals: text.noData, tone: 'none' },
          { equals: text.noTarget, tone: 'none' },
        ],
      });
    }
    if (p.column.highlight === 'onTrack') {
      highlights.push({
        kind: 'onTrack',
        range,
        colours: [
          { equals: text.onTrackAchieved, tone: 'good' },
          { equals: text.onTrack, tone: 'good' },
          { equals: text.accelerationNeeded, tone: 'warn' },
          { equals: text.limitedProgress, tone: 'bad' },
          { equals: text.deterioration, tone: 'bad' },
        ],
      });
    }
  }
  const nameColumn = placed.findIndex((p) => p.column.key === 'indicator' || p.column.key === 'area');
  return {
    templateId: template.id,
    mode: options.mode,
    lang,
    sheetName: template.title[lang].slice(0, 31).replace(/[\\/?*[\]:]/g, ' '),
    cells,
    columns: placed.map((p) => ({
      letter: p.letter,
      key: p.column.group ? `${p.column.key}${p.year}` : p.column.key,
      width: p.column.width,
    })),
    merges,
    headerRow,
    firstDataRow,
    lastDataRow,
    freeze: { row: headerRow, column: nameColumn + 1 },
    highlights,
    table,
  };
}

/** The Excel number format of a value in this row; `byUnit` follows the row's unit. */
function numberFormat(format: NumberFormat, row: ReportRow, lang: 'vi' | 'en'): string {
  if (format === 'byUnit')
    return row.unit.startsWith('%') ? FORMAT_CODES.percent2 : row.whole ? FORMAT_CODES.integer : FORMAT_CODES.number;
  if (format === 'points') return pointsFormat(lang);
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
    guarded = `IF(${test},${expression},${expandFormula('{text:noData}', place)})`;
  }
  if (others.length === formula.needs.length) return guarded;
  return `IF(ISNUMBER(${expandFormula(`{${TARGET_KEY}}`, place)}),${guarded},${expandFormula('{text:noTarget}', place)})`;
}
