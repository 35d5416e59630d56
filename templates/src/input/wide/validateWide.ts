import type { Problem } from '../problems.js';
import { validateTable, type ValidateOptions, type ValidationResult } from '../validate.js';
import type { WideReading } from './types.js';

/**
 * Validates the long table of a wide reading with the one validator (validate.ts), then names
 * the wide sheet's cell in every problem: a value that is not a number is reported at F12, where
 * the officer typed it, not at a row of a table that exists only in memory. The records keep the
 * sheet row too. A kind or direction left blank for a question is not reported twice.
 */
export function validateWideTable(reading: WideReading, options: ValidateOptions = {}): ValidationResult {
  const result = validateTable(reading.table, options);
  const asked = new Set(reading.questions.map((q) => `${q.row}\u0000${q.asks}`));
  const problems: Problem[] = [];
  for (const p of result.problems) {
    const origin = p.row === null ? undefined : reading.origins[p.row - 2];
    if (origin === undefined) {
      problems.push({ ...p, sheet: reading.table.sheet });
      continue;
    }
    if ((p.reason === 'bad-kind' || p.reason === 'bad-direction') && asked.has(`${origin.row}\u0000${p.column}`))
      continue;
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
