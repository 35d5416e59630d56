// Shares of a total, shared by structure and structuralShift. Not part of the public API.
import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber } from '../toNumber/index.js';
import { finite } from './finite.js';
import { isColumn } from '../column/index.js';

/**
 * The shares `parts[i] / Σ parts` of a list of parts, or the error that explains why there
 * are none. `where` and `name` (the function and argument) go into the messages.
 *
 * The total is summed left to right, the way the array forms sum it inline, so both give the
 * same digits. A total that is 0, or smaller than the rounding error of the sum
 * (`|Σ| ≤ n · ε · Σ|parts|`, reachable only with negative parts), is `#DIV/0!`: dividing by
 * rounding noise would give shares of ±10¹⁵.
 */
export function sharesOf(parts: unknown, where: string, name: string): number[] | ChitieuError {
  if (isChitieuError(parts)) return parts;
  if (!isColumn(parts)) {
    return chitieuError('invalid-option', where, {
      en: `${name} must be a list of numbers (got ${parts === null ? 'null' : typeof parts})`,
      vi: `${name} phải là danh sách các số (nhận được ${parts === null ? 'null' : typeof parts})`,
    });
  }
  const n = parts.length;
  if (n === 0) {
    return chitieuError('no-data', where, {
      en: `${name} is empty (no data)`,
      vi: `${name} rỗng (chưa có số liệu)`,
    });
  }
  const numbers = new Array<number>(n);
  let sum = 0;
  let size = 0;
  for (let k = 0; k < n; k++) {
    const value = parts[k];
    const x = toNumber(value, where, `${name}[${k}]`);
    if (typeof x !== 'number') {
      if (x === value || x.reason !== 'no-data') return x;
      return chitieuError('no-data', where, {
        en: `${name}[${k}] is blank (no data): a structure with a missing part cannot add up to 100%`,
        vi: `${name}[${k}] để trống (chưa có số liệu): cơ cấu thiếu một thành phần thì không cộng được 100%`,
      });
    }
    numbers[k] = x;
    sum += x;
    size += Math.abs(x);
  }
  const total = finite(sum, where);
  if (typeof total !== 'number') return total;
  if (!(Math.abs(sum) > n * Number.EPSILON * size)) {
    return chitieuError('division-by-zero', where, {
      en: `the parts of ${name} add up to 0 (got ${sum}), so there are no shares`,
      vi: `tổng các thành phần của ${name} bằng 0 (nhận được ${sum}) nên không tính được cơ cấu`,
    });
  }
  for (let k = 0; k < n; k++) {
    const s = finite(numbers[k] / sum, where);
    if (typeof s !== 'number') return s;
    numbers[k] = s;
  }
  return numbers;
}
