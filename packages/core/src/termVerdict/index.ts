import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { shown } from '../_lib/shown.js';
import { compareAtPrecision } from '../_lib/compare.js';
import { isColumn, type Column } from '../column/index.js';
import { cell, rowCount, rowCountOfColumns, rowErrors } from '../_lib/arrayForm.js';
import { parseTarget, type ParsedTarget } from '../parseTarget/index.js';
import { status, type Direction, type StatusCode, type TargetInput } from '../status/index.js';
import { averageGrowth } from '../averageGrowth/index.js';
import { requiredAverageGrowth } from '../requiredAverageGrowth/index.js';
import { requiredGrowth } from '../requiredGrowth/index.js';

/**
 * How a term sums up its yearly values, from the indicator's kind:
 * - `growth`: yearly growth rates against an average-rate target (GRDP growth 10%/year):
 *   the geometric average of the years so far;
 * - `level`: a level, rate or count against a level target (14 doctors per 10,000; 95%
 *   coverage): the latest value;
 * - `cumulative`: a term total (five-year investment 150.000 tỷ): the sum so far.
 */
export type TermMeasure = 'growth' | 'level' | 'cumulative';

/**
 * The judgement before the term ends (sơ kết giữa nhiệm kỳ): `already-achieved` (đã đạt, as of
 * the latest year), `likely` (có khả năng đạt), `hard` (khó đạt), `out-of-reach` (không thể
 * đạt), or `too-little-data` (chưa đủ số liệu) when no trend can be measured.
 */
export type MidTermCode = 'already-achieved' | 'likely' | 'hard' | 'out-of-reach' | 'too-little-data';

/** Every verdict a term review prints: a final status, a mid-term judgement, or no target. */
export type VerdictCode = StatusCode | MidTermCode | 'no-target';

/** The unit of what is still needed: a growth rate per year, percentage points, or an amount. */
export type NeededUnit = 'growth' | 'points' | 'amount';

export interface TermVerdictInput {
  measure: TermMeasure;
  /** The term target: text as written (`10% trở lên`), a number, or a parsed target. Blank: `no-target`. */
  target: TargetInput;
  /** One value per plan year, in order (T = its length); blank for a year without data. */
  values: Column<NumberInput>;
  /** The base year's value (năm gốc): the start of a level's trend. */
  base?: NumberInput;
  /** `higher` (default) or `lower` is better; a floor or ceiling target implies it. */
  direction?: Direction;
  /** The values are rates or shares (fractions): needed in percentage points; outside 0-100% is `check-data`. */
  rate?: boolean;
  /** The "nearly achieved" band and the about tolerance, as {@link status} takes them. */
  band?: number;
  aboutTolerance?: number;
  /** From which score a target is `likely`: R for levels, share achieved / k/T for totals. Default 0.95. */
  likelyFrom?: number;
  /** A yearly growth needed above this is `out-of-reach`. Default 0.5 (50%/year). */
  ceiling?: number;
  locale?: 'vi' | 'en';
}

export interface TermVerdict {
  /** `final` once the last plan year has a value, `mid-term` before. */
  readonly stage: 'final' | 'mid-term';
  readonly verdict: VerdictCode;
  /** k: the plan year (1..T) of the latest value, null without data. */
  readonly yearsElapsed: number | null;
  /** What the term has achieved so far: the average growth, the latest value or the sum; null without data. */
  readonly achieved: number | null;
  /** What the remaining years still need, in `neededUnit`; null when met, at the final stage, or unknown. */
  readonly needed: number | null;
  readonly neededUnit: NeededUnit | null;
}

const DEFAULT_LIKELY_FROM = 0.95;
const DEFAULT_CEILING = 0.5;

