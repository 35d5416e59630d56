/**
 * Excel, mocked with Microsoft's office-addin-mock for the task pane in the browser: the mock
 * object model serves `Excel.run`, `context.sync` and the workbook, and records every write
 * (values, formulas, number formats, styles, merges, conditional formats, charts) so the test can
 * compare them with the template's layout. Bundled for the page by the test (esbuild) and
 * installed as `window.Excel` before office.js and the task pane load.
 */
import { OfficeMockObject } from 'office-addin-mock';

/** What one range received. */
export interface RangeRecord {
  address: string;
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  font: Record<string, unknown>;
  fill: Record<string, unknown>;
  wrapText?: boolean;
  columnWidth?: number;
  columnHidden?: boolean;
  rowHeight?: number;
  merged?: boolean;
  conditionalFormats: Array<{ type: string; fill: Record<string, unknown>; rule?: unknown }>;
}

export interface SheetRecord {
  name: string;
  ranges: RangeRecord[];
  frozenAt?: string;
  activated: boolean;
  visibility?: string;
  charts: Array<{
    type: string;
    source: string;
    seriesBy: string;
    title: Record<string, unknown>;
    xValues?: string;
    series: Array<{ name: string; values?: string; chartType?: string }>;
    valueAxis: Record<string, unknown>;
  }>;
}

/** The officer's own table (a wide annex) on a sheet of its own: cells from A1. */
export interface TableSheet {
  name: string;
  values: unknown[][];
  numberFormat: unknown[][];
  /** Merged areas, as local addresses (`A1:A2`). */
  merges: string[];
  /** Hidden rows and columns, 1-based sheet numbers. */
  hiddenRows: number[];
  hiddenColumns: number[];
}

export interface WorkbookState {
  /** The active sheet: the user's input table. */
  input: { name: string; values: unknown[][] };
  /** The selection, for the range check and the chart from a selection. */
  selection: { address: string; values: unknown[][]; numberFormat: unknown[][] };
  /** The officer's own table; when `selectedInTable` is set, the selection is that range of it. */
  table?: TableSheet;
  selectedInTable?: string;
  /** Whether the host has ExcelApi 1.13 (merged areas), as Office.context.requirements answers. */
  excelApi113: boolean;
  /** Every write to the officer's table sheet: there must be none. */
  tableWrites: string[];
  /** The cells the pane selected (a question's cell, clicked). */
  selectedCells: string[];
  sheets: SheetRecord[];
  syncs: number;
}

function rangeOf(sheet: SheetRecord, address: string) {
  const record: RangeRecord = { address, font: {}, fill: {}, conditionalFormats: [] };
  sheet.ranges.push(record);
  const format = {
    font: record.font,
    fill: record.fill,
    set wrapText(v: boolean) {
      record.wrapText = v;
    },
    set columnWidth(v: number) {
      record.columnWidth = v;
    },
    set rowHeight(v: number) {
      record.rowHeight = v;
    },
  };
  return {
    address: `${sheet.name}!${address}`,
    set values(v: unknown[][]) {
      record.values = v;
    },
    set formulas(v: unknown[][]) {
      record.formulas = v;
    },
    set numberFormat(v: unknown[][]) {
      record.numberFormat = v;
    },
    set columnHidden(v: boolean) {
      record.columnHidden = v;
    },
    format,
    merge: () => {
      record.merged = true;
    },
    conditionalFormats: {
      add: (type: string) => {
        const cf = { type, fill: {} as Record<string, unknown>, rule: undefined as unknown };
        record.conditionalFormats.push(cf);
        const custom = { formula: '' };
        return {
          textComparison: {
            format: { fill: cf.fill, font: {} },
            set rule(r: unknown) {
              cf.rule = r;
            },
          },
          custom: { rule: custom, format: { fill: cf.fill, font: {} } },
          dataBar: { positiveFormat: {} },
        };
      },
    },
  };
}

