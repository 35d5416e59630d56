import { isChitieuError, type ChitieuError, type CodeColumnResult, type NumberColumnResult } from '@chitieu/core';
import type { ExcelMatrix, Host } from './excel.js';
import type { Shape } from './shape.js';

/** Excel shows a message only on these two codes; the others must come without one. */
const WITH_MESSAGE = new Set<string>(['#VALUE!', '#N/A']);

/**
 * The core's error value as the host's error value: the code, and for #VALUE! and #N/A the
 * core's message in the user's language (#DIV/0! and #NUM! carry none, as Excel requires).
 */
export function excelError(error: ChitieuError, host: Host): unknown {
  return host.makeError(error.code, WITH_MESSAGE.has(error.code) ? error.message[host.lang()] : undefined);
}

/**
 * One result cell for Excel: a finite number or a text as it is, an error value as the host's
 * error. A NaN or infinite number (the core never returns one) becomes #NUM!, and anything
 * unexpected #VALUE!, so a bug can never show as a silent 0 or a blank.
 */
export function excelValue(value: unknown, host: Host): unknown {
  if (typeof value === 'number') return value - value === 0 ? value : host.makeError('#NUM!', undefined);
  if (typeof value === 'string') return value;
  if (isChitieuError(value)) return excelError(value, host);
  return host.makeError('#VALUE!', host.lang() === 'vi' ? 'kết quả không hợp lệ' : 'invalid result');
}

/** A whole-call answer (e.g. ranges of different sizes) as a 1×1 spill. */
export function single(value: unknown, host: Host): ExcelMatrix {
  return [[excelValue(value, host)]];
}

/**
 * An array-form result of the core (`{ values, errors }`, row-major over the spill) as a matrix
 * of `shape`; `label` turns a coded result (status, category) into its printed text.
 */
export function spillOf(
  result: NumberColumnResult | CodeColumnResult<string> | ChitieuError,
  shape: Shape,
  host: Host,
  label?: (code: string) => unknown,
): ExcelMatrix {
  if (isChitieuError(result)) return single(result, host);
  const out: unknown[][] = new Array(shape.rows);
  const { values, errors } = result;
  let i = 0;
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++, i++) {
      const error = errors.size === 0 ? undefined : errors.get(i);
      if (error !== undefined) row[c] = excelError(error, host);
      else {
        const value = values[i];
        row[c] =
          label !== undefined && typeof value === 'string' ? excelValue(label(value), host) : excelValue(value, host);
      }
    }
    out[r] = row;
  }
  return out;
}
