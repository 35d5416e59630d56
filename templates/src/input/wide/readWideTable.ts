import type { Label } from '../../definition.js';
import { INPUT_COLUMNS, readToken, type FigureStatus, type IndicatorKind, type InputColumn } from '../layout.js';
import { problem, type Problem } from '../problems.js';
import type { RawRow } from '../records.js';
import { indicatorCode } from './code.js';
import { columnRoles } from './columns.js';
import { lastRow } from './grid.js';
import { findTables } from './headerBlock.js';
import { inferDirection, inferKind } from './kindRules.js';
import { mappingOf } from './mapping.js';
import { readRows, type FigureCell, type IndicatorRow } from './rows.js';
import type {
  Decision,
  MappingPreview,
  RowOrigin,
  WideGrid,
  WideIndicator,
  WideOptions,
  WideQuestion,
  WideReading,
} from './types.js';

const HEADER = INPUT_COLUMNS.map((c) => c.name);
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
  const locale = options.numberLocale ?? 'vi';
  const tables = findTables(grid);
  const which = options.table ?? 1;
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
            : `trang "${grid.sheet}" có ${tables.length} bảng, không có bảng số ${which}`,
        en:
          tables.length === 0
            ? `sheet "${grid.sheet}" holds no table: no header row with an "Indicator" ("Chỉ tiêu", "Nội dung") column, and row 1 is not the long layout (code, period, value…) either`
            : `sheet "${grid.sheet}" holds ${tables.length} tables, not a table ${which}`,
      }),
    );
    return reading();
  }
  const roles = columnRoles(grid, table);
  problems.push(...roles.problems);
  preview.columns = roles.columns;
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
  const used = new Set<string>();
  // An indicator listed with no figure and no target yet keeps one blank row, on the term's row
  // (else the latest year's), so that it stays in the reports as "no figure yet".
  const listedPeriod = preview.targets.find((t) => t.scope === 'term')?.period ?? preview.periods.at(-1);
  for (const indicator of read.indicators) {
    const mapped = options.mapping ? mappingOf(options.mapping, indicator) : undefined;
    const code = indicator.cells.code?.text || mapped?.code || indicatorCode(indicator.name, indicator.sttPath, used);
    used.add(code);
    const targets = indicator.figures.filter((f) => f.column.role === 'target').map((f) => targetText(f, locale));
    const kind = decide<IndicatorKind>(
      indicator.cells.kind,
      column('kind'),
      mapped?.kind ?? null,
      () => inferKind(indicator.name, indicator.unit),
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

/** The sheet's own column first, then the mapping file, then the rule table; null when none decides. */
function decide<T extends string>(
  cell: { text: string; cell: string } | undefined,
  input: InputColumn,
  mapped: T | null,
  rule: () => { value: T; because: Label } | null,
  problems: Problem[],
  where: { file: string; sheet: string },
): Decision<T> {
  if (cell) {
    const token = readToken(input, cell.text);
    if (token !== undefined)
      return {
        value: token as T,
        by: 'sheet',
        because: { vi: `ô ${cell.cell} ghi "${cell.text}"`, en: `cell ${cell.cell} says "${cell.text}"` },
      };
    problems.push(
      problem(
        'error',
        input.name === 'kind' ? 'bad-kind' : 'bad-direction',
        {
          ...where,
          row: Number(/\d+$/u.exec(cell.cell)?.[0]),
          column: cell.cell.replace(/\d+$/u, ''),
        },
        {
          vi: `ô ${cell.cell}: "${cell.text}" không phải là ${input.name === 'kind' ? 'loại chỉ tiêu' : 'hướng'} hợp lệ`,
          en: `cell ${cell.cell}: "${cell.text}" is not a valid ${input.name}`,
        },
      ),
    );
    return { value: null, by: null, because: { vi: 'ô ghi sai', en: 'the cell is not valid' } };
  }
  if (mapped !== null) return { value: mapped, by: 'mapping', because: { vi: 'tệp ánh xạ', en: 'the mapping file' } };
  const inferred = rule();
  if (inferred) return { value: inferred.value, by: 'rule', because: inferred.because };
  return { value: null, by: null, because: { vi: 'không quy tắc nào quyết định được', en: 'no rule decides' } };
}

function ask(asks: 'kind' | 'direction', indicator: IndicatorRow, mappingFile: string | undefined): WideQuestion {
  const map = mappingFile ?? 'tệp ánh xạ (--map)';
  const mapEn = mappingFile ?? 'a mapping file (--map)';
  return {
    asks,
    row: indicator.row,
    cell: indicator.nameCell,
    stt: indicator.sttPath,
    indicator: indicator.name,
    unit: indicator.unit,
    message:
      asks === 'kind'
        ? {
            vi: `chưa biết loại của chỉ tiêu "${indicator.name}" (${indicator.unit || 'không đơn vị'}, ô ${indicator.nameCell}): ghi vào cột "Loại" của bảng hoặc vào ${map} một trong: tốc độ tăng, mức, tỷ lệ, số lượng, tổng cộng dồn`,
            en: `the kind of "${indicator.name}" (${indicator.unit || 'no unit'}, cell ${indicator.nameCell}) is not known: write it in a "Loại" column of the table or in ${mapEn}, one of: growth, level, rate, count, cumulative`,
          }
        : {
            vi: `chưa biết hướng của chỉ tiêu "${indicator.name}" (ô ${indicator.nameCell}): ghi vào cột "Hướng" của bảng hoặc vào ${map}: tăng (cao hơn là tốt) hoặc giảm (thấp hơn là tốt)`,
            en: `the direction of "${indicator.name}" (cell ${indicator.nameCell}) is not known: write it in a "Hướng" column of the table or in ${mapEn}: higher or lower (is better)`,
          },
  };
}

/** Words an officer writes beside an estimated figure: "93,8 (ước)", "12,5 (sơ bộ)". */
const STATUS_SUFFIX = /\s*\((ước|ước tính|ước th|sơ bộ|sb|est\.?|prel\.?)\)\s*$/u;

/**
 * The long rows of one indicator: one per period with a figure or a target, a year's plan on
 * its year's row, the term target on the term's row, the figure's cell in `source`.
 */
function longRows(
  grid: WideGrid,
  indicator: IndicatorRow,
  decided: { code: string; kind: IndicatorKind | null; direction: 'higher' | 'lower' | null },
  locale: 'vi' | 'en',
  lang: 'vi' | 'en',
  listedPeriod: string | undefined,
): Array<{ cells: RawRow['cells']; percent: boolean[]; origin: RowOrigin }> {
  const byPeriod = new Map<string, { value?: FigureCell; target?: FigureCell }>();
  for (const f of indicator.figures) {
    const period = f.column.period;
    if (period === undefined) continue;
    const entry = byPeriod.get(period) ?? {};
    if (f.column.role === 'value') entry.value = f;
    else entry.target = f;
    byPeriod.set(period, entry);
  }
  if (byPeriod.size === 0 && listedPeriod !== undefined) byPeriod.set(listedPeriod, {});
  const sourceText = indicator.cells.source?.text;
  const noteText = indicator.cells.note?.text;
  const out: Array<{ cells: RawRow['cells']; percent: boolean[]; origin: RowOrigin }> = [];
  for (const [period, { value, target }] of byPeriod) {
    let figure: string | number | null = null;
    let status: FigureStatus = value?.column.figureStatus ?? 'official';
    if (value) {
      figure = typeof value.value === 'boolean' ? String(value.value) : value.value;
      if (typeof figure === 'string') {
        const suffix = STATUS_SUFFIX.exec(figure);
        if (suffix) {
          status = /sơ bộ|sb|prel/u.test(suffix[1]) ? 'preliminary' : 'estimate';
          figure = figure.slice(0, suffix.index).trim();
        }
      }
    }
    const cellOf = (value ?? target)?.cell ?? indicator.nameCell;
    const place = `${grid.file} › ${grid.sheet}!${cellOf}`;
    const statusNote =
      status === 'official'
        ? ''
        : lang === 'vi'
          ? `${status === 'estimate' ? 'ước thực hiện' : 'số sơ bộ'} (cột "${value!.column.header}")`
          : `${status === 'estimate' ? 'estimate' : 'preliminary'} (column "${value!.column.header}")`;
    const written = target ? targetText(target, locale) : null;
    const growthTarget = written !== null && decided.kind === 'growth' ? averageGrowthTarget(written) : undefined;
    const values: Record<string, string | number | null> = {
      code: decided.code,
      indicator_vi: indicator.name,
      indicator_en: indicator.cells.indicator_en?.text ?? '',
      unit: indicator.unit,
      direction: decided.direction ?? '',
      kind: decided.kind ?? '',
      target: written === null ? '' : (growthTarget ?? written),
      period,
      value: figure,
      source: sourceText ? `${sourceText}; ${place}` : place,
      note: [
        statusNote,
        growthTarget ? `${lang === 'vi' ? 'chỉ tiêu ghi' : 'target written'} "${written}"` : '',
        noteText,
      ]
        .filter((t) => t)
        .join('; '),
      area: '',
      part_of: '',
      target_scope: target?.column.scope ?? '',
      growth_of: '',
      group: indicator.group ?? '',
      figure_status: status === 'official' ? '' : status,
    };
    const percent = HEADER.map((h) => h === 'value' && value !== undefined && value.percent);
    const nameCell = indicator.nameCell;
    out.push({
      cells: HEADER.map((h) => values[h] ?? null),
      percent,
      origin: {
        row: indicator.row,
        cells: {
          code: indicator.cells.code?.cell ?? nameCell,
          indicator_vi: nameCell,
          indicator_en: indicator.cells.indicator_en?.cell ?? nameCell,
          unit: indicator.unitCell,
          kind: indicator.cells.kind?.cell ?? nameCell,
          direction: indicator.cells.direction?.cell ?? nameCell,
          target: target?.cell ?? nameCell,
          target_scope: target?.cell ?? nameCell,
          period: (value ?? target)?.column.cell ?? nameCell,
          value: value?.cell ?? cellOf,
          figure_status: value?.cell ?? cellOf,
          source: indicator.cells.source?.cell ?? cellOf,
          note: indicator.cells.note?.cell ?? cellOf,
          group: nameCell,
        },
      },
    });
  }
  return out;
}

/**
 * A target cell as the text the validator reads: as typed (an annex's "= 22%" as "22%"), or a number written in the file's
 * number locale (6,5 in Vietnamese: "6.5" would read as sixty-five), a percent-formatted number
 * as its percent (0.95 shown as 95% → "95%").
 */
export function targetText(f: FigureCell, locale: 'vi' | 'en'): string {
  // Annexes (chitieu's own among them) mark a point target "= 22%" and an approximate one "≈ 4%".
  if (typeof f.value === 'string')
    return f.value
      .trim()
      .replace(/^=\s*(?=[\d.,])/u, '')
      .replace(/^≈\s*/u, '~');
  if (typeof f.value !== 'number') return '';
  const shown = f.percent ? Number((f.value * 100).toPrecision(12)) : Number(f.value.toPrecision(15));
  const text = String(shown);
  return `${locale === 'vi' ? text.replace('.', ',') : text}${f.percent ? '%' : ''}`;
}

/**
 * A growth indicator's term target is its average yearly growth, so resolutions write it
 * "Bình quân 9%/năm", "tăng bình quân 7,5-8%/năm": read as "9%", "7,5-8%" (the text as written is
 * kept in the note). Undefined when there is nothing to take off.
 *
 * @example
 * averageGrowthTarget('Bình quân 9%/năm') //=> '9%'
 */
export function averageGrowthTarget(text: string): string | undefined {
  const core = text
    .replace(/^\s*(tăng\s+)?(bình quân\s+)?(tăng\s+)?(mỗi năm\s+)?/iu, '')
    .replace(/\s*(\/\s*năm|mỗi năm|hằng năm|hàng năm|một năm)\s*$/iu, '')
    .trim();
  return core !== text.trim() && core !== '' ? core : undefined;
}
