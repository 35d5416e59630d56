import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { roundHalfAwayFromZero } from '../roundHalfAwayFromZero/index.js';
import type { CodeColumnResult, ColumnOrValue } from '../column/index.js';
import { cell, codeColumn, numbersOf, rowCount } from '../_lib/arrayForm.js';
import { badLang, langOf, type Lang, type Language } from '../_lib/lang.js';
import { shown } from '../_lib/shown.js';

/** How {@link formatNumber} writes a number; every field is optional. */
export interface FormatNumberOptions {
  /**
   * Decimals to show, a whole number from 0 to 20: the value is rounded like Excel's `ROUND`
   * (half away from zero) and shown with exactly that many decimals. Without it, the shortest
   * digits that read back as the same number are shown.
   */
  decimals?: number;
  /** Show the value as a percent: ×100 (exactly, by moving the decimal point) and `%`. */
  percent?: boolean;
  /** Separate thousands (default true): `1.234.567` (vi), `1,234,567` (en). */
  grouping?: boolean;
}

interface Rules {
  readonly decimals: number | undefined;
  readonly percent: boolean;
  readonly grouping: boolean;
}

const OPTION_KEYS = ['decimals', 'percent', 'grouping'];

/**
 * Writes a number as people read it (định dạng số) in the Vietnamese format (`1.234.567,89`,
 * `8,56%`) or the English one (`1,234,567.89`, `8.56%`), for reports and report tables.
 *
 * Rules:
 * - with `decimals`, the value is rounded like Excel's `ROUND` ({@link roundHalfAwayFromZero},
 *   so 2.675 → `2.68`, where `(2.675).toFixed(2)` gives `2.67`) and shown with exactly that
 *   many decimals;
 * - without `decimals`, the digits are the shortest that read back as the same number (those of
 *   `String(x)`), always in plain positional notation, never with an exponent: 1e21 is
 *   `1.000.000.000.000.000.000.000` (vi), 1e-7 is `0,0000001`;
 * - `percent: true` shows the value ×100 followed by `%` (0.0856 → `8,56%`), by moving the
 *   decimal point in the digit text, never by multiplying (0.0856 × 100 is 8.559999999999999);
 * - negative numbers start with `-` (ASCII hyphen-minus); a value that rounds to 0 has no sign.
 *
 * Round trip: `parseLocaleNumber(formatNumber(x, locale), locale)` is exactly `x` for every
 * finite number (and likewise with `percent: true`), so a table written with it reads back
 * without loss.
 *
 * Errors: `#N/A` for a blank value, `#VALUE!` for NaN, text or a boolean, `#NUM!` for ±Infinity
 * (as {@link toNumber} answers); `#VALUE!` `invalid-option` for a locale other than `vi`, `en`,
 * `vi-VN`, `en-US`, or bad options (`decimals` not a whole number from 0 to 20, `percent` or
 * `grouping` not true/false, an unknown option). An error value passes through unchanged.
 *
 * Method: [docs/method.md#numbers](../../../../docs/method.md#numbers).
 *
 * @param value the number to write
 * @param locale `vi` or `en` (also `vi-VN`, `en-US`)
 * @param options `decimals`, `percent`, `grouping`
 *
 * @example
 * formatNumber(1234567.89, 'vi')
 * //=> '1.234.567,89'
 * @example
 * formatNumber(1234567.89, 'en')
 * //=> '1,234,567.89'
 * @example
 * formatNumber(2.675, 'en', { decimals: 2 })
 * //=> '2.68'
 * @example
 * formatNumber(0.0856, 'vi', { percent: true })
 * //=> '8,56%'
 * @example
 * formatNumber(1e-7, 'vi')
 * //=> '0,0000001'
 * @example
 * formatNumber(-20000, 'vi', { grouping: false, decimals: 1 })
 * //=> '-20000,0'
 */
export function formatNumber(value: NumberInput, locale: Lang, options?: FormatNumberOptions): string | ChitieuError {
  const lang = langOf(locale);
  if (lang === null) return badLang('formatNumber', locale);
  const rules = readOptions(options);
  if (!isRules(rules)) return rules;
  const x = toNumber(value, 'formatNumber', 'value');
  if (typeof x !== 'number') return x;
  return render(x, lang, rules);
}

function isRules(value: Rules | ChitieuError): value is Rules {
  return !('code' in value);
}

