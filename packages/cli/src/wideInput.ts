import { previewText, readMapping, type MappingEntry, type Problem, type WideReading } from '@chitieu/input';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { UsageError } from './args.js';
import type { Io, Lang } from './io.js';

/** The options of a command that may read a wide table (import, report, check). */
export const WIDE_OPTIONS = {
  table: { type: 'string' },
  map: { type: 'string' },
} as const;

export const WIDE_HELP = {
  vi: `  --table N|CHỮ        bảng thứ N của trang, hoặc bảng có tiêu đề chứa CHỮ ("Biểu 2") (bảng dạng ngang; mặc định 1)
  --map TỆP.csv        tệp ánh xạ (loại, hướng, mã của từng chỉ tiêu) cho bảng dạng ngang`,
  en: `  --table N|WORDS      the Nth table of the sheet, or the one whose title holds WORDS ("Biểu 2") (a wide table; default 1)
  --map FILE.csv       a mapping file (kind, direction, code of each indicator) for a wide table`,
};

/** The wide-table options as the reader takes them; a mapping file that cannot be read is problems. */
export async function wideOptions(
  values: { table?: string | boolean; map?: string | boolean },
  cwd: string,
): Promise<{ table?: number | string; mapping?: MappingEntry[]; mappingFile?: string; problems: Problem[] }> {
  // A number is the table's place on the sheet; other words are looked for in the tables' titles.
  let table: number | string | undefined;
  if (typeof values.table === 'string') {
    table = /^\s*-?\d+\s*$/u.test(values.table) ? Number(values.table) : values.table;
    if (typeof table === 'number' && table < 1)
      throw new UsageError({
        vi: `--table phải là số nguyên dương hoặc chữ trong tiêu đề bảng (đã ghi ${values.table})`,
        en: `--table must be a positive whole number or words of the table's title (got ${values.table})`,
      });
  }
  if (typeof values.map !== 'string') return { table, problems: [] };
  const path = resolve(cwd, values.map);
  const file = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return {
      table,
      problems: [
        {
          severity: 'error',
          reason: 'unreadable-file',
          file,
          sheet: null,
          row: null,
          column: null,
          message: { vi: 'không mở được tệp ánh xạ --map', en: 'cannot open the mapping file --map' },
        },
      ],
    };
  }
  const read = readMapping(text, file);
  return { table, mapping: read.entries, mappingFile: file, problems: read.problems };
}

/** Prints what the wide reader found (text: to stderr, so that stdout stays the command's own). */
export function printPreview(io: Io, wide: WideReading | undefined, lang: Lang, json: boolean): void {
  if (wide && !json) io.err(`${previewText(wide.preview, wide.questions, lang)}\n`);
}

/** The preview for --json output. */
export const previewJson = (wide: WideReading | undefined) =>
  wide ? { wide: { preview: wide.preview, questions: wide.questions } } : {};
