import { INPUT_COLUMNS, normaliseWord, type IndicatorKind, type InputColumn } from '../schema.js';
import { problem, type Problem } from '../problems.js';
import type { RawRow } from '../records.js';
import { indicatorCode } from './code.js';
import { columnRoles } from './columns.js';
import { lastRow, valueAt } from './grid.js';
import { findTables, type TableBlock } from './headerBlock.js';
import { ask, decide } from './decisions.js';
import { HEADER, longRows, targetText } from './indicatorRows.js';
import { inferDirection, inferKind } from './kindRules.js';
import { mappingOf } from './mapping.js';
import { numberReading } from './numberLocale.js';
import { readRows, type IndicatorRow } from './rows.js';
import type {
  ColumnRole,
  MappingPreview,
  RowOrigin,
  WideGrid,
  WideIndicator,
  WideOptions,
  WideQuestion,
  WideReading,
} from './types.js';

const column = (name: string) => INPUT_COLUMNS.find((c) => c.name === name) as InputColumn;

/**
 * Reads a wide table (indicators down the rows, years across the columns, as provincial annexes
 * and yearbook tables are laid out) into the long input layout: one row per indicator and period,
 * the figure's cell named in `source`, each long cell's origin kept so that every problem the
 * validator finds names the cell of the wide sheet (validateWideTable). Kind and direction come
 * from the sheet's own columns, else the mapping file, else the rule table (kindRules.ts); what
 * none decides is a question, and an error: never a default.
 */
