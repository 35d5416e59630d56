import ExcelJS from 'exceljs';
import { INPUT_COLUMNS } from '../input/layout.js';

/** Rows that get the dropdowns of `chitieu init` (a provincial table is far smaller). */
const VALIDATED_ROWS = 2000;

/**
 * A blank input workbook in the documented layout: the `data` sheet with the headers, dropdowns
 * (data validation) on `direction` and `kind`, text format on every column so Vietnamese numbers
 * typed as `8,56` are kept as typed, and one example row from the Thái Bình sample; a
 * `guide` sheet explains each column in the chosen language.
 */
export function inputWorkbook(lang: 'vi' | 'en'): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chitieu';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet('data', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = INPUT_COLUMNS.map((c) => ({
    header: c.name,
    key: c.name,
    width: Math.max(12, c.name.length + 4),
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    code: 'grdp_growth',
    indicator_vi: 'Tốc độ tăng trưởng GRDP',
    indicator_en: 'GRDP growth',
    unit: '%',
    direction: 'higher',
    kind: 'growth',
    target: '10% trở lên',
    period: '2021',
    value: '6,68',
    source: 'cafef.vn, 21/01/2022',
    note: lang === 'vi' ? 'dòng ví dụ: xóa hoặc sửa' : 'example row: delete or edit',
    area: '',
    part_of: '',
  });
  INPUT_COLUMNS.forEach((column, i) => {
    sheet.getCell(1, i + 1).note = column.description[lang];
    if (!column.allowed) return;
    const letter = String.fromCharCode(65 + i);
    for (let row = 2; row <= VALIDATED_ROWS; row++) {
      sheet.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.allowed.join(',')}"`],
        showErrorMessage: true,
        errorTitle: column.name,
        error: `${column.description[lang]}: ${column.allowed.join(', ')}`,
      };
    }
  });
  const guide = workbook.addWorksheet(lang === 'vi' ? 'huong_dan' : 'guide');
  guide.columns = [
    { header: lang === 'vi' ? 'Cột' : 'Column', key: 'name', width: 16 },
    { header: lang === 'vi' ? 'Bắt buộc' : 'Required', key: 'required', width: 10 },
    { header: lang === 'vi' ? 'Ý nghĩa' : 'Meaning', key: 'meaning', width: 80 },
    { header: lang === 'vi' ? 'Giá trị cho phép' : 'Allowed values', key: 'allowed', width: 50 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const column of INPUT_COLUMNS) {
    guide.addRow({
      name: column.name,
      required: column.required ? '✓' : '',
      meaning: column.description[lang],
      allowed: column.allowed?.join(', ') ?? '',
    });
  }
  return workbook;
}
