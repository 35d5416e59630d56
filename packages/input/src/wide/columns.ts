import { isChitieuError, termOfYear } from '@chitieu/core';
import type { Label } from '@chitieu/words';
import { problem, type Problem } from '../problems.js';
import { address, lastColumn } from './grid.js';
import { columnLetter } from '../cellAddress.js';
import { headerParts, type TableBlock } from './headerBlock.js';
import { readHeader } from './headerWords.js';
import type { ColumnRole, WideGrid } from './types.js';

/**
 * The role of every column of a table, from its header. Two columns claiming the same figures
 * (two "2023") or one identity column twice (two unit columns) are errors naming both header
 * cells; a year header that is not a year is an error with its cell. A hidden column is read like
 * any other, and the preview says it is hidden: its figures are the officer's all the same.
 */
export function columnRoles(grid: WideGrid, table: TableBlock): { columns: ColumnRole[]; problems: Problem[] } {
  const columns: ColumnRole[] = [];
  const problems: Problem[] = [];
  const hidden = new Set(grid.hiddenColumns ?? []);
  const at = (column: number) => ({
    file: grid.file,
    sheet: grid.sheet,
    row: table.bottom,
    column: columnLetter(column),
  });
  for (let column = grid.origin.column; column <= lastColumn(grid); column++) {
    const parts = headerParts(grid, table, column);
    const header = parts.join(' / ');
    const cell = address(table.bottom, column);
    const read = readHeader(parts, table.reportYear);
    if ('error' in read) {
      problems.push(
        problem('error', 'bad-year-header', at(column), {
          vi: `tiêu đề cột ô ${cell} ${read.because.vi}`,
          en: `the column header in ${cell} ${read.because.en}`,
        }),
      );
      continue;
    }
    if (header === '' && read.role === 'unknown' && column !== table.nameColumn) continue;
    columns.push({
      column,
      letter: columnLetter(column),
      cell,
      header,
      role: column === table.nameColumn ? 'indicator' : read.role,
      period: read.period,
      figureStatus: read.figureStatus,
      scope: read.scope,
      ...(hidden.has(column) ? { hidden: true } : {}),
      because: read.because,
      ...(read.year !== undefined ? { year: read.year } : {}),
    });
  }
  resolveTermSpans(columns);
  problems.push(...duplicates(columns, grid, table));
  return { columns, problems };
}

/**
 * A term target without its span ("Mục tiêu NQ") is for the five-year plan period of the table's
 * years; "Mục tiêu 2025" for the period holding 2025 (the national plan calendar: 2021-2025).
 */
function resolveTermSpans(columns: ColumnRole[]): void {
  const years = columns.flatMap((c) =>
    c.role === 'value' && c.period && /^\d{4}$/.test(c.period) ? [Number(c.period)] : [],
  );
  for (const c of columns) {
    if (c.role !== 'target' || c.scope !== 'term' || c.period !== undefined) continue;
    const term = termOfYear(c.year ?? (years.length ? Math.max(...years) : undefined));
    if (!isChitieuError(term)) c.period = `${term.firstYear}-${term.lastYear}`;
  }
}

function duplicates(columns: readonly ColumnRole[], grid: WideGrid, table: TableBlock): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, ColumnRole>();
  for (const c of columns) {
    const key =
      c.role === 'value' || c.role === 'target'
        ? `${c.role}\u0000${c.period ?? ''}\u0000${c.scope ?? ''}`
        : c.role === 'comparison' || c.role === 'unknown'
          ? null
          : c.role;
    if (key === null) continue;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, c);
      continue;
    }
    const what: Label =
      c.role === 'value'
        ? { vi: `số liệu năm ${c.period}`, en: `the figures of ${c.period}` }
        : c.role === 'target'
          ? { vi: `chỉ tiêu kỳ ${c.period}`, en: `the target of ${c.period}` }
          : { vi: `cột ${c.role}`, en: `the ${c.role} column` };
    problems.push(
      problem(
        'error',
        'duplicate-column',
        { file: grid.file, sheet: grid.sheet, row: table.bottom, column: c.letter },
        {
          vi: `hai cột cùng ghi ${what.vi}: ${first.cell} ("${first.header}") và ${c.cell} ("${c.header}"); xóa hoặc đổi tiêu đề một cột`,
          en: `two columns both hold ${what.en}: ${first.cell} ("${first.header}") and ${c.cell} ("${c.header}"); remove one or change its header`,
        },
      ),
    );
  }
  return problems;
}
