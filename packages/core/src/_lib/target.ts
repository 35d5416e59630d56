import { chitieuError, type ChitieuError } from '../errors/index.js';
import type { ParsedTarget } from '../parseTarget/index.js';
import { shown } from './shown.js';

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
