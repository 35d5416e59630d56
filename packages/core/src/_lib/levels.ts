import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber } from '../toNumber/index.js';

/**
 * Reads the two levels of a year-on-year comparison (previous, current) and checks the rule
 * both the development index and the growth rate share: the previous level must be > 0 (0
 * divides by zero, below 0 a change of sign has no growth rate) and the current one ≥ 0.
 * Returns the two numbers, or the error that names `where`.
 */
export function readLevels(where: string, previous: unknown, current: unknown): [number, number] | ChitieuError {
  const p = toNumber(previous, where, 'previous');
  if (typeof p !== 'number') return p;
  const c = toNumber(current, where, 'current');
  if (typeof c !== 'number') return c;
  if (p === 0) {
    return chitieuError('division-by-zero', where, {
      en: 'the previous value is 0, so there is no growth rate or index',
      vi: 'giá trị kỳ trước bằng 0 nên không tính được tốc độ tăng hay chỉ số phát triển',
    });
  }
  if (p < 0) {
    return chitieuError('out-of-domain', where, {
      en: `the previous value must be greater than 0 (got ${p}); a change of sign has no growth rate`,
      vi: `giá trị kỳ trước phải lớn hơn 0 (nhận được ${p}); đổi dấu thì không có tốc độ tăng`,
    });
  }
  if (c < 0) {
    return chitieuError('out-of-domain', where, {
      en: `the current value must not be negative (got ${c}); a change of sign has no growth rate`,
      vi: `giá trị kỳ này không được âm (nhận được ${c}); đổi dấu thì không có tốc độ tăng`,
    });
  }
  return [p, c];
}
