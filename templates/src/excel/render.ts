import ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import { problem, type Problem, columnLetter } from '@chitieu/input';
import type {
  CellStyle,
  CellWrite,
  Highlight,
  LayoutSinks,
  SheetFrame,
  SheetLayout,
  SheetPart,
  SheetSink,
} from '../layout/layout.js';
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
  const sheet = workbook.addWorksheet(layout.sheetName, reportSheetOptions(layout));
  writePart(sheet, layout, layout.footer, problems);
  for (const formatting of conditionalFormatting(layout)) sheet.addConditionalFormatting(formatting);
  const method = workbook.addWorksheet(layout.method.sheetName, { pageSetup: printSetup(layout.headerRow) });
  writePart(method, layout.method, layout.footer, problems);
  return sheet;
}

/** The report sheet's frozen panes and print setup. */
function reportSheetOptions(frame: SheetFrame): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', xSplit: frame.freeze.column, ySplit: frame.freeze.row }],
    pageSetup: printSetup(frame.headerRow),
  };
}

/** The highlights as exceljs conditional formatting, priorities numbered in order. */
function conditionalFormatting(frame: SheetFrame): ExcelJS.ConditionalFormattingOptions[] {
  let priority = 1;
  return frame.highlights.map((highlight) => ({ ref: highlight.range, rules: rulesOf(highlight, () => priority++) }));
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
  sheet.columns = columnsOf(part);
  sheet.headerFooter = { oddFooter: footerOf(footer) };
  const cells = new CellWriter(sheet.name, problems);
  for (const cell of part.cells) cells.write(sheet.getCell(cell.address), cell);
  for (const range of part.merges) sheet.mergeCells(range);
  for (const [row, height] of Object.entries(part.rowHeights)) sheet.getRow(Number(row)).height = height;
  for (const row of part.pageBreaks ?? []) sheet.getRow(row - 1).addPageBreak();
}

const footerOf = (footer: string) => `&C&"${REPORT_FONT}"&${BODY_SIZE + 1}${footer}`;

/** A grouped column (a verdict's step) is collapsed: hidden, so it does not print; "+" shows it. */
const columnsOf = (part: SheetPart): Array<Partial<ExcelJS.Column>> =>
  part.columns.map((c) => ({
    key: c.key,
    width: c.width,
    ...(c.grouped ? { hidden: true, outlineLevel: 1 } : {}),
  }));

/**
 * Writes layout cells into exceljs cells, the same way for the in-memory workbook and the
 * streaming writer: Excel's limits checked, one style object per look, and a run of identical
 * relative formulas as one shared formula (its text on the run's first cell only).
 */
class CellWriter {
  // One style object per (style, number format), shared by every cell that has it: exceljs
  // recognises a style object it has seen and skips serialising it again (2x faster on big sheets).
  private styles = new Map<string, Partial<ExcelJS.Style>>();
  /** First cells of shared runs whose formula broke Excel's limits: the run's other cells get their cached value. */
  private broken = new Set<string>();

  constructor(
    private sheetName: string,
    private problems?: Problem[],
  ) {}

  write(target: ExcelJS.Cell, cell: CellWrite): void {
    target.value = this.valueOf(cell);
    // Set as a whole, never property by property: the object is shared.
    target.style = this.styleOf(cell.style, cell.numFmt) as ExcelJS.Style;
  }

  private styleOf(name: CellStyle, numFmt: string | undefined): Partial<ExcelJS.Style> {
    const key = `${name}\u0000${numFmt ?? ''}`;
    let style = this.styles.get(key);
    if (!style) {
      style = numFmt ? { ...STYLES[name], numFmt } : { ...STYLES[name] };
      this.styles.set(key, style);
    }
    return style;
  }

  private valueOf(cell: CellWrite): ExcelJS.CellValue {
    if (cell.formula !== undefined) {
      const shared = cell.shared;
      const from = shared && 'from' in shared ? shared.from : undefined;
      if (from !== undefined && this.broken.has(from)) return cell.result ?? null;
      // A shared run's cells differ from its first only in row numbers: the first was checked
      // for nesting, every cell for its length (a longer row number can push it over).
      const broken =
        from !== undefined
          ? cell.formula.length > EXCEL_LIMITS.formulaChars
            ? { limit: 'formulaChars' as const, size: cell.formula.length }
            : null
          : excelLimitBroken(cell.formula);
      if (broken) {
        this.refuse(cell, broken);
        if (shared && 'ref' in shared) this.broken.add(cell.address);
        return cell.result ?? null;
      }
      if (from !== undefined) return { sharedFormula: from, result: cell.result } as ExcelJS.CellSharedFormulaValue;
      if (shared && 'ref' in shared)
        return {
          formula: cell.formula,
          result: cell.result,
          shareType: 'shared',
          ref: shared.ref,
        } as ExcelJS.CellFormulaValue;
      return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
    }
    if (typeof cell.value === 'string' && cell.value.length > EXCEL_LIMITS.cellChars) {
      this.problems?.push(
        problem('warning', 'text-truncated', this.where(cell), {
          vi: `văn bản ô ${cell.address} dài ${cell.value.length} ký tự, đã cắt còn 32.767 (giới hạn một ô của Excel)`,
          en: `the text in ${cell.address} is ${cell.value.length} characters long, cut to 32,767 (Excel's limit for a cell)`,
        }),
      );
      return `${cell.value.slice(0, EXCEL_LIMITS.cellChars - 1)}…`;
    }
    // Text is written as a string, never as a formula, whatever it starts with (=, +, -, @).
    return cell.value ?? null;
  }

