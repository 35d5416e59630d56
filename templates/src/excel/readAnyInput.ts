import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { problem } from '../input/problems.js';
import type { ValidationResult } from '../input/validate.js';
import { gridOfCsv } from '../input/wide/csvGrid.js';
import { readWideTable } from '../input/wide/readWideTable.js';
import type { WideOptions, WideReading } from '../input/wide/types.js';
import { validateWideTable } from '../input/wide/validateWide.js';
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
  if (!(missing.has('period') && missing.has('value'))) return long;
  return readWideFile(path, options);
}

/** Reads a file as a wide table (`chitieu import`): the grid, the reading and its validation. */
export async function readWideFile(path: string, options: AnyReadOptions = {}): Promise<AnyReading> {
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
  const wide = readWideTable(grid, options);
  return { ...validateWideTable(wide, options), wide };
}