/**
 * The verdict on a term target where the term stands (đánh giá khả năng thực hiện chỉ tiêu
 * nhiệm kỳ). Officials give a final verdict only when the last plan year has (estimated) data;
 * before that they say what is already met, what is likely, what is hard, and what is still
 * needed:
 *
 * - **final** (value for year T): {@link status} of the achieved value (average growth, latest
 *   value, or sum) against the target: Vượt / Đạt / Xấp xỉ đạt / Không đạt;
 * - **mid-term**, after k of T years:
 *   - `growth`: needed g_req = ((1 + g*)^T / Π(1 + g_i))^(1/(T − k)) − 1 in each remaining
 *     year. Already achieved if g_req ≤ 0 (higher is better); likely if g_req is at most the
 *     best year of the term so far (a pace already reached); out of reach above `ceiling`;
 *     hard otherwise. Mirrored when lower is better.
 *   - `level`: already achieved if the latest value meets the target. Else the Statistics Canada
 *     ratio R = CAGR_actual / CAGR_required from the base value: likely if R ≥ `likelyFrom`;
 *     out of reach if the constant growth needed from the latest value exceeds `ceiling` (not
 *     for rates, which are judged in points); hard otherwise; `too-little-data` without a base.
 *     Needed: the growth per year to the target, or for a rate the percentage points.
 *   - `cumulative`: already achieved if the sum meets the target. Else likely if the share
 *     achieved is at least `likelyFrom` × k/T (on pace) and the amount each remaining year needs
 *     is at most the best year so far; out of reach if the yearly amounts would have to grow
 *     above `ceiling` over their average so far; hard otherwise. Needed: the remaining amount.
 *     A cap on a total (lower is better) is out of reach once exceeded, else likely while the
 *     total projected at the average year stays within it, else hard.
 * - **a missing past year**: k is the plan year of the latest value, so a blank year before it
 *   has passed and is no remaining year. A level or rate reads only the latest and base values
 *   and is judged as usual; an average rate (`growth`) or a total (`cumulative`) needs every
 *   year up to k, and is `too-little-data`, with nothing needed, at either stage.
 * - needed percentage points are fractions, like every rate (2,5 điểm % is 0.025).
 * - a rate outside 0-100% (in a plan year or the base year) is `check-data`; no value is
 *   `no-data`; a blank target `no-target`.
 *
 * Errors: `#VALUE!` for an unknown measure, values that are not a list, an unreadable target
 * or option, text or NaN among the values; `#NUM!` for a growth rate of −100% or below or a
 * cumulative target ≤ 0; an error value among the inputs passes through.
 *
 * Method: [docs/method.md#terms-target-scopes-and-mid-term-verdicts](../../../../docs/method.md#terms-target-scopes-and-mid-term-verdicts).
 *
 * @param input `{ measure, target, values, base?, direction?, rate?, band?, aboutTolerance?, likelyFrom?, ceiling? }`
 *
 * @example
 * termVerdict({ measure: 'growth', target: '10% trở lên', values: [0.0668, 0.0952, 0.0737, 0.0701, null] })  // Thái Bình 2021-2024
 * //=> { stage: 'mid-term', verdict: 'hard', yearsElapsed: 4, achieved: 0.0764, needed: 0.1997, neededUnit: 'growth' }
 * @example
 * termVerdict({ measure: 'growth', target: 0.07, values: [0.07, 0.072, 0.068, 0.071, null] }).verdict  // needs 6,9% after 7,0 / 7,2 / 6,8 / 7,1
 * //=> 'likely'
 * @example
 * termVerdict({ measure: 'growth', target: '10% trở lên', values: [0.0668, 0.0952, null, 0.0701, null] }).verdict  // 2023 blank: it has passed, its figure is unknown
 * //=> 'too-little-data'
 * @example
 * termVerdict({ measure: 'cumulative', target: 150000, values: [30000, 30000, 30000, 30000, null] }).verdict  // 80% after 4 of 5 years, 2025 needs 30.000 = the best year
 * //=> 'likely'
 * @example
 * termVerdict({ measure: 'cumulative', target: 250000, values: [45000, 48000, 50000, 53200, null] }).verdict  // on pace (78,5%), but 2025 needs 53.800 > the best year 53.200
 * //=> 'hard'
 * @example
 * termVerdict({ measure: 'level', target: '95% trở lên', values: [null, null, null, 0.925, null], rate: true })
 * //=> { stage: 'mid-term', verdict: 'too-little-data', yearsElapsed: 4, achieved: 0.925, needed: 0.025, neededUnit: 'points' }
 * @example
 * termVerdict({ measure: 'level', target: '95% trở lên', values: [0.9, 0.91, 0.92, 0.93, 0.94], rate: true }).verdict
 * //=> 'nearly-achieved'
 */
