import {
  attainment,
  averageGrowth,
  cagr,
  coverageGap,
  coverageRatio,
  developmentIndex,
  gap,
  isChitieuError,
  onTrack,
  project,
  requiredAverageGrowth,
  requiredGrowth,
  status,
  statusLabel,
  type ChitieuError,
} from '@chitieu/core';
import type { ReportRow } from './rows.js';

/** A cached value: a number, a label, or the core's typed error (written as the Excel error value). */
export type CachedValue = number | string | ChitieuError;

/** What a computation can see: its row (earlier columns already computed), the settings, the language. */
export interface ComputeContext {
  row: ReportRow;
  /** The value of column `key` in this row: a field, an input, or an earlier formula's cached value. */
  value(key: string): number | string | null | ChitieuError;
  /** The numbers of a repeated group (blanks as null). */
  group(name: string): Array<number | null>;
  /** The period each column of a group stands for (term years). */
  groupYears(name: string): number[];
  setting(name: string): number;
  /** Column `key` over every row, for computations across rows (rank). */
  column(key: string): Array<CachedValue | null>;
  lang: 'vi' | 'en';
  /** The formula's `needs`: its arguments in order (actual, then target; previous, then current). */
  needs: readonly string[];
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** The latest year of a group that has a number. */
function latestYear(ctx: ComputeContext, name: string): number | null {
  const values = ctx.group(name);
  const years = ctx.groupYears(name);
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return years[i];
  return null;
}

/**
 * The cached value of each formula, computed by the core: the formula written in the file and
 * this function must agree (the LibreOffice cross-check proves it for the portable formulas).
 * Keyed by the `compute` name of a template formula.
 */
export const computations: Record<string, (ctx: ComputeContext) => CachedValue> = {
  averageGrowth: (ctx) => averageGrowth(ctx.group('years')),
  latest: (ctx) => {
    const values = ctx.group('years').filter((v): v is number => v !== null);
    return values[values.length - 1];
  },
  sum: (ctx) => ctx.group('years').reduce<number>((s, v) => s + (v ?? 0), 0),
  attainment: (ctx) => attainment(num(ctx.value(ctx.needs[0])), ctx.value(ctx.needs[1]) as number),
  status: (ctx) => {
    const code = status(ctx.value(ctx.needs[0]), ctx.row.target, {
      direction: ctx.row.direction,
      band: ctx.setting('band'),
    });
    return isChitieuError(code) ? code : (statusLabel(code, ctx.lang) as string);
  },
  requiredAverageGrowth: (ctx) =>
    requiredAverageGrowth(
      ctx.value('targetValue') as number,
      ctx.group('years').length,
      ctx.group('years').filter((v) => v !== null),
    ),
  requiredGrowth: (ctx) =>
    requiredGrowth(
      ctx.value('achieved') as number,
      ctx.value('targetValue') as number,
      ctx.setting('endYear') - (latestYear(ctx, 'years') as number),
    ),
  remaining: (ctx) => {
    const g = gap(ctx.value('achieved') as number, ctx.value('targetValue') as number);
    return isChitieuError(g) ? g : -g;
  },
  project: (ctx) => {
    const latest = latestYear(ctx, 'years') as number;
    const rate = cagr(ctx.value('base') as number, ctx.value('achieved') as number, latest - ctx.setting('baseYear'));
    return isChitieuError(rate)
      ? rate
      : project(ctx.value('achieved') as number, rate, ctx.setting('endYear') - latest);
  },
  onTrack: (ctx) => {
    const result = onTrack({
      baseValue: ctx.value('base'),
      baseYear: ctx.setting('baseYear'),
      latestValue: ctx.value('achieved'),
      latestYear: latestYear(ctx, 'years'),
      target: ctx.row.target,
      targetYear: ctx.setting('endYear'),
      direction: ctx.row.direction,
      unit: ctx.row.unit.startsWith('%') ? 'rate' : 'level',
    });
    return isChitieuError(result) ? result : (statusLabel(result.category, ctx.lang, 'onTrack') as string);
  },
  developmentIndex: (ctx) => developmentIndex(ctx.value(ctx.needs[0]) as number, ctx.value(ctx.needs[1]) as number),
  gap: (ctx) => gap(ctx.value('estimated') as number, ctx.value('previous') as number),
  gapPoints: (ctx) => {
    const g = gap(ctx.value('ratio') as number, ctx.value('targetValue') as number);
    return isChitieuError(g) ? g : g * 100;
  },
  pace: (ctx) => ctx.setting('quarter') / 4,
  coverageRatio: (ctx) => coverageRatio(ctx.value('covered') as number, ctx.value('population') as number),
  coverageGap: (ctx) =>
    coverageGap(ctx.value('covered') as number, ctx.value('population') as number, ctx.value('targetValue') as number),
  rank: (ctx) => {
    // Like Excel's RANK (descending): 1 + how many numbers in the column are greater.
    const mine = ctx.value('ratio') as number;
    const sorted = descending(ctx.column('ratio'));
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] > mine) lo = mid + 1;
      else hi = mid;
    }
    return 1 + lo;
  },
};

const sortedColumns = new WeakMap<object, number[]>();

/** The numbers of a column, largest first (sorted once per column). */
function descending(column: Array<unknown>): number[] {
  let sorted = sortedColumns.get(column);
  if (!sorted) {
    sorted = column.filter((v): v is number => typeof v === 'number').sort((a, b) => b - a);
    sortedColumns.set(column, sorted);
  }
  return sorted;
}
