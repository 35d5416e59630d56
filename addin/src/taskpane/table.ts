/**
 * The officer's own table (an annex, a yearbook table: indicators down, years across), as the
 * task pane reads it from Excel, turned into the grid the templates' wide-table reader takes:
 * the same reader as `chitieu import`, so the pane and the CLI read one sheet the same way.
 * No office.js here; excel.ts reads, this file only converts.
 */
import { validateTable, type Dataset, type Label, type Problem } from '@chitieu/templates';
import type { MappingEntry, WideGrid, WideQuestion, WideReading } from './wide-api.js';
import { cellOf } from './address.js';

/** The officer's table as read from Excel (excel.ts readTable); nothing in it is changed. */
export interface TableSnapshot {
  readonly sheet: string;
  /** The range read, with its sheet: `'Phụ lục'!A1:J24`. */
  readonly address: string;
  /** True when a single cell was selected and the sheet's used range was read instead. */
  readonly wholeSheet: boolean;
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly numberFormat: ReadonlyArray<ReadonlyArray<unknown>>;
  /** The merged areas' addresses, or null where the host cannot tell them (before ExcelApi 1.13). */
  readonly merges: readonly string[] | null;
  /** The hidden rows and columns, as 0-based offsets in the range. */
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly number[];
}

type GridCell = WideGrid['cells'][number][number];

/** A cell value as Excel gives it (number, text, boolean, '' for a blank) as a grid cell. */
function gridCell(value: unknown): GridCell {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined || value === '') return null;
  return String(value);
}

/** The 1-based corners of an A1 range (`'S'!B2:E3`, or one cell `B2`). */
function corners(address: string): { top: number; left: number; bottom: number; right: number } {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [first, last = first] = local.split(':');
  const a = cellOf(first);
  const b = cellOf(last);
  return { top: a.row + 1, left: a.col + 1, bottom: b.row + 1, right: b.col + 1 };
}

/**
 * The snapshot as the reader's grid: cells by position from the range's top-left cell, a
 * numeric cell formatted as a percent marked so (Excel holds 8,56% as 0.0856; the rule the
 * .xlsx reader uses: the format code shows a %), merged areas cut to the range (a merge that
 * reaches outside the selection keeps its part inside), and hidden rows and columns as sheet
 * numbers.
 */
export function wideGrid(snapshot: TableSnapshot, file: string): WideGrid {
  const range = corners(snapshot.address);
  const cells = snapshot.values.map((row) => row.map(gridCell));
  const percent = snapshot.values.map((row, r) =>
    row.map((value, c) => typeof value === 'number' && String(snapshot.numberFormat[r]?.[c] ?? '').includes('%')),
  );
  const merges = (snapshot.merges ?? []).map(corners).flatMap((m) => {
    const cut = {
      top: Math.max(m.top, range.top),
      left: Math.max(m.left, range.left),
      bottom: Math.min(m.bottom, range.bottom),
      right: Math.min(m.right, range.right),
    };
    const oneCell = cut.top === cut.bottom && cut.left === cut.right;
    return cut.top > cut.bottom || cut.left > cut.right || oneCell ? [] : [cut];
  });
  return {
    file,
    sheet: snapshot.sheet,
    origin: { row: range.top, column: range.left },
    cells,
    percent,
    merges,
    hiddenRows: snapshot.hiddenRows.map((r) => range.top + r),
    hiddenColumns: snapshot.hiddenColumns.map((c) => range.left + c),
  };
}

/** A cell of the officer's sheet with its sheet (`'Phụ lục'!C7`), as Excel selects it. */
export function sheetCell(sheet: string, cell: string): string {
  if (cell.includes('!')) return cell;
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** A problem of the officer's table, at the cell of their sheet it is about (null: the whole table). */
export interface PlacedProblem {
  readonly severity: Problem['severity'];
  readonly cell: string | null;
  readonly message: Label;
}

/** A wide-reader problem at its cell: its row and its column letter. */
function placed(sheet: string, p: Problem): PlacedProblem {
  const cell = p.row !== null && p.column !== null && /^[A-Z]+$/.test(p.column) ? `${p.column}${p.row}` : null;
  return { severity: p.severity, cell: cell === null ? null : sheetCell(sheet, cell), message: p.message };
}

/**
 * The reading's long table validated into the dataset a report is made from (as `chitieu
 * report -d` does with the same file), with every problem placed at the officer's cell: the
 * reader's problems name it already; a problem of a long row (its row and input column) is
 * placed through the row's origin, the cell the value came from.
 */
export function readingDataset(reading: WideReading): { dataset: Dataset; problems: PlacedProblem[] } {
  const sheet = reading.preview.sheet;
  const { dataset, problems } = validateTable(reading.table, { numberLocale: 'vi' });
  const origins = new Map(reading.table.rows.map((row, i) => [row.row, reading.origins[i]]));
  const fromRows = problems.map((p): PlacedProblem => {
    const origin = p.row === null ? undefined : origins.get(p.row);
    const cell = origin === undefined ? undefined : p.column !== null ? origin.cells[p.column] : undefined;
    const fallback = origin === undefined ? undefined : Object.values(origin.cells)[0];
    const at = cell ?? fallback;
    return { severity: p.severity, cell: at === undefined ? null : sheetCell(sheet, at), message: p.message };
  });
  return { dataset, problems: [...reading.problems.map((p) => placed(sheet, p)), ...fromRows] };
}

/** An officer's answer to a question of the reading: `kind` or `direction`, by the question's row. */
export type Answers = ReadonlyMap<string, string>;

/** The key of a question's answer: its row and what it asks. */
export const answerKey = (q: Pick<WideQuestion, 'row' | 'asks'>) => `${q.row}:${q.asks}`;

/**
 * The answers given in the pane as the reader's mapping (what the mapping file of `chitieu
 * import` holds): one entry per indicator row asked about, with the kind and direction chosen
 * (null where that was not asked or not answered yet).
 */
export function answersMapping(questions: readonly WideQuestion[], answers: Answers): MappingEntry[] {
  const byRow = new Map<number, MappingEntry>();
  for (const q of questions) {
    const answer = answers.get(answerKey(q));
    if (answer === undefined || answer === '') continue;
    const entry = byRow.get(q.row) ?? {
      indicator: q.indicator,
      stt: q.stt,
      code: '',
      kind: null,
      direction: null,
      row: q.row,
    };
    if (q.asks === 'kind') entry.kind = answer as MappingEntry['kind'];
    else entry.direction = answer as MappingEntry['direction'];
    byRow.set(q.row, entry);
  }
  return [...byRow.values()];
}
