/** Every text of the task pane in both languages; the pane follows Office's display language. */
import type { Lang } from '../functions/excel.js';
import type { FindingKind } from './check.js';
import type { ColumnRoleName, NumberReading, WideQuestion } from '@chitieu/input';

/** The words of reading the officer's own table (a wide annex) and its preview. */
export interface TableTexts {
  readonly heading: string;
  readonly help: string;
  readonly read: string;
  /** The range read, its indicators and the rows of the long input layout they give. */
  readonly summary: (range: string, indicators: number, rows: number) => string;
  readonly wholeSheet: string;
  readonly noMerges: string;
  readonly columns: string;
  readonly roles: Readonly<Record<ColumnRoleName, string>>;
  readonly estimate: string;
  readonly hidden: string;
  readonly periods: string;
  readonly groups: string;
  readonly targets: string;
  readonly scopes: Readonly<Record<'term' | 'year' | 'quarter', string>>;
  readonly indicators: string;
  readonly decidedBy: Readonly<Record<'sheet' | 'mapping' | 'rule', string>>;
  readonly undecided: string;
  readonly directions: Readonly<Record<'higher' | 'lower', string>>;
  readonly questions: string;
  readonly questionsHelp: string;
  readonly asks: Readonly<Record<WideQuestion['asks'], string>>;
  readonly choose: string;
  readonly why: Readonly<Record<WideQuestion['asks'], string>>;
  readonly remembered: string;
  readonly change: string;
  readonly tooLarge: (range: string, cells: number, most: number) => string;
  readonly sheetUnit: (unit: string) => string;
  /** How the table's text numbers are read (the wide reader's number locale and why). */
  readonly numbers: (reading: NumberReading) => string;
  readonly warning: string;
  readonly tables: (n: number) => string;
  readonly tableOf: (k: number, n: number) => string;
  readonly status: string;
  readonly problems: string;
  readonly skipped: string;
  readonly selectCell: (cell: string) => string;
  readonly ready: string;
  readonly notReady: (questions: number, errors: number) => string;
  readonly source: string;
  readonly sourceSheet: string;
  readonly sourceTable: (range: string) => string;
  readonly notInserted: string;
}

export interface Texts {
  readonly title: string;
  readonly intro: string;
  readonly insertHeading: string;
  readonly template: string;
  readonly period: string;
  readonly language: string;
  readonly insert: string;
  readonly insertHelp: string;
  readonly periodHint: string;
  readonly notInserted: string;
  readonly inserted: (sheet: string) => string;
  readonly chartHeading: string;
  readonly chartHelp: string;
  readonly chart: string;
  readonly chartTitle: string;
  readonly target100: string;
  readonly charted: string;
  readonly sentencesHeading: string;
  readonly sentencesHelp: string;
  readonly sentences: string;
  readonly sentencesInserted: (n: number) => string;
  readonly noTable: string;
  readonly checkHeading: string;
  readonly checkHelp: string;
  readonly check: string;
  readonly convert: (n: number) => string;
  readonly converted: (n: number) => string;
  readonly noFindings: string;
  readonly findings: Readonly<Record<FindingKind, string>>;
  readonly failed: (message: string) => string;
  readonly table: TableTexts;
}

