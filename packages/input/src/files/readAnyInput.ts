import { open, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseCsv } from '../csv.js';
import { columnOfHeader } from '../schema.js';
import { problem } from '../problems.js';
import type { ValidationResult } from '../validate.js';
import { gridOfCsv } from '../wide/csvGrid.js';
import { readWideTable } from '../wide/readWideTable.js';
import type { WideGrid, WideOptions, WideReading } from '../wide/types.js';
import { validateWideTable } from '../wide/validateWide.js';
import { DEFAULT_LIMITS, definedOnly, readInput, type ReadOptions } from './readInput.js';
import { readWorkbookGrid } from './xlsxGrid.js';
import { ReadRefusal } from './zip.js';

export interface AnyReadOptions extends ReadOptions, Pick<WideOptions, 'table' | 'mapping' | 'mappingFile' | 'lang'> {}

/** A validated input, and when the file was a wide table, what the wide reader found. */
export interface AnyReading extends ValidationResult {
  wide?: WideReading;
}

/**
 * Reads an input file in either layout: the long layout when its first row names the `period`
 * and `value` columns (in English or Vietnamese), else as a wide table (an annex, a yearbook
 * table), read into the long layout with every problem at its wide cell. What `report -d` and
 * `check` call, so a wide file needs no `import` first.
 */
export async function readAnyInput(path: string, options: AnyReadOptions = {}): Promise<AnyReading> {
  const long = await readInput(path, options);
  const missing = new Set(long.problems.filter((p) => p.reason === 'missing-column').map((p) => p.column));
  // The long reader refuses a formula with no stored result before it reads the header; an annex
  // written by openpyxl has them in its comparison columns, which the wide reader never reads.
  const uncomputed = long.problems.some((p) => p.reason === 'uncomputed-formula');
  // A wide CSV typed by hand has rows of different lengths (a title line, the header, the data):
  // the long reader calls that malformed before it looks at the header, so the header is read here.
  const ragged =
    long.problems.some((p) => p.reason === 'malformed-csv') &&
    extname(path).toLowerCase() === '.csv' &&
    !namesLongLayout(await firstCsvRecord(path));
  if (!ragged && !uncomputed && !(missing.has('period') && missing.has('value'))) return long;
  const grid = await readGrid(path, options);
  if ('problems' in grid) return uncomputed ? long : grid;
  const firstRow = grid.origin.row === 1 ? (grid.cells[0] ?? []) : [];
  if (uncomputed && namesLongLayout(firstRow.map((cell) => String(cell ?? '')))) return long;
  const wide = readWideGrid(grid, options);
  // Neither layout: the long layout's missing columns first (what `chitieu init` makes), then
  // that no wide table was found either.
  if (wide.wide?.preview.tables === 0)
    return uncomputed ? long : { ...long, problems: [...long.problems, ...wide.problems] };
  return wide;
}

/** Whether a header row names the long layout's `period` and `value` columns (in any of their words). */
function namesLongLayout(header: readonly string[]): boolean {
  const names = new Set(header.map((h) => columnOfHeader(h)?.name));
  return names.has('period') && names.has('value');
}

/** The first record of a CSV file (its first 64 KB are enough for any header). */
async function firstCsvRecord(path: string): Promise<string[]> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(65536), 0, 65536, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const end = text.search(/\r|\n/u);
    return parseCsv(end < 0 ? text : text.slice(0, end))[0]?.cells ?? [];
  } finally {
    await handle.close();
  }
}

/** Reads a file as a wide table (`chitieu import`): the grid, the reading and its validation. */
export async function readWideFile(path: string, options: AnyReadOptions = {}): Promise<AnyReading> {
  const grid = await readGrid(path, options);
  return 'problems' in grid ? grid : readWideGrid(grid, options);
}

function readWideGrid(grid: WideGrid, options: AnyReadOptions): AnyReading {
  const wide = readWideTable(grid, options);
  return { ...validateWideTable(wide, options), wide };
}

/** A file's sheet as a grid of cells, or why it cannot be read as one. */
async function readGrid(path: string, options: AnyReadOptions): Promise<WideGrid | AnyReading> {
  const file = basename(path);
  const limits = { ...DEFAULT_LIMITS, ...definedOnly(options) };
  const fail = (p: ReturnType<typeof problem>): AnyReading => ({ dataset: { file, records: [] }, problems: [p] });
  let grid;
  try {
    const bytes = await readFile(path);
    const extension = extname(path).toLowerCase();
    if (extension === '.csv') {
      const text = bytes.toString('utf8');
      if (text.includes('\uFFFD'))
        return fail(
          problem(
            'error',
            'unreadable-file',
            { file },
            {
              vi: 'tệp CSV không phải mã UTF-8: trong Excel chọn Lưu thành "CSV UTF-8", hoặc dùng .xlsx',
              en: 'the CSV file is not UTF-8: in Excel save as "CSV UTF-8", or use .xlsx',
            },
          ),
        );
      grid = gridOfCsv(text, file);
    } else grid = readWorkbookGrid(bytes, file, limits, options.sheet);
  } catch (error) {
    if (error instanceof ReadRefusal) return fail(problem('error', error.reason, { file, ...error.place }, error.text));
    return fail(
      problem(
        'error',
        'unreadable-file',
        { file },
        {
          vi: 'không đọc được tệp này như một bảng (mở trong Excel và lưu lại có thể giúp)',
          en: 'this file could not be read as a table (saving it again in Excel may help)',
        },
      ),
    );
  }
  return grid;
}
