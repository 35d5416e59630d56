import { readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { basename, extname } from 'node:path';
import { detectSeparator, scanCsvChunks, type CsvFault, type CsvRecord } from '../csv.js';
import { problem, type Problem } from '../problems.js';
import type { RowTable } from '../records.js';
import { checkTable, DEFAULT_MAX_YEARS } from '../tableChecks.js';
import { validateTable, type ValidateOptions, type ValidationResult } from '../validate.js';
import { readWorkbookTable } from './xlsxTable.js';
import { ReadRefusal } from './zip.js';

export interface ReadOptions extends ValidateOptions {
  /** Refuse inputs larger than this many bytes (default 400 MB: a national panel of 2,000,000 rows as CSV). */
  maxBytes?: number;
  /** Refuse a workbook whose parts read unpack to more than this many bytes (default 200 MB). */
  maxUnzippedBytes?: number;
  /** Refuse more data rows than this (default 2,000,000: 3,300 communes × 50 indicators × 10 years is 1.65 million). */
  maxRows?: number;
  /** Refuse more columns than this (default 100). */
  maxColumns?: number;
  /** Refuse a cell with more characters than this (default 32,767, Excel's own limit). */
  maxCellChars?: number;
  /** Refuse an indicator whose years span more than this (default 100). */
  maxYears?: number;
  /** Called while rows are read, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** The sheet of an .xlsx to read (default: "data" or "du_lieu", else the first). */
  sheet?: string;
}

export const DEFAULT_MAX_BYTES = 400 * 1024 * 1024;

/**
 * The limits that keep a small hostile file from exhausting the machine, each above a national
 * commune panel and each raised by its CLI flag. A CSV is read as it comes and the report is
 * written as it is laid out, so rows cost a few hundred bytes each (docs/benchmarks.md); an
 * .xlsx's sheet is still inflated whole, so its budget stays at 200 MB (a zip bomb stops there).
 */
export const DEFAULT_LIMITS = {
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxRows: 2_000_000,
  maxColumns: 100,
  maxCellChars: 32_767,
  maxYears: DEFAULT_MAX_YEARS,
} as const;

/**
 * Reads and validates an input file (.xlsx or .csv), never writing to it. Everything that can go
 * wrong comes back as problem records, including a file that is not what its name says (a text
 * file named .xlsx, a truncated workbook, an encrypted one, a folder): nothing is thrown for bad
 * input, and no problem carries a JavaScript message.
 */
export async function readInput(path: string, options: ReadOptions = {}): Promise<ValidationResult> {
  const file = basename(path);
  const fail = (
    reason: Problem['reason'],
    vi: string,
    en: string,
    place: { sheet?: string; row?: number; column?: string } = {},
  ) => ({
    dataset: { file, records: [] },
    problems: [problem('error', reason, { file, ...place }, { vi, en })],
  });
  const limits = { ...DEFAULT_LIMITS, ...definedOnly(options) };
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const extension = extname(path).toLowerCase();
  const cannotOpen = (error: unknown) => {
    const why = OPEN_ERRORS[(error as NodeJS.ErrnoException).code ?? ''] ?? OPEN_ERRORS.other;
    return fail('unreadable-file', `không mở được tệp: ${why.vi}`, `cannot open the file: ${why.en}`);
  };
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return cannotOpen(error);
  }
  // Opened once and read through the same handle: the size checked is the size read.
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      return fail('unreadable-file', 'đây là một thư mục, không phải tệp', 'this is a folder, not a file');
    if (!info.isFile()) return fail('unreadable-file', 'đây không phải tệp thường', 'this is not a regular file');
    if (info.size > limit) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      return fail(
        'too-large',
        `tệp quá lớn (${mb(info.size)} MB > ${mb(limit)} MB); dùng --max-size nếu thật sự cần`,
        `the file is too large (${mb(info.size)} MB > ${mb(limit)} MB); use --max-size if you really need it`,
      );
    }
    if (info.size === 0) return fail('empty-file', 'tệp trống (0 byte)', 'the file is empty (0 bytes)');
    let table: RowTable;
    if (extension === '.xlsx') {
      const bytes = await handle.readFile();
      try {
        table = readWorkbookTable(bytes, file, limits, options.sheet, options.onProgress);
      } catch (error) {
        if (error instanceof ReadRefusal) return fail(error.reason, error.text.vi, error.text.en, error.place);
        // A bug of ours, not a property of the file: still a sentence, never a bare JavaScript message.
        return fail(
          'unreadable-file',
          'không đọc được sổ tính này (lỗi của chitieu, xin báo lại kèm tệp); mở trong Excel và lưu lại có thể giúp',
          'this workbook could not be read (a chitieu bug, please report it with the file); saving it again in Excel may help',
        );
      }
    } else if (extension === '.csv') {
      // Read as it comes, a megabyte at a time, once for the checks and once for the records:
      // the file's text is never held whole.
      const read = readCsvTable(fileText(handle.fd, info.size), file, limits);
      if ('problems' in read) return read;
      table = read;
    } else
      return fail(
        'unreadable-file',
        `không hỗ trợ đuôi "${extension}": dùng .xlsx hoặc .csv`,
        `"${extension}" files are not supported: use .xlsx or .csv`,
      );
    const structural = checkTable(table, limits);
    if (structural.some((p) => p.severity === 'error')) {
      // The header's missing columns too (the validator's header check, without reading any row).
      const header = validateTable({ ...table, rows: [] }, options).problems;
      return { dataset: { file, records: [] }, problems: [...header, ...structural] };
    }
    const result = validateTable(table, options);
    return { dataset: result.dataset, problems: [...structural, ...result.problems] };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined) return cannotOpen(error);
    throw error;
  } finally {
    await handle.close();
  }
}

