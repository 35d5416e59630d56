/**
 * The one error shape of chitieu.
 *
 * Every function of the core answers bad data with a value of this shape instead of throwing,
 * returning NaN or a silent 0. The `code` is the Excel error the add-in shows; `reason` is a
 * stable machine-readable key (tests, the CLI and the add-in switch on it); `message` says, in
 * Vietnamese and English, what was refused and why, in the user's words; `function` names the
 * core function that refused it, for programs and bug reports (never in the message: an officer
 * reading a cell or a CLI line has no use for `parseLocaleNumber`).
 */
import { shown } from '../_lib/shown.js';

/** The Excel error values the core can produce. */
export type ExcelErrorCode = '#DIV/0!' | '#NUM!' | '#VALUE!' | '#N/A';

/**
 * Stable reasons. One reason maps to one Excel code everywhere, so callers can rely on it.
 * - `no-data`: a blank input where a value is needed (Excel: #N/A).
 * - `not-a-number`: NaN, a boolean, an object or text where a number is needed (#VALUE!).
 * - `not-finite`: ±Infinity or a result too large to represent (#NUM!).
 * - `division-by-zero`: a zero denominator (#DIV/0!).
 * - `out-of-domain`: a number outside what the formula allows, e.g. a base ≤ 0 (#NUM!).
 * - `never-reached`: a target that the given growth never reaches (#NUM!).
 * - `length-mismatch`: columns of different lengths in an array form (#VALUE!).
 * - `invalid-option`: an option or argument of the wrong kind (#VALUE!).
 * - `unreadable-text`: text that is not a number or target in the given locale (#VALUE!).
 */
export type ErrorReason =
  | 'no-data'
  | 'not-a-number'
  | 'not-finite'
  | 'division-by-zero'
  | 'out-of-domain'
  | 'never-reached'
  | 'length-mismatch'
  | 'invalid-option'
  | 'unreadable-text';

const CODE_OF_REASON: Readonly<Record<ErrorReason, ExcelErrorCode>> = {
  'no-data': '#N/A',
  'not-a-number': '#VALUE!',
  'not-finite': '#NUM!',
  'division-by-zero': '#DIV/0!',
  'out-of-domain': '#NUM!',
  'never-reached': '#NUM!',
  'length-mismatch': '#VALUE!',
  'invalid-option': '#VALUE!',
  'unreadable-text': '#VALUE!',
};

/**
 * The languages of the product (`Lang`, as callers may name them, also `vi-VN` and `en-US`) and
 * the two they resolve to (`Language`): one definition for the core, the CLI and the add-in.
 */
export type { Lang, Language } from '../_lib/language.js';

/** A message in both languages of the product. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

/**
 * The typed error value returned (never thrown) by every chitieu function. Besides the message
 * for people, two optional fields say where the problem is, for programs that point at a cell
 * (the add-in, the CLI, the task pane), as zod's issues carry their `path`:
 * - `argument`: the name of the argument that was refused (`'target'`, `'rates[2]'`), set by
 *   the coercion rule ({@link toNumber}) when it refuses a value;
 * - `row`: the 0-based row of the columns given to an array form, set on every error an array
 *   form reports for a row (also on an error value that came in through that row).
 */
export interface ChitieuError {
  readonly code: ExcelErrorCode;
  readonly reason: ErrorReason;
  readonly message: Message;
  /** The core function that refused the input (`cagr`, `parseLocaleNumber`). */
  readonly function?: string;
  readonly argument?: string;
  readonly row?: number;
}

/** Where an error is, when known: see {@link ChitieuError}. */
export interface ErrorPlace {
  readonly argument?: string;
  readonly row?: number;
}

/**
 * Makes an error value. `where` is the function name, kept in the error's `function` field and
 * out of its messages (the user's cell or command line already says which formula or file it
 * is); `place` fills `argument` and `row`.
 * Given a reason it does not know or a message that is not `{ vi, en }` text, it answers with an
 * `invalid-option` error saying so: even the error maker never throws.
 *
 * Method: [docs/method.md#errors](../../../../docs/method.md#errors).
 *
 * @example
 * chitieuError('out-of-domain', 'cagr', { en: 'start must be > 0', vi: 'giá trị đầu kỳ phải > 0' }).code
 * //=> '#NUM!'
 * @example
 * chitieuError('no-data', 'attainment', { en: 'target is blank', vi: 'target để trống' }, { argument: 'target' }).argument
 * //=> 'target'
 * @example
 * chitieuError('out-of-domain', 'cagr', { en: 'start must be > 0', vi: 'giá trị đầu kỳ phải > 0' }).message.en
 * //=> 'start must be > 0'
 */
export function chitieuError(reason: ErrorReason, where: string, message: Message, place?: ErrorPlace): ChitieuError {
  const name = typeof where === 'string' ? where : shown(where);
  if (!(typeof reason === 'string' && Object.prototype.hasOwnProperty.call(CODE_OF_REASON, reason))) {
    return chitieuError('invalid-option', 'chitieuError', {
      en: `unknown reason ${shown(reason)} (for ${name})`,
      vi: `lý do lỗi không hợp lệ ${shown(reason)} (cho ${name})`,
    });
  }
  if (
    typeof message !== 'object' ||
    message === null ||
    typeof message.vi !== 'string' ||
    typeof message.en !== 'string'
  ) {
    return chitieuError('invalid-option', 'chitieuError', {
      en: `the message must be { vi, en } text (got ${shown(message)}, for ${name})`,
      vi: `thông báo phải là văn bản { vi, en } (nhận được ${shown(message)}, cho ${name})`,
    });
  }
  const error: { -readonly [K in keyof ChitieuError]: ChitieuError[K] } = {
    code: CODE_OF_REASON[reason],
    reason,
    message: Object.freeze({ vi: message.vi, en: message.en }),
    function: name,
  };
  if (typeof place === 'object' && place !== null) {
    if (typeof place.argument === 'string') error.argument = place.argument;
    if (isRow(place.row)) error.row = place.row;
  }
  return Object.freeze(error);
}

function isRow(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * True for a chitieu error value (and only for one): an object with a known Excel code, a
 * reason and a two-language message.
 *
 * @example
 * isChitieuError(attainment(1, 0))
 * //=> true
 */
export function isChitieuError(value: unknown): value is ChitieuError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ChitieuError>;
  return (
    typeof candidate.code === 'string' &&
    candidate.code in EXCEL_CODES &&
    typeof candidate.reason === 'string' &&
    typeof candidate.message === 'object' &&
    candidate.message !== null &&
    typeof candidate.message.vi === 'string' &&
    typeof candidate.message.en === 'string'
  );
}

const EXCEL_CODES: Readonly<Record<ExcelErrorCode, true>> = {
  '#DIV/0!': true,
  '#NUM!': true,
  '#VALUE!': true,
  '#N/A': true,
};
