import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { badLang, langOf, type Lang } from '../_lib/lang.js';
import { shown } from '../_lib/shown.js';

/**
 * Turns an error value into one readable line in the user's language, e.g. for a CLI message
 * or a cell comment: the Excel code, then what went wrong. The message already names the
 * argument; where the error has a `row` (it came from an array form), the line ends with it,
 * counted from 1 as people count rows (`row 3` is `row: 2`). Callers that know the sheet or
 * file row print `error.row` their own way instead.
 *
 * Errors: `#VALUE!` when `error` is not an error value or `lang` is not a language of the
 * product (`vi`, `en`, `vi-VN`, `en-US`).
 *
 * Method: [docs/method.md#errors](../../../../docs/method.md#errors).
 *
 * @param error an error value returned by a chitieu function
 * @param lang `vi` (default) or `en`
 *
 * @example
 * describeError(cagr(-5, 10, 2), 'en')
 * //=> '#NUM!: the start value must be greater than 0 (got -5)'
 * @example
 * describeError(rowsOf(attainment.array([90, 1], [100, 0]))[1], 'en')
 * //=> '#DIV/0!: the target is 0, so percent of target is undefined (row 2)'
 */
export function describeError(error: ChitieuError, lang?: Lang): string;
export function describeError(error: unknown, lang?: unknown): string | ChitieuError;
export function describeError(error: unknown, lang: unknown = 'vi'): string | ChitieuError {
  const language = langOf(lang);
  if (language === null) return badLang('describeError', lang, 'lang');
  if (!isChitieuError(error)) {
    return chitieuError(
      'invalid-option',
      'describeError',
      {
        en: `error must be an error value { code, reason, message } (got ${shown(error)})`,
        vi: `error phải là một giá trị lỗi { code, reason, message } (nhận được ${shown(error)})`,
      },
      { argument: 'error' },
    );
  }
  const row =
    typeof error.row === 'number' ? (language === 'vi' ? ` (dòng ${error.row + 1})` : ` (row ${error.row + 1})`) : '';
  return `${error.code}: ${error.message[language]}${row}`;
}