/** Bytes read per step of a CSV file. */
const CHUNK = 1 << 20;

/**
 * A file's UTF-8 text in pieces of about a megabyte, read again from its start each time it is
 * iterated, never beyond the size checked when it was opened.
 */
function fileText(fd: number, size: number): Iterable<string> {
  return {
    *[Symbol.iterator]() {
      const decoder = new StringDecoder('utf8');
      const buffer = Buffer.alloc(Math.min(CHUNK, size));
      for (let position = 0; position < size;) {
        const read = readSync(fd, buffer, 0, Math.min(CHUNK, size - position), position);
        if (read === 0) break;
        position += read;
        yield decoder.write(buffer.subarray(0, read));
      }
      const tail = decoder.end();
      if (tail !== '') yield tail;
    },
  };
}

/** Why a file could not be opened, by the system's error code. */
const OPEN_ERRORS: Record<string, { vi: string; en: string }> = {
  ENOENT: { vi: 'không có tệp này (kiểm tra tên và thư mục)', en: 'no such file (check the name and folder)' },
  EACCES: { vi: 'không có quyền đọc tệp này', en: 'permission denied: you may not read this file' },
  EPERM: { vi: 'không có quyền đọc tệp này', en: 'permission denied: you may not read this file' },
  EISDIR: { vi: 'đây là một thư mục, không phải tệp', en: 'this is a folder, not a file' },
  ELOOP: { vi: 'liên kết tượng trưng lặp vòng', en: 'a symbolic link loop' },
  EMFILE: { vi: 'quá nhiều tệp đang mở', en: 'too many open files' },
  other: { vi: 'lỗi hệ thống khi mở tệp', en: 'a system error while opening the file' },
};

/** The limits a caller gave (the others stay at their defaults). */
export function definedOnly(options: ReadOptions) {
  const out: Partial<Record<keyof typeof DEFAULT_LIMITS, number>> = {};
  for (const key of Object.keys(DEFAULT_LIMITS) as Array<keyof typeof DEFAULT_LIMITS>) {
    if (options[key] !== undefined) out[key] = options[key];
  }
  return out;
}

/**
 * A CSV file as a raw table, or the problems that make it impossible to read exactly: text that
 * is not UTF-8, an unclosed quote, text after a closing quote, a row with more or fewer fields
 * than the header (an unquoted decimal comma splits a number in two). The line as typed is quoted
 * in the message. The checks read the file once; the table's rows read it again, each time they
 * are iterated, one record at a time.
 */
