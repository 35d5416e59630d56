import {
  chitieuError,
  parseLocaleNumber,
  type ChitieuError,
  type ErrorReason,
  type ExcelErrorCode,
} from '@chitieu/core';
import { isExcelError, type ExcelCell } from './excel.js';

/** The Excel codes the core knows, with the reason the core uses for each. */
const REASON_OF_CODE: Readonly<Record<string, ErrorReason>> = {
  '#N/A': 'no-data',
  '#VALUE!': 'not-a-number',
  '#DIV/0!': 'division-by-zero',
  '#NUM!': 'out-of-domain',
};

/**
 * An error value coming from a cell, as the core's error value, so that the core passes it
 * through unchanged (its rule for error inputs) and the sheet shows the first error of a chain.
 * Codes the core does not produce (#REF!, #NAME?, #NULL!, ...) are caught before the core by
 * {@link foreignError} and returned to Excel as they came.
 */
export function errorFromExcel(value: { code: string; message?: string }): ChitieuError {
  const text = value.message ?? value.code;
  const reason = REASON_OF_CODE[value.code];
  if (reason !== undefined) {
    return Object.freeze({
      code: value.code as ExcelErrorCode,
      reason,
      message: Object.freeze({ vi: text, en: text }),
    });
  }
  // A foreign code: carried in the core's shape with the code kept, so the adapter returns it as is.
  return Object.freeze({
    code: value.code as ExcelErrorCode,
    reason: 'not-a-number' as const,
    message: Object.freeze({ vi: text, en: text }),
  });
}

/**
 * The error value of a cell when its code is one the core does not know (#REF!, #NAME?,
 * #NULL!, #SPILL!, ...): the adapters return it unchanged for the cells it feeds, as Excel's own
 * functions do. Undefined for anything else.
 */
export function foreignError(value: unknown): { code: string; message?: string } | undefined {
  return isExcelError(value) && REASON_OF_CODE[value.code] === undefined ? value : undefined;
}

/**
 * The one coercion rule of the add-in, applied to every numeric argument of every function
 * before the core sees it:
 * - a number is itself; blank (null, undefined, empty or white-space text) is null, which the
 *   core answers with #N/A "no data", never 0;
 * - text is read as a Vietnamese-formatted number with the core's `parseLocaleNumber`
 *   (`8,56%`, `1.234.567,89`: reports pasted into Excel arrive as text); text that is not a
 *   number becomes the core's #VALUE! saying why;
 * - a logical stays a logical, so the core answers #VALUE! as for any non-number;
 * - an error value becomes the core's error value and passes through.
 *
 * @example
 * numberFromExcel('8,56%')
 * //=> 0.0856
 */
export function numberFromExcel(value: ExcelCell): unknown {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : parseLocaleNumber(value, 'vi');
  if (isExcelError(value)) return errorFromExcel(value);
  return value;
}

/**
 * Coercion for arguments the core reads as text itself (a target such as `95% trở lên`, the
 * text of PARSEVN): text is kept as it is (the core knows blank text), a missing cell is null,
 * an error value passes through.
 */
export function textFromExcel(value: ExcelCell): unknown {
  if (value === undefined) return null;
  if (isExcelError(value)) return errorFromExcel(value);
  return value;
}

/**
 * An option given in a cell (direction, language, locale): trimmed lower-case text, or
 * undefined when left out so that the core's default applies. Anything else is kept for the
 * core to refuse with its #VALUE! message.
 */
export function optionFromExcel(value: ExcelCell): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim().toLowerCase();
  if (isExcelError(value)) return errorFromExcel(value);
  return value;
}

/** A whole-call #VALUE! error of an add-in function, in the core's shape. */
export function invalidArgument(where: string, en: string, vi: string): ChitieuError {
  return chitieuError('invalid-option', where, { en, vi });
}
