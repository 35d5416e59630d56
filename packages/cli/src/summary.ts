import {
  formatNumber,
  isChitieuError,
  LABELLED_CODES,
  roundHalfAwayFromZero,
  statusLabel,
  type ChitieuError,
  type NeededUnit,
} from '@chitieu/core';
import { labels, type SheetLayout } from '@chitieu/templates';
import type { Lang } from './io.js';

/** The figures the demo and `report` print, per row: what an officer reads first. */
export interface SummaryRow {
  indicator: string;
  target: string;
  achieved: string;
  percentOfTarget: string;
  status: string;
  required: string;
  /** Figures for periods other than the term's years (8,56% (2021-2023)), as text. */
  otherPeriods: string;
}

/**
 * The summary of a term review (indicator, target, achieved, percent of target, status,
 * required growth), formatted the language's way from the layout's cached values: the same
 * numbers the file holds.
 */
export function summarize(layout: SheetLayout, lang: Lang): SummaryRow[] {
  const percentUnit = (row: Record<string, unknown>) => String(row.unit ?? '%').startsWith('%');
  // A blank figure reads "no data", as in the sheet; "–" is kept for "does not apply".
  const figure = (value: unknown) => (value === null || value === undefined ? labels(lang).noData : value);
  const show = (value: unknown, percent: boolean, l: Lang) => showValue(spelled(value, l), percent, l);
  return layout.table.map((row) => ({
    indicator: String(row.indicator ?? row.area ?? ''),
    // As the sheet shows it: the resolution's words in Vietnamese, symbols in English (≥ 10%).
    target: String(row.targetShown ?? row.target ?? ''),
    achieved: show(figure(row.achieved ?? row.estimated ?? row.yearToDate ?? row.ratio), percentUnit(row), lang),
    percentOfTarget: show(row.percentOfTarget ?? row.percentOfPlan, true, lang),
    status: show(row.verdict ?? row.status, false, lang),
    required: showNeeded(row.needed, neededUnitOf(row), lang, isAllowance(row), row.kind !== 'growth'),
    otherPeriods: String(row.otherPeriods ?? ''),
  }));
}

/** The unit of a term review's "needed" for a row: growth per year, percentage points, or an amount. */
function neededUnitOf(row: Record<string, unknown>): NeededUnit {
  if (row.kind === 'cumulative') return 'amount';
  if (row.kind === 'rate' && String(row.unit ?? '').startsWith('%')) return 'points';
  return 'growth';
}

/** Lower is better for an average rate or a total: what is left is a most, not a goal. */
function isAllowance(row: Record<string, unknown>): boolean {
  return row.direction === 'lower' && (row.kind === 'growth' || row.kind === 'cumulative');
}

function showNeeded(value: unknown, unit: NeededUnit, lang: Lang, allowance = false, level = false): string {
  if (typeof value !== 'number') return showValue(spelled(value, lang), false, lang);
  if (allowance) return `${lang === 'vi' ? 'tối đa' : 'at most'} ${showValue(value, unit === 'growth', lang)}`;
  // What is still needed is a rise or a fall in words, as the sheet shows it, never a negative figure.
  const [up, down] = lang === 'vi' ? ['tăng', 'giảm'] : ['up', 'down'];
  const change = (text: string) => (value === 0 ? text : `${value > 0 ? up : down} ${text}`);
  if (unit === 'points') {
    // Points are fractions like every rate (0.025 is 2,50 điểm %): the decimal point moves in the text.
    // As the sheet's format shows them: "2,50 điểm %", "2.50% pts".
    const points = String(formatNumber(Math.abs(value), lang, { decimals: 2, percent: true }));
    return change(lang === 'vi' ? `${points.replace(/%$/u, '')} điểm %` : `${points} pts`);
  }
  // A level's growth is a rise or a fall too; an average rate's is the growth itself (as the sheet).
  if (unit === 'growth' && level) return change(showValue(Math.abs(value), true, lang));
  return showValue(value, unit === 'growth', lang);
}