function readCsvTable(
  source: Iterable<string>,
  file: string,
  limits: { maxRows: number; maxColumns: number; maxCellChars: number },
): RowTable | ValidationResult {
  let separator: ',' | ';' = ',';
  for (const first of source) {
    separator = detectSeparator(first);
    break;
  }
  // U+FFFD appears when the bytes are not UTF-8 (e.g. a CSV saved in Windows-1258).
  let lines = 1;
  let damaged = 0;
  const checked = function* () {
    for (const chunk of source) {
      const at = chunk.indexOf('\uFFFD');
      if (at >= 0) {
        damaged = lines + newlines(chunk, at);
        return;
      }
      lines += newlines(chunk, chunk.length);
      yield chunk;
    }
  };
  let header: CsvRecord | undefined;
  const faults: CsvFault[] = [];
  const long: Problem[] = [];
  const ragged: Problem[] = [];
  let rows = 0;
  let firstBeyond = 0;
  for (const found of scanCsvChunks(checked(), separator)) {
    if (!('cells' in found)) {
      faults.push(found);
      continue;
    }
    const record = found;
    if (!header) header = record;
    else if (++rows === limits.maxRows + 1) firstBeyond = record.row;
    const tooLong = record.cells.findIndex((c) => c.length > limits.maxCellChars);
    if (tooLong >= 0)
      long.push(
        problem(
          'error',
          'cell-too-long',
          { file, row: record.row, column: header.cells[tooLong] || String(tooLong + 1) },
          {
            vi: `ô dài ${record.cells[tooLong].length} ký tự, quá giới hạn ${limits.maxCellChars} (Excel chứa tối đa 32.767; nâng bằng --max-cell-chars)`,
            en: `the cell holds ${record.cells[tooLong].length} characters, beyond the limit of ${limits.maxCellChars} (Excel holds at most 32,767; raise it with --max-cell-chars)`,
          },
        ),
      );
    // Reported for the first rows only: one misplaced comma in a column repeats on every row.
    if (record !== header && record.cells.length !== header.cells.length && ragged.length < 20)
      ragged.push(raggedRow(record, header.cells.length, file));
  }
  if (damaged > 0)
    return {
      dataset: { file, records: [] },
      problems: [
        problem(
          'error',
          'unreadable-file',
          { file, row: damaged },
          {
            vi: 'tệp CSV không phải mã UTF-8: trong Excel chọn Lưu thành "CSV UTF-8", hoặc dùng .xlsx',
            en: 'the CSV file is not UTF-8: in Excel save as "CSV UTF-8", or use .xlsx',
          },
        ),
      ],
    };
  const problems: Problem[] = faults.map((f) => faultProblem(f, file, header?.cells));
  const width = header?.cells.length ?? 0;
  if (width > limits.maxColumns)
    problems.push(
      problem(
        'error',
        'limit-exceeded',
        { file, row: 1 },
        {
          vi: `dòng tiêu đề có ${width} cột, quá giới hạn ${limits.maxColumns} (nâng bằng --max-columns)`,
          en: `the header row has ${width} columns, beyond the limit of ${limits.maxColumns} (raise it with --max-columns)`,
        },
      ),
    );
  if (rows > limits.maxRows)
    problems.push(
      problem(
        'error',
        'limit-exceeded',
        { file, row: firstBeyond },
        {
          vi: `tệp có ${rows} dòng số liệu, quá giới hạn ${limits.maxRows} (nâng bằng --max-rows)`,
          en: `the file has ${rows} data rows, beyond the limit of ${limits.maxRows} (raise it with --max-rows)`,
        },
      ),
    );
  problems.push(...long, ...ragged);
  if (problems.length > 0) return { dataset: { file, records: [] }, problems };
  const count = rows;
  return {
    file,
    sheet: null,
    header: header?.cells ?? [],
    rows: {
      length: count,
      *[Symbol.iterator]() {
        let first = true;
        for (const found of scanCsvChunks(source, separator)) {
          if (!('cells' in found)) continue;
          if (first) first = false;
          else yield { row: found.row, cells: found.cells };
        }
      },
    },
  };
}

/** How many line breaks `text` has before `end`. */
function newlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function raggedRow(r: CsvRecord, width: number, file: string): Problem {
  const more = r.cells.length > width;
  return problem(
    'error',
    'malformed-csv',
    { file, row: r.row },
    more
      ? {
          vi: `dòng có ${r.cells.length} ô nhưng tiêu đề có ${width}: có dấu phẩy ngoài ngoặc kép (số thập phân như 6,68 phải ghi "6,68", hoặc lưu CSV bằng dấu ;). Dòng: ${shown(r.line)}`,
          en: `the row has ${r.cells.length} fields but the header has ${width}: a comma outside quotes (a decimal like 6,68 must be written "6,68", or save the CSV with ;). Line: ${shown(r.line)}`,
        }
      : {
          vi: `dòng có ${r.cells.length} ô nhưng tiêu đề có ${width}: thiếu ô (hoặc một dấu ngoặc kép chưa đóng ở dòng trước). Dòng: ${shown(r.line)}`,
          en: `the row has ${r.cells.length} fields but the header has ${width}: fields are missing (or a quote left open on an earlier line). Line: ${shown(r.line)}`,
        },
  );
}

function faultProblem(fault: CsvFault, file: string, header: string[] | undefined): Problem {
  const column = header?.[fault.field - 1] || String(fault.field);
  return problem(
    'error',
    'malformed-csv',
    { file, row: fault.row, column },
    fault.kind === 'unclosed-quote'
      ? {
          vi: `dấu ngoặc kép mở ở đây không bao giờ đóng: mọi dòng sau bị nuốt vào ô này; thêm dấu " đóng. Dòng: ${shown(fault.line)}`,
          en: `a quote opened here is never closed: every following line would be swallowed into this field; add the closing ". Line: ${shown(fault.line)}`,
        }
      : {
          vi: `có chữ ngay sau dấu ngoặc kép đóng (dấu " trong ô phải gõ đôi "", hoặc một ngoặc kép ở dòng trên chưa đóng). Dòng: ${shown(fault.line)}`,
          en: `text right after a closing quote (a " inside a field must be doubled "", or a quote on an earlier line was left open). Line: ${shown(fault.line)}`,
        },
  );
}

/** A line as typed, cut to what a terminal shows. */
const shown = (line: string | undefined) => {
  const text = line ?? '';
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
};
