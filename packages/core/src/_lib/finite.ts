import { chitieuError, type ChitieuError } from '../errors/index.js';

/**
 * Checks a computed result: a finite number is returned as is; an overflow (±Infinity) or NaN
 * becomes `#NUM!`. Every function passes its result through this, so no NaN or Infinity can
 * leave the core even for inputs at the edge of floating point.
 *
 * @example
 * finite(1e308 * 10, "project").code
 * //=> '#NUM!'
 */
export function finite(result: number, where: string): number | ChitieuError {
  if (result - result === 0) return result === 0 ? 0 : result; // also turns -0 into 0
  return chitieuError('not-finite', where, {
    en: 'the result is too large to represent',
    vi: 'kết quả quá lớn, không biểu diễn được',
  });
}