export const TEXTS: Readonly<Record<Lang, Texts>> = {
  vi: {
    title: 'chitieu: chỉ tiêu và tăng trưởng',
    intro:
      'Đọc bảng số liệu của bạn, chèn biểu báo cáo chuẩn có công thức CHITIEU, vẽ biểu đồ tỷ lệ so với chỉ tiêu, kiểm tra vùng số liệu.',
    insertHeading: 'Chèn biểu báo cáo',
    template: 'Biểu mẫu',
    period: 'Nhiệm kỳ / kỳ báo cáo',
    language: 'Ngôn ngữ của biểu',
    insert: 'Chèn vào trang tính mới',
    insertHelp:
      'Số liệu: trang đầu vào chitieu đang mở (code, indicator_vi, ..., value), hoặc bảng vừa đọc ở mục trên. Chọn biểu, kỳ và ngôn ngữ.',
    periodHint: 'để trống: kỳ mới nhất; ví dụ',
    notInserted: 'Chưa chèn: số liệu đầu vào có lỗi (xem danh sách).',
    inserted: (sheet) => `Đã chèn biểu vào trang "${sheet}".`,
    chartHeading: 'Biểu đồ so với chỉ tiêu',
    chartHelp: 'Vẽ từ biểu vừa chèn; hoặc chọn hai cột: tên chỉ tiêu và tỷ lệ so với chỉ tiêu.',
    chart: 'Vẽ biểu đồ có đường 100%',
    chartTitle: 'Tỷ lệ thực hiện so với chỉ tiêu',
    target100: 'Chỉ tiêu (100%)',
    charted: 'Đã thêm biểu đồ.',
    sentencesHeading: 'Câu nhận xét',
    sentencesHelp: 'Viết dưới biểu vừa chèn một câu nhận xét cho mỗi chỉ tiêu, lấy đúng số của biểu.',
    sentences: 'Chèn câu nhận xét dưới biểu',
    sentencesInserted: (n) => `Đã chèn ${n} câu nhận xét dưới biểu.`,
    noTable: 'Hãy chèn một biểu trước.',
    checkHeading: 'Kiểm tra vùng đã chọn',
    checkHelp: 'Tìm số lưu dạng văn bản, ô bắt buộc để trống, tỷ lệ trên 100% và giá trị gốc không dương.',
    check: 'Kiểm tra',
    convert: (n) => `Chuyển ${n} ô văn bản thành số`,
    converted: (n) => `Đã chuyển ${n} ô thành số.`,
    noFindings: 'Không phát hiện vấn đề nào.',
    findings: {
      textNumber: 'số lưu dạng văn bản',
      unreadableText: 'văn bản không đọc được thành số (kiểu Việt Nam)',
      blank: 'ô để trống trong dòng có số liệu',
      rateAbove100: 'tỷ lệ trên 100%',
      baseNotPositive: 'giá trị gốc bằng 0 hoặc âm: không tính được tốc độ tăng',
    },
    failed: (message) => `Không thực hiện được: ${message}`,
    table: {
      heading: 'Đọc bảng của tôi',
      help: 'Bảng kiểu phụ lục: chỉ tiêu theo dòng, năm theo cột. Chọn cả bảng (gồm các dòng tiêu đề), hoặc một ô để đọc cả trang. Trang của bạn không bị thay đổi.',
      read: 'Đọc bảng đang chọn',
      summary: (range, indicators, rows) => `Đã đọc ${range}: ${indicators} chỉ tiêu, ${rows} dòng đầu vào.`,
      wholeSheet: 'Chỉ chọn một ô: đã đọc cả vùng có dữ liệu của trang.',
      noMerges:
        'Excel này không cho biết ô gộp (cần ExcelApi 1.13): tiêu đề gộp chỉ được đọc ở ô đầu của nó. Hãy kiểm tra các cột dưới đây.',
      columns: 'Các cột',
      roles: {
        stt: 'STT',
        indicator: 'tên chỉ tiêu',
        indicator_en: 'tên tiếng Anh',
        code: 'mã chỉ tiêu',
        unit: 'đơn vị tính',
        kind: 'loại chỉ tiêu',
        direction: 'hướng',
        group: 'nhóm',
        source: 'nguồn',
        note: 'ghi chú',
        value: 'số liệu',
        target: 'chỉ tiêu, mục tiêu',
        comparison: 'so sánh (không đọc)',
        unknown: 'không rõ (không đọc)',
      },
      estimate: 'ước',
      hidden: 'cột ẩn',
      periods: 'Kỳ có số liệu',
      groups: 'Nhóm',
      targets: 'Chỉ tiêu kế hoạch, mục tiêu',
      scopes: { term: 'cả nhiệm kỳ', year: 'kế hoạch năm', quarter: 'kế hoạch quý' },
      indicators: 'Chỉ tiêu đọc được',
      decidedBy: { sheet: 'theo cột của bảng', mapping: 'theo câu trả lời', rule: 'theo quy tắc' },
      undecided: 'chưa rõ',
      directions: { higher: 'cao hơn là tốt', lower: 'thấp hơn là tốt' },
      questions: 'Cần bạn trả lời',
      questionsHelp: 'Chọn câu trả lời; bảng được đọc lại ngay. Câu trả lời được nhớ trên máy này cho lần đọc sau.',
      asks: { kind: 'Loại chỉ tiêu', direction: 'Hướng' },
      choose: '(chọn)',
      why: {
        kind: 'Các quy tắc không tự biết được loại của chỉ tiêu này (theo tên và đơn vị tính): hãy chọn.',
        direction: 'Các quy tắc không tự biết được chỉ tiêu này cao hơn hay thấp hơn là tốt: hãy chọn.',
      },
      remembered: 'câu trả lời lần trước',
      change: 'Sửa loại, hướng',
      tooLarge: (range, cells, most) =>
        `Chưa đọc: ${range} có ${cells.toLocaleString('vi-VN')} ô, nhiều hơn ${most.toLocaleString('vi-VN')} ô đọc được một lần. Hãy chọn đúng bảng (cả các dòng tiêu đề).`,
      sheetUnit: (unit) => `Đơn vị tính chung ghi trên bảng: ${unit} (dùng cho dòng không ghi đơn vị).`,
      numbers: (n) =>
        `Số ghi dạng chữ đọc kiểu ${n.locale === 'en' ? 'tiếng Anh (10,000.5)' : 'Việt Nam (10.000,5)'}: ${n.by === 'headers' ? `theo ngôn ngữ của tiêu đề bảng` : 'tiêu đề không cho biết rõ ngôn ngữ'}.`,
      warning: 'cảnh báo',
      tables: (n) => `Vùng đã chọn có ${n} bảng; đọc bảng`,
      tableOf: (k, n) => `bảng ${k} / ${n}`,
      status: 'Tình trạng',
      problems: 'Lỗi cần sửa trong bảng',
      skipped: 'Dòng bỏ qua hoặc cần lưu ý',
      selectCell: (cell) => `Chọn ô ${cell}`,
      ready: 'Đã sẵn sàng: chọn biểu ở mục dưới và chèn.',
      notReady: (questions, errors) =>
        [questions > 0 ? `còn ${questions} câu hỏi` : '', errors > 0 ? `${errors} lỗi` : '']
          .filter((part) => part !== '')
          .join(', ')
          .replace(/^./, (c) => c.toUpperCase()) + '.',
      source: 'Số liệu lấy từ',
      sourceSheet: 'trang đang mở (bảng đầu vào chitieu)',
      sourceTable: (range) => `bảng vừa đọc: ${range}`,
      notInserted: 'Chưa chèn: bảng vừa đọc còn câu hỏi hoặc lỗi (xem mục Đọc bảng của tôi).',
    },
  },
  en: {
    title: 'chitieu: targets and growth',
    intro:
      'Read your own table, insert standard report tables with CHITIEU formulas, chart percent of target, check a range of data.',
    insertHeading: 'Insert a report table',
    template: 'Template',
    period: 'Term / period',
    language: 'Language of the table',
    insert: 'Insert into a new sheet',
    insertHelp:
      'Data: the active chitieu input sheet (code, indicator_vi, ..., value), or the table just read above. Pick the table, period and language.',
    periodHint: 'blank: the latest; e.g.',
    notInserted: 'Not inserted: the input has problems (see the list).',
    inserted: (sheet) => `Inserted into sheet "${sheet}".`,
    chartHeading: 'Chart against target',
    chartHelp: 'Charts the table just inserted; or select two columns: indicator names and percent of target.',
    chart: 'Chart with the 100% line',
    chartTitle: 'Percent of target',
    target100: 'Target (100%)',
    charted: 'Chart added.',
    sentencesHeading: 'Assessment sentences',
    sentencesHelp: "Writes under the table just inserted one sentence per indicator, with the table's own numbers.",
    sentences: 'Insert the sentences below the table',
    sentencesInserted: (n) =>
      n === 1 ? 'Inserted 1 sentence below the table.' : `Inserted ${n} sentences below the table.`,
    noTable: 'Insert a table first.',
    checkHeading: 'Check the selected range',
    checkHelp: 'Finds numbers stored as text, blank required cells, rates above 100% and growth bases not above 0.',
    check: 'Check',
    convert: (n) => (n === 1 ? 'Convert 1 text cell to a number' : `Convert ${n} text cells to numbers`),
    converted: (n) => (n === 1 ? 'Converted 1 cell to a number.' : `Converted ${n} cells to numbers.`),
    noFindings: 'No problem found.',
    findings: {
      textNumber: 'number stored as text',
      unreadableText: 'text that is not a number (Vietnamese format)',
      blank: 'blank cell in a row with data',
      rateAbove100: 'rate above 100%',
      baseNotPositive: 'base of 0 or below: no growth rate',
    },
    failed: (message) => `Could not do it: ${message}`,
    table: {
      heading: 'Read my own table',
      help: 'A table laid out like an annex: indicators down the rows, years across. Select the whole table (its header rows too), or one cell to read the whole sheet. Nothing in your sheet is changed.',
      read: 'Read the selected table',
      summary: (range, indicators, rows) =>
        `Read ${range}: ${indicators} indicator${indicators === 1 ? '' : 's'}, ${rows} input row${rows === 1 ? '' : 's'}.`,
      wholeSheet: 'One cell selected: the whole used range of the sheet was read.',
      noMerges:
        'This Excel cannot tell merged cells (ExcelApi 1.13 is needed): a merged header is read from its first cell only. Check the columns below.',
      columns: 'Columns',
      roles: {
        stt: 'item number (STT)',
        indicator: 'indicator name',
        indicator_en: 'English name',
        code: 'indicator code',
        unit: 'unit',
        kind: 'kind',
        direction: 'direction',
        group: 'group',
        source: 'source',
        note: 'note',
        value: 'figures',
        target: 'target',
        comparison: 'comparison (not read)',
        unknown: 'not recognised (not read)',
      },
      estimate: 'estimate',
      hidden: 'hidden column',
      periods: 'Periods with figures',
      groups: 'Groups',
      targets: 'Targets',
      scopes: { term: 'the whole term', year: "the year's plan", quarter: "the quarter's plan" },
      indicators: 'Indicators read',
      decidedBy: { sheet: 'from a column of the table', mapping: 'from your answer', rule: 'by the rule' },
      undecided: 'undecided',
      directions: { higher: 'higher is better', lower: 'lower is better' },
      questions: 'Questions for you',
      questionsHelp:
        'Pick an answer; the table is read again at once. Answers are remembered on this computer for the next reading.',
      asks: { kind: 'Kind', direction: 'Direction' },
      choose: '(choose)',
      why: {
        kind: "The rules cannot tell this indicator's kind from its name and unit: pick one.",
        direction: 'The rules cannot tell whether higher or lower is better for this indicator: pick one.',
      },
      remembered: 'your answer last time',
      change: 'Change the kind or direction',
      tooLarge: (range, cells, most) =>
        `Not read: ${range} holds ${cells.toLocaleString('en-US')} cells, more than the ${most.toLocaleString('en-US')} read at once. Select the table itself (its header rows too).`,
      sheetUnit: (unit) => `The unit written above the table: ${unit} (for rows that give none).`,
      numbers: (n) =>
        `Numbers written as text are read the ${n.locale === 'en' ? 'English way (10,000.5)' : 'Vietnamese way (10.000,5)'}: ${n.by === 'headers' ? "by the language of the table's headers" : 'the headers do not say one language'}.`,
      warning: 'warning',
      tables: (n) => `The range holds ${n} tables; read table`,
      tableOf: (k, n) => `table ${k} of ${n}`,
      status: 'Status',
      problems: 'Problems to fix in the table',
      skipped: 'Rows passed over, or to note',
      selectCell: (cell) => `Select cell ${cell}`,
      ready: 'Ready: pick a report below and insert it.',
      notReady: (questions, errors) =>
        [
          questions === 0 ? '' : `${questions} question${questions === 1 ? '' : 's'} open`,
          errors === 0 ? '' : `${errors} problem${errors === 1 ? '' : 's'}`,
        ]
          .filter((part) => part !== '')
          .join(', ')
          .replace(/^./, (c) => c.toUpperCase()) + '.',
      source: 'Data from',
      sourceSheet: 'the active sheet (chitieu input layout)',
      sourceTable: (range) => `the table just read: ${range}`,
      notInserted: 'Not inserted: the table just read has open questions or problems (see Read my own table).',
    },
  },
};