export function termVerdict(input: TermVerdictInput): TermVerdict | ChitieuError {
  const read = readInput(input);
  if (isChitieuError(read)) return read;
  const { values, T, k, target } = read;
  const empty = { yearsElapsed: null, achieved: null, needed: null, neededUnit: null };
  if (k === 0) return verdictOf('mid-term', target === null ? 'no-target' : 'no-data', empty);
  const latest = values[k - 1] as number;
  const known = values.filter((v): v is number => v !== null);
  const achieved = achievedOf(input.measure, values, known, latest);
  if (isChitieuError(achieved)) return achieved;
  const stage = values[T - 1] !== null ? 'final' : 'mid-term';
  const base = { yearsElapsed: k, achieved, needed: null, neededUnit: null };
  const outsideShare = (v: number | null) => v !== null && (v < 0 || v > 1);
  if (input.rate && input.measure !== 'growth' && (known.some(outsideShare) || outsideShare(read.baseValue))) {
    return verdictOf(stage, 'check-data', base);
  }
  if (target === null) return verdictOf(stage, 'no-target', base);
  const options = {
    direction: input.direction,
    band: input.band,
    aboutTolerance: input.aboutTolerance,
    locale: input.locale,
  };
  const final = status(achieved, target, options);
  if (isChitieuError(final)) return final;
  // A term total or a term average with a plan year missing before the latest is neither: the
  // missing year has passed (it is no remaining year), and its figure is unknown, never 0. No
  // final verdict, pace or needed figure is read from it (docs/method.md, "A missing past year").
  if (needsEveryYear(input.measure) && known.length < k) return verdictOf(stage, 'too-little-data', base);
  if (stage === 'final') return verdictOf(stage, final, base);
  const higher =
    (target.kind === 'floor' ? 'higher' : target.kind === 'ceiling' ? 'lower' : input.direction) !== 'lower';
  const goal = goalOf(target, higher);
  const rules = { T, k, higher, goal, likelyFrom: read.likelyFrom, ceiling: read.ceiling };
  if (input.measure === 'growth') return midTermGrowth(known, values, base, rules);
  const met = final === 'achieved' || final === 'exceeded';
  if (input.measure === 'cumulative') return midTermCumulative(achieved, known, met, base, rules);
  return midTermLevel(latest, read.baseValue, met, Boolean(input.rate), base, rules);
}

/** Measures that sum up every plan year (an average of rates, a total), so a gap leaves no answer. */
function needsEveryYear(measure: TermMeasure): boolean {
  return measure === 'growth' || measure === 'cumulative';
}

interface Rules {
  T: number;
  k: number;
  higher: boolean;
  goal: number;
  likelyFrom: number;
  ceiling: number;
}

/** A verdict's figures, before its stage and code are known. */
type Figures = Omit<TermVerdict, 'stage' | 'verdict'>;

function verdictOf(stage: TermVerdict['stage'], verdict: VerdictCode, rest: Figures): TermVerdict {
  return Object.freeze({ stage, verdict, ...rest });
}

/** The level a target asks to reach: the bound of a floor or ceiling, the point, the near end of a range. */
function goalOf(target: ParsedTarget, higher: boolean): number {
  if (target.kind === 'range') return (higher ? target.low : target.high) as number;
  return (target.low ?? target.high) as number;
}

function achievedOf(
  measure: TermMeasure,
  values: Array<number | null>,
  known: number[],
  latest: number,
): number | ChitieuError {
  if (measure === 'growth') return averageGrowth(values);
  if (measure === 'cumulative') return known.reduce((sum, v) => sum + v, 0);
  return latest;
}

/** Average-rate target: the growth needed in each remaining year against the best year so far. */
function midTermGrowth(
  known: number[],
  values: Array<number | null>,
  base: Figures,
  rules: Rules,
): TermVerdict | ChitieuError {
  const needed = requiredAverageGrowth(rules.goal, rules.T, values);
  if (isChitieuError(needed)) return needed;
  const sign = rules.higher ? 1 : -1;
  const withNeed = { ...base, needed, neededUnit: 'growth' as const };
  if (rules.higher && compareAtPrecision(needed, 0, undefined) <= 0) {
    return verdictOf('mid-term', 'already-achieved', base);
  }
  const best = rules.higher ? Math.max(...known) : Math.min(...known);
  if (sign * compareAtPrecision(needed, best, undefined) <= 0) return verdictOf('mid-term', 'likely', withNeed);
  if (sign * needed > rules.ceiling) return verdictOf('mid-term', 'out-of-reach', withNeed);
  return verdictOf('mid-term', 'hard', withNeed);
}

