import ExcelJS from 'exceljs';
import type { CellStyle, Highlight, SheetLayout } from '../layout/layout.js';

/**
 * Writes a sheet layout into an exceljs workbook: values, formulas with their cached results,
 * number formats, styles, merges, frozen header, conditional formatting and an A4 landscape
 * print setup that repeats the header row on every page. Decides nothing about content: all of
 * that is in the layout, shared with the add-in.
 */
export function renderLayout(workbook: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: 'frozen', xSplit: layout.freeze.column, ySplit: layout.freeze.row }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${layout.headerRow}:${layout.headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = layout.columns.map((c) => ({ key: c.key, width: c.width }));
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
  for (const cell of layout.cells) {
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
  for (const range of layout.merges) sheet.mergeCells(range);
  sheet.getRow(layout.headerRow).height = 42;
  let priority = 1;
  for (const highlight of layout.highlights) {
    sheet.addConditionalFormatting({ ref: highlight.range, rules: rulesOf(highlight, () => priority++) });
  }
  return sheet;
}

const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: 'Arial', size: 10, ...extra });

const STYLES: Record<CellStyle, Partial<Pick<ExcelJS.Cell, 'font' | 'alignment' | 'border' | 'fill'>>> = {
  title: { font: font({ size: 14, bold: true }), alignment: { horizontal: 'center' } },
  subtitle: { font: font({ italic: true }), alignment: { horizontal: 'center' } },
  settingLabel: { font: font(), alignment: { horizontal: 'left' } },
  setting: {
    font: font({ bold: true, color: { argb: 'FF1F4E79' } }),
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } },
    border,
  },
  header: {
    font: font({ bold: true }),
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
    border,
  },
  text: { font: font(), alignment: { vertical: 'top' }, border },
  number: { font: font(), alignment: { horizontal: 'right', vertical: 'top' }, border },
  formula: { font: font(), alignment: { horizontal: 'right', vertical: 'top' }, border },
  noData: {
    font: font({ italic: true, color: { argb: 'FF7F7F7F' } }),
    alignment: { horizontal: 'center', vertical: 'top' },
    border,
  },
  note: { font: font({ italic: true, size: 9 }) },
  source: { font: font({ italic: true, size: 9, color: { argb: 'FF595959' } }) },
};

const TONES = {
  good: { fill: 'FFC6EFCE', font: 'FF006100' },
  ok: { fill: 'FFDDEBF7', font: 'FF1F4E79' },
  warn: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  bad: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  none: { fill: 'FFF2F2F2', font: 'FF7F7F7F' },
};

function rulesOf(highlight: Highlight, next: () => number): ExcelJS.ConditionalFormattingRule[] {
  if (highlight.kind === 'dataBar') {
    return [
      {
        type: 'dataBar',
        priority: next(),
        minLength: 0,
        maxLength: 100,
        gradient: false,
        cfvo: [
          { type: 'num', value: highlight.min },
          { type: 'num', value: highlight.max },
        ],
        color: { argb: 'FF63BE7B' },
      } as ExcelJS.DataBarRuleType,
    ];
  }
  return highlight.colours.map(({ equals, tone }) => ({
    type: 'cellIs',
    operator: 'equal',
    priority: next(),
    formulae: [`"${equals.replace(/"/g, '""')}"`],
    style: {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: TONES[tone].fill } },
      font: { color: { argb: TONES[tone].font } },
    },
  }));
}

/** The workbook of one report: one sheet, with the file's properties set. */
export function reportWorkbook(layout: SheetLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chitieu';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  renderLayout(workbook, layout);
  return workbook;
}
