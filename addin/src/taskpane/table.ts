/**
 * The officer's own table (an annex, a yearbook table: indicators down, years across), as the
 * task pane reads it from Excel, turned into the grid the templates' wide-table reader takes:
 * the same reader as `chitieu import`, so the pane and the CLI read one sheet the same way.
 * No office.js here; excel.ts reads, this file only converts.
 */
import {
  validateWideTable,
  type Dataset,
  type Problem,
  type IndicatorKind,
  type MappingEntry,
  type WideGrid,
  type WideIndicator,
  type WideQuestion,
  type WideReading,
} from '@chitieu/input';
import { type Label } from '@chitieu/words';
import { cellOf } from './address.js';

/** The officer's table as read from Excel (excel.ts readTable); nothing in it is changed. */
export interface TableSnapshot {
  /** The workbook's name (`Báo cáo 2024.xlsx`), as the CLI names the file; the sheet's where the host cannot tell. */
  readonly workbook: string;
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

/**
 * The most cells the pane reads at once. An annex or a yearbook table is a few thousand cells;
 * Excel on the web answers one request with at most 5 MB, and values and formats of 100 000
 * cells stay well under it. A larger range is refused, saying how large it is, never cut short.
 */
export const MAX_TABLE_CELLS = 100_000;

/** What reading the table gave: the snapshot, or the range that was too large to read. */
export type TableRead =
  | { readonly ok: true; readonly table: TableSnapshot }
  | { readonly ok: false; readonly address: string; readonly cells: number };

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
export function wideGrid(snapshot: TableSnapshot): WideGrid {
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
    file: snapshot.workbook,
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

/** Problems that are the reading's questions, shown as questions (with a dropdown), not as errors. */
const QUESTION_REASONS: ReadonlySet<Problem['reason']> = new Set(['undecided-kind', 'undecided-direction']);

/**
 * The reading's long table validated into the dataset a report is made from, with the one
 * validator `chitieu report -d` uses on the same file (validateWideTable: every problem named
 * at the officer's cell, a value at F12 where it was typed), each problem placed at its cell of
 * the officer's sheet; the questions are left out (the pane asks them).
 */
export function readingDataset(reading: WideReading): { dataset: Dataset; problems: PlacedProblem[] } {
  const sheet = reading.preview.sheet;
  const { dataset, problems } = validateWideTable(reading);
  const placed = problems
    .filter((p) => !QUESTION_REASONS.has(p.reason))
    .map((p): PlacedProblem => {
      const letter = p.column !== null && /^[A-Z]+$/.test(p.column) ? p.column : null;
      const cell = p.row !== null && letter !== null ? sheetCell(sheet, `${letter}${p.row}`) : null;
      return { severity: p.severity, cell, message: p.message };
    });
  return { dataset, problems: placed };
}

/** What the officer can answer or change for an indicator: its kind or its direction. */
export type Asks = WideQuestion['asks'];

/** The officer's answers (to a question, or changing what a rule decided), by indicator row and what is asked. */
export type Answers = ReadonlyMap<string, string>;

/** The key of an answer: the indicator's sheet row and what it is about. */
export const answerKey = (row: number, asks: Asks) => `${row}:${asks}`;

/**
 * The answers given in the pane as the reader's mapping (what the mapping file of `chitieu
 * import` holds; it comes before the rule table): one entry per indicator answered, by its
 * name and its STT under its sector, with the kind and direction chosen (null where not).
 */
export function answersMapping(indicators: readonly WideIndicator[], answers: Answers): MappingEntry[] {
  return indicators.flatMap((indicator): MappingEntry[] => {
    const kind = answers.get(answerKey(indicator.row, 'kind')) ?? '';
    const direction = answers.get(answerKey(indicator.row, 'direction')) ?? '';
    if (kind === '' && direction === '') return [];
    return [
      {
        indicator: indicator.name,
        stt: indicator.sttPath,
        code: '',
        kind: kind === '' ? null : (kind as IndicatorKind),
        direction: direction === '' ? null : (direction as 'higher' | 'lower'),
        row: indicator.row,
      },
    ];
  });
}

/** Where answers are kept between readings: the webview's localStorage, or a test's stand-in. */
export interface AnswerStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORE_KEY = 'chitieu.answers.v1';

/** An answer's key in the store: the indicator as written (case and spacing aside), its unit and what is asked. */
const storedKey = (indicator: Pick<WideIndicator, 'name' | 'unit'>, asks: Asks) =>
  [indicator.name, indicator.unit, asks].map((part) => part.trim().replace(/\s+/g, ' ').toLowerCase()).join('\u0000');

function load(store: AnswerStore | undefined): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(STORE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    // Storage turned off in the webview, or a value that is not ours: nothing remembered.
    return {};
  }
}

/**
 * The officer's answers of earlier readings for these indicators (the same name, unit and
 * question, in any table): what `chitieu import`'s mapping file keeps for next year, kept in the
 * pane's storage. Each is shown in its dropdown, marked as remembered, and can be changed.
 */
export function rememberedAnswers(
  indicators: readonly WideIndicator[],
  store: AnswerStore | undefined,
): Map<string, string> {
  const kept = load(store);
  const answers = new Map<string, string>();
  for (const indicator of indicators)
    for (const asks of ['kind', 'direction'] as const) {
      const answer = kept[storedKey(indicator, asks)];
      if (typeof answer === 'string' && answer !== '') answers.set(answerKey(indicator.row, asks), answer);
    }
  return answers;
}

/** Keeps an answer for the next reading (a blank answer forgets it); storage that fails keeps nothing. */
export function remember(
  indicator: Pick<WideIndicator, 'name' | 'unit'>,
  asks: Asks,
  answer: string,
  store: AnswerStore | undefined,
): void {
  const kept = load(store);
  if (answer === '') delete kept[storedKey(indicator, asks)];
  else kept[storedKey(indicator, asks)] = answer;
  try {
    store?.setItem(STORE_KEY, JSON.stringify(kept));
  } catch {
    // A full or disabled storage: the answer holds for this reading only.
  }
}
