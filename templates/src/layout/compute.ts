import {
  attainment,
  averageGrowth,
  cagr,
  coverageGap,
  coverageRatio,
  developmentIndex,
  gap,
  isChitieuError,
  project,
  requiredAverageGrowth,
  requiredGrowth,
  status,
  statusLabel,
  termVerdict,
  type ChitieuError,
} from '@chitieu/core';
import { word } from './labels.js';
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

/** How a formula's cached value is computed from its row: one of {@link computations}. */
export type Computation = (ctx: ComputeContext) => CachedValue;

const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** What a cell says where a figure does not apply (a term already over, nothing computable). */
const NOT_APPLICABLE = '–';

function statusOf(ctx: ComputeContext, rate: boolean): CachedValue {
  const code = status(ctx.value(ctx.needs[0]), ctx.row.target, {
    direction: ctx.row.direction,
    band: ctx.setting('band'),
    rate,
  });
  return isChitieuError(code) ? code : (statusLabel(code, ctx.lang) as string);
}

/** The term verdict of a term-review row, with the title block's settings. */
function verdictOf(ctx: ComputeContext) {
  const kind = ctx.row.kind;
  return termVerdict({
    measure: kind === 'growth' ? 'growth' : kind === 'cumulative' ? 'cumulative' : 'level',
    target: ctx.row.target,
    values: ctx.group('years'),
    base: num(ctx.value('base')),
    direction: ctx.row.direction,
    rate: kind === 'rate',
    band: ctx.setting('band'),
    likelyFrom: ctx.setting('likely'),
    ceiling: ctx.setting('ceiling'),
  });
}

/**
 * Lower is better for this row, as the formulas' `higher` test reads it: a ceiling (≤, <) says
 * so, a floor (≥, >) says the opposite, else the row's direction.
 */
function lowerIsBetter(ctx: ComputeContext): boolean {
  const kind = ctx.value('targetKind');
  return kind === '≤' || kind === '<' || (kind !== '≥' && kind !== '>' && ctx.row.direction === 'lower');
}

/**
 * Percent of target as a table prints it ("% so với chỉ tiêu"): actual / target (core
 * `attainment`) where higher is better; where lower is better mirrored about 100%,
 * max(0, 2 − actual / target), so that under 100% always reads as short of the target (1,70%
 * against "dưới 1,5%": 86,67%, not 113,33%). The cell, the chart's bar and the sentence use it.
 *
 * @example
 * percentOfTarget(0.017, 0.015, true)  // poverty 1,70% against "dưới 1,5%"
 * //=> 0.8666666666666667
 */
export function percentOfTarget(actual: number | null, target: number, lower: boolean): number | ChitieuError {
  const ratio = attainment(actual, target);
  if (isChitieuError(ratio) || !lower) return ratio;
  return Math.max(0, 2 - ratio);
}

/**
 * The steps of a term verdict (docs/method.md, "The verdict, step by step"): each the cached
 * value of one named column on the method sheet, computed as its formula reads: k, the plan
 * year of the latest value; what each remaining year needs ("–" once none is left, or when it
 * cannot be computed); the benchmark it is judged against.
 */
function termSteps(ctx: ComputeContext) {
  const values = ctx.group('years');
  const T = values.length;
  const k = (latestYear(ctx, 'years') as number) - ctx.setting('baseYear');
  const known = values.filter((v): v is number => v !== null);
  const achieved = ctx.value('achieved') as number;
  const goal = ctx.value('targetValue') as number;
  const base = num(ctx.value('base'));
  const higher = !lowerIsBetter(ctx);
  return { values, T, k, left: T - k, gap: known.length < k, known, achieved, goal, base, higher };
}

const verdictSteps = {
  better: (ctx: ComputeContext) => word(lowerIsBetter(ctx) ? 'lower' : 'higher', ctx.lang),
  yearsElapsed: (ctx: ComputeContext) => termSteps(ctx).k,
  /** g_req of an average-rate target (core requiredAverageGrowth); none with a past year missing. */
  requiredAverage: (ctx: ComputeContext): CachedValue => {
    const t = termSteps(ctx);
    return t.left > 0 && !t.gap ? requiredAverageGrowth(t.goal, t.T, t.values) : NOT_APPLICABLE;
  },
  /** The constant growth from the latest value to the target (core requiredGrowth). */
  requiredLevel: (ctx: ComputeContext): CachedValue => {
    const t = termSteps(ctx);
    return t.left > 0 && t.achieved > 0 && t.goal >= 0 ? requiredGrowth(t.achieved, t.goal, t.left) : NOT_APPLICABLE;
  },
  /** The percentage points from the latest rate to the target, a fraction (ROUND(Y* − y_k, 12)). */
  requiredPoints: (ctx: ComputeContext): CachedValue => {
    const t = termSteps(ctx);
    return t.left > 0 ? Math.round((t.goal - t.achieved) * 1e12) / 1e12 : NOT_APPLICABLE;
  },
  /** The amount a term total still lacks. */
  requiredAmount: (ctx: ComputeContext): CachedValue => {
    const t = termSteps(ctx);
    return t.left > 0 ? t.goal - t.achieved : NOT_APPLICABLE;
  },
  /** The best year so far: the highest (lowest when lower is better). */
  bestYear: (ctx: ComputeContext): CachedValue => {
    const t = termSteps(ctx);
    return t.higher ? Math.max(...t.known) : Math.min(...t.known);
  },
  /** The largest yearly amount so far (a term total's best year). */
  largestYear: (ctx: ComputeContext): CachedValue => Math.max(...termSteps(ctx).known),
  /** Statistics Canada's R = CAGR_actual / CAGR_required from the base value; "–" without a trend to measure. */
  paceRatio: (ctx: ComputeContext): CachedValue => {
    const t = termSteps(ctx);
    if (t.base === null || !(t.base > 0) || !(t.achieved >= 0) || !(t.goal >= 0)) return NOT_APPLICABLE;
    const actual = Math.pow(t.achieved / t.base, 1 / t.k) - 1;
    const required = Math.pow(t.goal / t.base, 1 / t.T) - 1;
    return (t.higher ? required > 0 : required < 0) ? actual / required : NOT_APPLICABLE;
  },
} satisfies Record<string, Computation>;

