/**
 * The one error shape of chitieu.
 *
 * Every function of the core answers bad data with a value of this shape instead of throwing,
 * returning NaN or a silent 0. The `code` is the Excel error the add-in shows; `reason` is a
 * stable machine-readable key (tests, the CLI and the add-in switch on it); `message` says, in
 * Vietnamese and English, which function refused what and why.
 */

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

/** A message in both languages of the product. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

/** The typed error value returned (never thrown) by every chitieu function. */
export interface ChitieuError {
  readonly code: ExcelErrorCode;
  readonly reason: ErrorReason;
  readonly message: Message;
}

/**
 * Makes an error value. `where` is the function name, put in front of both messages so that a
 * reader of a sheet knows which formula refused the input.
 *
 * @example
 * chitieuError('out-of-domain', 'cagr', { en: 'start must be > 0', vi: 'giá trị đầu kỳ phải > 0' }).code
 * //=> '#NUM!'
 */
export function chitieuError(reason: ErrorReason, where: string, message: Message): ChitieuError {
  return Object.freeze({
    code: CODE_OF_REASON[reason],
    reason,
    message: Object.freeze({ vi: `${where}: ${message.vi}`, en: `${where}: ${message.en}` }),
  });
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

/**
 * Turns an error value into one readable line in the user's language, e.g. for a CLI message
 * or a cell comment: the Excel code, then what went wrong.
 *
 * @example
 * describeError(cagr(-5, 10, 2), 'en')
 * //=> '#NUM!: cagr: the start value must be greater than 0 (got -5)'
 */
export function describeError(error: ChitieuError, lang: 'vi' | 'en' = 'vi'): string {
  return `${error.code}: ${error.message[lang]}`;
}
