import { columnOfHeader, normaliseWord, type FigureStatus, type TargetScope } from '../schema.js';
import type { Label } from '@chitieu/words';
import type { ColumnRoleName } from './types.js';

/**
 * What a header of a wide table says its column holds, from the words of provincial annexes and
 * yearbook tables (docs/method.md, "Bring your own table"). `parts` are the header's cells top to
 * bottom ("Thực hiện", "2021"); `reportYear` is the year the table's title names (an annual plan's
 * "Kế hoạch năm" and "Thực hiện năm trước" are relative to it).
 */
export type HeaderReading =
  | {
      role: ColumnRoleName;
      period?: string;
      /** A year column, before the term is known: a term target without its own span ("Mục tiêu NQ"). */
      year?: number;
      figureStatus?: FigureStatus;
      scope?: TargetScope;
      because: Label;
    }
  | { error: 'bad-year-header'; because: Label };

/** Headers of the indicator-name column besides the input layout's own ("Chỉ tiêu"). */
const NAME_HEADERS = [
  'nội dung',
  'nội dung chỉ tiêu',
  'danh mục',
  'danh mục chỉ tiêu',
  'các chỉ tiêu',
  'chỉ tiêu chủ yếu',
  'tên chỉ tiêu',
  'indicator',
  'indicators',
  'chỉ tiêu kinh tế - xã hội chủ yếu',
];
/** A sector's number: a Roman numeral or a capital letter, "I", "II.", "B)", "Phần I". */
export const SECTOR = /^(phần\s+)?([IVXLC]+|[A-Z])[.)]?$/u;
const STT_HEADERS = ['stt', 'tt', 'số tt', 'số thứ tự', 'no.', 'no', 'số'];

/** "Các chỉ tiêu chủ yếu", "Chỉ tiêu kinh tế - xã hội", "Nội dung chỉ tiêu": names of the name column. */
const NAME_START = /^(các |tên |danh mục |nội dung )?(chỉ tiêu|nội dung|danh mục)( |$)/u;
/** …unless they name a target ("Chỉ tiêu NQ", "Chỉ tiêu kế hoạch 2025") or a year. */
const TARGET_WORDS = /\d|(^|\s)(nq|kh|đh)(\s|$)|nghị quyết|kế hoạch|mục tiêu|nhiệm kỳ|giai đoạn|đại hội|năm/u;

/** Whether a header names the indicator-name column: where a wide table's header block is found. */
export function isNameHeader(text: string): boolean {
  const word = normaliseWord(text);
  if (NAME_HEADERS.includes(word) || columnOfHeader(word)?.name === 'indicator_vi') return true;
  return word.length <= 60 && NAME_START.test(word) && !TARGET_WORDS.test(word);
}

const has = (text: string, pattern: RegExp) => pattern.test(text);
/** A word on its own (JavaScript's \b does not know Vietnamese letters). */
const word = (w: string) => new RegExp(`(^|[\\s(/])${w}($|[\\s).:/])`, 'u');

const COMPARISON = [
  /so sánh/u,
  /so với/u,
  /%\s*(kh|so|of|vs)/u,
  /(^|\s)(th|uth|ưth)\s*\/\s*(kh|cùng kỳ)/u,
  /\d{4}\s*\/\s*\d{4}/u,
  /tăng\s*\/\s*giảm/u,
  /year on year/u,
  /compared/u,
  /chênh lệch/u,
];
const DERIVED = [
  /đến nay/u,
  /số liệu đến/u,
  /đánh giá/u,
  /cần đạt/u,
  /dự kiến/u,
  /bình quân/u,
  /xếp loại/u,
  /khả năng/u,
  /achieved so far/u,
  /data up to/u,
  /(^|\s)status/u,
  /assessment/u,
  /verdict/u,
  /needed/u,
  /projected/u,
  /average/u,
];
const PLAN = [word('kh'), /kế hoạch/u, word('plan'), /year plan/u];
const TERM_TARGET = [
  /mục tiêu/u,
  /nghị quyết/u,
  word('nq'),
  /nhiệm kỳ/u,
  /đại hội/u,
  word('đh'),
  /term target/u,
  /^target/u,
  /^chỉ tiêu\s+(nq|nghị quyết|đh|đại hội|nhiệm kỳ|giai đoạn)/u,
];
const ESTIMATE = [word('ước'), /^ước/u, word('uth'), word('ưth'), /estimate/u, word('est\\.?')];
const PRELIMINARY = [/sơ bộ/u, word('sb'), /preliminary/u, word('prel\\.?')];
const PREVIOUS_YEAR = [/năm trước/u, /previous year/u, /last year/u];
const VALUE_WORDS = [word('th'), /thực hiện/u, word('năm'), /actual/u, /base year/u, /năm gốc/u, ...ESTIMATE];

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Years in a header: a span "2021-2025", one year, a quarter ("Quý III/2025", "Q3 2025") or the
 * first months of a year ("9 tháng 2025", "6 tháng đầu năm 2025"); the text of other numbers.
 */