/** Term total: the share achieved against the share of the term passed (k/T). */
function midTermCumulative(sum: number, known: number[], met: boolean, base: Figures, rules: Rules): TermVerdict {
  const withNeed = { ...base, needed: rules.goal - sum, neededUnit: 'amount' as const };
  if (!rules.higher) {
    // A cap on a term total (không quá 1.000): over it already, it cannot be met, since yearly
    // amounts do not go below 0; under it, likely while the average year so far keeps the
    // projected total within the cap. It is met only when the term ends.
    if (!met) return verdictOf('mid-term', 'out-of-reach', withNeed);
    const projected = sum + (sum / known.length) * (rules.T - rules.k);
    return verdictOf(
      'mid-term',
      compareAtPrecision(projected, rules.goal, undefined) <= 0 ? 'likely' : 'hard',
      withNeed,
    );
  }
  if (met) return verdictOf('mid-term', 'already-achieved', base);
  const pace = rules.k / rules.T;
  const perYearNeeded = (rules.goal - sum) / (rules.T - rules.k);
  // On pace is not enough: each remaining year must also need no more than the best year so
  // far (a yearly amount the province has reached), as for an average-rate target.
  const onPace = compareAtPrecision(sum / rules.goal, rules.likelyFrom * pace, undefined) >= 0;
  if (onPace && compareAtPrecision(perYearNeeded, Math.max(...known), undefined) <= 0) {
    return verdictOf('mid-term', 'likely', withNeed);
  }
  const averageSoFar = sum / known.length;
  if (averageSoFar > 0 && perYearNeeded / averageSoFar - 1 > rules.ceiling) {
    return verdictOf('mid-term', 'out-of-reach', withNeed);
  }
  return verdictOf('mid-term', 'hard', withNeed);
}

/** Level or rate: the Statistics Canada ratio R from the base year, and the growth or points still needed. */
function midTermLevel(
  latest: number,
  baseValue: number | null,
  met: boolean,
  rate: boolean,
  base: Figures,
  rules: Rules,
): TermVerdict {
  if (met) return verdictOf('mid-term', 'already-achieved', base);
  const left = rules.T - rules.k;
  const growth = requiredGrowth(latest, rules.goal, left);
  const needed = rate ? pointsBetween(latest, rules.goal) : isChitieuError(growth) ? null : growth;
  const withNeed = {
    ...base,
    needed,
    neededUnit: needed === null ? null : rate ? ('points' as const) : ('growth' as const),
  };
  if (!rate && typeof growth === 'number' && (rules.higher ? growth : -growth) > rules.ceiling) {
    return verdictOf('mid-term', 'out-of-reach', withNeed);
  }
  if (baseValue === null || !(baseValue > 0) || !(latest >= 0) || !(rules.goal >= 0)) {
    return verdictOf('mid-term', 'too-little-data', withNeed);
  }
  const actualRate = Math.pow(latest / baseValue, 1 / rules.k) - 1;
  const requiredRate = Math.pow(rules.goal / baseValue, 1 / rules.T) - 1;
  const forward = rules.higher ? requiredRate > 0 : requiredRate < 0;
  if (!forward) return verdictOf('mid-term', 'hard', withNeed);
  const R = actualRate / requiredRate;
  const likely = compareAtPrecision(R, rules.likelyFrom, undefined) >= 0;
  return verdictOf('mid-term', likely ? 'likely' : 'hard', withNeed);
}

/**
 * goal − latest in percentage points, as a fraction like every rate (0.95 − 0.925 → 0.025, 2,5
 * điểm %), rounded to 12 decimals so that binary noise (0.95 − 0.925 = 0.02500000000000002)
 * does not reach the cell: ROUND(goal − latest, 12) in a sheet.
 */
function pointsBetween(latest: number, goal: number): number {
  return Math.round((goal - latest) * 1e12) / 1e12;
}

interface ReadInput {
  values: Array<number | null>;
  T: number;
  k: number;
  target: ParsedTarget | null;
  baseValue: number | null;
  likelyFrom: number;
  ceiling: number;
}