/**
 * The sheet's symbols for "no figure" and "no target" (the yearbook's "…" and "x", explained
 * by the legend under the table) spelled out, for a summary read without the legend.
 */
function spelled(value: unknown, lang: Lang): unknown {
  const text = labels(lang);
  if (value === text.noData) return statusLabel('no-data', lang);
  if (value === text.noTarget) return statusLabel('no-target', lang);
  return value;
}

/**
 * The report for machines (`--json`): per row its code, the numbers as numbers (rates as
 * fractions, null where the cell says there is no figure), and every verdict as a stable code
 * beside the printed label, so a tool never parses Vietnamese text.
 */
export function summaryJson(layout: SheetLayout, lang: Lang): Array<Record<string, unknown>> {
  const codes = codesByLabel(lang);
  const text = labels(lang);
  // Cells that say there is no figure: null for machines, the printed words beside.
  const noFigure = new Set([text.noData, text.noTarget, NOT_APPLICABLE]);
  const number = (v: unknown) => (typeof v === 'number' ? v : null);
  const lastPlanYear = Math.max(...layout.columns.map((c) => Number(/^year(\d{4})$/.exec(c.key)?.[1] ?? -Infinity)));
  return layout.table.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      if (isChitieuError(value)) out[key] = { error: value.code, reason: value.reason, message: value.message[lang] };
      else if (typeof value === 'string' && codes.has(value) && JUDGED.has(key)) {
        out[key] = codes.get(value);
        out[`${key}Label`] = spelled(value, lang);
      } else if (typeof value === 'string' && noFigure.has(value)) {
        out[key] = null;
        out[`${key}Label`] = spelled(value, lang);
      } else out[key] = value;
    }
    if ('verdict' in row) {
      // The stage is where the term stands (a figure for its last plan year), whatever the verdict.
      out.stage = row.asOf === lastPlanYear ? 'final' : 'mid-term';
      out.needed = number(row.needed);
      out.neededUnit = number(row.needed) === null ? null : neededUnitOf(row);
      out.neededLabel = typeof row.needed === 'string' ? spelled(row.needed, lang) : null;
    }
    return out;
  });
}

/** What a cell says where a figure does not apply. */
const NOT_APPLICABLE = '–';

/** The columns whose text is a verdict (printed as a label, given to machines as a code); `statusNow` is the verdict's step. */
const JUDGED = new Set(['verdict', 'status', 'onTrack', 'statusNow']);

function codesByLabel(lang: Lang): Map<string, string> {
  const text = labels(lang);
  // The symbols a sheet shows for no figure and no target are codes too.
  const codes = new Map<string, string>([
    [text.noData, 'no-data'],
    [text.noTarget, 'no-target'],
  ]);
  for (const code of LABELLED_CODES) {
    const label = statusLabel(code, lang);
    if (typeof label === 'string') codes.set(label, code);
  }
  return codes;
}

function showValue(value: unknown, percent: boolean, lang: Lang): string {
  if (value === null || value === undefined) return '–';
  // The code, and the argument the core refused when it says (e.g. "#N/A (target)").
  if (isChitieuError(value)) {
    const error = value as ChitieuError;
    return error.argument === undefined ? error.code : `${error.code} (${error.argument})`;
  }
  if (typeof value === 'number') {
    // Levels with at most two decimals, as published (1.234,5; 71.326); rates as percents with two.
    const text = percent
      ? formatNumber(value, lang, { decimals: 2, percent: true })
      : formatNumber(roundHalfAwayFromZero(value, 2) as number, lang);
    return typeof text === 'string' ? text : String(value);
  }
  return String(value);
}

/** A plain text table, columns padded to their widest cell. */
export function textTable(header: string[], rows: string[][], maxWidth = 40): string {
  const clip = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s);
  const body = rows.map((r) => r.map(clip));
  // A loop, not Math.max(...column): a national panel has more rows than a call has arguments.
  const widths = header.map((h) => h.length);
  for (const r of body) r.forEach((cell, k) => (widths[k] = Math.max(widths[k], cell.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, k) => c.padEnd(widths[k]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