function sheetOf(state: WorkbookState, name: string) {
  let record = state.sheets.find((s) => s.name === name);
  if (record === undefined) {
    record = { name, ranges: [], activated: false, charts: [] };
    state.sheets.push(record);
  }
  const sheet = record;
  return {
    name,
    isNullObject: false,
    getRange: (address: string) => rangeOf(sheet, address),
    activate: () => {
      sheet.activated = true;
    },
    set visibility(v: string) {
      sheet.visibility = v;
    },
    freezePanes: { freezeAt: (range: { address: string }) => (sheet.frozenAt = range.address) },
    charts: {
      add: (type: string, source: { address: string }, seriesBy: string) => {
        const chart: SheetRecord['charts'][number] = {
          type,
          source: source.address,
          seriesBy,
          title: {},
          series: [{ name: 'values' }],
          valueAxis: {},
        };
        sheet.charts.push(chart);
        return {
          title: chart.title,
          axes: { valueAxis: chart.valueAxis },
          series: {
            getItemAt: (i: number) => ({
              setXAxisValues: (r: { address: string }) => (chart.xValues = r.address),
              index: i,
            }),
            add: (name: string) => {
              const series: { name: string; values?: string; chartType?: string } = { name };
              chart.series.push(series);
              return {
                setValues: (r: { address: string }) => (series.values = r.address),
                set chartType(t: string) {
                  series.chartType = t;
                },
              };
            },
          },
        };
      },
    },
  };
}