function readOptions(options: unknown): Rules | ChitieuError {
  const bad = (en: string, vi: string) => chitieuError('invalid-option', 'formatNumber', { en, vi });
  if (options === undefined || options === null) return { decimals: undefined, percent: false, grouping: true };
  if (typeof options !== 'object' || Array.isArray(options)) {
    return bad(
      `options must be an object { decimals, percent, grouping } (got ${shown(options)})`,
      `tùy chọn phải là một đối tượng { decimals, percent, grouping } (nhận được ${shown(options)})`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) {
      return bad(
        `unknown option "${key}"; the options are decimals, percent, grouping`,
        `không có tùy chọn "${key}"; các tùy chọn là decimals, percent, grouping`,
      );
    }
  }
  const { decimals, percent, grouping } = options as FormatNumberOptions;
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 20)) {
    return bad(
      `decimals must be a whole number from 0 to 20 (got ${shown(decimals)})`,
      `số chữ số thập phân phải là số nguyên từ 0 đến 20 (nhận được ${shown(decimals)})`,
    );
  }
  if (percent !== undefined && typeof percent !== 'boolean') {
    return bad(
      `percent must be true or false (got ${shown(percent)})`,
      `percent phải là true hoặc false (nhận được ${shown(percent)})`,
    );
  }
  if (grouping !== undefined && typeof grouping !== 'boolean') {
    return bad(
      `grouping must be true or false (got ${shown(grouping)})`,
      `grouping phải là true hoặc false (nhận được ${shown(grouping)})`,
    );
  }
  return { decimals, percent: percent === true, grouping: grouping !== false };
}

/** Writes a finite number under checked rules. */
function render(x: number, lang: Language, rules: Rules): string {
  const shift = rules.percent ? 2 : 0;
  let y = x;
  if (rules.decimals !== undefined) {
    // Round the shown value: for a percent, the value ×100 to `decimals`, i.e. x to decimals + 2.
    const rounded = roundHalfAwayFromZero(x, rules.decimals + shift);
    // Rounding to 15 significant digits can overflow next to the largest double; such a
    // number has no decimals to round, so its own digits are shown.
    if (typeof rounded === 'number' && rounded - rounded === 0) y = rounded;
  }
  const [whole, fraction] = positional(Math.abs(y), shift);
  const decimals = rules.decimals === undefined ? fraction : fraction.padEnd(rules.decimals, '0');
  const dec = lang === 'vi' ? ',' : '.';
  const grp = lang === 'vi' ? '.' : ',';
  const sign = y < 0 ? '-' : '';
  return `${sign}${rules.grouping ? group(whole, grp) : whole}${decimals === '' ? '' : dec + decimals}${rules.percent ? '%' : ''}`;
}

/**
 * The shortest round-trip digits of a finite `abs ≥ 0` (those of `String(abs)`), with the
 * decimal point moved right by `shift` places, as [integer digits, fraction digits] in plain
 * positional notation.
 */
function positional(abs: number, shift: number): [string, string] {
  if (abs === 0) return ['0', ''];
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(abs));
  if (match === null) return ['0', '']; // unreachable for a finite number
  let digits = match[1] + (match[2] ?? '');
  let point = match[1].length + Number(match[3] ?? 0) + shift;
  const zeros = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(zeros).replace(/0+$/, '');
  point -= zeros;
  const whole = point <= 0 ? '0' : digits.length >= point ? digits.slice(0, point) : digits.padEnd(point, '0');
  const fraction = point >= digits.length ? '' : point <= 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  return [whole, fraction];
}

/** Puts the thousands separator between groups of 3 digits. */
function group(whole: string, separator: string): string {
  let out = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let k = out.length; k < whole.length; k += 3) out += separator + whole.slice(k, k + 3);
  return out;
}

/**
 * Array form of {@link formatNumber}: one text per row, `null` where the row is an error (kept
 * in `errors`). The locale and options apply to every row; a bad locale or option is one
 * error for the whole call.
 *
 * @example
 * formatNumber.array([0.0323, 0.0668, null], 'vi', { percent: true, decimals: 2 }).values
 * //=> ['3,23%', '6,68%', null]
 */
formatNumber.array = function formatNumberArray(
  values: ColumnOrValue<NumberInput>,
  locale: Lang,
  options?: FormatNumberOptions,
): CodeColumnResult<string> | ChitieuError {
  const lang = langOf(locale);
  if (lang === null) return badLang('formatNumber', locale);
  const rules = readOptions(options);
  if (!isRules(rules)) return rules;
  const rows = rowCount('formatNumber', [values], ['values']);
  if (typeof rows !== 'number') return rows;
  const x = numbersOf(values, rows);
  const result = codeColumn<string>(rows);
  for (let i = 0; i < rows; i++) {
    if (x[i] - x[i] === 0) {
      result.values[i] = render(x[i], lang, rules);
    } else {
      const answer = formatNumber(cell(values, i), locale, options);
      if (typeof answer === 'string') result.values[i] = answer;
      else result.errors.set(i, answer);
    }
  }
  return result;
};
