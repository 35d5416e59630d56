import { z } from 'zod';
import { Label } from '../definition.js';

/**
 * What can be wrong with an input file. Every problem is a record with its place (file, sheet,
 * row, column) so that a user can go straight to the cell; validation collects all of them in
 * one pass instead of stopping at the first. `error` problems stop a report; `warning` problems
 * (inconsistencies `chitieu check` finds) are shown but do not.
 */
export const ProblemReason = z.enum([
  'empty-file',
  'not-xlsx',
  'unreadable-file',
  'too-large',
  'missing-sheet',
  'missing-column',
  'blank-required',
  'bad-code',
  'bad-direction',
  'bad-kind',
  'bad-period',
  'bad-number',
  'bad-target',
  'direction-conflict',
  'nothing-to-report',
  'duplicate-row',
  'code-conflict',
  'missing-target',
  'parts-not-total',
  'growth-mismatch',
  'coverage-over-100',
  'rate-out-of-range',
  // Reading (issue 12): files that cannot be read exactly, and the limits that keep a small file
  // from exhausting the machine.
  'malformed-csv',
  'unknown-column',
  'duplicate-column',
  'bad-encoding',
  'limit-exceeded',
  'encrypted-workbook',
  'cell-too-long',
  'formula-too-long',
  'text-truncated',
  'uncomputed-formula',
]);
export type ProblemReason = z.infer<typeof ProblemReason>;

export const Problem = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  sheet: z.string().nullable(),
  /** 1-based row as the spreadsheet shows it (the header is row 1); null for the whole file. */
  row: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  reason: ProblemReason,
  message: Label,
});
export type Problem = z.infer<typeof Problem>;

/** Builds a problem record; `where` gives its place in the file. */
export function problem(
  severity: Problem['severity'],
  reason: ProblemReason,
  where: { file: string; sheet?: string | null; row?: number | null; column?: string | null },
  message: Label,
): Problem {
  return {
    severity,
    reason,
    file: where.file,
    sheet: where.sheet ?? null,
    row: where.row ?? null,
    column: where.column ?? null,
    message,
  };
}

/**
 * Problems as readable text, one per line: `data.csv, dòng 7, cột value: ...`. Sorted by place
 * so that a user fixes the file top to bottom.
 */
export function renderProblems(problems: readonly Problem[], lang: 'vi' | 'en'): string {
  const words =
    lang === 'vi'
      ? { sheet: 'trang', row: 'dòng', column: 'cột', error: 'lỗi', warning: 'cảnh báo' }
      : { sheet: 'sheet', row: 'row', column: 'column', error: 'error', warning: 'warning' };
  return [...problems]
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''))
    .map((p) => {
      const place = [
        p.file,
        p.sheet ? `${words.sheet} ${p.sheet}` : null,
        p.row ? `${words.row} ${p.row}` : null,
        p.column ? `${words.column} ${p.column}` : null,
      ]
        .filter((part) => part !== null)
        .join(', ');
      return `${place}: [${words[p.severity]}] ${p.message[lang]}`;
    })
    .join('\n');
}
