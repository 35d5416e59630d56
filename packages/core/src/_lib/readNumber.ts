// Internal, not public API (the index exports only ./index.ts of each folder): the number
// reader shared by parseLocaleNumber and parseTarget.
import { chitieuError, type ChitieuError, type Message } from '../errors/index.js';
import type { Language } from './lang.js';
import { clip } from './shown.js';

const WORDS = {
  vi: {
    en: { numbers: 'Vietnamese numbers', dec: 'the comma', grp: 'the dot', name: 'Vietnamese' },
    vi: { numbers: 'số kiểu Việt Nam', dec: 'dấu phẩy', grp: 'dấu chấm', name: 'Việt Nam' },
    dec: ',',
    grp: '.',
  },
  en: {
    en: { numbers: 'English numbers', dec: 'the dot', grp: 'the comma', name: 'English' },
    vi: { numbers: 'số kiểu tiếng Anh', dec: 'dấu chấm', grp: 'dấu phẩy', name: 'tiếng Anh' },
    dec: '.',
    grp: ',',
  },
} as const;

/** Full message of a number that cannot be read, as parseLocaleNumber gives it. */
export function unreadableNumber(where: string, text: string, lang: Language, problem: Message): ChitieuError {
  const t = clip(text.trim());
  return chitieuError('unreadable-text', where, {
    en: `cannot read '${t}' as a number in ${WORDS[lang].en.name} format: ${problem.en}`,
    vi: `không đọc được '${t}' thành số (định dạng ${WORDS[lang].vi.name}): ${problem.vi}`,
  });
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Regular space, no-break space, narrow no-break space, thin space. */
function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\u00A0' || ch === '\u202F' || ch === '\u2009';
}

/** Plus, hyphen-minus, minus sign (U+2212), en dash (U+2013). */
function isSign(ch: string): boolean {
  return ch === '+' || ch === '-' || ch === '\u2212' || ch === '\u2013';
}

/**
 * Reads a non-blank text as a number in the locale's format. Returns the number (±Infinity for
 * a text too large to represent, which the caller turns into an error; -0 for "-0") or the
 * reason it cannot be read, in both languages.
 *
 * The digits are assembled into one canonical decimal string and given to Number() once, so
 * the result is the double nearest the written decimal; a percent shifts the decimal exponent
 * in the text (8,56% → "8.56e-2"), never divides. With `hints`, a text that reads in the other
 * locale says so ("use locale 'en'").
 */
