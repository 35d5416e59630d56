import { chitieuError, isChitieuError, type ChitieuError, type Message } from '../errors/index.js';
import { toNumber } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue } from '../column/index.js';
import { cell, rowCount, rowErrors } from '../_lib/arrayForm.js';
import { readNumber } from '../_lib/readNumber.js';
import { badLang, langOf, type Lang, type Language } from '../_lib/lang.js';
import { clip } from '../_lib/shown.js';
import { isParsedTarget, notATarget, type ParsedTarget, type TargetKind } from '../_lib/target.js';

export type { ParsedTarget, TargetKind } from '../_lib/target.js';

/** What {@link parseTarget} accepts: target text, a number (a point target), or a parsed target. */
export type ParseTargetInput = string | number | ParsedTarget | ChitieuError | null | undefined;

/** What the array form of {@link parseTarget} returns: row i's target, or `null` where `errors` has row i. */
export interface ParsedTargetColumnResult {
  readonly values: Array<ParsedTarget | null>;
  readonly errors: Map<number, ChitieuError>;
}

type Qualifier =
  'about' | 'floor-inclusive' | 'floor-strict' | 'ceiling-strict' | 'ceiling-inclusive' | 'from' | 'between';

/** Words before the number, in both languages; matched longest first, after NFC + lower case. */
const PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = (
  [
    ['khoảng', 'about'],
    ['xấp xỉ', 'about'],
    ['approximately', 'about'],
    ['around', 'about'],
    ['about', 'about'],
    ['~', 'about'],
    ['≈', 'about'],
    ['không dưới', 'floor-inclusive'],
    ['không thấp hơn', 'floor-inclusive'],
    ['tối thiểu', 'floor-inclusive'],
    ['ít nhất', 'floor-inclusive'],
    ['at least', 'floor-inclusive'],
    ['no less than', 'floor-inclusive'],
    ['not less than', 'floor-inclusive'],
    ['≥', 'floor-inclusive'],
    ['>=', 'floor-inclusive'],
    ['⩾', 'floor-inclusive'],
    ['trên', 'floor-strict'],
    ['cao hơn', 'floor-strict'],
    ['more than', 'floor-strict'],
    ['greater than', 'floor-strict'],
    ['higher than', 'floor-strict'],
    ['over', 'floor-strict'],
    ['above', 'floor-strict'],
    ['>', 'floor-strict'],
    ['dưới', 'ceiling-strict'],
    ['thấp hơn', 'ceiling-strict'],
    ['less than', 'ceiling-strict'],
    ['fewer than', 'ceiling-strict'],
    ['lower than', 'ceiling-strict'],
    ['below', 'ceiling-strict'],
    ['under', 'ceiling-strict'],
    ['<', 'ceiling-strict'],
    ['không quá', 'ceiling-inclusive'],
    ['không vượt quá', 'ceiling-inclusive'],
    ['không cao hơn', 'ceiling-inclusive'],
    ['tối đa', 'ceiling-inclusive'],
    ['at most', 'ceiling-inclusive'],
    ['no more than', 'ceiling-inclusive'],
    ['not more than', 'ceiling-inclusive'],
    ['≤', 'ceiling-inclusive'],
    ['<=', 'ceiling-inclusive'],
    ['⩽', 'ceiling-inclusive'],
    ['từ', 'from'],
    ['from', 'from'],
    ['between', 'between'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Words after the number. */
const SUFFIXES: ReadonlyArray<readonly [string, 'floor-inclusive' | 'ceiling-inclusive']> = [
  ['trở lên', 'floor-inclusive'],
  ['or more', 'floor-inclusive'],
  ['or above', 'floor-inclusive'],
  ['or higher', 'floor-inclusive'],
  ['trở xuống', 'ceiling-inclusive'],
  ['or less', 'ceiling-inclusive'],
  ['or below', 'ceiling-inclusive'],
  ['or lower', 'ceiling-inclusive'],
  ['or fewer', 'ceiling-inclusive'],
];

/** Leading verbs of resolutions ("phấn đấu đạt 95% trở lên"), dropped. */
const VERBS = ['phấn đấu đạt', 'phấn đấu', 'đạt', 'reach'];

// A number as parseLocaleNumber reads it (checked there): sign, digits with separators and
// single spaces between digits, optional %. A unit (bác sĩ, tỷ đồng, /năm) may follow a number.
const NUM = String.raw`[+\-\u2212\u2013]?\s?(?:\d|[.,]\d)(?:[\d.,]|\s(?=\d))*(?:\s?%)?`;
const UNIT = String.raw`(?:\s?\/\s?|\s)\p{L}+(?:(?:\s?\/\s?|\s)\p{L}+)*?`;
const SEP = String.raw`-|\u2013|\u2014|\u2212|đến|tới|to|and`;
// Units are lazy, so that in "-1 đến -0,5" or "-3 bác sĩ đến -2" the word đến is the range,
// not part of a unit.
const CORE = new RegExp(String.raw`^(${NUM})(${UNIT})??(?:\s?(${SEP})\s?(${NUM})(${UNIT})?)?$`, 'u');

/** A unit is short ("bác sĩ/vạn dân", "triệu đồng/người/năm"); a longer text is not a target. */
const MAX_UNIT_WORDS = 6;

/** Words that cannot be part of a unit: a unit holding them is a form we do not know. */
const NOT_UNITS = new Set(
  [
    ...PREFIXES.map(([word]) => word),
    ...SUFFIXES.map(([word]) => word),
    ...VERBS,
    'đến tới to and phần trăm percent cent',
  ]
    .flatMap((words) => words.split(' '))
    .filter((word) => /^\p{L}+$/u.test(word)),
);

/**
 * Reads a target as resolutions and plans write it (đọc chỉ tiêu theo cách viết trong nghị
 * quyết, kế hoạch), in Vietnamese or English, and keeps its kind:
 *
 * | written | kind |
 * |---|---|
 * | `14`, `100%` | point |
 * | `khoảng 4%`, `xấp xỉ 4%`, `~4%`, `about 4%`, `around 4%` | about |
 * | `6,5 - 7%`, `6,5–7%`, `từ 6,5 đến 7%`, `6,5% - 7%`, `from 6.5 to 7%`, `6.5 to 7%` | range |
 * | `95% trở lên`, `từ 95% trở lên`, `không dưới 95%`, `≥ 95%`, `>= 95%`, `at least 95%`, `95% or more` | floor, inclusive |
 * | `trên 8%`, `> 92%`, `more than 8%`, `over 8%`, `above 8%` | floor, strict |
 * | `dưới 4%`, `< 4%`, `below 4%`, `less than 4%`, `under 4%` | ceiling, strict |
 * | `không quá 4%`, `tối đa 4%`, `≤ 4%`, `<= 4%`, `at most 4%`, `no more than 4%`, `4% trở xuống`, `4% or less` | ceiling, inclusive |
 *
 * Rules:
 * - the text is normalized to NFC (so Vietnamese typed in NFD reads the same), lower-cased, and
 *   runs of spaces count as one; a leading `đạt`, `phấn đấu`, `phấn đấu đạt` or `reach` is
 *   dropped; the words of both languages are understood in either locale;
 * - numbers are read by {@link parseLocaleNumber} in the locale (`1.000` is 1000 in `vi`), so a
 *   percent becomes a fraction (95% → 0.95) and a number that cannot be read gets its reason;
 * - a unit of words may follow a number (`14 bác sĩ trở lên`, `90 triệu đồng trở lên`,
 *   `10%/năm trở lên`, at most 6 words, none of them a word of the forms); it is not kept: the
 *   number is in the indicator's unit;
 * - in a range, a `%` on one end applies to both (`6,5 - 7%` is 6,5% to 7%); a leading minus is
 *   a sign, the dash between numbers the range (`-2 - 3%` is -2% to 3%); the low end must not be
 *   above the high end;
 * - a number is a point target; a parsed target of a valid shape is returned as it is.
 *
 * The result is frozen.
 *
 * Errors: `#VALUE!` `unreadable-text` for text that is none of these forms (the message lists
 * them, in both languages) or holds a number that cannot be read (the message says why); `#N/A`
 * for blank text, `null` or `undefined`; `#VALUE!` `not-a-number` for NaN, booleans and objects
 * that are not a parsed target; `#NUM!` for ±Infinity; `#VALUE!` `invalid-option` for a locale
 * other than `vi`, `en`, `vi-VN`, `en-US`. An error value passes through unchanged.
 *
 * Method: [docs/method.md#targets-as-written](../../../../docs/method.md#targets-as-written).
 *
 * @param text the target as written (or a number, or a parsed target)
 * @param locale number format of the text: `vi` (default) or `en`
 *
 * @example
 * parseTarget('95% trở lên')
 * //=> { kind: 'floor', low: 0.95, high: null, inclusive: true }
 * @example
 * parseTarget('dưới 4%')
 * //=> { kind: 'ceiling', low: null, high: 0.04, inclusive: false }
 * @example
 * parseTarget('từ 6,5 đến 7%')
 * //=> { kind: 'range', low: 0.065, high: 0.07, inclusive: true }
 * @example
 * parseTarget('more than 8%', 'en')
 * //=> { kind: 'floor', low: 0.08, high: null, inclusive: false }
 * @example
 * parseTarget('đạt 14 bác sĩ trở lên')
 * //=> { kind: 'floor', low: 14, high: null, inclusive: true }
 * @example
 * parseTarget('100%')
 * //=> { kind: 'point', low: 1, high: 1, inclusive: true }
 * @example
 * parseTarget('nhiều hơn năm ngoái').reason
 * //=> 'unreadable-text'
 */
export function parseTarget(text: ParseTargetInput, locale: Lang = 'vi'): ParsedTarget | ChitieuError {
  const lang = langOf(locale);
  if (lang === null) return badLang('parseTarget', locale);
  if (typeof text === 'string') return readTarget(text, lang);
  if (typeof text === 'number') {
    const x = toNumber(text, 'parseTarget', 'target');
    if (typeof x !== 'number') return x;
    return make('point', x, x, true);
  }
  if (isChitieuError(text)) return text;
  if (text === null || text === undefined) return blank();
  if (isParsedTarget(text)) return text;
  return notATarget(text, 'parseTarget');
}

function make(kind: TargetKind, low: number | null, high: number | null, inclusive: boolean): ParsedTarget {
  return Object.freeze({ kind, low: low === 0 ? 0 : low, high: high === 0 ? 0 : high, inclusive });
}

function blank(): ChitieuError {
  return chitieuError('no-data', 'parseTarget', {
    en: 'the target is blank (no data)',
    vi: 'chỉ tiêu để trống (chưa có số liệu)',
  });
}

/** The accepted forms, for messages; numbers in the locale's format. */
function forms(lang: Language): Message {
  const d = lang === 'vi' ? ',' : '.';
  return {
    en:
      `write a number ('14', '100%'), about a number ('about 4%', '~4%'), a range ('6${d}5 - 7%', 'from 6${d}5 to 7%'), ` +
      `a floor ('95% or more', 'at least 95%', 'more than 8%', '≥ 95%') or a ceiling ('less than 4%', 'at most 4%', '≤ 4%'), ` +
      'in English or Vietnamese',
    vi:
      `hãy viết một số ('14', '100%'), một số gần đúng ('khoảng 4%', '~4%'), một khoảng ('6${d}5 - 7%', 'từ 6${d}5 đến 7%'), ` +
      `mức sàn ('95% trở lên', 'không dưới 95%', 'trên 8%', '≥ 95%') hoặc mức trần ('dưới 4%', 'không quá 4%', 'tối đa 4%', '≤ 4%'), ` +
      'bằng tiếng Việt hoặc tiếng Anh',
  };
}

function unreadable(text: string, lang: Language, why?: Message): ChitieuError {
  const t = clip(text.trim());
  const list = forms(lang);
  return chitieuError('unreadable-text', 'parseTarget', {
    en: `cannot read '${t}' as a target${why ? `: ${why.en}` : ''}; ${list.en}`,
    vi: `không đọc được '${t}' thành chỉ tiêu${why ? `: ${why.vi}` : ''}; ${list.vi}`,
  });
}

/** Drops a leading word of `words` (whole words only); returns the word and the rest. */
function leading<T extends readonly [string, ...unknown[]]>(s: string, words: ReadonlyArray<T>): [T, string] | null {
  for (const entry of words) {
    const word = entry[0];
    if (!s.startsWith(word)) continue;
    const next = s.charAt(word.length);
    if (/\p{L}$/u.test(word) && /\p{L}/u.test(next)) continue;
    return [entry, s.slice(word.length).trim()];
  }
  return null;
}

function trailing<T extends readonly [string, ...unknown[]]>(s: string, words: ReadonlyArray<T>): [T, string] | null {
  for (const entry of words) {
    const word = entry[0];
    if (!s.endsWith(word)) continue;
    const before = s.slice(0, s.length - word.length);
    if (/\p{L}$/u.test(before)) continue;
    return [entry, before.trim()];
  }
  return null;
}

function readTarget(text: string, lang: Language): ParsedTarget | ChitieuError {
  let s = text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  if (s === '') return blank();
  const verb = leading(
    s,
    VERBS.map((word) => [word] as const),
  );
  if (verb) s = verb[1];
  const prefix = leading(s, PREFIXES);
  if (prefix) s = prefix[1];
  const suffix = trailing(s, SUFFIXES);
  if (suffix) s = suffix[1];
  const match = CORE.exec(s);
  if (match === null) {
    if (s === '') return unreadable(text, lang, { en: 'there is no number', vi: 'không có số' });
    return unreadable(text, lang);
  }
  const [, first, firstUnit, separator, second, secondUnit] = match;
  for (const unit of [firstUnit, secondUnit]) {
    if (unit === undefined) continue;
    const words = unit.split(/[\s/]+/).filter((word) => word !== '');
    if (words.length > MAX_UNIT_WORDS || words.some((word) => NOT_UNITS.has(word))) return unreadable(text, lang);
  }
  const before = prefix?.[0];
  const after = suffix?.[0];

  if (separator !== undefined) {
    if (after) {
      return unreadable(text, lang, {
        en: `a range cannot also have '${after[0]}'`,
        vi: `một khoảng không đi kèm '${after[0]}'`,
      });
    }
    if (before && before[1] !== 'from' && before[1] !== 'between') {
      return unreadable(text, lang, {
        en: `a range cannot also have '${before[0]}'`,
        vi: `một khoảng không đi kèm '${before[0]}'`,
      });
    }
    if ((separator === 'and') !== (before?.[1] === 'between')) return unreadable(text, lang);
    // A % on one end applies to both: "6,5 - 7%" is 6,5% to 7%.
    const lowPercent = first.endsWith('%');
    const highPercent = second.endsWith('%');
    const low = number(lowPercent || !highPercent ? first : `${first}%`, text, lang);
    if (typeof low !== 'number') return low;
    const high = number(highPercent || !lowPercent ? second : `${second}%`, text, lang);
    if (typeof high !== 'number') return high;
    if (low > high) {
      return chitieuError('unreadable-text', 'parseTarget', {
        en: `in the range '${clip(text.trim())}' the low end (${first}) is above the high end (${second}); write the smaller number first`,
        vi: `trong khoảng '${clip(text.trim())}' đầu dưới (${first}) lớn hơn đầu trên (${second}); hãy viết số nhỏ trước`,
      });
    }
    return make('range', low, high, true);
  }

  if (before?.[1] === 'between')
    return unreadable(text, lang, { en: "'between' needs two numbers", vi: "'between' cần hai số" });
  if (before && after && before[1] !== 'from') {
    return unreadable(text, lang, {
      en: `'${before[0]}' and '${after[0]}' cannot be used together`,
      vi: `không dùng '${before[0]}' cùng với '${after[0]}'`,
    });
  }
  if (before?.[1] === 'from' && !after) {
    return unreadable(text, lang, {
      en: `'${before[0]}' needs an end: '${before[0]} ... ${before[0] === 'từ' ? 'đến' : 'to'} ...' or '... ${before[0] === 'từ' ? 'trở lên' : 'or more'}'`,
      vi: `'${before[0]}' cần vế sau: '${before[0]} ... ${before[0] === 'từ' ? 'đến' : 'to'} ...' hoặc '... ${before[0] === 'từ' ? 'trở lên' : 'or more'}'`,
    });
  }
  const value = number(first, text, lang);
  if (typeof value !== 'number') return value;
  const qualifier = after ? after[1] : before ? before[1] : 'point';
  switch (qualifier) {
    case 'about':
      return make('about', value, value, true);
    case 'floor-inclusive':
      return make('floor', value, null, true);
    case 'floor-strict':
      return make('floor', value, null, false);
    case 'ceiling-strict':
      return make('ceiling', null, value, false);
    case 'ceiling-inclusive':
      return make('ceiling', null, value, true);
    default:
      return make('point', value, value, true);
  }
}

/** A number inside a target, read by the locale's rules; its error names the target. */
function number(written: string, text: string, lang: Language): number | ChitieuError {
  const read = readNumber(written, lang);
  if (typeof read === 'number') return finite(read, 'parseTarget');
  return chitieuError('unreadable-text', 'parseTarget', {
    en: `cannot read the number '${clip(written)}' in the target '${clip(text.trim())}': ${read.en}`,
    vi: `không đọc được số '${clip(written)}' trong chỉ tiêu '${clip(text.trim())}': ${read.vi}`,
  });
}

/**
 * Array form of {@link parseTarget}: reads a column of targets (text, numbers, blanks) in one
 * locale; `values[i]` is row i's target, or `null` where `errors` has row i.
 *
 * @example
 * parseTarget.array(['10% trở lên', '22', 'dưới 4%'], 'vi').values.map((target) => target.kind)
 * //=> ['floor', 'point', 'ceiling']
 */
parseTarget.array = function parseTargetArray(
  texts: ColumnOrValue<ParseTargetInput>,
  locale: Lang = 'vi',
): ParsedTargetColumnResult | ChitieuError {
  if (langOf(locale) === null) return badLang('parseTarget', locale);
  const rows = rowCount('parseTarget', [texts], ['texts']);
  if (typeof rows !== 'number') return rows;
  const result: ParsedTargetColumnResult = {
    values: new Array<ParsedTarget | null>(rows).fill(null),
    errors: rowErrors(),
  };
  for (let i = 0; i < rows; i++) {
    const answer = parseTarget(cell(texts, i), locale);
    if (isChitieuError(answer)) result.errors.set(i, answer);
    else result.values[i] = answer;
  }
  return result;
};
