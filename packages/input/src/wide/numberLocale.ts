import type { Label } from '@chitieu/words';
import type { ColumnRole, NumberReading } from './types.js';

/** Letters only Vietnamese writes (its vowels with marks, đ): a header holding one is Vietnamese. */
const VIETNAMESE_LETTERS = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/u;
/** Vietnamese header words written without marks in annexes: "STT", "TT", "TH 2024", "KH 2025", "NQ". */
const VIETNAMESE_WORDS = new Set(['stt', 'tt', 'th', 'kh', 'nq', 'dvt', 'uth', 'sb', 'dh']);
/** English header words of annexes and yearbook tables (chitieu's own English annexes among them). */
const ENGLISH_WORDS = new Set([
  'indicator',
  'indicators',
  'unit',
  'units',
  'target',
  'targets',
  'term',
  'base',
  'year',
  'plan',
  'actual',
  'estimate',
  'estimated',
  'est',
  'preliminary',
  'prel',
  'code',
  'kind',
  'direction',
  'group',
  'note',
  'notes',
  'source',
  'achieved',
  'verdict',
  'status',
  'needed',
  'projected',
  'average',
  'data',
  'of',
  'no',
]);

/** The language a header is written in, or null when its words say none ("2023", a blank). */
export function headerLanguage(header: string): 'vi' | 'en' | null {
  const text = header.toLowerCase();
  if (VIETNAMESE_LETTERS.test(text)) return 'vi';
  const words = text.match(/[a-z]+/gu) ?? [];
  if (words.some((w) => VIETNAMESE_WORDS.has(w))) return 'vi';
  return words.some((w) => ENGLISH_WORDS.has(w)) ? 'en' : null;
}

/**
 * How the numbers a wide table holds as text are read (and its targets written back): the
 * locale the officer gave (`--number-locale`) always; else the language of the table's headers,
 * since "10,000" is ten thousand under "Indicator / Unit / Term target" and ten under "Chỉ tiêu /
 * ĐVT / Mục tiêu NQ"; headers in both languages or in neither leave the Vietnamese reading.
 * Text that is ambiguous under the locale chosen stays an error at its cell (validate.ts).
 *
 * @example
 * numberReading([{ header: 'Indicator' }, { header: 'Unit' }] as ColumnRole[], undefined).locale // 'en'
 */
export function numberReading(
  columns: readonly Pick<ColumnRole, 'header'>[],
  given: 'vi' | 'en' | undefined,
): NumberReading {
  if (given !== undefined)
    return {
      locale: given,
      by: 'option',
      because: { vi: `đã chọn --number-locale ${given}`, en: `chosen with --number-locale ${given}` },
    };
  const english: string[] = [];
  const vietnamese: string[] = [];
  for (const c of columns) {
    const language = headerLanguage(c.header);
    if (language === 'en') english.push(c.header);
    if (language === 'vi') vietnamese.push(c.header);
  }
  const quoted = (headers: string[]) =>
    headers
      .slice(0, 3)
      .map((h) => `"${h}"`)
      .join(', ');
  if (english.length > 0 && vietnamese.length === 0)
    return {
      locale: 'en',
      by: 'headers',
      because: {
        vi: `tiêu đề bảng bằng tiếng Anh (${quoted(english)}): 10,000 là mười nghìn, 6.5 là sáu phẩy năm`,
        en: `the headers are English (${quoted(english)}): 10,000 is ten thousand, 6.5 is six point five`,
      },
    };
  const because: Label =
    vietnamese.length > 0 && english.length === 0
      ? {
          vi: `tiêu đề bảng bằng tiếng Việt (${quoted(vietnamese)}): 10.000 là mười nghìn, 6,5 là sáu phẩy năm`,
          en: `the headers are Vietnamese (${quoted(vietnamese)}): 10.000 is ten thousand, 6,5 is six point five`,
        }
      : vietnamese.length > 0
        ? {
            vi: `tiêu đề có cả tiếng Việt (${quoted(vietnamese)}) và tiếng Anh (${quoted(english)}): đọc kiểu Việt Nam (10.000; 6,5); chọn khác bằng --number-locale en`,
            en: `the headers are both Vietnamese (${quoted(vietnamese)}) and English (${quoted(english)}): read the Vietnamese way (10.000; 6,5); choose otherwise with --number-locale en`,
          }
        : {
            vi: 'tiêu đề không cho biết ngôn ngữ: đọc kiểu Việt Nam (10.000; 6,5); chọn khác bằng --number-locale en',
            en: 'the headers name no language: read the Vietnamese way (10.000; 6,5); choose otherwise with --number-locale en',
          };
  return { locale: 'vi', by: vietnamese.length > 0 && english.length === 0 ? 'headers' : 'default', because };
}
