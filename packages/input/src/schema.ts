import type { Label } from '@chitieu/words';

/**
 * The one documented input layout (long form): one row per indicator, period and (for coverage)
 * area. The same columns in .csv and .xlsx; `area` and `part_of` are optional. `chitieu init`
 * writes these headers, their dropdowns and an example row.
 */
export interface InputColumn {
  name: string;
  required: boolean;
  description: Label;
  /** The allowed values, offered as a dropdown by `chitieu init` in English. */
  allowed?: readonly string[];
  /**
   * The Vietnamese word of each allowed value (token → word): what `chitieu init` offers in
   * Vietnamese, read back as the token, so a Vietnamese input file has no English in it.
   */
  words?: Readonly<Record<string, string>>;
  /**
   * Other words officers type for an allowed value (word → token), read as that token but never
   * offered: "tăng" and "giảm" for the directions, "lũy kế" for a cumulative indicator.
   */
  aliases?: Readonly<Record<string, string>>;
  /**
   * The column's Vietnamese header (first) and the other headers an officer may give it ("Mã",
   * "Mã chỉ tiêu"), each read as this column. The English `name` is always read too.
   */
  headers: readonly string[];
}

export const DIRECTIONS = ['higher', 'lower'] as const;

/** The Vietnamese words of the directions (the reports' words, lower case). */
const DIRECTION_WORDS = { higher: 'cao hơn là tốt', lower: 'thấp hơn là tốt' };

/** The short words officers write for a direction ("tăng" is better, "giảm" is better). */
const DIRECTION_ALIASES = {
  tăng: 'higher',
  'càng cao càng tốt': 'higher',
  'cao là tốt': 'higher',
  giảm: 'lower',
  'càng thấp càng tốt': 'lower',
  'thấp là tốt': 'lower',
};

/**
 * Indicator kinds: what a value is, which decides how a term is summed up (templates/README.md).
 * `population` and `covered` are the two halves of a coverage ratio by area.
 */
export const KINDS = ['growth', 'level', 'rate', 'count', 'cumulative', 'population', 'covered'] as const;
export type IndicatorKind = (typeof KINDS)[number];

/** The Vietnamese words of the kinds. */
const KIND_WORDS: Record<IndicatorKind, string> = {
  growth: 'tốc độ tăng',
  level: 'mức',
  rate: 'tỷ lệ',
  count: 'số lượng',
  cumulative: 'tổng cộng dồn',
  population: 'dân số',
  covered: 'số người tham gia',
};

/** Other words for the kinds, as indicator lists name them. */
const KIND_ALIASES = {
  'tốc độ tăng trưởng': 'growth',
  'tốc độ': 'growth',
  'số tuyệt đối': 'level',
  'giá trị': 'level',
  'lũy kế': 'cumulative',
  'cộng dồn': 'cumulative',
  'tổng giai đoạn': 'cumulative',
  'số lượng người tham gia': 'covered',
};

/**
 * How final a figure is (tình trạng số liệu): official (chính thức), preliminary (sơ bộ) or an
 * estimate (ước, ước thực hiện). It decides the verb of the assessment sentence ("đạt", "sơ bộ
 * đạt", "ước đạt") and the mark beside the figure in the annex. A blank cell is an official figure.
 */
export const FIGURE_STATUSES = ['official', 'preliminary', 'estimate'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

const FIGURE_STATUS_WORDS: Record<FigureStatus, string> = {
  official: 'chính thức',
  preliminary: 'sơ bộ',
  estimate: 'ước',
};

const FIGURE_STATUS_ALIASES = {
  'ước thực hiện': 'estimate',
  'ước tính': 'estimate',
  ước: 'estimate',
  uth: 'estimate',
  ưth: 'estimate',
  'số ước': 'estimate',
  'sơ bộ': 'preliminary',
  'số sơ bộ': 'preliminary',
  'thực hiện': 'official',
  'số chính thức': 'official',
  final: 'official',
  estimated: 'estimate',
};

/**
 * What a target is for: the term (chỉ tiêu nhiệm kỳ, judged by the term review), a year's plan
 * (kế hoạch năm, the annual plan and quarterly reports) or a quarter's. Vietnamese words are
 * read too: nhiệm kỳ / giai đoạn, năm, quý.
 */
export const TARGET_SCOPES = ['term', 'year', 'quarter'] as const;
export type TargetScope = (typeof TARGET_SCOPES)[number];

const SCOPE_WORDS: Readonly<Record<string, TargetScope>> = {
  term: 'term',
  'nhiệm kỳ': 'term',
  'giai đoạn': 'term',
  year: 'year',
  năm: 'year',
  quarter: 'quarter',
  quý: 'quarter',
  'cả nhiệm kỳ': 'term',
  'kế hoạch năm': 'year',
  'kế hoạch quý': 'quarter',
};

/** Text as compared with the words of the vocabulary: NFC, lower case, one space between words. */
export function normaliseWord(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/\s+/gu, ' ');
}