function readInput(input: TermVerdictInput): ReadInput | ChitieuError {
  const bad = (en: string, vi: string) => chitieuError('invalid-option', 'termVerdict', { en, vi });
  if (typeof input !== 'object' || input === null) {
    return bad(
      `input must be an object (got ${shown(input)})`,
      `đầu vào phải là một đối tượng (nhận được ${shown(input)})`,
    );
  }
  const { measure, values: column, likelyFrom = DEFAULT_LIKELY_FROM, ceiling = DEFAULT_CEILING } = input;
  if (measure !== 'growth' && measure !== 'level' && measure !== 'cumulative') {
    return bad(
      `measure must be "growth", "level" or "cumulative" (got ${shown(measure)})`,
      `measure phải là "growth", "level" hoặc "cumulative" (nhận được ${shown(measure)})`,
    );
  }
  if (isChitieuError(column)) return column;
  if (!isColumn(column) || column.length === 0) {
    return bad(
      'values must be a non-empty list, one value per plan year',
      'values phải là danh sách không rỗng, mỗi năm kế hoạch một giá trị',
    );
  }
  for (const [name, value] of [
    ['likelyFrom', likelyFrom],
    ['ceiling', ceiling],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      return bad(
        `${name} must be a number ≥ 0 (got ${shown(value)})`,
        `${name} phải là số ≥ 0 (nhận được ${shown(value)})`,
      );
    }
  }
  const values: Array<number | null> = [];
  let k = 0;
  for (let j = 0; j < column.length; j++) {
    const entry: unknown = column[j];
    if (entry === null || entry === undefined || (typeof entry === 'string' && entry.trim() === '')) {
      values.push(null);
      continue;
    }
    const x = toNumber(entry, 'termVerdict', `values[${j}]`);
    if (typeof x !== 'number') return x;
    values.push(x);
    k = j + 1;
  }
  const target = readTarget(input.target, input.locale);
  if (isChitieuError(target)) return target;
  if (measure === 'cumulative' && target !== null && !(goalOf(target, input.direction !== 'lower') > 0)) {
    return chitieuError('out-of-domain', 'termVerdict', {
      en: 'a term-total target must be greater than 0',
      vi: 'chỉ tiêu tổng cả giai đoạn phải lớn hơn 0',
    });
  }
  let baseValue: number | null = null;
  const baseCell: unknown = input.base;
  if (baseCell !== null && baseCell !== undefined && !(typeof baseCell === 'string' && baseCell.trim() === '')) {
    const b = toNumber(input.base, 'termVerdict', 'base');
    if (typeof b !== 'number') return b;
    baseValue = b;
  }
  return { values, T: column.length, k, target, baseValue, likelyFrom, ceiling };
}

function readTarget(target: TargetInput, locale: 'vi' | 'en' | undefined): ParsedTarget | null | ChitieuError {
  if (target === null || target === undefined || (typeof target === 'string' && target.trim() === '')) return null;
  return parseTarget(target, locale ?? 'vi');
}

/** Columns for the array form of {@link termVerdict}: `values` is a list of columns, one per plan year. */
export interface TermVerdictColumns extends Omit<TermVerdictInput, 'target' | 'values' | 'base' | 'measure'> {
  measure: TermMeasure | ArrayLike<TermMeasure>;
  target: TargetInput | ArrayLike<TargetInput>;
  values: ReadonlyArray<Column<NumberInput>>;
  base?: NumberInput | ArrayLike<NumberInput>;
}

/**
 * Array form of {@link termVerdict}: one verdict per row. `values` is a list of columns, one
 * per plan year (indicators down, years across); `measure`, `target` and `base` are columns or
 * one value for every row.
 *
 * @example
 * termVerdict.array({ measure: 'growth', target: '10% trở lên', values: [[0.0668, 0.12], [0.0952, 0.11], [null, 0.1]] }).values.map((v) => v?.verdict)
 * //=> ['hard', 'achieved']
 */
termVerdict.array = function termVerdictArray(
  columns: TermVerdictColumns,
): { values: Array<TermVerdict | null>; errors: Map<number, ChitieuError> } | ChitieuError {
  if (typeof columns !== 'object' || columns === null) {
    return chitieuError('invalid-option', 'termVerdict', {
      en: `columns must be an object (got ${shown(columns)})`,
      vi: `columns phải là một đối tượng (nhận được ${shown(columns)})`,
    });
  }
  const checked = rowCountOfColumns('termVerdict', columns.values, 'values');
  if (typeof checked !== 'number') return checked;
  const years = columns.values;
  const rows = rowCount(
    'termVerdict',
    [years[0], columns.measure, columns.target, columns.base],
    ['values', 'measure', 'target', 'base'],
  );
  if (typeof rows !== 'number') return rows;
  const result = { values: new Array<TermVerdict | null>(rows).fill(null), errors: rowErrors() };
  for (let i = 0; i < rows; i++) {
    const answer = termVerdict({
      ...columns,
      measure: cell(columns.measure, i),
      target: cell(columns.target, i),
      base: cell(columns.base, i),
      values: years.map((column) => cell(column, i)),
    });
    if (isChitieuError(answer)) result.errors.set(i, answer);
    else result.values[i] = answer;
  }
  return result;
};
