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

export interface WorkbookState {
  /** The active sheet: the user's input table. */
  input: { name: string; values: unknown[][] };
  /** The selection, for the range check and the chart from a selection. */
  selection: { address: string; values: unknown[][]; numberFormat: unknown[][] };
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

/** Installs the mocked Excel on window; returns the state the test reads back. */
export function installExcelMock(input: WorkbookState['input'], selection: WorkbookState['selection']): WorkbookState {
  const state: WorkbookState = { input, selection, sheets: [], syncs: 0 };
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
        worksheets: {
          load: function (this: { items: unknown }) {
            this.items = [{ name: state.input.name }, ...state.sheets.map((s) => ({ name: s.name }))];
          },
          add: (name: string) => sheetOf(state, name),
          getItem: (name: string) => sheetOf(state, name),
          getItemOrNullObject: (name: string) =>
            state.sheets.some((s) => s.name === name) ? sheetOf(state, name) : { isNullObject: true },
          getActiveWorksheet: () => ({ name: state.input.name, load: () => undefined, getUsedRange: () => used }),
        },
        getSelectedRange: () => ({
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
        }),
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
