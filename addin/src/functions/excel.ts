import type { Language } from '@chitieu/core';
/**
 * What Excel hands a custom function and what it takes back, independent of office.js so
 * that the adapter layer runs in plain Node (vitest) as well as in the add-in's runtime.
 */
import type { ExcelErrorCode } from '@chitieu/core';

/** One cell as Excel passes it: a number, text, a logical, blank (null or ''), or an error value. */
export type ExcelCell = number | string | boolean | null | undefined | ExcelErrorValue;

/**
 * An error value as the custom functions runtime represents it (`CustomFunctions.Error`):
 * an object with an Excel code and, for #VALUE! and #N/A, an optional message.
 */
export interface ExcelErrorValue {
  readonly code: string;
  readonly message?: string;
}

/**
 * An argument: a matrix (every parameter is declared `any[][]`, so a single cell arrives as
 * `[[value]]`), a bare value (callers other than Excel), or null when an optional argument is
 * left out.
 */
export type ExcelArg = ExcelCell | ExcelCell[][];

/** What a custom function returns: a matrix that spills (a 1×1 matrix fills one cell). */
export type ExcelMatrix = unknown[][];

/**
 * Makes the host's error value. In Excel it is `new CustomFunctions.Error(code, message)`;
 * tests inject a plain object maker, so no office.js is needed to test the adapters. Excel
 * accepts a message only on #VALUE! and #N/A, so `message` is undefined for the others.
 */
export type ErrorFactory = (code: ExcelErrorCode, message: string | undefined) => unknown;

/** The two languages of the product (the core's); messages follow Office's display language. */
export type Lang = Language;

/** What every adapter needs from its host: how to make an error, and the user's language. */
export interface Host {
  readonly makeError: ErrorFactory;
  readonly lang: () => Lang;
}

/** True for an error value coming from Excel (an object carrying an Excel code such as `#REF!`). */
export function isExcelError(value: unknown): value is ExcelErrorValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (value as { code: string }).code.startsWith('#')
  );
}