function yearsOf(text: string): { span?: [number, number]; year?: number; part?: string; notYear?: string } {
  const span = /(\d{4})\s*[-–—]\s*(\d{4})/u.exec(text);
  if (span) return { span: [Number(span[1]), Number(span[2])] };
  const quarter = /(?:quý|q)\s*(iv|i{1,3}|[1-4])\b[^\d]*(\d{4})/u.exec(text);
  if (quarter) {
    const q = ROMAN_QUARTERS[quarter[1]] ?? Number(quarter[1]);
    return { year: Number(quarter[2]), part: `Q${q}` };
  }
  const months = /(?:^|\s)(3|6|9|12)\s*(?:tháng|m)\b[^\d]*(\d{4})/u.exec(text);
  if (months) return { year: Number(months[2]), part: `${months[1]}M` };
  const numbers = text.match(/\d+/gu) ?? [];
  const years = numbers.filter((n) => n.length === 4 && Number(n) >= 1900 && Number(n) <= 2100);
  if (years.length === 1 && numbers.length === 1) return { year: Number(years[0]) };
  if (numbers.length > 0) return { notYear: numbers.join(' ') };
  return {};
}

/**
 * The role of a column from its header. The order matters: a comparison ("So sánh (%)",
 * "2024/2023") is never read as data; a plan ("KH 2025") before a year; the identity columns
 * (STT, name, unit…) by the input layout's own header words.
 */