/** The level a row reaches at the term's end at its pace so far (core `cagr`, `project`). */
function projection(ctx: ComputeContext): number | ChitieuError {
  const latest = latestYear(ctx, 'years') as number;
  const rate = cagr(ctx.value('base') as number, ctx.value('achieved') as number, latest - ctx.setting('baseYear'));
  return isChitieuError(rate) ? rate : project(ctx.value('achieved') as number, rate, ctx.setting('endYear') - latest);
}

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
export const computations = {
  averageGrowth: (ctx) => averageGrowth(ctx.group('years')),
  latest: (ctx) => {
    const values = ctx.group('years').filter((v): v is number => v !== null);
    return values[values.length - 1];
  },
  sum: (ctx) => ctx.group('years').reduce<number>((s, v) => s + (v ?? 0), 0),
  shareOfPlan: (ctx) => attainment(num(ctx.value(ctx.needs[0])), ctx.value(ctx.needs[1]) as number),
  attainment: (ctx) =>
    percentOfTarget(num(ctx.value(ctx.needs[0])), ctx.value(ctx.needs[1]) as number, lowerIsBetter(ctx)),
  status: (ctx) => statusOf(ctx, false),
  statusOfRate: (ctx) => statusOf(ctx, true),
  latestYear: (ctx) => latestYear(ctx, 'years') as number,
  ...verdictSteps,
  verdict: (ctx) => {
    const answer = verdictOf(ctx);
    return isChitieuError(answer) ? answer : (statusLabel(answer.verdict, ctx.lang) as string);
  },
  needed: (ctx) => {
    const answer = verdictOf(ctx);
    if (isChitieuError(answer)) return answer;
    if (answer.verdict === 'already-achieved') return statusLabel('already-achieved', ctx.lang) as string;
    if (answer.stage === 'final' || answer.verdict === 'check-data' || answer.needed === null) return NOT_APPLICABLE;
    return answer.needed;
  },
  project: (ctx) => projection(ctx),
  /** A rate projected at the pace so far, never past its natural bound of 100%. */
  projectRate: (ctx) => {
    const projected = projection(ctx);
    return isChitieuError(projected) ? projected : Math.min(1, projected);
  },
  developmentIndex: (ctx) => developmentIndex(ctx.value(ctx.needs[0]) as number, ctx.value(ctx.needs[1]) as number),
  gap: (ctx) => gap(ctx.value('estimated') as number, ctx.value('previous') as number),
  // A gap in percentage points, a fraction like every rate (−0.012 is −1,20 điểm %).
  gapPoints: (ctx) =>
    (ctx.value('ratio') as number) > 1
      ? NOT_APPLICABLE
      : gap(ctx.value('ratio') as number, ctx.value('targetValue') as number),
  pace: (ctx) => ctx.setting('quarter') / 4,
  coverageRatio: (ctx) => coverageRatio(ctx.value('covered') as number, ctx.value('population') as number),
  coverageGap: (ctx) =>
    (ctx.value('ratio') as number) > 1
      ? NOT_APPLICABLE
      : coverageGap(
          ctx.value('covered') as number,
          ctx.value('population') as number,
          ctx.value('targetValue') as number,
        ),
  rank: (ctx) => {
    // As the formula: 1 + how many valid ratios (≤ 100%) in the column are greater.
    const mine = ctx.value('ratio') as number;
    if (mine > 1) return NOT_APPLICABLE;
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
} satisfies Record<string, Computation>;

const sortedColumns = new WeakMap<object, number[]>();

/** The numbers of a column that are valid shares (≤ 100%), largest first (sorted once per column). */
function descending(column: Array<unknown>): number[] {
  let sorted = sortedColumns.get(column);
  if (!sorted) {
    sorted = column.filter((v): v is number => typeof v === 'number' && v <= 1).sort((a, b) => b - a);
    sortedColumns.set(column, sorted);
  }
  return sorted;
}