export function readWideTable(grid: WideGrid, options: WideOptions = {}): WideReading {
  const tables = findTables(grid);
  const which = tableNumber(tables, options.table);
  const table = tables[which - 1];
  const problems: Problem[] = [];
  const questions: WideQuestion[] = [];
  const preview: MappingPreview = {
    file: grid.file,
    sheet: grid.sheet,
    table: which,
    tables: tables.length,
    headerRows: { top: table?.top ?? 0, bottom: table?.bottom ?? 0 },
    dataRows: null,
    sheetUnit: table?.sheetUnit ?? null,
    columns: [],
    numbers: numberReading([], options.numberLocale),
    periods: [],
    groups: [],
    targets: [],
    indicators: [],
    skipped: [],
    mappingFile: options.mappingFile ?? null,
  };
  const rows: RawRow[] = [];
  const origins: RowOrigin[] = [];
  const reading = (): WideReading => ({
    table: { file: grid.file, sheet: grid.sheet, header: HEADER, rows },
    origins,
    preview,
    problems,
    questions,
  });
  const where = { file: grid.file, sheet: grid.sheet };
  if (!table) {
    problems.push(
      problem('error', 'no-wide-table', where, {
        vi:
          tables.length === 0
            ? `trang "${grid.sheet}" không có bảng nào: không thấy dòng tiêu đề có cột "Chỉ tiêu" (hoặc "Nội dung", "Tên chỉ tiêu"), và dòng 1 cũng không phải bố cục dạng dài (code, period, value…)`
            : `trang "${grid.sheet}" có ${tables.length} bảng, không có bảng ${typeof options.table === 'string' ? `nào có tiêu đề "${options.table}"` : `số ${which}`}`,
        en:
          tables.length === 0
            ? `sheet "${grid.sheet}" holds no table: no header row with an "Indicator" ("Chỉ tiêu", "Nội dung") column, and row 1 is not the long layout (code, period, value…) either`
            : `sheet "${grid.sheet}" holds ${tables.length} tables, ${typeof options.table === 'string' ? `none titled "${options.table}"` : `not a table ${which}`}`,
      }),
    );
    return reading();
  }
  const roles = columnRoles(grid, table);
  problems.push(...roles.problems);
  preview.columns = roles.columns;
  preview.numbers = numberReading(roles.columns, options.numberLocale);
  const locale = preview.numbers.locale;
  const figureColumns = roles.columns.filter((c) => c.role === 'value' || c.role === 'target');
  preview.periods = [...new Set(roles.columns.flatMap((c) => (c.role === 'value' && c.period ? [c.period] : [])))];
  preview.targets = roles.columns.flatMap((c) =>
    c.role === 'target' && c.period && c.scope
      ? [{ header: c.header, cell: c.cell, period: c.period, scope: c.scope }]
      : [],
  );
  if (figureColumns.length === 0 && roles.problems.length === 0)
    problems.push(
      problem(
        'error',
        'no-wide-table',
        { ...where, row: table.bottom },
        {
          vi: `bảng ở dòng ${table.top} không có cột năm nào (2021, TH 2022, Ước TH 2024, KH 2025…) hay cột mục tiêu`,
          en: `the table at row ${table.top} has no year column (2021, TH 2022, Ước TH 2024, KH 2025…) and no target column`,
        },
      ),
    );
  for (const c of roles.columns)
    if (c.role === 'target' && c.period === undefined)
      problems.push(
        problem(
          'error',
          'bad-year-header',
          { ...where, row: table.bottom, column: c.letter },
          {
            vi: `cột ${c.cell} ("${c.header}") là chỉ tiêu nhiệm kỳ nhưng bảng không có cột năm để biết nhiệm kỳ nào: ghi giai đoạn vào tiêu đề ("Mục tiêu 2021-2025")`,
            en: `column ${c.cell} ("${c.header}") is a term target but the table has no year column to tell which term: write the span into the header ("Mục tiêu 2021-2025")`,
          },
        ),
      );
  const next = tables[which];
  const end = next ? next.titleTop - 1 : lastRow(grid);
  const read = readRows(grid, table, roles.columns, end);
  problems.push(...read.problems);
  preview.groups = read.groups;
  preview.skipped = read.skipped;
  preview.dataRows = read.lastRow === null ? null : { first: table.firstDataRow, last: read.lastRow };
  problems.push(...unreadFigures(grid, roles.columns, read.indicators));
  // A header with nothing under it would be written as an empty table, read "mostly" to nothing.
  if (read.indicators.length === 0 && !problems.some((p) => p.severity === 'error'))
    problems.push(
      problem(
        'error',
        'no-wide-table',
        { ...where, row: table.bottom },
        {
          vi: `bảng có tiêu đề ở dòng ${table.top}-${table.bottom} không có dòng chỉ tiêu nào (dòng có tên chỉ tiêu và đơn vị tính) trước ${next ? `bảng tiếp theo ở dòng ${next.top}` : 'cuối trang'}`,
          en: `the table headed at rows ${table.top}-${table.bottom} has no indicator row (a row with an indicator's name and unit) before ${next ? `the next table at row ${next.top}` : 'the end of the sheet'}`,
        },
      ),
    );
  const used = new Set<string>();
  // An indicator listed with no figure and no target yet keeps one blank row, on the term's row
  // (else the latest year's), so that it stays in the reports as "no figure yet".
  const listedPeriod =
    preview.targets.find((t) => t.scope === 'term')?.period ?? preview.periods[preview.periods.length - 1];
  for (const indicator of read.indicators) {
    const mapped = options.mapping ? mappingOf(options.mapping, indicator) : undefined;
    const code = indicator.cells.code?.text || mapped?.code || indicatorCode(indicator.name, indicator.sttPath, used);
    used.add(code);
    const targets = indicator.figures.filter((f) => f.column.role === 'target').map((f) => targetText(f, locale));
    const kind = decide<IndicatorKind>(
      indicator.cells.kind,
      column('kind'),
      mapped?.kind ?? null,
      // A sub-item's kind may only be in its heading: "Cơ cấu kinh tế" over "- Dịch vụ (%)".
      () => inferKind(indicator.heading ? `${indicator.heading} ${indicator.name}` : indicator.name, indicator.unit),
      problems,
      where,
    );
    const direction = decide<'higher' | 'lower'>(
      indicator.cells.direction,
      column('direction'),
      mapped?.direction ?? null,
      () => inferDirection(indicator.name, indicator.unit, targets, locale),
      problems,
      where,
    );
    const long = longRows(
      grid,
      indicator,
      { code, kind: kind.value, direction: direction.value },
      locale,
      options.lang ?? 'vi',
      listedPeriod,
    );
    if (indicator.unit === '' && long.length > 0)
      problems.push(
        problem(
          'error',
          'missing-unit',
          { ...where, row: indicator.row, column: indicator.unitCell.replace(/\d+$/u, '') },
          {
            vi: `chỉ tiêu "${indicator.name}" (dòng ${indicator.row}) không có đơn vị tính (ô ${indicator.unitCell}): ghi đơn vị (%, tỷ đồng, người…)`,
            en: `the indicator "${indicator.name}" (row ${indicator.row}) has no unit (cell ${indicator.unitCell}): write its unit (%, tỷ đồng, người…)`,
          },
        ),
      );
    if (long.length > 0) {
      for (const asks of ['kind', 'direction'] as const) {
        if ((asks === 'kind' ? kind : direction).value !== null) continue;
        // Without a unit the kind cannot be told: the missing unit is the one problem to fix first.
        if (asks === 'kind' && indicator.unit === '') continue;
        const question = ask(asks, indicator, options.mappingFile);
        questions.push(question);
        problems.push(
          problem(
            'error',
            asks === 'kind' ? 'undecided-kind' : 'undecided-direction',
            {
              ...where,
              row: indicator.row,
              column: indicator.nameCell.replace(/\d+$/u, ''),
            },
            question.message,
          ),
        );
      }
    }
    for (const r of long) {
      rows.push({ row: rows.length + 2, cells: r.cells, percent: r.percent });
      origins.push(r.origin);
    }
    const summary: WideIndicator = {
      row: indicator.row,
      cell: indicator.nameCell,
      stt: indicator.stt,
      sttPath: indicator.sttPath,
      name: indicator.name,
      code,
      unit: indicator.unit,
      group: indicator.group,
      kind,
      direction,
      rows: long.length,
    };
    preview.indicators.push(summary);
  }
  return reading();
}

