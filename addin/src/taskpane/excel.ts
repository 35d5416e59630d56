/// <reference types="office-js" />
/**
 * The task pane's work in the workbook, each in one batched `Excel.run` (one round trip to
 * Excel, as Microsoft recommends): read the input sheet, write a report layout into a new
 * sheet, chart percent of target with a 100% line, read the selection for the range check and
 * write converted numbers back. Enum values are written as their strings ('DataBar'), which
 * office.js accepts, so nothing here needs Excel's enums at load time.
 */
import { PALETTE, type Highlight, type SheetLayout, type SheetPart } from '@chitieu/templates';
import type { RangeSnapshot } from './check.js';
import type { InputSheet } from './report.js';
import { MAX_TABLE_CELLS, type TableRead } from './table.js';
import type { WideReader } from './reader.js';
import { cellOf, columnLetter, sheetOf } from './address.js';
import { inNamespace } from './namespace.js';

/** A sheet name not yet used in the workbook: `name`, `name (2)`, ... */
export function freeName(name: string, used: ReadonlySet<string>): string {
  const base = name.slice(0, 31);
  if (!used.has(base)) return base;
  for (let k = 2; ; k++) {
    const candidate = `${base.slice(0, 26)} (${k})`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Reads the used range of the active sheet: the input table the report is made from. */
export async function readActiveSheet(): Promise<InputSheet> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRange(true);
    sheet.load('name');
    used.load('values');
    await context.sync();
    return { name: sheet.name, values: used.values };
  });
}

/** The styles of the layout, with the renderer's colours (palette.ts): a live sheet looks like a written file. */
function style(range: Excel.Range, cellStyle: SheetLayout['cells'][number]['style']): void {
  switch (cellStyle) {
    case 'title':
      range.format.font.bold = true;
      range.format.font.size = 13;
      break;
    case 'issuer':
    case 'annex':
    case 'heading':
    case 'group':
    case 'total':
    case 'totalNumber':
      range.format.font.bold = true;
      break;
    case 'header':
      range.format.font.bold = true;
      range.format.fill.color = PALETTE.header;
      range.format.wrapText = true;
      break;
    case 'setting':
      range.format.fill.color = PALETTE.setting;
      range.format.font.color = PALETTE.settingFont;
      break;
    case 'subtitle':
    case 'attached':
    case 'unitLine':
    case 'note':
    case 'source':
      range.format.font.italic = true;
      range.format.wrapText = true;
      break;
    case 'text':
    case 'settingLabel':
      range.format.wrapText = true;
      break;
    case 'noData':
      range.format.font.color = PALETTE.muted;
      break;
    default:
      break;
  }
}

/** Conditional formatting as the exceljs renderer writes it: tones by label, by the row's status, or bars. */
function highlight(sheet: Excel.Worksheet, h: Highlight): void {
  const range = sheet.getRange(h.range);
  if (h.kind === 'bar') {
    const bar = range.conditionalFormats.add('DataBar').dataBar;
    bar.lowerBoundRule = { type: 'LowestValue' };
    bar.upperBoundRule = { type: 'Number', formula: String(h.max) };
    bar.positiveFormat.fillColor = PALETTE.bar;
    return;
  }
  const firstRow = h.range.split(':')[0].replace(/^[A-Z]+/, '');
  for (const { equals, tone } of h.colours) {
    const colour = PALETTE.tones[tone];
    if (h.kind === 'byStatus') {
      const custom = range.conditionalFormats.add('Custom').custom;
      custom.rule.formula = `=$${h.statusColumn}${firstRow}="${equals.replace(/"/g, '""')}"`;
      custom.format.fill.color = colour.fill;
      custom.format.font.color = colour.font;
      continue;
    }
    const format = range.conditionalFormats.add('ContainsText');
    format.textComparison.format.fill.color = colour.fill;
    format.textComparison.format.font.color = colour.font;
    format.textComparison.rule = { operator: 'BeginsWith', text: equals };
  }
}

/** A sheet name as formulas write it: quoted, inner quotes doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;

/** Writes one sheet of a layout: cells (formulas through `rename`, see insertLayout), merges, widths, heights. */
function writePart(sheet: Excel.Worksheet, part: SheetPart, rename: (formula: string) => string): void {
  for (const cell of part.cells) {
    const range = sheet.getRange(cell.address);
    // Text is written as text, whatever it looks like: a header "2021" or a note starting with
    // "=" would otherwise be read by Excel as a number or a formula. The format goes first.
    const numFmt = cell.numFmt ?? (typeof cell.value === 'string' ? '@' : undefined);
    if (numFmt !== undefined) range.numberFormat = [[numFmt]];
    if (cell.formula !== undefined) range.formulas = [[`=${inNamespace(rename(cell.formula))}`]];
    else if (cell.value !== undefined) range.values = [[cell.value]];
    style(range, cell.style);
  }
  for (const merge of part.merges) sheet.getRange(merge).merge(false);
  // Excel measures column widths in points; about 7 points per character of the default font.
  for (const column of part.columns) {
    const range = sheet.getRange(`${column.letter}:${column.letter}`);
    range.format.columnWidth = column.width * 7;
    // A verdict's step: hidden, as in the file the CLI writes (where it is a collapsed group);
    // ExcelApi 1.2's columnHidden rather than 1.10's group(), which older hosts lack.
    if (column.grouped) range.columnHidden = true;
  }
  for (const [row, height] of Object.entries(part.rowHeights))
    sheet.getRange(`${row}:${row}`).format.rowHeight = height;
}