/**
 * A cell of a column with allowed values, as its token: the token itself, its Vietnamese word
 * or one of its aliases, in any case; undefined when it is none of them.
 */
export function readToken(column: InputColumn, text: string): string | undefined {
  const word = normaliseWord(text);
  if (column.allowed?.includes(word)) return word;
  const named = Object.entries(column.words ?? {}).find(([, w]) => w === word)?.[0];
  if (named !== undefined) return named;
  const aliases = column.aliases ?? {};
  return Object.prototype.hasOwnProperty.call(aliases, word) ? aliases[word] : undefined;
}

/**
 * The input column a header names: its English name (`code`) or any of its Vietnamese headers
 * ("Mã", "Mã chỉ tiêu"), in any case and spacing; undefined for a header of no column.
 */
export function columnOfHeader(header: string): InputColumn | undefined {
  const word = normaliseWord(header);
  return INPUT_COLUMNS.find((c) => c.name === word || c.headers.some((h) => normaliseWord(h) === word));
}

/** The values `chitieu init` offers for a column, in the language of the workbook. */
export function offered(column: InputColumn, lang: 'vi' | 'en'): string[] {
  return (column.allowed ?? []).map((token) => (lang === 'vi' ? (column.words?.[token] ?? token) : token));
}

/** A `target_scope` cell as a scope; null for a blank, undefined for a word it does not know. */
export function readScope(text: string): TargetScope | null | undefined {
  const word = text.normalize('NFC').trim().toLowerCase();
  if (word === '') return null;
  return Object.prototype.hasOwnProperty.call(SCOPE_WORDS, word) ? SCOPE_WORDS[word] : undefined;
}

/** Periods as statistics offices write them. */
export const PERIOD_PATTERN = /^(\d{4})(?:-(\d{4})|-Q([1-4])|-(3|6|9|12)M)?$/;

