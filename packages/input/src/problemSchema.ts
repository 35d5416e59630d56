import { z } from 'zod';
import { Label } from '@chitieu/words';

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
  'bad-scope',
  'missing-scope-target',
  'term-target-conflict',
  'span-target-ignored',
  'year-to-date-mismatch',
  'implausible-rate',
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
  'negative-count',
  'bad-figure-status',
  'figure-status-conflict',
  // Wide tables (issue 15): an annex or yearbook table read into the long layout.
  'no-wide-table',
  'bad-year-header',
  'value-in-group-row',
  'missing-unit',
  'undecided-kind',
  'undecided-direction',
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
