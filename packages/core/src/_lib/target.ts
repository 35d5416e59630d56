import { chitieuError, type ChitieuError } from '../errors/index.js';
import { shown } from './shown.js';

/**
 * The kind of a target, which changes the verdict (see [docs/method.md#targets-as-written](../../../../docs/method.md#targets-as-written)): `point` (14, 100%), `about` (khoảng 4%), `range` (6,5 - 7%), `floor` (95% trở lên,
 * trên 8%: higher is better), `ceiling` (dưới 4%, không quá 4%: lower is better).
 */
export type TargetKind = 'point' | 'about' | 'range' | 'floor' | 'ceiling';

/**
 * A target as {@link parseTarget} reads it. `low` and `high` are the ends (`low === high` for a
 * point or about target; `high` is `null` for a floor, `low` is `null` for a ceiling);
 * `inclusive` says whether the bound itself satisfies the target (`95% trở lên`: true; `trên 8%`:
 * false; true for point, about and range targets). Rates are fractions: 95% is 0.95.
 */
export interface ParsedTarget {
  readonly kind: TargetKind;
  readonly low: number | null;
  readonly high: number | null;
  readonly inclusive: boolean;
}

/** The answer to something given as a target that is not one, from parseTarget or describeTarget. */
export function notATarget(value: unknown, where: string): ChitieuError {
  return chitieuError('not-a-number', where, {
    en: `the target must be text, a number or a parsed target { kind, low, high, inclusive } (got ${shown(value)})`,
    vi: `chỉ tiêu phải là văn bản, một số hoặc chỉ tiêu đã đọc { kind, low, high, inclusive } (nhận được ${shown(value)})`,
  });
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && value - value === 0;
}

/** True for an object of the ParsedTarget shape whose ends fit its kind. */
export function isParsedTarget(value: unknown): value is ParsedTarget {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, low, high, inclusive } = value as Record<string, unknown>;
  if (typeof inclusive !== 'boolean') return false;
  switch (kind) {
    case 'point':
    case 'about':
      return isFiniteNumber(low) && low === high;
    case 'range':
      return isFiniteNumber(low) && isFiniteNumber(high) && low <= high;
    case 'floor':
      return isFiniteNumber(low) && high === null;
    case 'ceiling':
      return low === null && isFiniteNumber(high);
    default:
      return false;
  }
}
