import ExcelJS from 'exceljs';
import type { CellStyle, Highlight, SheetLayout, SheetPart } from '../layout/layout.js';
import { argb, PALETTE } from '../layout/palette.js';
import { BODY_SIZE } from '../layout/sheetPart.js';

/**
 * Writes a sheet layout into an exceljs workbook: the report sheet and its method sheet
 * ("Thuyết minh"), with values, formulas and their cached results, number formats, styles,
 * merges, row heights, frozen header, conditional formatting, and an A4 landscape print setup
 * that repeats the header row on every page and numbers the pages. Decides nothing about
 * content: all of that is in the layout, shared with the add-in.
 */
export function renderLayout(workbook: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: 'frozen', xSplit: layout.freeze.column, ySplit: layout.freeze.row }],
    pageSetup: printSetup(layout.headerRow),
  });
  writePart(sheet, layout, layout.footer);
  let priority = 1;
  for (const highlight of layout.highlights) {
    sheet.addConditionalFormatting({ ref: highlight.range, rules: rulesOf(highlight, () => priority++) });
  }
  const method = workbook.addWorksheet(layout.method.sheetName, { pageSetup: printSetup(layout.headerRow) });
  writePart(method, layout.method, layout.footer);
  return sheet;
}

/** A4 landscape, as wide as the page, as many pages down as needed, the header row on each. */
function printSetup(headerRow: number): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.25, right: 0.25, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** The cells, widths, merges and row heights of one sheet, and its page footer. */
function writePart(sheet: ExcelJS.Worksheet, part: SheetPart, footer: string): void {
  sheet.columns = part.columns.map((c) => ({ key: c.key, width: c.width }));
  sheet.headerFooter = { oddFooter: `&C&"Arial"&${BODY_SIZE + 1}${footer}` };
  // One style object per (style, number format), shared by every cell that has it: exceljs
  // recognises a style object it has seen and skips serialising it again (2x faster on big sheets).
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (name: CellStyle, numFmt: string | undefined) => {
    const key = `${name}\u0000${numFmt ?? ''}`;
    let style = shared.get(key);
    if (!style) {
      style = numFmt ? { ...STYLES[name], numFmt } : { ...STYLES[name] };
      shared.set(key, style);
    }
    return style;
  };
  for (const cell of part.cells) {
    const target = sheet.getCell(cell.address);
    if (cell.formula !== undefined) {
      target.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
    } else if (typeof cell.value === 'string') {
      // Text is written as a shared string, never as a formula, whatever it starts with (=, +, -, @).
      target.value = cell.value;
    } else if (cell.value !== undefined) {
      target.value = cell.value;
    }
    // Set as a whole, never property by property: the object is shared.
    target.style = styleOf(cell.style, cell.numFmt) as ExcelJS.Style;
  }
  for (const range of part.merges) sheet.mergeCells(range);
  for (const [row, height] of Object.entries(part.rowHeights)) sheet.getRow(Number(row)).height = height;
}

const thin = { style: 'thin' as const, color: { argb: argb(PALETTE.border) } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: 'Arial',
  size: BODY_SIZE,
  ...extra,
});
const fill = (colour: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } });
const wrap = { wrapText: true, vertical: 'top' } as const;

const STYLES: Record<CellStyle, Partial<Pick<ExcelJS.Cell, 'font' | 'alignment' | 'border' | 'fill'>>> = {
  issuer: { font: font({ bold: true }), alignment: { horizontal: 'center', ...wrap } },
  annex: { font: font({ bold: true }), alignment: { horizontal: 'center', ...wrap } },
  title: {
    font: font({ size: 13, bold: true }),
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  },
  subtitle: { font: font({ italic: true }), alignment: { horizontal: 'center', ...wrap } },
  attached: { font: font({ italic: true }), alignment: { horizontal: 'center', ...wrap } },
  unitLine: { font: font({ italic: true }), alignment: { horizontal: 'right', ...wrap } },
  heading: { font: font({ bold: true }), alignment: { horizontal: 'left', ...wrap } },
  settingLabel: { font: font(), alignment: { horizontal: 'left', ...wrap } },
  setting: {
    font: font({ bold: true, color: { argb: argb(PALETTE.settingFont) } }),
    fill: fill(PALETTE.setting),
    border,
  },
  header: {
    font: font({ bold: true }),
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    fill: fill(PALETTE.header),
    border,
  },
  group: { font: font({ bold: true }), alignment: { ...wrap }, border },
  text: { font: font(), alignment: { ...wrap }, border },
  ordinal: { font: font(), alignment: { horizontal: 'center', vertical: 'top' }, border },
  number: { font: font(), alignment: { horizontal: 'right', vertical: 'top' }, border },
  formula: { font: font(), alignment: { horizontal: 'right', ...wrap }, border },
  noData: {
    font: font({ color: { argb: argb(PALETTE.muted) } }),
    alignment: { horizontal: 'center', vertical: 'top' },
    border,
  },
  total: { font: font({ bold: true }), alignment: { ...wrap }, border },
  totalNumber: { font: font({ bold: true }), alignment: { horizontal: 'right', vertical: 'top' }, border },
  note: { font: font({ italic: true }), alignment: { horizontal: 'left', ...wrap } },
  source: {
    font: font({ italic: true, color: { argb: argb(PALETTE.muted) } }),
    alignment: { horizontal: 'left', ...wrap },
  },
};

function rulesOf(highlight: Highlight, next: () => number): ExcelJS.ConditionalFormattingRule[] {
  if (highlight.kind === 'bar') {
    return [
      {
        type: 'dataBar',
        priority: next(),
        minLength: 0,
        maxLength: 100,
        gradient: false,
        // From the lowest area, so differences between areas show; to 100%, the whole population.
        cfvo: [{ type: 'min' }, { type: 'num', value: highlight.max }],
        color: { argb: argb(PALETTE.bar) },
      } as ExcelJS.DataBarRuleType,
    ];
  }
  const tone = (name: keyof typeof PALETTE.tones) => ({
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(PALETTE.tones[name].fill) } } as ExcelJS.Fill,
    font: { color: { argb: argb(PALETTE.tones[name].font) } },
  });
  if (highlight.kind === 'byStatus') {
    // The formula is relative to the range's first cell: $S8 is "the status of this row".
    const first = highlight.range.split(':')[0].replace(/^[A-Z]+/, '');
    return highlight.colours.map(({ equals, tone: name }) => ({
      type: 'expression',
      priority: next(),
      formulae: [`$${highlight.statusColumn}${first}="${equals.replace(/"/g, '""')}"`],
      style: tone(name),
    }));
  }
  return highlight.colours.map(({ equals, tone: name }) => ({
    type: 'cellIs',
    operator: 'equal',
    priority: next(),
    formulae: [`"${equals.replace(/"/g, '""')}"`],
    style: tone(name),
  }));
}

/** The workbook of one report: the report sheet and its method sheet, with the file's properties set. */
export function reportWorkbook(layout: SheetLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chitieu';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  renderLayout(workbook, layout);
  return workbook;
}