  private where(cell: CellWrite) {
    return { file: this.sheetName, sheet: null, row: cell.row, column: columnLetter(cell.column) };
  }

  private refuse(cell: CellWrite, broken: { limit: 'formulaChars' | 'nesting'; size: number }): void {
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
    const found = problem('error', 'formula-too-long', this.where(cell), {
      vi: `công thức ô ${cell.address} ${what.vi}: Excel sẽ không mở được tệp; thường do năm gõ nhầm hoặc nhiệm kỳ quá dài (--term)`,
      en: `the formula in ${cell.address} is ${what.en}: Excel would not open the file; usually a mistyped year or a too-long --term`,
    });
    if (!this.problems) throw new Error(found.message.en);
    // The same formula repeats on every row: the first few places say it all.
    if (this.problems.filter((p) => p.reason === 'formula-too-long').length < 8) this.problems.push(found);
  }
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

/**
 * Lays a report out and writes it as it goes, with exceljs's streaming writer: each row is
 * serialised and compressed once the next row starts, so memory holds one row of cells (plus
 * the computed table the layout keeps per indicator), whatever the report's length. The file is
 * the in-memory writer's, cell for cell (`reportWorkbook`): the same styles, merges, heights,
 * frozen panes, print setup, conditional formatting and shared formulas; texts are written
 * inline rather than in a shared-strings table, which would otherwise keep every text to the end.
 *
 * `steps` is `layoutSteps` bound to its template and data (the layout is the add-in's, one
 * code path); every few hundred rows the writer waits for the compressor to catch up.
 */
export async function streamReport(
  steps: (sinks: LayoutSinks) => Generator<void, SheetLayout>,
  stream: NodeJS.WritableStream,
  problems?: Problem[],
): Promise<SheetLayout> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: stream as never,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'chitieu';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  let footer = '';
  let headerRow = 0;
  let open: RowWriter | undefined;
  const start = (sheet: ExcelJS.Worksheet, part: SheetPart) => {
    completeSheet(sheet);
    sheet.columns = columnsOf(part);
    sheet.headerFooter = { oddFooter: footerOf(footer) };
    open = new RowWriter(sheet, new CellWriter(sheet.name, problems));
    return open;
  };
  const sinks: LayoutSinks = {
    report(frame) {
      footer = frame.footer;
      headerRow = frame.headerRow;
      const sheet = workbook.addWorksheet(frame.sheetName, reportSheetOptions(frame)) as unknown as ExcelJS.Worksheet;
      for (const formatting of conditionalFormatting(frame)) sheet.addConditionalFormatting(formatting);
      return start(sheet, frame);
    },
    method(part) {
      open?.end();
      const sheet = workbook.addWorksheet(part.sheetName, { pageSetup: printSetup(headerRow) });
      return start(sheet as unknown as ExcelJS.Worksheet, part);
    },
  };
  const run = steps(sinks);
  let rows = 0;
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) {
      open?.end();
      await workbook.commit();
      return step.value;
    }
    if (++rows % 256 === 0 && open) await open.drained();
  }
}

/** exceljs's own writer of a worksheet's `<extLst>` (the x14 part of data bars), which its streaming writer leaves out. */
const ExtListXform = createRequire(import.meta.url)('exceljs/lib/xlsx/xform/sheet/ext-lst-xform.js') as new () => {
  prepare(model: object, options: object): void;
  toXml(model: object): string;
};

/**
 * exceljs's streaming worksheet leaves out two things the in-memory writer writes: the
 * `<printOptions>` of the page setup (centred on the page), written here where the schema puts
 * it, just before the page margins; and the x14 extension of data bars (solid, from the lowest
 * value: without it Excel draws gradient bars of its default lengths), prepared before the
 * conditional formatting that refers to it and written last.
 */
