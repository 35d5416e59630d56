import { isChitieuError, type ChitieuError } from '../errors/index.js';
import type { CodeColumnResult, ColumnOrValue } from '../column/index.js';
import { cell, codeColumn, rowCount } from '../_lib/arrayForm.js';
import { formatNumber, type FormatNumberOptions } from '../formatNumber/index.js';
import type { ParsedTarget } from '../parseTarget/index.js';
import { badLang, langOf, type Lang } from '../_lib/lang.js';
import { isParsedTarget, notATarget } from '../_lib/target.js';

/**
 * Writes a parsed target as a report prints it (mô tả chỉ tiêu), in Vietnamese (default) or
 * English, with the numbers in that language's format ({@link formatNumber} with `options`,
 * e.g. `{ percent: true }` for a rate):
 *
 * | kind | vi | en |
 * |---|---|---|
 * | point | `14` | `14` |
 * | about | `khoảng 4%` | `about 4%` |
 * | range | `từ 6,5% đến 7%` | `from 6.5% to 7%` |
 * | floor, inclusive / strict | `95% trở lên` / `trên 8%` | `at least 95%` / `more than 8%` |
 * | ceiling, strict / inclusive | `dưới 4%` / `không quá 4%` | `less than 4%` / `at most 4%` |
 *
 * The text reads back: `parseTarget(describeTarget(t, lang, options), lang)` equals `t`.
 *
 * Errors: `#VALUE!` for something that is not a parsed target, a language other than `vi`,
 * `en`, `vi-VN`, `en-US`, or bad number options (as formatNumber gives them); an error value
 * passes through unchanged.
 *
 * Method: [docs/method.md#targets-as-written](../../../../docs/method.md#targets-as-written).
 *
 * @param target a parsed target (from {@link parseTarget})
 * @param lang `vi` (default) or `en`: the words and the number format
 * @param options how to write the numbers: `decimals`, `percent`, `grouping`
 *
 * @example
 * describeTarget(parseTarget('≥ 95%'), 'vi', { percent: true })
 * //=> '95% trở lên'
 * @example
 * describeTarget(parseTarget('dưới 4%'), 'en', { percent: true })
 * //=> 'less than 4%'
 * @example
 * describeTarget(parseTarget('6,5 - 7%'), 'vi', { percent: true })
 * //=> 'từ 6,5% đến 7%'
 * @example
 * describeTarget(parseTarget('1.000 trở lên'), 'en')
 * //=> 'at least 1,000'
 */
export function describeTarget(
  target: ParsedTarget | ChitieuError,
  lang: Lang = 'vi',
  options?: FormatNumberOptions,
): string | ChitieuError {
  const l = langOf(lang);
  if (l === null) return badLang('describeTarget', lang, 'lang');
  if (isChitieuError(target)) return target;
  if (!isParsedTarget(target)) return notATarget(target, 'describeTarget');
  const low = target.low === null ? '' : formatNumber(target.low, l, options);
  if (typeof low !== 'string') return low;
  const high = target.high === null ? '' : formatNumber(target.high, l, options);
  if (typeof high !== 'string') return high;
  const vi = l === 'vi';
  switch (target.kind) {
    case 'point':
      return low;
    case 'about':
      return vi ? `khoảng ${low}` : `about ${low}`;
    case 'range':
      return vi ? `từ ${low} đến ${high}` : `from ${low} to ${high}`;
    case 'floor':
      if (target.inclusive) return vi ? `${low} trở lên` : `at least ${low}`;
      return vi ? `trên ${low}` : `more than ${low}`;
    case 'ceiling':
      if (target.inclusive) return vi ? `không quá ${high}` : `at most ${high}`;
      return vi ? `dưới ${high}` : `less than ${high}`;
  }
}

/**
 * Array form of {@link describeTarget}: one text per row, `null` where the row is an error.
 *
 * @example
 * describeTarget.array([parseTarget('trên 8%'), parseTarget('không quá 4%')], 'en', { percent: true }).values
 * //=> ['more than 8%', 'at most 4%']
 */
describeTarget.array = function describeTargetArray(
  targets: ColumnOrValue<ParsedTarget | ChitieuError>,
  lang: Lang = 'vi',
  options?: FormatNumberOptions,
): CodeColumnResult<string> | ChitieuError {
  if (langOf(lang) === null) return badLang('describeTarget', lang, 'lang');
  const rows = rowCount('describeTarget', [targets], ['targets']);
  if (typeof rows !== 'number') return rows;
  const result = codeColumn<string>(rows);
  for (let i = 0; i < rows; i++) {
    const answer = describeTarget(cell(targets, i), lang, options);
    if (typeof answer === 'string') result.values[i] = answer;
    else result.errors.set(i, answer);
  }
  return result;
};