export const INPUT_COLUMNS: readonly InputColumn[] = [
  {
    name: 'code',
    headers: ['Mã', 'Mã chỉ tiêu', 'Mã số', 'Mã CT'],
    required: true,
    description: { vi: 'mã chỉ tiêu (chữ, số, _)', en: 'indicator code (letters, digits, _)' },
  },
  {
    name: 'indicator_vi',
    headers: ['Chỉ tiêu', 'Tên chỉ tiêu', 'Tên chỉ tiêu (tiếng Việt)', 'Tên chỉ tiêu tiếng Việt', 'Tên tiếng Việt'],
    required: true,
    description: { vi: 'tên chỉ tiêu tiếng Việt', en: 'indicator name in Vietnamese' },
  },
  {
    name: 'indicator_en',
    headers: ['Tên tiếng Anh', 'Tên chỉ tiêu (tiếng Anh)', 'Tên chỉ tiêu tiếng Anh', 'Chỉ tiêu (tiếng Anh)'],
    required: true,
    description: { vi: 'tên chỉ tiêu tiếng Anh (có thể để trống)', en: 'indicator name in English (may be blank)' },
  },
  {
    name: 'unit',
    headers: ['Đơn vị tính', 'ĐVT', 'Đơn vị'],
    required: true,
    description: {
      vi: 'đơn vị; "%" nghĩa là giá trị ghi theo phần trăm (8,56 = 8,56%)',
      en: 'unit; "%" means values are percents (8,56 = 8.56%)',
    },
  },
  {
    name: 'direction',
    headers: ['Hướng', 'Hướng tốt', 'Chiều hướng', 'Chiều tốt'],
    required: true,
    description: {
      vi: 'cao hơn là tốt (higher) hoặc thấp hơn là tốt (lower)',
      en: 'higher or lower is better',
    },
    allowed: DIRECTIONS,
    words: DIRECTION_WORDS,
    aliases: DIRECTION_ALIASES,
  },
  {
    name: 'kind',
    headers: ['Loại', 'Loại chỉ tiêu', 'Dạng chỉ tiêu'],
    required: true,
    description: { vi: 'loại chỉ tiêu', en: 'indicator kind' },
    allowed: KINDS,
    words: KIND_WORDS,
    aliases: KIND_ALIASES,
  },
  {
    name: 'target',
    headers: [
      'Mục tiêu',
      'Chỉ tiêu kế hoạch',
      'Kế hoạch',
      'Mục tiêu Nghị quyết',
      'Chỉ tiêu Nghị quyết',
      'Mục tiêu kế hoạch',
    ],
    required: true,
    description: {
      vi: 'chỉ tiêu như ghi trong nghị quyết: 95% trở lên, dưới 4%, 6,5 - 7%',
      en: 'target as written: 95% trở lên, dưới 4%, 6,5 - 7%',
    },
  },
  {
    name: 'period',
    headers: ['Kỳ', 'Kỳ số liệu', 'Năm', 'Kỳ báo cáo', 'Thời kỳ'],
    required: true,
    description: { vi: 'kỳ: 2024, 2021-2025, 2025-Q3, 2025-9M', en: 'period: 2024, 2021-2025, 2025-Q3, 2025-9M' },
  },
  {
    name: 'value',
    headers: ['Giá trị', 'Số liệu', 'Thực hiện', 'Số thực hiện', 'Kết quả thực hiện'],
    required: true,
    description: {
      vi: 'giá trị; để trống nếu chưa có số liệu (không tự điền)',
      en: 'value; blank when there is no data (never fill it in)',
    },
  },
  {
    name: 'source',
    headers: ['Nguồn', 'Nguồn số liệu', 'Nguồn dữ liệu'],
    required: true,
    description: { vi: 'nguồn số liệu', en: 'source of the figure' },
  },
  { name: 'note', headers: ['Ghi chú', 'Chú thích'], required: true, description: { vi: 'ghi chú', en: 'note' } },
  {
    name: 'area',
    headers: ['Địa bàn', 'Đơn vị hành chính', 'Địa phương'],
    required: false,
    description: { vi: 'địa bàn (để trống: toàn tỉnh)', en: 'area (blank: the whole province)' },
  },
  {
    name: 'part_of',
    headers: ['Thuộc chỉ tiêu', 'Là phần của'],
    required: false,
    description: { vi: 'mã chỉ tiêu tổng mà dòng này là một phần', en: 'code of the total this row is a part of' },
  },
  {
    name: 'target_scope',
    headers: ['Phạm vi chỉ tiêu', 'Phạm vi'],
    required: false,
    description: {
      vi: 'phạm vi của chỉ tiêu ghi ở dòng này: term (chỉ tiêu nhiệm kỳ), year (kế hoạch năm), quarter (kế hoạch quý); để trống: theo kỳ của dòng (2021-2025: nhiệm kỳ; 2025: năm; 2025-Q3: quý)',
      en: "what the target on this row is for: term, year (the year's plan), quarter; blank: the row's period decides (2021-2025: the term; 2025: the year; 2025-Q3: the quarter)",
    },
    allowed: TARGET_SCOPES,
    words: { term: 'nhiệm kỳ', year: 'năm', quarter: 'quý' },
  },
  {
    name: 'growth_of',
    headers: ['Tốc độ tăng của', 'Tăng trưởng của'],
    required: false,
    description: {
      vi: 'ở dòng tốc độ tăng: mã chỉ tiêu mức (số tuyệt đối) mà tốc độ này tính từ đó, để kiểm tra chéo',
      en: 'on a growth row: the code of the level indicator this is the growth of, for the cross-check',
    },
  },
  {
    name: 'group',
    headers: ['Nhóm', 'Lĩnh vực', 'Nhóm chỉ tiêu'],
    required: false,
    description: {
      vi: 'nhóm lĩnh vực của chỉ tiêu, thành dòng nhóm I, II, III của biểu (Kinh tế; Văn hóa – xã hội; Môi trường); tên tiếng Anh sau dấu |: "Kinh tế | Economy"; để trống: không có dòng nhóm',
      en: 'the sector the indicator belongs to, shown as the group rows I, II, III of the tables; the English name after a |: "Kinh tế | Economy"; blank: no group rows',
    },
  },
  {
    name: 'figure_status',
    headers: ['Tình trạng số liệu', 'Loại số liệu', 'Tính chất số liệu'],
    required: false,
    description: {
      vi: 'số liệu chính thức, sơ bộ hay ước (ước thực hiện); để trống: chính thức',
      en: 'whether the figure is official, preliminary or an estimate; blank: official',
    },
    allowed: FIGURE_STATUSES,
    words: FIGURE_STATUS_WORDS,
    aliases: FIGURE_STATUS_ALIASES,
  },
];