/** 1-based row and column of a local A1 cell (`C7`). */
function cellAt(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (match === null) throw new Error(`mock: not a cell address: ${address}`);
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

function letters(column: number): string {
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/**
 * A range of the officer's table sheet, read-only as Excel serves it: values and number formats
 * cut from the sheet, rowHidden/columnHidden true, false or null (some hidden) as Excel answers,
 * one row or column of it, its merged areas (null object when none), and select(). Any write to
 * it (values, formats, merge, clear...) is recorded in `state.tableWrites`.
 */
function tableRange(state: WorkbookState, table: TableSheet, local: string): unknown {
  const [first, last = first] = local.split(':');
  const a = cellAt(first);
  const b = cellAt(last);
  const rows = Array.from({ length: b.row - a.row + 1 }, (_, i) => a.row + i);
  const columns = Array.from({ length: b.column - a.column + 1 }, (_, i) => a.column + i);
  const cut = (grid: unknown[][], blank: unknown) => rows.map((r) => columns.map((c) => grid[r - 1]?.[c - 1] ?? blank));
  const hidden = (all: number[], mine: number[]) => {
    const count = mine.filter((n) => all.includes(n)).length;
    return count === 0 ? false : count === mine.length ? true : null;
  };
  const address = `'${table.name}'!${first}${first === last ? '' : `:${last}`}`;
  const write = (what: string) => () => state.tableWrites.push(`${what} ${address}`);
  const range = {
    load: () => range,
    isNullObject: false,
    address,
    rowCount: rows.length,
    columnCount: columns.length,
    cellCount: rows.length * columns.length,
    get values() {
      return cut(table.values, '');
    },
    set values(_: unknown) {
      write('values')();
    },
    get numberFormat() {
      return cut(table.numberFormat, 'General');
    },
    set numberFormat(_: unknown) {
      write('numberFormat')();
    },
    set formulas(_: unknown) {
      write('formulas')();
    },
    get rowHidden() {
      return hidden(table.hiddenRows, rows);
    },
    get columnHidden() {
      return hidden(table.hiddenColumns, columns);
    },
    format: {
      set columnWidth(_: unknown) {
        write('columnWidth')();
      },
    },
    merge: write('merge'),
    unmerge: write('unmerge'),
    clear: write('clear'),
    delete: write('delete'),
    insert: write('insert'),
    worksheet: {
      name: table.name,
      load: () => undefined,
      getUsedRange: () => usedRange(state, table),
      getUsedRangeOrNullObject: () => usedRange(state, table),
    },
    getRow: (i: number) =>
      tableRange(state, table, `${letters(a.column)}${a.row + i}:${letters(b.column)}${a.row + i}`),
    getColumn: (i: number) =>
      tableRange(state, table, `${letters(a.column + i)}${a.row}:${letters(a.column + i)}${b.row}`),
    getMergedAreasOrNullObject: () => {
      if (!state.excelApi113) throw new Error('mock: getMergedAreasOrNullObject needs ExcelApi 1.13');
      const inside = table.merges.filter((m) => {
        const [p, q = p] = m.split(':').map(cellAt);
        return p.row <= b.row && q.row >= a.row && p.column <= b.column && q.column >= a.column;
      });
      return {
        load: () => undefined,
        isNullObject: inside.length === 0,
        areas: { items: inside.map((m) => ({ address: `'${table.name}'!${m}` })) },
      };
    },
    select: () => state.selectedCells.push(address),
    getIntersectionOrNullObject: (other: { address: string }) => {
      const [p, q = p] = other.address
        .slice(other.address.lastIndexOf('!') + 1)
        .split(':')
        .map(cellAt);
      const top = Math.max(a.row, p.row);
      const left = Math.max(a.column, p.column);
      const bottom = Math.min(b.row, q.row);
      const right = Math.min(b.column, q.column);
      if (top > bottom || left > right) return { isNullObject: true, load: () => undefined };
      return tableRange(state, table, `${letters(left)}${top}:${letters(right)}${bottom}`);
    },
  };
  return range;
}

/** The table's sheet: its ranges (read-only, see tableRange); activating it changes nothing in it. */
function tableSheet(state: WorkbookState, table: TableSheet): unknown {
  return {
    name: table.name,
    load: () => undefined,
    activate: () => undefined,
    getRange: (address: string) => tableRange(state, table, address),
    getUsedRange: () => usedRange(state, table),
    getUsedRangeOrNullObject: () => usedRange(state, table),
  };
}

/** The used range of the table sheet: A1 to its last row and column with a value; a null object when it is empty. */
function usedRange(state: WorkbookState, table: TableSheet): unknown {
  const width = Math.max(0, ...table.values.map((row) => row.length));
  if (width === 0) return { isNullObject: true, load: () => undefined };
  return tableRange(state, table, `A1:${letters(width)}${table.values.length}`);
}

/** Installs the mocked Excel on window; returns the state the test reads back. */
export function installExcelMock(
  input: WorkbookState['input'],
  selection: WorkbookState['selection'],
  table?: TableSheet,
): WorkbookState {
  const state: WorkbookState = {
    input,
    selection,
    table,
    excelApi113: true,
    tableWrites: [],
    selectedCells: [],
    sheets: [],
    syncs: 0,
  };
  const used = {
    load: () => undefined,
    get values() {
      return state.input.values;
    },
  };
  const mock = new OfficeMockObject({
    host: 'excel',
    context: {
      workbook: {
        name: 'Báo cáo KT-XH 2024.xlsx',
        worksheets: {
          load: function (this: { items: unknown }) {
            this.items = [{ name: state.input.name }, ...state.sheets.map((s) => ({ name: s.name }))];
          },
          add: (name: string) => sheetOf(state, name),
          getItem: (name: string) =>
            name === state.table?.name ? tableSheet(state, state.table) : sheetOf(state, name),
          getItemOrNullObject: (name: string) =>
            state.sheets.some((s) => s.name === name) ? sheetOf(state, name) : { isNullObject: true },
          getActiveWorksheet: () => ({ name: state.input.name, load: () => undefined, getUsedRange: () => used }),
        },
        getSelectedRange: () =>
          state.table !== undefined && state.selectedInTable !== undefined
            ? tableRange(state, state.table, state.selectedInTable)
            : {
                load: () => undefined,
                get address() {
                  return state.selection.address;
                },
                get values() {
                  return state.selection.values;
                },
                get numberFormat() {
                  return state.selection.numberFormat;
                },
                get rowCount() {
                  return state.selection.values.length;
                },
                get columnCount() {
                  return state.selection.values[0]?.length ?? 0;
                },
              },
      },
      sync: async () => {
        state.syncs++;
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return state;
}