/**
 * Writes a report layout into new sheets (the report and its method sheet, which the report's
 * formulas read), activates the report, and returns its name. When the method sheet's name is
 * taken (a second report), the new one gets a free name and the formulas are pointed at it.
 */
export async function insertLayout(layout: SheetLayout): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const used = new Set(sheets.items.map((s) => s.name));
    const name = freeName(layout.sheetName, used);
    used.add(name);
    const methodName = freeName(layout.method.sheetName, used);
    // Report formulas name the method sheet, and the verdict's steps there name the report.
    const renamed = (formula: string, from: string, to: string) =>
      from === to ? formula : formula.split(quoted(from)).join(quoted(to));
    const rename = (formula: string) =>
      renamed(renamed(formula, layout.method.sheetName, methodName), layout.sheetName, name);
    const method = sheets.add(methodName);
    writePart(method, layout.method, rename);
    const sheet = sheets.add(name);
    writePart(sheet, layout, rename);
    if (layout.freeze.row > 0)
      sheet.freezePanes.freezeAt(
        sheet.getRange(`A1:${columnLetter(Math.max(0, layout.freeze.column - 1))}${layout.freeze.row}`),
      );
    for (const h of layout.highlights) highlight(sheet, h);
    sheet.activate();
    await context.sync();
    return name;
  });
}

/**
 * Charts percent of target as clustered bars by indicator, with the target as a 100% line, so a
 * reader sees at a glance which indicators are behind. `ranges` come from an inserted table
 * (report.ts chartRanges) on sheet `sheetName`; without them the selection is used (first
 * column: names, last column: ratios). The 1s of the line are kept on a hidden sheet, never in
 * the user's table.
 */
export async function addChart(
  title: string,
  lineName: string,
  table?: { sheetName: string; categories: string; values: string },
): Promise<void> {
  await Excel.run(async (context) => {
    let sheet: Excel.Worksheet;
    let categories: string;
    let values: string;
    let rows: number;
    if (table !== undefined) {
      sheet = context.workbook.worksheets.getItem(table.sheetName);
      ({ categories, values } = table);
      rows = cellOf(values.split(':')[1] ?? values).row - cellOf(values).row + 1;
    } else {
      const selection = context.workbook.getSelectedRange();
      selection.load(['address', 'rowCount', 'columnCount']);
      await context.sync();
      sheet = context.workbook.worksheets.getItem(sheetOf(selection.address) ?? '');
      const top = cellOf(selection.address);
      rows = selection.rowCount;
      const first = columnLetter(top.col);
      const last = columnLetter(top.col + selection.columnCount - 1);
      categories = `${first}${top.row + 1}:${first}${top.row + rows}`;
      values = `${last}${top.row + 1}:${last}${top.row + rows}`;
    }
    const chart = sheet.charts.add('BarClustered', sheet.getRange(values), 'Columns');
    chart.title.text = title;
    chart.series.getItemAt(0).setXAxisValues(sheet.getRange(categories));
    const existing = context.workbook.worksheets.getItemOrNullObject('_chitieu');
    await context.sync();
    const helper = existing.isNullObject ? context.workbook.worksheets.add('_chitieu') : existing;
    helper.visibility = 'Hidden';
    const ones = helper.getRange(`A1:A${rows}`);
    ones.values = Array.from({ length: rows }, () => [1]);
    const line = chart.series.add(lineName);
    line.setValues(ones);
    line.chartType = 'Line';
    chart.axes.valueAxis.numberFormat = '0%';
    await context.sync();
  });
}

/** Reads the selected range for the check. */
export async function readSelection(): Promise<RangeSnapshot> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(['address', 'values', 'numberFormat']);
    await context.sync();
    return { address: range.address, values: range.values, numberFormat: range.numberFormat };
  });
}

