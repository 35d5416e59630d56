/** Every text of the task pane in both languages; the pane follows Office's display language. */
import type { Lang } from '../functions/excel.js';
import type { FindingKind } from './check.js';

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
}

export const TEXTS: Readonly<Record<Lang, Texts>> = {
  vi: {
    title: 'chitieu: chỉ tiêu và tăng trưởng',
    intro: 'Chèn biểu báo cáo chuẩn có công thức CHITIEU, vẽ biểu đồ tỷ lệ so với chỉ tiêu, kiểm tra vùng số liệu.',
    insertHeading: 'Chèn biểu báo cáo',
    template: 'Biểu mẫu',
    period: 'Nhiệm kỳ / kỳ báo cáo',
    language: 'Ngôn ngữ của biểu',
    insert: 'Chèn vào trang tính mới',
    insertHelp: 'Mở trang số liệu đầu vào (code, indicator_vi, ..., value), chọn biểu, kỳ và ngôn ngữ.',
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
  },
  en: {
    title: 'chitieu: targets and growth',
    intro: 'Insert standard report tables with CHITIEU formulas, chart percent of target, check a range of data.',
    insertHeading: 'Insert a report table',
    template: 'Template',
    period: 'Term / period',
    language: 'Language of the table',
    insert: 'Insert into a new sheet',
    insertHelp: 'Open the input sheet (code, indicator_vi, ..., value), pick the table, period and language.',
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
  },
};
