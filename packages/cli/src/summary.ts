import { formatNumber, isChitieuError, roundHalfAwayFromZero, type ChitieuError } from '@chitieu/core';
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
  return layout.table.map((row) => ({
    indicator: String(row.indicator ?? row.area ?? ''),
    target: String(row.target ?? ''),
    achieved: show(figure(row.achieved ?? row.estimated ?? row.yearToDate ?? row.ratio), percentUnit(row), lang),
    percentOfTarget: show(row.percentOfTarget ?? row.percentOfPlan, true, lang),
    status: show(row.status, false, lang),
    required: show(row.required, row.kind === 'cumulative' ? percentUnit(row) : true, lang),
    otherPeriods: String(row.otherPeriods ?? ''),
  }));
}

function show(value: unknown, percent: boolean, lang: Lang): string {
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
  const widths = header.map((h, k) => Math.max(h.length, ...body.map((r) => r[k].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, k) => c.padEnd(widths[k]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
