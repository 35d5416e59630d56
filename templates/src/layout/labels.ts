import { formatNumber, statusLabel } from '@chitieu/core';
import type { Label } from '@chitieu/words';

/**
 * Every text a report writes that is not data, in both languages, in one table: the title
 * block, the legend, the second sheet, the words shown for input tokens (direction, kind). The
 * renderers and the task pane take their words from here, never from a string of their own.
 */
export const WORDS = {
  /** The symbols of the statistical yearbook (Niên giám thống kê) for a cell without a figure. */
  noData: { vi: '…', en: '…' },
  noTarget: { vi: 'x', en: 'x' },
  notApplicable: { vi: '–', en: '–' },
  legend: {
    vi: 'Ký hiệu: "…" chưa có số liệu (không tự điền); "x" không có chỉ tiêu để so sánh; "–" không áp dụng.',
    en: 'Symbols: "…" no figure yet (never filled in); "x" no target to compare with; "–" does not apply.',
  },
  higher: { vi: 'Cao hơn là tốt', en: 'Higher is better' },
  lower: { vi: 'Thấp hơn là tốt', en: 'Lower is better' },
  growth: { vi: 'Tốc độ tăng', en: 'Growth rate' },
  level: { vi: 'Mức', en: 'Level' },
  rate: { vi: 'Tỷ lệ', en: 'Rate' },
  count: { vi: 'Số lượng', en: 'Count' },
  cumulative: { vi: 'Tổng cộng dồn', en: 'Term total' },
  population: { vi: 'Dân số', en: 'Population' },
  covered: { vi: 'Số người tham gia', en: 'People covered' },
  issuerUnknown: { vi: 'UBND TỈNH ……', en: "…… PROVINCIAL PEOPLE'S COMMITTEE" },
  annex: { vi: 'Phụ lục', en: 'Annex' },
  formNumber: { vi: 'Biểu số', en: 'Form' },
  attachedTo: {
    vi: '(Kèm theo Báo cáo số …/BC-UBND ngày … tháng … năm …)',
    en: '(Attached to Report No. …/BC-UBND of … … …)',
  },
  unitByRow: { vi: 'Đơn vị tính: theo từng dòng', en: 'Units: as given on each row' },
  targetForAll: { vi: 'Mục tiêu (mọi địa bàn)', en: 'Target (every area)' },
  note: { vi: 'Ghi chú', en: 'Note' },
  footer: { vi: 'Trang &P/&N', en: 'Page &P of &N' },
  /**
   * The second sheet's tab. Short on purpose: every formula names it at each reference (about
   * 230 times in the longest verdict), and Excel refuses a formula over 8.192 characters.
   */
  methodSheet: { vi: 'Thuyết minh', en: 'Method' },
  methodTitle: { vi: 'THUYẾT MINH: PHƯƠNG PHÁP VÀ NGUỒN SỐ LIỆU', en: 'METHOD AND SOURCES' },
  methodSubtitle: {
    vi: 'Các cột kỹ thuật và thiết lập mà công thức của biểu đọc; sửa ở đây, biểu tính lại.',
    en: "The technical columns and settings the report's formulas read; change them here and the report recalculates.",
  },
  settings: { vi: 'Thiết lập (có thể sửa)', en: 'Settings (editable)' },
  source: {
    vi: 'Nguồn số liệu: {file} (nguồn từng số liệu ở cột Nguồn). Lập bằng chitieu.',
    en: "Source: {file} (each figure's source in the Source column). Made with chitieu.",
  },
  inputFile: { vi: 'tệp đầu vào', en: 'the input file' },
  province: { vi: 'UBND TỈNH {name}', en: "{name} PROVINCIAL PEOPLE'S COMMITTEE" },
  /** A year column whose figures are not all official (fillTermReview's `yearStatus`). */
  yearPreliminary: { vi: '{year} (sơ bộ)', en: '{year} (prel.)' },
  yearEstimate: { vi: '{year} (ước)', en: '{year} (est.)' },
  /** The annual plan's column of the year, by how final its figures are (an estimate keeps the template's "Ước thực hiện"). */
  actualOfficial: { vi: 'Thực hiện', en: 'Actual' },
  actualPreliminary: { vi: 'Sơ bộ thực hiện', en: 'Preliminary actual' },
  statusLegend: {
    vi: '"(sơ bộ)", "(ước)" sau năm: năm đó có số liệu sơ bộ, số ước tính (câu nhận xét nói rõ từng chỉ tiêu).',
    en: '"(prel.)", "(est.)" after a year: some of that year\'s figures are preliminary or estimates (each sentence says which).',
  },
  /** The signature block an annex ends with (signature.ts): dotted places the officer fills. */
  placeDate: { vi: '{place}, ngày … tháng … năm …', en: '{place}, … (day) … (month) … (year)' },
  placeUnknown: { vi: '……', en: '……' },
  preparer: { vi: 'NGƯỜI LẬP BIỂU', en: 'PREPARED BY' },
  preparerNote: { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  headOfUnit: { vi: 'THỦ TRƯỞNG ĐƠN VỊ', en: 'HEAD OF UNIT' },
  onBehalfOfCommittee: { vi: 'TM. ỦY BAN NHÂN DÂN', en: "ON BEHALF OF THE PEOPLE'S COMMITTEE" },
  chairman: { vi: 'CHỦ TỊCH', en: 'CHAIRMAN' },
  signerNote: { vi: '(Ký tên, đóng dấu)', en: '(Signature and seal)' },
  signerName: { vi: '……………………', en: '……………………' },
  /** The Word document's header (Nghị định 30/2020/NĐ-CP, appendix I). */
  nationalName: { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIETNAM' },
  motto: { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  committee: { vi: 'ỦY BAN NHÂN DÂN\nTỈNH {name}', en: "{name} PROVINCIAL\nPEOPLE'S COMMITTEE" },
  committeeUnknown: { vi: 'ỦY BAN NHÂN DÂN\nTỈNH ……', en: "…… PROVINCIAL\nPEOPLE'S COMMITTEE" },
  documentNumber: { vi: 'Số: …/BC-UBND', en: 'No.: …/BC-UBND' },
  documentNumberOfAgency: { vi: 'Số: …/BC-……', en: 'No.: …/BC-……' },
  report: { vi: 'BÁO CÁO', en: 'REPORT' },
  recipients: { vi: 'Nơi nhận:', en: 'Recipients:' },
  recipientLines: { vi: '- ……;\n- Lưu: VT, ……', en: '- ……;\n- Archived: Office, ……' },
} as const satisfies Record<string, Label>;

export type WordName = keyof typeof WORDS;

/** A word of the table in one language, with `{name}` placeholders filled. */
export function word(name: WordName, lang: 'vi' | 'en', fill: Record<string, string> = {}): string {
  return WORDS[name][lang].replace(/\{(\w+)\}/g, (_, key: string) => fill[key] ?? '');
}

/**
 * The labels formulas write (`{text:name}`): statuses from the core's `statusLabel`, so a status
 * computed by a portable formula reads exactly like the one the core computes; the rest from
 * the table above.
 */
export function labels(lang: 'vi' | 'en'): Record<string, string> {
  const s = (code: Parameters<typeof statusLabel>[0], kind: 'status' | 'onTrack' = 'status') =>
    statusLabel(code, lang, kind) as string;
  return {
    /** The report's language, passed to CHITIEU.STATUS / ONTRACK so a live sheet keeps its labels. */
    language: lang,
    noData: word('noData', lang),
    /** A figure with no target to judge it against: not the same as a missing figure. */
    noTarget: word('noTarget', lang),
    notApplicable: word('notApplicable', lang),
    higher: word('higher', lang),
    lower: word('lower', lang),
    checkData: s('check-data'),
    alreadyAchieved: s('already-achieved'),
    likely: s('likely'),
    hard: s('hard'),
    outOfReach: s('out-of-reach'),
    tooLittleData: s('too-little-data'),
    exceeded: s('exceeded'),
    achieved: s('achieved'),
    nearlyAchieved: s('nearly-achieved'),
    notAchieved: s('not-achieved'),
    onTrackAchieved: s('achieved', 'onTrack'),
    onTrack: s('on-track', 'onTrack'),
    accelerationNeeded: s('acceleration-needed', 'onTrack'),
    limitedProgress: s('limited-progress', 'onTrack'),
    deterioration: s('deterioration', 'onTrack'),
  };
}

/** Excel number format codes (file syntax; Excel shows them with the reader's separators: 1.234,5 in Vietnamese). */
export const FORMAT_CODES = {
  text: '@',
  integer: '#,##0',
  year: '0',
  number: '#,##0.0#',
  decimal2: '#,##0.00',
  percent2: '0.00%',
} as const;

/**
 * Percentage points, signed (+2,50 điểm % to gain, −1,20 điểm % to shed), in the report's
 * language. The cell holds points as a fraction, like every rate (0.025 is 2,50 điểm %): the
 * unquoted % scales by 100 where it stands, so "+0.00" điểm "%" shows 0.025 as "+2,50 điểm %".
 */
export function pointsFormat(lang: 'vi' | 'en'): string {
  const shown = lang === 'vi' ? '0.00" điểm "%' : '0.00%" pts"';
  return `+${shown};-${shown};${shown}`;
}

/**
 * What is still needed, a rise or a fall in words, never a negative figure: "tăng 2,50 điểm %",
 * "giảm 0,20 điểm %" (points, `unit: 'points'`), "tăng 16,67%", "giảm 5,00%" (growth).
 */
export function changeFormat(unit: 'points' | 'percent', lang: 'vi' | 'en'): string {
  const shown = unit === 'percent' ? '0.00%' : lang === 'vi' ? '0.00" điểm "%' : '0.00%" pts"';
  const [up, down] = lang === 'vi' ? ['tăng', 'giảm'] : ['up', 'down'];
  return `"${up} "${shown};"${down} "${shown};${shown}`;
}

/** A number format whose numbers read as a most: "tối đa 8,21%" / "at most 8.21%". */
export function atMostFormat(code: string, lang: 'vi' | 'en'): string {
  return `"${lang === 'vi' ? 'tối đa ' : 'at most '}"${code}`;
}

/**
 * A number as a cell with one of the layout's number formats shows it, in the report language's
 * way (the Word document and the CLI write what the sheet shows): the format's section for a
 * positive, negative or zero value, its quoted words, its digits and, for each unquoted %, the
 * value times 100 with the decimal point moved in the text (never a float × 100).
 *
 * @example
 * shownNumber(-0.002, changeFormat('points', 'vi'), 'vi')
 * //=> 'giảm 0,20 điểm %'
 */
export function shownNumber(value: number, numFmt: string, lang: 'vi' | 'en'): string {
  const sections = numFmt.match(/(?:"[^"]*"|[^;"])+/g) ?? [numFmt];
  const section =
    value < 0 && sections.length > 1 ? sections[1] : value === 0 && sections.length > 2 ? sections[2] : sections[0];
  const x = value < 0 && sections.length > 1 ? -value : value;
  const tokens = section.match(/"[^"]*"|[#0,.]+|%|./g) ?? [];
  const percents = tokens.filter((t) => t === '%').length;
  const digits = tokens.find((t) => /^[#0,.]+$/.test(t)) ?? '0';
  const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
  const grouping = digits.includes(',');
  // With a %, the decimal point is moved in the text (formatNumber's percent option), which
  // writes its own % sign: the format's % token writes it where it stands instead.
  const number =
    percents > 0
      ? (formatNumber(x, lang, { decimals, grouping, percent: true }) as string).replace(/%$/u, '')
      : (formatNumber(x, lang, { decimals, grouping }) as string);
  return tokens.map((t) => (t.startsWith('"') ? t.slice(1, -1) : /^[#0,.]+$/.test(t) ? number : t)).join('');
}