export function readNumber(text: string, lang: Language, hints = true): number | Message {
  const s = text.trim();
  const n = s.length;
  const w = WORDS[lang];
  let i = 0;
  let negative = false;
  let signed = false;
  if (i < n && isSign(s[i])) {
    signed = true;
    negative = s[i] !== '+';
    i++;
    while (i < n && isSpace(s[i])) i++;
  }
  const bodyStart = i;
  while (i < n) {
    const ch = s[i];
    if (isDigit(ch) || ch === '.' || ch === ',') i++;
    // A single space between digits is a thousands separator ("1 234 567").
    else if (isSpace(ch) && i > bodyStart && i + 1 < n && isDigit(s[i + 1])) i++;
    else break;
  }
  const body = s.slice(bodyStart, i);
  while (i < n && isSpace(s[i])) i++;
  let percent = false;
  if (i < n && s[i] === '%') {
    percent = true;
    i++;
    while (i < n && isSpace(s[i])) i++;
  }
  const hasDigits = /\d/.test(body);

  if (i < n) {
    const rest = s.slice(i);
    if (isSign(rest[0])) {
      return signed && !hasDigits
        ? { en: 'there are two signs; write one sign, at the start', vi: 'có hai dấu; chỉ viết một dấu, ở đầu số' }
        : {
            en: 'a sign (+ or -) can only come at the start of the number',
            vi: 'dấu (+ hoặc -) chỉ được đặt ở đầu số',
          };
    }
    if (percent && !hasDigits && /\d/.test(rest)) {
      return { en: 'the percent sign must come after the number', vi: 'dấu phần trăm phải đặt sau số' };
    }
    if (rest[0] === '%') return { en: 'there is more than one percent sign', vi: 'có nhiều hơn một dấu phần trăm' };
    if (hasDigits && !percent && /^[eE][+-]?\d/.test(rest)) {
      return {
        en: `exponent notation ('${clip(s)}') is not accepted; write the number in full`,
        vi: `không nhận dạng số mũ ('${clip(s)}'); hãy viết số đầy đủ`,
      };
    }
    return hasDigits
      ? { en: `unexpected text '${clip(rest)}' after the number`, vi: `có phần chữ thừa '${clip(rest)}' sau số` }
      : {
          en: `unexpected text '${clip(s.slice(bodyStart))}': there is no number`,
          vi: `có phần chữ '${clip(s.slice(bodyStart))}': không có số`,
        };
  }
  if (!hasDigits) {
    if (body !== '') return { en: 'there are separators but no digits', vi: 'chỉ có dấu phân cách mà không có chữ số' };
    if (percent) return { en: 'a percent sign with no number', vi: 'chỉ có dấu phần trăm mà không có số' };
    return { en: 'a sign with no number after it', vi: 'chỉ có dấu mà không có số' };
  }

  // The body holds digits, '.', ',' and single spaces between digits.
  const decimals = body.split(w.dec).length - 1;
  if (decimals > 1) {
    return withOtherLocaleHint(s, lang, hints, {
      en: `in ${w.en.numbers} ${w.en.dec} is the decimal separator, so it can appear only once (got ${decimals})`,
      vi: `trong ${w.vi.numbers} ${w.vi.dec} là dấu thập phân nên chỉ được có một (có ${decimals})`,
    });
  }
  const at = body.indexOf(w.dec);
  const intText = at === -1 ? body : body.slice(0, at);
  const fracText = at === -1 ? '' : body.slice(at + 1);
  if (at !== -1 && fracText === '') {
    return {
      en: `the number ends with the decimal separator (${w.dec}); write the decimals after it or remove it`,
      vi: `số kết thúc bằng dấu thập phân (${w.dec}); hãy viết phần thập phân sau nó hoặc bỏ nó đi`,
    };
  }
  if (fracText.includes(w.grp)) {
    return withOtherLocaleHint(s, lang, hints, {
      en: `in ${w.en.numbers} ${w.en.grp} separates thousands and cannot come after the decimal separator (${w.dec})`,
      vi: `trong ${w.vi.numbers} ${w.vi.grp} phân cách hàng nghìn, không được đứng sau dấu thập phân (${w.dec})`,
    });
  }
  if (!/^\d*$/.test(fracText)) {
    return {
      en: `only digits may follow the decimal separator (${w.dec}), without spaces`,
      vi: `sau dấu thập phân (${w.dec}) chỉ được có chữ số, không có dấu cách`,
    };
  }

  const usesGrp = intText.includes(w.grp);
  const usesSpace = /[ \u00A0\u202F\u2009]/.test(intText);
  if (usesGrp && usesSpace) {
    return {
      en: `thousands are separated both by ${w.en.grp} and by spaces; use one of them`,
      vi: `hàng nghìn vừa phân cách bằng ${w.vi.grp} vừa bằng dấu cách; hãy dùng một loại`,
    };
  }
  const groups = intText.split(/[.,\u0020\u00A0\u202F\u2009]/);
  if (groups.length > 1) {
    // "for a decimal write 8,56": only when one separator could have meant the decimal mark.
    const single = decimals === 0 && usesGrp && groups.length === 2;
    const hint = single
      ? {
          en: `; for a decimal write ${s.replace(w.grp, w.dec)}`,
          vi: `; số thập phân hãy viết ${s.replace(w.grp, w.dec)}`,
        }
      : { en: '', vi: '' };
    const sepEn = usesGrp ? `${w.en.grp} separates thousands` : 'a space separates thousands';
    const sepVi = usesGrp ? `${w.vi.grp} phân cách hàng nghìn` : 'dấu cách phân cách hàng nghìn';
    const inEn = usesGrp ? `in ${w.en.numbers} ` : '';
    const inVi = usesGrp ? `trong ${w.vi.numbers} ` : '';
    if (groups[0] === '') {
      return {
        en: `${inEn}${sepEn}, so it cannot start a number${hint.en}`,
        vi: `${inVi}${sepVi}, nên không được đứng đầu số${hint.vi}`,
      };
    }
    const empty = groups.indexOf('');
    if (empty !== -1) {
      return empty === groups.length - 1
        ? {
            en: `${inEn}${sepEn}, so it must be followed by 3 digits, not end the number`,
            vi: `${inVi}${sepVi}, nên sau nó phải có 3 chữ số, không được kết thúc số`,
          }
        : { en: `two thousands separators in a row`, vi: `có hai dấu phân cách hàng nghìn liền nhau` };
    }
    if (groups[0].length > 3) {
      return {
        en: `the first group before a thousands separator can have at most 3 digits (got '${groups[0]}')`,
        vi: `nhóm đầu tiên trước dấu phân cách hàng nghìn chỉ có tối đa 3 chữ số (có '${groups[0]}')`,
      };
    }
    for (let k = 1; k < groups.length; k++) {
      if (groups[k].length !== 3) {
        return {
          en: `${inEn}${sepEn}, so groups after it must have 3 digits (got '${groups[k]}')${hint.en}`,
          vi: `${inVi}${sepVi}, nên các nhóm sau nó phải có đủ 3 chữ số (có '${groups[k]}')${hint.vi}`,
        };
      }
    }
    if (groups[0][0] === '0') {
      return {
        en: `a number with thousands separators cannot start with 0 (got '${intText}')${hint.en}`,
        vi: `số có dấu phân cách hàng nghìn không được bắt đầu bằng 0 (có '${intText}')${hint.vi}`,
      };
    }
  }
  // One canonical decimal string, read once: exact to the nearest double.
  const digits = groups.join('');
  return Number(
    `${negative ? '-' : ''}${digits === '' ? '0' : digits}.${fracText === '' ? '0' : fracText}e${percent ? -2 : 0}`,
  );
}

/** Adds "it reads as an English number: use locale 'en'" when the other format reads it. */
function withOtherLocaleHint(s: string, lang: Language, hints: boolean, problem: Message): Message {
  const other: Language = lang === 'vi' ? 'en' : 'vi';
  if (!hints || typeof readNumber(s, other, false) !== 'number') return problem;
  return {
    en: `${problem.en}; it reads as ${other === 'en' ? 'an English' : 'a Vietnamese'} number: use locale '${other}'`,
    vi: `${problem.vi}; đây có vẻ là ${WORDS[other].vi.numbers}: hãy dùng locale '${other}'`,
  };
}
