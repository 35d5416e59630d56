import {
  chitieuError,
  parseLocaleNumber,
  type ChitieuError,
  type ErrorReason,
  type ExcelErrorCode,
} from '@chitieu/core';
import { isExcelError, type ExcelCell } from './excel.js';

/** Error values a cell can hold that the core also makes: they pass through with their code. */
const REASON_OF_CODE: Readonly<Record<string, ErrorReason>> = {
  '#N/A': 'no-data',
  '#VALUE!': 'not-a-number',
  '#DIV/0!': 'division-by-zero',
  '#NUM!': 'out-of-domain',
};

/**
 * What the message of an error from a cell says when the cell gave none: the custom functions
 * runtime hands error cells over with their code only (`new CustomFunctions.Error(code)`).
 */
function cellErrorMessage(code: string): { vi: string; en: string } {
  if (code === '#GETTING_DATA')
    return {
      en: `an input cell is still getting its data (${code})`,
      vi: `một ô đầu vào đang chờ lấy dữ liệu (${code})`,
    };
  return { en: `an input cell holds the error ${code}`, vi: `một ô đầu vào đang có lỗi ${code}` };
}

/**
 * An error value coming from a cell, as the core's error value, so that the core passes it
 * through (its rule for error inputs) and only the rows it feeds show an error.
 * - #N/A, #VALUE!, #DIV/0!, #NUM! keep their code (and the cell's message, if any);
 * - #GETTING_DATA (a cell still waiting for its data) becomes #N/A: no data yet;
 * - every other code (#REF!, #NAME?, #NULL!, #SPILL!, #CALC!, ...) becomes #VALUE! naming it:
 *   a custom function may not return those codes (Excel would show a bare #VALUE! instead).
 */
export function errorFromExcel(value: { code: string; message?: string }): ChitieuError {
  const { code, reason } = coreCodeOf(value.code);
  // The cell's own message is kept only when its code passes through unchanged.
  const kept = code === value.code && typeof value.message === 'string' && value.message !== '' ? value.message : null;
  return Object.freeze({
    code,
    reason,
    message: Object.freeze(kept === null ? cellErrorMessage(value.code) : { vi: kept, en: kept }),
  });
}

/** The code and reason the core carries for an error code of a cell. */
function coreCodeOf(code: string): { code: ExcelErrorCode; reason: ErrorReason } {
  const own = REASON_OF_CODE[code];
  if (own !== undefined) return { code: code as ExcelErrorCode, reason: own };
  if (code === '#GETTING_DATA') return { code: '#N/A', reason: 'no-data' };
  return { code: '#VALUE!', reason: 'not-a-number' };
}

/** Blank, or the yearbook's "no figure" symbol (Niên giám thống kê: "…"), as reports write it. */
function isNoFigure(text: string): boolean {
  const t = text.trim();
  return t === '' || t === '…' || t === '...';
}

/**
 * The one coercion rule of the add-in, applied to every numeric argument of every function
 * before the core sees it:
 * - a number is itself; blank (null, undefined, empty or white-space text) is null, which the
 *   core answers with #N/A "no data", never 0; so is the yearbook's "no figure" symbol "…" (or
 *   "..."), which every report writes in a figure cell without data, live or portable;
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
  if (typeof value === 'string') return isNoFigure(value) ? null : parseLocaleNumber(value, 'vi');
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
