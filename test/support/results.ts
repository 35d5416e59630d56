import { isChitieuError } from '../../packages/core/src/errors/index.js';

/**
 * True when `value` is something a chitieu function may return: a finite number, a string
 * (status code, label, formatted number), null (an open end), an error value, or an object,
 * array, typed array or Map built only of those. NaN, ±Infinity, undefined, functions and
 * anything else are refused; `path` of the first bad leaf is reported through `problems`.
 */
export function isDocumentedResult(value: unknown, problems: string[] = [], path = 'result'): boolean {
  if (isChitieuError(value)) return true;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return true;
    problems.push(`${path} is ${value}`);
    return false;
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (value === undefined) {
    problems.push(`${path} is undefined`);
    return false;
  }
  if (value instanceof Map) {
    return [...value.entries()].every(([key, item]) =>
      isDocumentedResult(item, problems, `${path}.get(${String(key)})`),
    );
  }
  if (ArrayBuffer.isView(value)) {
    return Array.from(value as unknown as ArrayLike<number>).every((item, k) =>
      isDocumentedResult(item, problems, `${path}[${k}]`),
    );
  }
  if (Array.isArray(value)) {
    for (let k = 0; k < value.length; k++) {
      if (!(k in value)) {
        problems.push(`${path}[${k}] is a hole`);
        return false;
      }
      if (!isDocumentedResult(value[k], problems, `${path}[${k}]`)) return false;
    }
    return true;
  }
  if (typeof value === 'object') {
    return Object.entries(value as object).every(([key, item]) => isDocumentedResult(item, problems, `${path}.${key}`));
  }
  problems.push(`${path} is a ${typeof value}`);
  return false;
}