export function readHeader(parts: readonly string[], reportYear: number | null): HeaderReading {
  const leaf = normaliseWord(parts[parts.length - 1] ?? '');
  const text = normaliseWord(parts.join(' '));
  if (text === '') return { role: 'unknown', because: { vi: 'không có tiêu đề', en: 'no header' } };
  const identity = identityRole(leaf) ?? identityRole(text);
  if (identity) return identity;
  if (COMPARISON.some((p) => has(text, p)))
    return {
      role: 'comparison',
      because: { vi: 'cột so sánh: không đọc như số liệu', en: 'a comparison column: not read as data' },
    };
  const years = yearsOf(text);
  const span = years.span ? `${years.span[0]}-${years.span[1]}` : undefined;
  if (PLAN.some((p) => has(text, p))) {
    if (span || /5 năm|năm năm|giai đoạn|five-year/u.test(text))
      return termTarget(span, years.year, { vi: 'kế hoạch cả giai đoạn', en: 'the plan of the whole term' });
    const year = years.year ?? (years.notYear === undefined ? reportYear : null);
    if (year === null || year === undefined) return badYear(text, years.notYear);
    if (years.part?.startsWith('Q'))
      return {
        role: 'target',
        period: `${year}-${years.part}`,
        year,
        scope: 'quarter',
        because: { vi: `kế hoạch quý ${years.part.slice(1)}/${year}`, en: `the plan of ${year}-${years.part}` },
      };
    // A plan for the first months is neither the year's plan nor a quarter's: the reports judge a
    // year to date against the year's plan, so this column is shown and not read.
    if (years.part)
      return {
        role: 'unknown',
        because: {
          vi: `kế hoạch ${years.part.replace('M', ' tháng')}: không đọc (lũy kế được so với kế hoạch năm)`,
          en: `a plan for ${years.part}: not read (a year to date is judged against the year's plan)`,
        },
      };
    return {
      role: 'target',
      period: String(year),
      year,
      scope: 'year',
      because: { vi: `kế hoạch năm ${year}`, en: `the plan of ${year}` },
    };
  }
  // "Dự kiến cuối nhiệm kỳ" is computed, "Mục tiêu NQ (bình quân)" is a target: a target's own
  // words decide before the words of computed columns.
  const targetWords = /mục tiêu|nghị quyết|^chỉ tiêu|target/u.test(text);
  if (DERIVED.some((p) => has(text, p)) && !targetWords)
    return {
      role: 'comparison',
      because: { vi: 'cột tính từ số liệu: không đọc', en: 'a column computed from the figures: not read' },
    };
  if (TERM_TARGET.some((p) => has(text, p)) && !VALUE_WORDS.slice(0, 2).some((p) => has(text, p)))
    return termTarget(span, years.year, { vi: 'chỉ tiêu nhiệm kỳ', en: 'the term target' });
  if (span && /giai đoạn/u.test(text) && !VALUE_WORDS.some((p) => has(text, p)))
    return termTarget(span, undefined, { vi: 'chỉ tiêu giai đoạn', en: 'the target of the term' });
  const figureStatus: FigureStatus = ESTIMATE.some((p) => has(text, p))
    ? 'estimate'
    : PRELIMINARY.some((p) => has(text, p))
      ? 'preliminary'
      : 'official';
  const status = {
    official: { vi: 'số thực hiện', en: 'actual figures' },
    estimate: { vi: 'số ước thực hiện', en: 'estimated figures' },
    preliminary: { vi: 'số sơ bộ', en: 'preliminary figures' },
  }[figureStatus];
  if (span) return { role: 'value', period: span, figureStatus, because: status };
  if (years.year !== undefined) {
    const year = years.year;
    const period = years.part ? `${year}-${years.part}` : String(year);
    return { role: 'value', period, year, figureStatus, because: status };
  }
  if (years.notYear !== undefined) return badYear(text, years.notYear);
  const relative = PREVIOUS_YEAR.some((p) => has(text, p)) ? -1 : 0;
  if (VALUE_WORDS.some((p) => has(text, p)) || PREVIOUS_YEAR.some((p) => has(text, p))) {
    if (reportYear === null) return badYear(text, undefined);
    const year = reportYear + relative;
    return {
      role: 'value',
      period: String(year),
      year,
      figureStatus,
      because: {
        vi: `${status.vi} năm ${year} (năm báo cáo ở tiêu đề${relative ? ', năm trước' : ''})`,
        en: `${status.en} of ${year} (the report year in the title${relative ? ', the year before' : ''})`,
      },
    };
  }
  return { role: 'unknown', because: { vi: 'tiêu đề không rõ nghĩa', en: 'a header of no known meaning' } };
}

function termTarget(span: string | undefined, year: number | undefined, because: Label): HeaderReading {
  return { role: 'target', period: span, year, scope: 'term', because };
}

function badYear(text: string, notYear: string | undefined): HeaderReading {
  return {
    error: 'bad-year-header',
    because: notYear
      ? { vi: `"${text}": ${notYear} không phải là năm`, en: `"${text}": ${notYear} is not a year` }
      : {
          vi: `"${text}": không biết cột này là số liệu năm nào (tiêu đề không ghi năm)`,
          en: `"${text}": which year's figures this column holds is not said (no year in the header)`,
        },
  };
}

/** The identity columns: STT, name, unit, code, kind, direction, group, source, note, English name. */
function identityRole(header: string): HeaderReading | undefined {
  if (STT_HEADERS.includes(header)) return { role: 'stt', because: { vi: 'số thứ tự', en: 'row number' } };
  if (isNameHeader(header)) return { role: 'indicator', because: { vi: 'tên chỉ tiêu', en: 'indicator name' } };
  const column = columnOfHeader(header)?.name;
  const roles: Partial<Record<string, ColumnRoleName>> = {
    code: 'code',
    indicator_en: 'indicator_en',
    unit: 'unit',
    kind: 'kind',
    direction: 'direction',
    group: 'group',
    source: 'source',
    note: 'note',
  };
  const role = column === undefined ? undefined : roles[column];
  if (role === undefined && header === 'unit') return { role: 'unit', because: { vi: 'đơn vị', en: 'unit' } };
  return role ? { role, because: { vi: `cột ${header}`, en: `the ${column} column` } } : undefined;
}
