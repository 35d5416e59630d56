import type { Problem } from '../problems.js';
import { validateTable, type ValidateOptions, type ValidationResult } from '../validate.js';
import type { WideReading } from './types.js';

/**
 * Validates the long table of a wide reading with the one validator (validate.ts), then names
 * the wide sheet's cell in every problem: a value that is not a number is reported at F12, where
 * the officer typed it, not at a row of a table that exists only in memory. The records keep the
 * sheet row too. Its text numbers are read in the number locale the reading chose (the option
 * given to readWideTable, else the headers' language): the same "10,000" the preview spoke of.
 */
export function validateWideTable(
  reading: WideReading,
  options: Omit<ValidateOptions, 'numberLocale'> = {},
): ValidationResult {
  const result = validateTable(reading.table, { ...options, numberLocale: reading.preview.numbers.locale });
  const problems: Problem[] = [];
  for (const p of result.problems) {
    const origin = p.row === null ? undefined : reading.origins[p.row - 2];
    if (origin === undefined) {
      problems.push({ ...p, sheet: reading.table.sheet });
      continue;
    }
    // A kind or direction the reader left blank was reported by it already (a question, a missing
    // unit, a cell of the sheet that is not a kind): not a second time by the validator.
    if ((p.reason === 'bad-kind' || p.reason === 'bad-direction') && blank(reading, p.row!, p.column!)) continue;
    const cell = p.column === null ? undefined : origin.cells[p.column];
    problems.push({
      ...p,
      sheet: reading.table.sheet,
      row: cell ? Number(/\d+$/u.exec(cell)?.[0]) : origin.row,
      column: cell ? cell.replace(/\d+$/u, '') : p.column,
    });
  }
  const records = result.dataset.records.map((r) => ({ ...r, row: reading.origins[r.row - 2]?.row ?? r.row }));
  return { dataset: { file: result.dataset.file, records }, problems: [...reading.problems, ...problems] };
}

function blank(reading: WideReading, row: number, column: string): boolean {
  const k = reading.table.header.indexOf(column);
  return (reading.table.rows[row - 2]?.cells[k] ?? '') === '';
}
