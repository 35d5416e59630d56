import { roundHalfAwayFromZero } from '../roundHalfAwayFromZero/index.js';

/**
 * Compares two values "at the precision they are reported in" (domain: never by raw float
 * equality). With `decimals`, both are rounded like Excel's ROUND first, so 0.9249 and 0.925
 * reported to 3 decimals are equal. Without it, values within a relative 1e-9 are equal, which
 * absorbs binary noise such as 0.1 + 0.2 versus 0.3 without hiding any real difference.
 * Returns -1, 0 or 1.
 */
export function compareAtPrecision(x: number, y: number, decimals: number | undefined): -1 | 0 | 1 {
  if (decimals !== undefined) {
    const rx = roundHalfAwayFromZero(x, decimals) as number;
    const ry = roundHalfAwayFromZero(y, decimals) as number;
    return rx === ry ? 0 : rx < ry ? -1 : 1;
  }
  const scale = Math.max(1, Math.abs(x), Math.abs(y));
  if (Math.abs(x - y) <= 1e-9 * scale) return 0;
  return x < y ? -1 : 1;
}
