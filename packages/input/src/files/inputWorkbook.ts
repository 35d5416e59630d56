import ExcelJS from 'exceljs';
import { INPUT_COLUMNS, offered } from '../schema.js';

/**
 * Where each report takes its target from, with an example, for the guide sheet (the same rules
 * as input/targets.ts and the user guide).
 */
const SCOPE_EXAMPLES: Record<'vi' | 'en', Array<[string, string]>> = {
  vi: [
    [
      'term-review',
      'chỉ tiêu nhiệm kỳ: ghi ở dòng có kỳ 2021-2025 (hoặc 2020-2025), ví dụ grdp_growth, 2021-2025, "10% trở lên"; hoặc ở dòng năm với target_scope = term. Nhiệm kỳ 2020-2025 và giai đoạn 2021-2025 là một: năm gốc 2020, các năm kế hoạch 2021..2025.',
    ],
    [
      'annual-plan',
      'kế hoạch năm: ghi ở dòng của năm đó, ví dụ budget_revenue, 2024, "27.000"; không bao giờ lấy chỉ tiêu nhiệm kỳ thay.',
    ],
    [
      'quarterly',
      'lũy kế từ đầu năm so với kế hoạch năm: kế hoạch ghi ở dòng năm (2025) hoặc ở dòng quý/lũy kế với target_scope = year.',
    ],
    [
      'coverage',
      'chỉ tiêu ghi ở các dòng covered (số người tham gia) của kỳ báo cáo, ví dụ bhyt, 2024, "95% trở lên", địa bàn Xã A.',
    ],
  ],
  en: [
    [
      'term-review',
      'the term target: on the row whose period is the term, 2021-2025 (or 2020-2025), e.g. grdp_growth, 2021-2025, "10% trở lên"; or on year rows with target_scope = term. Term 2020-2025 and plan period 2021-2025 are one: base year 2020, plan years 2021..2025.',
    ],
    [
      'annual-plan',
      'the year\'s plan: on that year\'s row, e.g. budget_revenue, 2024, "27.000"; the term target never stands in for it.',
    ],
    [
      'quarterly',
      "year to date against the year's plan: the plan on the year row (2025) or on a quarter/year-to-date row with target_scope = year.",
    ],
    ['coverage', 'the target on the covered rows of the period, e.g. bhyt, 2024, "95% trở lên", area Xã A.'],
  ],
};

/** Rows that get the dropdowns of `chitieu init` (a provincial table is far smaller). */
const VALIDATED_ROWS = 2000;

/** A column's header in the workbook's language: "Mã", "Đơn vị tính" in Vietnamese, `code`, `unit` in English. */
export function headerOf(column: (typeof INPUT_COLUMNS)[number], lang: 'vi' | 'en'): string {
  return lang === 'vi' ? column.headers[0] : column.name;
}

/**
 * A blank input workbook in the documented layout: the `data` sheet with the
 * headers in the workbook's language (the Vietnamese headers read back as the same columns, so
 * a Vietnamese and an English workbook of the same rows give the same records), dropdowns (data
 * validation) on the columns with allowed values, text format on every column so Vietnamese
 * numbers typed as `8,56` are kept as typed, and example rows (a term target, a year's figure, a
 * year's plan); a guide sheet explains each column and where each report takes its target from.
 */
export function inputWorkbook(
  lang: 'vi' | 'en',
  rows?: ReadonlyArray<Record<string, string | number | null>>,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chitieu';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  // "data" in both languages: the sheet the reader and `--sheet` take by default, as documented.
  const sheet = workbook.addWorksheet('data', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = INPUT_COLUMNS.map((c) => ({
    header: headerOf(c, lang),
    key: c.name,
    width: Math.max(12, headerOf(c, lang).length + 4),
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  const example = lang === 'vi' ? 'dòng ví dụ: xóa hoặc sửa' : 'example row: delete or edit';
  // Tokens in the workbook's language: "cao hơn là tốt" in Vietnamese, "higher" in English.
  const say = (name: string, token: string) => {
    const column = INPUT_COLUMNS.find((c) => c.name === name)!;
    return offered(column, lang)[column.allowed!.indexOf(token)];
  };
  const grdp = {
    code: 'grdp_growth',
    indicator_vi: 'Tốc độ tăng trưởng GRDP',
    indicator_en: 'GRDP growth',
    unit: '%',
    direction: say('direction', 'higher'),
    kind: say('kind', 'growth'),
    group: 'Kinh tế | Economy',
  };
  const revenue = {
    code: 'budget_revenue',
    indicator_vi: 'Thu ngân sách nhà nước',
    indicator_en: 'State budget revenue',
    unit: 'tỷ đồng',
    direction: say('direction', 'higher'),
    kind: say('kind', 'level'),
    group: 'Kinh tế | Economy',
  };
  // One example per scope: the term target on the term's own row, a year's figure, a year's plan;
  // `chitieu import` writes the rows it read from a wide table instead.
  const examples = [
    {
      ...grdp,
      target: '10% trở lên',
      period: '2021-2025',
      source: 'Nghị quyết Đại hội Đảng bộ tỉnh',
      note: `${example}; ${lang === 'vi' ? 'chỉ tiêu nhiệm kỳ' : 'term target'}`,
    },
    { ...grdp, period: '2021', value: '6,68', source: 'cafef.vn, 21/01/2022', note: example },
    {
      ...revenue,
      target: '27.000',
      period: '2024',
      value: '28.066,4',
      source: 'Nghị quyết HĐND tỉnh về kế hoạch năm 2024',
      note: `${example}; ${lang === 'vi' ? 'kế hoạch năm 2024' : 'the 2024 plan'}`,
    },
  ];
  for (const row of rows ?? examples) sheet.addRow(row);
  INPUT_COLUMNS.forEach((column, i) => {
    sheet.getCell(1, i + 1).note = column.description[lang];
    if (!column.allowed) return;
    const values = offered(column, lang);
    const letter = String.fromCharCode(65 + i);
    for (let row = 2; row <= VALIDATED_ROWS; row++) {
      sheet.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${values.join(',')}"`],
        showErrorMessage: true,
        errorTitle: headerOf(column, lang),
        error: `${column.description[lang]}: ${values.join(', ')}`,
      };
    }
  });
  const guide = workbook.addWorksheet(lang === 'vi' ? 'huong_dan' : 'guide');
  guide.columns = [
    { header: lang === 'vi' ? 'Cột' : 'Column', key: 'name', width: 30 },
    { header: lang === 'vi' ? 'Bắt buộc' : 'Required', key: 'required', width: 10 },
    { header: lang === 'vi' ? 'Ý nghĩa' : 'Meaning', key: 'meaning', width: 80 },
    { header: lang === 'vi' ? 'Giá trị cho phép' : 'Allowed values', key: 'allowed', width: 50 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const column of INPUT_COLUMNS) {
    guide.addRow({
      // The Vietnamese header with the English name the English layout and the guide use.
      name: lang === 'vi' ? `${column.headers[0]} (${column.name})` : column.name,
      required: column.required ? '✓' : '',
      meaning: column.description[lang],
      allowed: column.allowed ? offered(column, lang).join(', ') : '',
    });
  }
  guide.addRow({});
  const heading = guide.addRow({ name: lang === 'vi' ? 'Chỉ tiêu của từng biểu' : "Each report's target" });
  heading.font = { bold: true };
  for (const [template, text] of SCOPE_EXAMPLES[lang]) guide.addRow({ name: template, meaning: text });
  return workbook;
}
