import ExcelJS from 'exceljs';
import { problem, type Problem } from '../input/problems.js';
import type { CellStyle, Highlight, SheetLayout, SheetPart } from '../layout/layout.js';
import { argb, PALETTE } from '../layout/palette.js';
import { BODY_SIZE, PRINT_PAGE, REPORT_FONT } from '../layout/sheetPart.js';

/** Excel's own limits (Microsoft, "Excel specifications and limits"): a file beyond them does not open. */
export const EXCEL_LIMITS = { formulaChars: 8192, nesting: 64, cellChars: 32767 } as const;

/**
 * Whether Excel can hold a cell: a formula within 8,192 characters and 64 levels of parentheses
 * (counted outside string literals; a grouping parenthesis counts too, so this errs on the safe
 * side), a text within 32,767 characters. Null when it can; otherwise which limit it breaks.
 */
export function excelLimitBroken(formula: string): { limit: 'formulaChars' | 'nesting'; size: number } | null {
  if (formula.length > EXCEL_LIMITS.formulaChars) return { limit: 'formulaChars', size: formula.length };
  let depth = 0;
  let deepest = 0;
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') deepest = Math.max(deepest, ++depth);
    else if (!quoted && ch === ')') depth--;
  }
  return deepest > EXCEL_LIMITS.nesting ? { limit: 'nesting', size: deepest } : null;
}

/**
 * Writes a sheet layout into an exceljs workbook: the report sheet and its method sheet
 * ("Thuyết minh"), with values, formulas and their cached results, number formats, styles,
 * merges, row heights, frozen header, conditional formatting, and an A4 landscape print setup
 * that repeats the header row on every page and numbers the pages. Decides nothing about
 * content: all of that is in the layout, shared with the add-in.
 *
 * Every cell is checked against Excel's limits here, the one place every cell passes: a text
 * longer than 32,767 characters (an indicator name, --province) is cut, with a warning; a formula
 * beyond 8,192 characters or 64 levels is an error with its cell. Both are pushed to `problems`;
 * without it, a formula beyond the limits throws, so that no caller writes a file Excel refuses.
 */
export function renderLayout(workbook: ExcelJS.Workbook, layout: SheetLayout, problems?: Problem[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: 'frozen', xSplit: layout.freeze.column, ySplit: layout.freeze.row }],
    pageSetup: printSetup(layout.headerRow),
  });
  writePart(sheet, layout, layout.footer, problems);
  let priority = 1;
  for (const highlight of layout.highlights) {
    sheet.addConditionalFormatting({ ref: highlight.range, rules: rulesOf(highlight, () => priority++) });
  }
  const method = workbook.addWorksheet(layout.method.sheetName, { pageSetup: printSetup(layout.headerRow) });
  writePart(method, layout.method, layout.footer, problems);
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
    margins: { ...PRINT_PAGE.margins },
  };
}

/** The cells, widths, merges and row heights of one sheet, and its page footer. */
function writePart(sheet: ExcelJS.Worksheet, part: SheetPart, footer: string, problems?: Problem[]): void {
  // A grouped column (a verdict's step) is collapsed: hidden, so it does not print; "+" shows it.
  sheet.columns = part.columns.map((c) => ({
    key: c.key,
    width: c.width,
    ...(c.grouped ? { hidden: true, outlineLevel: 1 } : {}),
  }));
  sheet.headerFooter = { oddFooter: `&C&"${REPORT_FONT}"&${BODY_SIZE + 1}${footer}` };
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
  const where = (address: string) => ({
    file: sheet.name,
    sheet: null,
    row: Number(/\d+$/.exec(address)?.[0]) || null,
    column: address.replace(/\d+$/, ''),
  });
  for (const cell of part.cells) {
    const target = sheet.getCell(cell.address);
    const broken = cell.formula === undefined ? null : excelLimitBroken(cell.formula);
    if (broken) {
      const what =
        broken.limit === 'formulaChars'
          ? {
              vi: `dài ${broken.size} ký tự (Excel: tối đa 8.192)`,
              en: `${broken.size} characters long (Excel: at most 8,192)`,
            }
          : {
              vi: `lồng ${broken.size} mức (Excel: tối đa 64)`,
              en: `nested ${broken.size} levels deep (Excel: at most 64)`,
            };
      const found = problem('error', 'formula-too-long', where(cell.address), {
        vi: `công thức ô ${cell.address} ${what.vi}: Excel sẽ không mở được tệp; thường do năm gõ nhầm hoặc nhiệm kỳ quá dài (--term)`,
        en: `the formula in ${cell.address} is ${what.en}: Excel would not open the file; usually a mistyped year or a too-long --term`,
      });
      if (!problems) throw new Error(found.message.en);
      // The same formula repeats on every row: the first few places say it all.
      if (problems.filter((p) => p.reason === 'formula-too-long').length < 8) problems.push(found);
      target.value = cell.result ?? null;
    } else if (cell.formula !== undefined) {
      target.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
    } else if (typeof cell.value === 'string' && cell.value.length > EXCEL_LIMITS.cellChars) {
      problems?.push(
        problem('warning', 'text-truncated', where(cell.address), {
          vi: `văn bản ô ${cell.address} dài ${cell.value.length} ký tự, đã cắt còn 32.767 (giới hạn một ô của Excel)`,
          en: `the text in ${cell.address} is ${cell.value.length} characters long, cut to 32,767 (Excel's limit for a cell)`,
        }),
      );
      target.value = `${cell.value.slice(0, EXCEL_LIMITS.cellChars - 1)}…`;
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
  for (const row of part.pageBreaks ?? []) sheet.getRow(row - 1).addPageBreak();
}

const thin = { style: 'thin' as const, color: { argb: argb(PALETTE.border) } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: REPORT_FONT,
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
export function reportWorkbook(layout: SheetLayout, problems?: Problem[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chitieu';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  renderLayout(workbook, layout, problems);
  return workbook;
}
