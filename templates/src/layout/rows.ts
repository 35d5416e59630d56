import { formatNumber, type ParsedTarget, type Term } from '@chitieu/core';
import type { Label } from '@chitieu/words';
import type { FigureStatus, Dataset, InputRecord } from '@chitieu/input';

/** The formula variant a row takes: indicator kinds that are summed up the same way share one. */
export type RowKind = 'growth' | 'level' | 'rate' | 'cumulative';

/**
 * One row of a report before layout: the values of its field and input columns (by the
 * template's `field` names), the numbers of its repeated groups, and what formulas need to know
 * about the indicator. Built from the input records by one builder per template; never holds
 * a number the input does not have.
 */
export interface ReportRow {
  kind: RowKind;
  unit: string;
  direction: 'higher' | 'lower';
  target: ParsedTarget | null;
  fields: Record<string, string | number | null>;
  groups: Record<string, Array<number | null>>;
  /** Whether every number of the row is whole (a count): shown without decimals. */
  whole: boolean;
  /** The sector the row is listed under (the input's `group` column), for the group rows. */
  group?: Label | null;
  /**
   * How final the figures the row's achievement rests on are: the least final of them (one
   * estimate makes an average an estimate). It gives the assessment sentence its verb.
   */
  figureStatus?: FigureStatus;
}

/** What a template is filled for: its rows, the group columns' periods and the settings' values. */
export interface ReportData {
  rows: ReportRow[];
  groupYears: Record<string, number[]>;
  settings: Record<string, number>;
  /** The period shown in the title block. */
  period: string;
  /** The least final status of each year column's figures, when not official (the header's mark). */
  yearStatus?: Record<number, FigureStatus>;
  /** The annual plan's figure of the year: how final the column's figures are (its header's words). */
  estimatedStatus?: FigureStatus;
}

export interface FillOptions {
  /** Term review: the term (core `parseTerm('2021-2025')`; default: the plan period of the data's latest year). */
  term?: Term;
  /** Annual plan, quarterly: the report year (default: the latest in the data). */
  year?: number;
  /** Quarterly: the quarter (default: the latest in the data for the year). */
  quarter?: number;
  /** Coverage: the covered indicator's code (default: the first of kind `covered`) and the period. */
  indicator?: string;
  period?: string;
  lang?: 'vi' | 'en';
}

const TARGET_SYMBOL = {
  floor: ['≥', '>'],
  ceiling: ['≤', '<'],
  point: ['=', '='],
  about: ['≈', '≈'],
  range: ['–', '–'],
} as const;

/**
 * The target columns: the target as the reader sees it (as written in the resolution in a
 * Vietnamese report; as symbols in an English one, never the Vietnamese words), the kind symbol,
 * the level to reach (near end) and the far end of a range.
 */
export function targetFields(
  target: ParsedTarget | null,
  direction: 'higher' | 'lower',
  text: string,
  lang: 'vi' | 'en',
  unit: string,
): Record<string, string | number | null> {
  if (target === null)
    return { targetShown: null, targetText: text, targetKind: null, targetValue: null, targetBeyond: null };
  const higher = target.kind === 'floor' || (target.kind !== 'ceiling' && direction === 'higher');
  const symbol = TARGET_SYMBOL[target.kind][target.inclusive ? 0 : 1];
  const reach = target.kind === 'range' ? (higher ? target.low : target.high) : (target.low ?? target.high);
  const beyond = target.kind === 'range' ? (higher ? target.high : target.low) : null;
  const shown = lang === 'vi' && text !== '' ? text : targetSymbols(target, symbol, unit, lang);
  return { targetShown: shown, targetText: text, targetKind: symbol, targetValue: reach, targetBeyond: beyond };
}

/** A target written with symbols in the report's language: "≥ 10%", "≈ 4%", "6.5%–7%". */
function targetSymbols(target: ParsedTarget, symbol: string, unit: string, lang: 'vi' | 'en'): string {
  const percent = unit.startsWith('%');
  const number = (value: number | null) => {
    const text = value === null ? null : formatNumber(value, lang, { percent });
    return typeof text === 'string' ? text : String(value);
  };
  if (target.kind === 'range') return `${number(target.low)}–${number(target.high)}`;
  return `${symbol} ${number(target.low ?? target.high)}`;
}

export function rowKind(record: InputRecord): RowKind {
  if (record.kind === 'growth') return 'growth';
  if (record.kind === 'cumulative') return 'cumulative';
  // A share in percent: judged in percentage points, and a data error outside 0-100%. A rate in
  // another unit (‰, per 10,000) and a number of people covered are levels.
  if (record.kind === 'rate' && record.unit.startsWith('%')) return 'rate';
  return 'level';
}

/** Records grouped by indicator code, in the order codes first appear. */
export function byIndicator(dataset: Dataset): InputRecord[][] {
  const groups = new Map<string, InputRecord[]>();
  for (const r of dataset.records) {
    if (r.kind === 'population') continue;
    const list = groups.get(r.code);
    if (list) list.push(r);
    else groups.set(r.code, [r]);
  }
  return [...groups.values()];
}

export function sources(records: InputRecord[]): string {
  return [...new Set(records.map((r) => r.source).filter((s) => s !== ''))].join(' | ');
}

/** A value as people read it, for text cells ("8,56% (2021-2023)"). */
export function show(record: InputRecord, lang: 'vi' | 'en'): string {
  const value = record.value as number;
  const text = record.unit.startsWith('%')
    ? formatNumber(value, lang, { decimals: 2, percent: true })
    : formatNumber(value, lang);
  return `${typeof text === 'string' ? text : String(value)} (${record.period.text})`;
}

/** How final each status is, most final first. */
const FINALITY: readonly FigureStatus[] = ['official', 'preliminary', 'estimate'];

/**
 * The least final status of the records that hold a figure: an estimate if one is, else
 * preliminary if one is, else official (also when none holds a figure).
 *
 * @example
 * leastFinal([{ value: 1, figureStatus: 'official' }, { value: 2, figureStatus: 'estimate' }])  // 'estimate'
 */
export function leastFinal(records: Array<Pick<InputRecord, 'value' | 'figureStatus'> | undefined>): FigureStatus {
  let index = 0;
  for (const r of records)
    if (r && r.value !== null) index = Math.max(index, FINALITY.indexOf(r.figureStatus ?? 'official'));
  return FINALITY[index];
}

export function isWhole(values: Array<number | null | undefined>): boolean {
  return values.every((v) => v === null || v === undefined || Number.isInteger(v));
}

/**
 * The fields every row of a table starts with: the indicator's code, name in the report's
 * language, unit and direction, and its target (from `targetRecord`, the row that carries it).
 */
export function indicatorFields(
  first: InputRecord,
  lang: 'vi' | 'en',
  targetRecord: InputRecord | undefined,
): Record<string, string | number | null> {
  return {
    code: first.code,
    name: first.name[lang],
    unit: first.unit,
    direction: first.direction,
    kind: first.kind,
    ...targetFields(targetRecord?.target ?? null, first.direction, targetRecord?.targetText ?? '', lang, first.unit),
  };
}
