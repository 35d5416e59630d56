/**
 * Stage 4: the table rows of a sheet (group rows, figures, guarded formulas with their cached
 * values, shared formulas), and the total row under it.
 */
import { isChitieuError } from '@chitieu/core';
import type { Formula, NumberFormat } from '../definition.js';
import { type CachedValue } from './compute.js';
import { expandFormula, quote, type FormulaPlace } from './formula.js';
import { atMostFormat, changeFormat, FORMAT_CODES, pointsFormat, word, WORDS, type WordName } from './labels.js';
import type { ReportData, ReportRow } from './rows.js';
import { linesOf, SheetBuilder, type CellWrite } from './sheetPart.js';
import { type PlacedColumn, type Context, FIRST_DATA_ROW, lastDataRow, formulaPlace, formulaOf } from './context.js';
import { NAME_KEYS } from './prepare.js';

/** Stage 4: the rows of one sheet's table (group rows, figures, formulas with their cached values), top to bottom. */
export function* writeTable(
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
export function writeTotal(
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
export const TARGET_KEY = 'targetValue';

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
