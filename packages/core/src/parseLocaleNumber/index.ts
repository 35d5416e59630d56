import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, rowCount, setRow } from '../_lib/arrayForm.js';
import { readNumber, unreadableNumber } from '../_lib/readNumber.js';
import { badLang, langOf, type Lang } from '../_lib/lang.js';

export type { Lang };

/**
 * The number formats chitieu reads and writes: `vi` (Vietnamese: `1.234.567,89`) or `en`
 * (English: `1,234,567.89`); `vi-VN` and `en-US` are accepted as the same. The same as
 * {@link Lang}, under the name the add-in already imports.
 */
export type NumberLocale = Lang;

/** What {@link parseLocaleNumber} accepts: text as officers type it, or a number already read. */
export type LocaleNumberInput = string | NumberInput;

/**
 * Reads a number written as people write it (đọc số theo cách viết của người dùng), in the
 * Vietnamese format (decimal comma, dot for thousands: `8,56`, `20.000`, `1.234.567,89`) or the
 * English one (decimal dot, comma for thousands: `1,234,567.89`). This is how text pasted from
 * reports into Excel becomes numbers, with a reason for each cell that cannot be read.
 *
 * Rules:
 * - thousands separators (the locale's one, or a single space, no-break space U+00A0, narrow
 *   no-break space U+202F or thin space U+2009) split the integer part into groups of exactly
 *   3 digits after a first group of 1 to 3 digits that does not start with 0. So `8.56` is not
 *   a Vietnamese number (write `8,56`), and `0.500` is refused rather than read as 500;
 * - one decimal separator at most, followed by digits only; `,5` (vi) and `.5` (en) are 0.5;
 *   `5,` is refused;
 * - a sign (`+`, `-`, the minus sign U+2212, or an en dash U+2013) only at the start; spaces may
 *   separate the sign, the number and a final `%`;
 * - `%` at the end divides by 100 exactly: the decimal exponent is shifted in the text
 *   (`8,56%` is read as "8.56e-2", 0.0856 exactly as the literal `0.0856`), never `x / 100`;
 * - no exponent notation, hexadecimal, `Infinity` or `NaN`; leading zeros are fine (`007` is 7);
 * - the digits are put into one canonical decimal string read once by `Number()`, so the result
 *   is the double nearest the written decimal, never accumulated with float arithmetic.
 *
 * A number is returned as it is (after the finite check), so a column that mixes numbers and
 * text can be read in one pass.
 *
 * Errors: `#VALUE!` `unreadable-text` saying why the text is not a number in that locale;
 * `#N/A` for blank text, `null` or `undefined`; `#VALUE!` for NaN, a boolean or an object;
 * `#NUM!` for ±Infinity or text too large to represent; `#VALUE!` `invalid-option` for a locale
 * other than `vi`, `en`, `vi-VN`, `en-US`. An error value passes through unchanged.
 *
 * Method: [docs/method.md#numbers](../../../../docs/method.md#numbers).
 *
 * @param text the text of a cell (or a number already read)
 * @param locale `vi` or `en` (also `vi-VN`, `en-US`)
 *
 * @example
 * parseLocaleNumber('1.234.567,89', 'vi')
 * //=> 1234567.89
 * @example
 * parseLocaleNumber('8,56%', 'vi')
 * //=> 0.0856
 * @example
 * parseLocaleNumber('1,234,567.89', 'en')
 * //=> 1234567.89
 * @example
 * parseLocaleNumber('- 20 000', 'vi')
 * //=> -20000
 * @example
 * parseLocaleNumber('8.56', 'vi').reason
 * //=> 'unreadable-text'
 * @example
 * parseLocaleNumber('20.000 tỷ đồng', 'vi').message.en
 * //=> "cannot read '20.000 tỷ đồng' as a number in Vietnamese format: unexpected text 'tỷ đồng' after the number"
 */
export function parseLocaleNumber(text: LocaleNumberInput, locale: NumberLocale): number | ChitieuError {
  const lang = langOf(locale);
  if (lang === null) return badLang('parseLocaleNumber', locale);
  if (typeof text === 'string') {
    if (text.trim() === '') {
      return chitieuError('no-data', 'parseLocaleNumber', {
        en: 'the text is blank (no data)',
        vi: 'ô để trống (chưa có số liệu)',
      });
    }
    const read = readNumber(text, lang);
    if (typeof read !== 'number') return unreadableNumber('parseLocaleNumber', text, lang, read);
    return finite(read, 'parseLocaleNumber');
  }
  if (isChitieuError(text)) return text;
  const x = toNumber(text, 'parseLocaleNumber', 'text');
  if (typeof x !== 'number') return x;
  return x === 0 ? 0 : x;
}

/**
 * Array form of {@link parseLocaleNumber}: reads a column of cells (text, numbers, blanks) in
 * one locale, one number per row; the rows that cannot be read are in `errors`, each with its
 * reason. A single text applies to every row.
 *
 * @example
 * rowsOf(parseLocaleNumber.array(['3,23', '6,68%', 7.01], 'vi'))
 * //=> [3.23, 0.0668, 7.01]
 * @example
 * parseLocaleNumber.array(['9,52', '7.37', ''], 'vi').errors.get(1).reason
 * //=> 'unreadable-text'
 */
parseLocaleNumber.array = function parseLocaleNumberArray(
  texts: ColumnOrValue<LocaleNumberInput>,
  locale: NumberLocale,
): NumberColumnResult | ChitieuError {
  if (langOf(locale) === null) return badLang('parseLocaleNumber', locale);
  const rows = rowCount('parseLocaleNumber', [texts], ['texts']);
  if (typeof rows !== 'number') return rows;
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    const text = cell(texts, i);
    // Fast path: a number already read. Text goes through the scalar reader (it allocates
    // strings anyway), so each row's error message is exactly the scalar one.
    if (typeof text === 'number' && text - text === 0) values[i] = text + 0;
    else setRow(result, i, parseLocaleNumber(text, locale));
  }
  return result;
};
