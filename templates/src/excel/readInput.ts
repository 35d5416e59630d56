import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../input/csv.js';
import { problem, type Problem } from '../input/problems.js';
import type { RawRow, RawTable } from '../input/records.js';
import { validateTable, type ValidateOptions, type ValidationResult } from '../input/validate.js';

export interface ReadOptions extends ValidateOptions {
  /** Refuse inputs larger than this many bytes (default 20 MB): a provincial table is far smaller. */
  maxBytes?: number;
  /** Called while rows are read, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** The sheet of an .xlsx to read (default: "data" or "du_lieu", else the first). */
  sheet?: string;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The sheet read from a workbook: one named "data" or "du_lieu" if there is one, else the first. */
const DATA_SHEETS = ['data', 'du_lieu', 'dữ liệu', 'du lieu'];

/**
 * Reads and validates an input file (.xlsx or .csv), never writing to it. Everything that can go
 * wrong comes back as problem records, including a file that is not what its name says (a text
 * file named .xlsx, a truncated workbook): nothing is thrown for bad input.
 */
export async function readInput(path: string, options: ReadOptions = {}): Promise<ValidationResult> {
  const file = basename(path);
  const fail = (reason: Problem['reason'], vi: string, en: string): ValidationResult => ({
    dataset: { file, records: [] },
    problems: [problem('error', reason, { file }, { vi, en })],
  });
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    return fail(
      'unreadable-file',
      `không mở được tệp: ${(error as Error).message}`,
      `cannot open the file: ${(error as Error).message}`,
    );
  }
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > limit) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return fail(
      'too-large',
      `tệp quá lớn (${mb(size)} MB > ${mb(limit)} MB); dùng --max-size nếu thật sự cần`,
      `the file is too large (${mb(size)} MB > ${mb(limit)} MB); use --max-size if you really need it`,
    );
  }
  if (size === 0) return fail('empty-file', 'tệp trống (0 byte)', 'the file is empty (0 bytes)');
  const bytes = await readFile(path);
  const extension = extname(path).toLowerCase();
  let table: RawTable | ValidationResult;
  if (extension === '.xlsx') table = await readWorkbook(bytes, file, options.onProgress, options.sheet);
  else if (extension === '.csv') {
    // U+FFFD appears when the bytes are not UTF-8 (e.g. a CSV saved in Windows-1258).
    const text = bytes.toString('utf8');
    if (text.includes('\uFFFD')) {
      return fail(
        'unreadable-file',
        'tệp CSV không phải mã UTF-8: trong Excel chọn Lưu thành "CSV UTF-8", hoặc dùng .xlsx',
        'the CSV file is not UTF-8: in Excel save as "CSV UTF-8", or use .xlsx',
      );
    }
    table = readCsvTable(text, file);
  } else
    return fail(
      'unreadable-file',
      `không hỗ trợ đuôi "${extension}": dùng .xlsx hoặc .csv`,
      `"${extension}" files are not supported: use .xlsx or .csv`,
    );
  if ('problems' in table) return table;
  return validateTable(table, options);
}

function readCsvTable(text: string, file: string): RawTable {
  const records = parseCsv(text);
  const [header, ...rows] = records;
  return { file, sheet: null, header: header?.cells ?? [], rows: rows.map((r) => ({ row: r.row, cells: r.cells })) };
}

async function readWorkbook(
  bytes: Buffer,
  file: string,
  onProgress?: (done: number, total: number) => void,
  sheetName?: string,
): Promise<RawTable | ValidationResult> {
  const fail = (reason: Problem['reason'], vi: string, en: string): ValidationResult => ({
    dataset: { file, records: [] },
    problems: [problem('error', reason, { file }, { vi, en })],
  });
  // An .xlsx file is a zip archive: it starts with "PK\x03\x04".
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    return fail(
      'not-xlsx',
      'tệp có đuôi .xlsx nhưng không phải là sổ tính Excel (không phải tệp zip)',
      'the file is named .xlsx but is not an Excel workbook (not a zip archive)',
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return fail(
      'unreadable-file',
      `sổ tính bị hỏng hoặc không đầy đủ: ${(error as Error).message}`,
      `the workbook is damaged or truncated: ${(error as Error).message}`,
    );
  }
  if (sheetName !== undefined && !workbook.getWorksheet(sheetName)) {
    const names = workbook.worksheets.map((ws) => ws.name).join(', ');
    return fail(
      'missing-sheet',
      `sổ tính không có trang "${sheetName}" (có: ${names})`,
      `the workbook has no sheet "${sheetName}" (it has: ${names})`,
    );
  }
  const sheet =
    sheetName !== undefined
      ? workbook.getWorksheet(sheetName)
      : (workbook.worksheets.find((ws) => DATA_SHEETS.includes(ws.name.trim().toLowerCase())) ??
        workbook.worksheets[0]);
  if (!sheet) return fail('empty-file', 'sổ tính không có trang nào', 'the workbook has no sheet');
  const header: string[] = [];
  const rows: RawRow[] = [];
  const total = sheet.rowCount;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const width = Math.max(row.cellCount, header.length);
    const cells: Array<string | number | null> = [];
    const percent: boolean[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cells.push(plain(cell.value));
      percent.push(typeof cell.numFmt === 'string' && cell.numFmt.includes('%'));
    }
    if (number === 1) header.push(...cells.map((v) => (v === null ? '' : String(v))));
    else if (cells.some((v) => v !== null && String(v).trim() !== '')) rows.push({ row: number, cells, percent });
    if (onProgress && number % 1000 === 0) onProgress(number, total);
  });
  return { file, sheet: sheet.name, header, rows };
}

/**
 * A cell's value as the validator sees it: text as typed (rich text joined, a formula's result,
 * hyperlink text), a number, or null. A text starting with "=" stays text: it is data.
 */
function plain(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return plain((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}