/**
 * A column of no known meaning that holds figures is said, as a warning at its header: its
 * numbers are not read, and the officer should know which ones ("Cùng kỳ", a column without a
 * year). Text columns of no known meaning (the agency in charge) are only listed in the preview.
 */
function unreadFigures(grid: WideGrid, columns: readonly ColumnRole[], indicators: readonly IndicatorRow[]): Problem[] {
  return columns
    .filter((c) => c.role === 'unknown' && indicators.some((i) => typeof valueAt(grid, i.row, c.column) === 'number'))
    .map((c) =>
      problem(
        'warning',
        'unknown-column',
        { file: grid.file, sheet: grid.sheet, row: Number(/\d+$/u.exec(c.cell)?.[0]), column: c.letter },
        {
          vi: `cột ${c.letter} ("${c.header}") có số liệu nhưng tiêu đề không cho biết là năm nào hay chỉ tiêu nào: không đọc; ghi năm vào tiêu đề (2024, Ước TH 2024, KH 2025) để đọc`,
          en: `column ${c.letter} ("${c.header}") holds figures but its header says no year or target: not read; write the year into the header (2024, Ước TH 2024, KH 2025) to read it`,
        },
      ),
    );
}

/** The table asked for: by number, or the first whose title holds the words given (0: none). */
function tableNumber(tables: readonly TableBlock[], asked: number | string | undefined): number {
  if (asked === undefined) return 1;
  if (typeof asked === 'number') return asked;
  const words = normaliseWord(asked);
  return tables.findIndex((t) => normaliseWord(t.title).includes(words)) + 1;
}
