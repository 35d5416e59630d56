// Shared by onTrack and projectedAttainment: reading the term input and the two growth rates.
import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { shown } from './shown.js';
import { toNumber } from '../toNumber/index.js';
import { parseTarget, type ParsedTarget } from '../parseTarget/index.js';
import type { Direction } from '../status/index.js';

/** The term forecast categories, shared by both methods. */
export type TrendCategory = 'achieved' | 'on-track' | 'acceleration-needed' | 'limited-progress' | 'deterioration';

/** What a term forecast needs: base, latest and target, each with its year. */
export interface TermInput {
  /** y₀: value in the base year (e.g. 2020 for the 2021-2025 term), > 0. */
  baseValue: unknown;
  baseYear: unknown;
  /** y_k: the latest value, ≥ 0. */
  latestValue: unknown;
  latestYear: unknown;
  /** Y*: the target level, a number, a target text or a parsed target. */
  target: unknown;
  targetYear: unknown;
  /** `higher` (default) or `lower` is better; a floor/ceiling target implies it. */
  direction?: Direction;
  /**
   * `rate` for indicators that are themselves rates (coverage, poverty rate): a 0% or 100%
   * target then counts as achieved within 1 pp (UNSD), since growth methods break down there.
   */
  unit?: 'rate' | 'level';
  /** Locale of a target given as text (default `vi`). */
  locale?: 'vi' | 'en';
}

export interface TermTrend {
  y0: number;
  yk: number;
  goal: number;
  k: number;
  T: number;
  higher: boolean;
  achieved: boolean;
  /** Actual CAGR from base to latest. */
  actualRate: number;
  /** Required CAGR from base to target. */
  requiredRate: number;
}

/** Validates the input and computes both rates; errors name the function `where`. */
export function readTermTrend(where: string, input: TermInput): TermTrend | ChitieuError {
  const bad = (reason: 'invalid-option' | 'out-of-domain', en: string, vi: string) =>
    chitieuError(reason, where, { en, vi });
  if (typeof input !== 'object' || input === null) {
    return bad(
      'invalid-option',
      'the input must be an object { baseValue, baseYear, latestValue, latestYear, target, targetYear }',
      'đầu vào phải là đối tượng { baseValue, baseYear, latestValue, latestYear, target, targetYear }',
    );
  }
  const numbers: Record<string, number> = {};
  for (const key of ['baseValue', 'baseYear', 'latestValue', 'latestYear', 'targetYear'] as const) {
    const value = toNumber(input[key], where, key);
    if (typeof value !== 'number') return value;
    numbers[key] = value;
  }
  const parsed: ParsedTarget | ChitieuError = isChitieuError(input.target)
    ? input.target
    : input.target === null || input.target === undefined || input.target === ''
      ? chitieuError('no-data', where, { en: 'target is blank (no data)', vi: 'chỉ tiêu để trống (chưa có số liệu)' })
      : parseTarget(input.target as string, input.locale ?? 'vi');
  if (isChitieuError(parsed)) return parsed;
  const implied = parsed.kind === 'floor' ? 'higher' : parsed.kind === 'ceiling' ? 'lower' : undefined;
  const direction = input.direction ?? implied ?? 'higher';
  if (direction !== 'higher' && direction !== 'lower') {
    return bad(
      'invalid-option',
      `direction must be "higher" or "lower" (got ${shown(direction)})`,
      `hướng phải là "higher" hoặc "lower" (nhận được ${shown(direction)})`,
    );
  }
  if (implied && implied !== direction) {
    return bad(
      'invalid-option',
      `a ${parsed.kind} target means ${implied} is better, but direction is "${direction}"`,
      `dạng chỉ tiêu mâu thuẫn với hướng "${direction}"`,
    );
  }
  const higher = direction === 'higher';
  // The level to reach: the near end of a range, the bound of a floor or ceiling.
  const goal = (parsed.kind === 'range' ? (higher ? parsed.low : parsed.high) : (parsed.low ?? parsed.high)) as number;
  const { baseValue: y0, baseYear, latestValue: yk, latestYear, targetYear } = numbers;
  const k = latestYear - baseYear;
  const T = targetYear - baseYear;
  if (!(k > 0))
    return bad(
      'out-of-domain',
      `the latest year must come after the base year (${latestYear} ≤ ${baseYear})`,
      `năm gần nhất phải sau năm gốc (${latestYear} ≤ ${baseYear})`,
    );
  if (!(T > 0))
    return bad(
      'out-of-domain',
      `the target year must come after the base year (${targetYear} ≤ ${baseYear})`,
      `năm mục tiêu phải sau năm gốc (${targetYear} ≤ ${baseYear})`,
    );
  if (!(y0 > 0))
    return bad(
      'out-of-domain',
      `the base value must be greater than 0 (got ${y0})`,
      `giá trị năm gốc phải lớn hơn 0 (nhận được ${y0})`,
    );
  if (yk < 0)
    return bad(
      'out-of-domain',
      `the latest value must not be negative (got ${yk})`,
      `giá trị gần nhất không được âm (nhận được ${yk})`,
    );
  if (goal < 0)
    return bad(
      'out-of-domain',
      `the target must not be negative (got ${goal})`,
      `chỉ tiêu không được âm (nhận được ${goal})`,
    );
  const nearLimit = input.unit === 'rate' && (goal === 0 || goal === 1);
  const beyond = higher ? yk >= goal : yk <= goal;
  const achieved = nearLimit
    ? beyond || Math.abs(yk - goal) <= 0.01 + 1e-12
    : beyond && (parsed.inclusive || yk !== goal);
  return {
    y0,
    yk,
    goal,
    k,
    T,
    higher,
    achieved,
    actualRate: Math.pow(yk / y0, 1 / k) - 1,
    requiredRate: Math.pow(goal / y0, 1 / T) - 1,
  };
}

/** Puts a score (R, or UNSD's projected share) into a category given two thresholds. */
export function categoryOf(score: number, onTrackFrom: number, accelerationFrom: number): TrendCategory {
  // A hair of tolerance so that a score that is 0.95 on paper is not 0.9499999999999 here.
  const eps = 1e-12;
  if (score >= onTrackFrom - eps) return 'on-track';
  if (score >= accelerationFrom - eps) return 'acceleration-needed';
  if (score >= -eps) return 'limited-progress';
  return 'deterioration';
}