function completeSheet(sheet: ExcelJS.Worksheet): void {
  const writer = sheet as unknown as {
    _writePageMargins(): void;
    _writeConditionalFormatting(): void;
    _writeCloseWorksheet(): void;
    conditionalFormatting: object[];
    _workbook: { styles: object };
    stream: { write(xml: string): void };
  };
  const extensions = new ExtListXform();
  const model = () => ({ conditionalFormattings: writer.conditionalFormatting });
  const formatting = writer._writeConditionalFormatting.bind(writer);
  writer._writeConditionalFormatting = () => {
    extensions.prepare(model(), { styles: writer._workbook.styles });
    formatting();
  };
  const close = writer._writeCloseWorksheet.bind(writer);
  writer._writeCloseWorksheet = () => {
    writer.stream.write(extensions.toXml(model()));
    close();
  };
  const margins = writer._writePageMargins.bind(writer);
  writer._writePageMargins = () => {
    const setup = sheet.pageSetup;
    const options = [
      setup.showRowColHeaders && 'headings="1"',
      setup.showGridLines && 'gridLines="1"',
      setup.horizontalCentered && 'horizontalCentered="1"',
      setup.verticalCentered && 'verticalCentered="1"',
    ].filter(Boolean);
    if (options.length > 0) writer.stream.write(`<printOptions ${options.join(' ')}/>`);
    margins();
  };
}

/**
 * A file sink: takes a sheet's writes in row order and commits each row to the streaming
 * worksheet as soon as a later row starts. Two things exceljs's streaming writer does not do
 * for us are done here: it keeps every formula cell it has written (to find shared formulas'
 * first cells), so cells no later cell points to are let go; and it numbers shared formulas
 * afresh in each row, so the number is carried from row to row.
 */
class RowWriter implements SheetSink {
  private row = 0;
  private rowHeight = 0;
  /** This row's formula cells, and the first cells of shared runs with the last row of their run. */
  private formulas: string[] = [];
  private runs = new Map<string, number>();
  private nextShared = 0;
  private sharedInRow = 0;

  constructor(
    private sheet: ExcelJS.Worksheet,
    private cells: CellWriter,
  ) {}

  cell(cell: CellWrite): void {
    this.advance(cell.row);
    this.cells.write(this.sheet.getCell(cell.row, cell.column), cell);
    if (cell.formula === undefined) return;
    if (cell.shared && 'ref' in cell.shared) {
      this.runs.set(cell.address, Number(/\d+$/.exec(cell.shared.ref)![0]));
      this.sharedInRow++;
    } else this.formulas.push(cell.address);
  }

  /**
   * As `mergeCells`, without its check of every earlier merge for overlap (quadratic: a national
   * panel's assessment has a merged line per indicator); a layout's merges never overlap, each
   * is a part of one row.
   */
  merge(range: string): void {
    this.advance(Number(/\d+/.exec(range)![0]));
    const [first, last] = range.split(':').map((address) => this.sheet.getCell(address));
    for (let column = Number(first.col) + 1; column <= Number(last.col); column++)
      this.sheet.getCell(Number(first.row), column).merge(first);
    (this.sheet as unknown as { _merges: string[] })._merges.push(range);
  }

  height(row: number, points: number): void {
    this.advance(row);
    this.rowHeight = Math.max(this.rowHeight, points);
  }

  /** A printed page starts at `row`: a manual break after the row above (the streamed sheet writes its list at the end). */
  pageBreak(row: number): void {
    this.advance(row);
    (this.sheet as unknown as { rowBreaks: object[] }).rowBreaks.push({ id: row - 1, max: 16838, man: 1 });
  }

  /**
   * Resolves once the rows written so far have gone through the compressor: exceljs writes into
   * the archive without waiting (its streams are an older readable-stream, whose buffered bytes
   * are read from their state), so without this the whole sheet would wait in memory.
   */
  async drained(): Promise<void> {
    type State = { length?: number };
    type Pipe = { _writableState?: State; _readableState?: State };
    const stream = (this.sheet as unknown as { stream: { buffers: unknown[]; pipes: Pipe[] } }).stream;
    const backlog = () =>
      stream.pipes.reduce(
        (sum, pipe) => sum + (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0),
        0,
      );
    for (let tries = 0; tries < 10_000; tries++) {
      if (stream.buffers.length <= 1 && backlog() < 1 << 20) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  end(): void {
    this.commit();
    (this.sheet as unknown as { commit(): void }).commit();
  }

  private advance(row: number): void {
    if (row === this.row) return;
    if (row < this.row) throw new Error(`layout wrote row ${row} after row ${this.row} of ${this.sheet.name}`);
    this.commit();
    this.row = row;
  }

  private commit(): void {
    if (this.row === 0) return;
    const internals = this.sheet as unknown as { _formulae: Record<string, unknown>; _siFormulae: number };
    const row = this.sheet.getRow(this.row);
    if (this.rowHeight > 0) row.height = this.rowHeight;
    internals._siFormulae = this.nextShared;
    row.commit();
    this.nextShared += this.sharedInRow;
    for (const address of this.formulas) delete internals._formulae[address];
    for (const [address, last] of this.runs)
      if (last <= this.row) {
        delete internals._formulae[address];
        this.runs.delete(address);
      }
    this.formulas = [];
    this.sharedInRow = 0;
    this.rowHeight = 0;
  }
}