/** Writes values back into the range that was checked (numbers converted from text). */
export async function writeValues(address: string, values: unknown[][]): Promise<void> {
  await Excel.run(async (context) => {
    const name = sheetOf(address);
    const sheet =
      name === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(name);
    const top = cellOf(address);
    const end = `${columnLetter(top.col + (values[0]?.length ?? 1) - 1)}${top.row + values.length}`;
    sheet.getRange(`${columnLetter(top.col)}${top.row + 1}:${end}`).values = values as (string | number | boolean)[][];
    await context.sync();
  });
}

/** Writes the assessment sentences under an inserted table, as text (a sentence is never a formula). */
export async function insertSentences(sheetName: string, writes: ReadonlyArray<{ address: string; value: string }>) {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (const write of writes) {
      const range = sheet.getRange(write.address);
      range.numberFormat = [['@']];
      range.values = [[write.value]];
    }
    await context.sync();
  });
}

/** Whether the host has an ExcelApi requirement set (1.13: merged areas; 1.7: the workbook's name). */
function excelApi(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported?.('ExcelApi', version) === true;
}

/**
 * Reads the officer's own table, and changes nothing in it: the selection, or with a single cell
 * selected the sheet's used range; its values, number formats (a percent cell holds a fraction),
 * merged areas where the host can tell them, and hidden rows and columns. A few round trips:
 * the sizes (and where a selection meets the used range), the range with its values, then (only
 * where some are hidden) which rows and columns are. A range larger than MAX_TABLE_CELLS is not read at all (see TableRead).
 */
export async function readTable(): Promise<TableRead> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load(['address', 'cellCount']);
    const named = excelApi('1.7');
    if (named) context.workbook.load('name');
    const sheet = selected.worksheet;
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['isNullObject', 'address', 'cellCount']);
    await context.sync();
    const wholeSheet = selected.cellCount === 1 && !used.isNullObject;
    // A selection reaching past the data (whole columns A:J) is read where it meets the used range.
    let range: Excel.Range = wholeSheet ? used : selected;
    if (!wholeSheet && !used.isNullObject) {
      const clipped = selected.getIntersectionOrNullObject(used);
      clipped.load(['isNullObject', 'address', 'cellCount']);
      await context.sync();
      if (!clipped.isNullObject) range = clipped;
    }
    range.load(['address', 'cellCount']);
    await context.sync();
    if (range.cellCount > MAX_TABLE_CELLS) return { ok: false, address: range.address, cells: range.cellCount };
    range.load(['address', 'values', 'numberFormat', 'rowCount', 'columnCount', 'rowHidden', 'columnHidden']);
    const merged = excelApi('1.13') ? range.getMergedAreasOrNullObject() : null;
    merged?.load(['isNullObject', 'areas/items/address']);
    await context.sync();
    // rowHidden is true when every row is hidden, false when none is, null when some are.
    const rows =
      range.rowHidden === false
        ? []
        : Array.from({ length: range.rowCount }, (_, i) => range.getRow(i).load('rowHidden'));
    const columns =
      range.columnHidden === false
        ? []
        : Array.from({ length: range.columnCount }, (_, i) => range.getColumn(i).load('columnHidden'));
    if (rows.length + columns.length > 0) await context.sync();
    return {
      ok: true,
      table: {
        workbook: named ? context.workbook.name : sheet.name,
        sheet: sheet.name,
        address: range.address,
        wholeSheet,
        values: range.values,
        numberFormat: range.numberFormat,
        merges: merged === null ? null : merged.isNullObject ? [] : merged.areas.items.map((area) => area.address),
        hiddenRows: rows.flatMap((row, i) => (row.rowHidden ? [i] : [])),
        hiddenColumns: columns.flatMap((column, i) => (column.columnHidden ? [i] : [])),
      },
    };
  });
}

/** Selects a cell (a question's or a problem's), so the officer sees what the pane asks about. */
export async function selectCell(address: string): Promise<void> {
  await Excel.run(async (context) => {
    const name = sheetOf(address);
    const sheet =
      name === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(name);
    sheet.activate();
    sheet.getRange(address.slice(address.lastIndexOf('!') + 1)).select();
    await context.sync();
  });
}

let reader: Promise<WideReader> | undefined;

/**
 * The wide-table reader, from its own bundle (reader.ts), loaded once beside the pane's page the
 * first time it is needed; a failed load is tried again on the next click.
 */
export function loadWideReader(): Promise<WideReader> {
  reader ??= new Promise<WideReader>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'tablereader.js';
    script.onload = () => {
      const loaded = (globalThis as unknown as { chitieuWideReader?: WideReader }).chitieuWideReader;
      if (loaded === undefined) reject(new Error('tablereader.js did not load the reader'));
      else resolve(loaded);
    };
    script.onerror = () => reject(new Error('tablereader.js could not be loaded'));
    document.head.append(script);
  }).catch((error: unknown) => {
    reader = undefined;
    throw error;
  });
  return reader;
}
