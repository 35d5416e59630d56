/**
 * The report as a Word document, where officers write their reports: the title block, the
 * table with the numbers and symbols the .xlsx shows, the notes and source, the chart, and the
 * "Nhận xét" / "Assessment" sentences; A4 landscape for the wide table.
 *
 * Written with `docx` (docx on npm: MIT, pure TypeScript, actively released, no native code,
 * the most used .docx writer for Node). Pinned to 9.6 because 9.8 and later depend on nanoid 6,
 * which requires Node 22 while chitieu supports Node 20.
 */
import { formatNumber, roundHalfAwayFromZero } from '@chitieu/core';
import { assessmentSection } from '../narrative/assessment.js';
import { shownNumber, word } from '../layout/labels.js';
import type { CellWrite } from '../layout/sheetPart.js';
import type { SheetLayout } from '../layout/sheetLayout.js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** A4 in twentieths of a point (twips), portrait; docx turns it for a landscape section. */
const A4 = { width: 11906, height: 16838 };
/** Twips per millimetre (1 440 per inch, 25,4 mm per inch). */
const MM = 1440 / 25.4;
/**
 * The decree's margins (Nghị định 30/2020/NĐ-CP, appendix I, section I.4): top and bottom 20-25 mm,
 * left 30-35 mm, right 15-20 mm; the lower bound of each, so the wide table gets the width. The
 * page number sits in the top margin, 10 mm from the edge.
 */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10 } as const;
/**
 * Font sizes in points (the decree: body 13-14; header lines 12-13; tables 12-13 in practice,
 * the table here at 12 so the term review's columns fit; the recipients list 11; the page
 * number 13). docx counts half-points.
 */
export const SIZES_PT = { body: 14, heading: 13, table: 12, recipients: 11, recipientsTitle: 12, page: 13 } as const;
const half = (points: number) => points * 2;
const twips = (mm: number) => Math.round(mm * MM);
const PAGE_WIDTH = A4.height - twips(MARGINS_MM.left) - twips(MARGINS_MM.right);

export interface ReportDocumentOptions {
  /** The chart's PNG and its pixel size, shown between the table and the sentences. */
  chart?: { png: Uint8Array; width: number; height: number };
  /** The province (ỦY BAN NHÂN DÂN TỈNH …) whose committee issues the report. */
  province?: string;
  /** The issuing agency under the committee (SỞ KẾ HOẠCH VÀ ĐẦU TƯ); the committee itself when not given. */
  agency?: string;
}

/**
 * A cell as the sheet shows it: a number in its Excel number format, written the report
 * language's way (7,64%; 28.066,4; +2,50 điểm %), a label as is, an error as its Excel code.
 *
 * @example
 * shownValue({ value: 0.0764, numFmt: '0.00%' } as CellWrite, 'vi')  // '7,64%'
 */
export function shownValue(cell: CellWrite, lang: 'vi' | 'en'): string {
  const value = cell.formula !== undefined ? cell.result : cell.value;
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'string') return value;
  return formatted(value, cell.numFmt ?? '', lang);
}

/** The number formats the layout uses (templates/src/layout/labels.ts), as text. */
function formatted(x: number, numFmt: string, lang: 'vi' | 'en'): string {
  const write = (v: number, decimals: number, grouping = true) =>
    formatNumber(v, lang, { decimals, grouping }) as string;
  if (numFmt === '0.00%') return formatNumber(x, lang, { percent: true, decimals: 2 }) as string;
  if (numFmt === '0') return write(x, 0, false);
  if (numFmt === '#,##0') return write(x, 0);
  if (numFmt === '#,##0.00') return write(x, 2);
  if (numFmt === '#,##0.0#') {
    const rounded = roundHalfAwayFromZero(x, 2) as number;
    return write(rounded, Number.isInteger(rounded * 10) ? 1 : 2);
  }
  // Points, a rise or fall in words, a most: the format's own sections (templates' shownNumber).
  if (numFmt.includes('"')) return shownNumber(x, numFmt, lang);
  return formatNumber(x, lang) as string;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

/** The columns that name a row: they take the room the figures leave. */
const NAME_COLUMNS = new Set(['indicator', 'area']);

/**
 * The sheet's columns that the page shows: all but the code and the per-figure sources (long
 * text that would squeeze the numbers; the source line under the table names the file, and
 * the .xlsx keeps them). Widths follow the sheet's: a narrow column (STT, the year of the
 * figure) a little wider, a figure's 10 to 12 characters so that 28.066,4 or 76,39% fits on one
 * line at 12 pt, a name's (the indicator) 1,3 times as wide, the unit's as it is.
 */

function pageColumns(layout: SheetLayout): Array<{ index: number; weight: number }> {
  const weight = (key: string, width: number) =>
    NAME_COLUMNS.has(key)
      ? width * 1.3
      : key === 'unit'
        ? width
        : width < 6
          ? width + 3
          : Math.min(12, Math.max(10, width));
  return layout.columns
    .map((c, i) => ({ key: c.key, index: i + 1, weight: weight(c.key, c.width) }))
    .filter((c) => c.key !== 'source' && c.key !== 'code');
}

/** A paragraph of one run: the decree's fonts at a size in points. */
function line(
  text: string,
  points: number,
  style: {
    bold?: boolean;
    italics?: boolean;
    underline?: boolean;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  } = {},
): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.CENTER,
    children: [
      new TextRun({
        text,
        size: half(points),
        bold: style.bold,
        italics: style.italics,
        underline: style.underline ? {} : undefined,
      }),
    ],
  });
}

/** Each line of a text (split at \n) as a paragraph. */
const lines = (text: string, points: number, style: Parameters<typeof line>[2] = {}) =>
  text.split('\n').map((t) => line(t, points, style));

function tableOf(layout: SheetLayout): Table {
  const columns = pageColumns(layout);
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / total) * PAGE_WIDTH));
  const at = new Map(layout.cells.map((c) => [`${c.row}:${c.column}`, c]));
  const cell = (children: Paragraph[], width: number, extra: { header?: boolean; span?: number } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      columnSpan: extra.span,
      borders,
      // Narrow cell margins (2 pt): the figures, not the padding, get the width.
      margins: { left: 40, right: 40, top: 20, bottom: 20 },
      shading: extra.header ? { fill: 'D9E1F2' } : undefined,
      children,
    });
  const rows: TableRow[] = [];
  for (let r = layout.headerRow; r <= layout.lastDataRow; r++) {
    const header = r === layout.headerRow;
    const group = at.get(`${r}:1`);
    if (group?.style === 'group') {
      // A group row ("II. Văn hóa – xã hội") spans the whole table, as the .xlsx merges it.
      const text = shownValue(group, layout.lang);
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell([line(text, SIZES_PT.table, { bold: true, align: AlignmentType.LEFT })], PAGE_WIDTH, {
              span: columns.length,
            }),
          ],
        }),
      );
      continue;
    }
    rows.push(
      new TableRow({
        tableHeader: header,
        cantSplit: true,
        children: columns.map(({ index }, i) => {
          const written = at.get(`${r}:${index}`);
          const text = written ? shownValue(written, layout.lang) : '';
          const numeric =
            written !== undefined && !header && typeof (written.formula ? written.result : written.value) === 'number';
          const centred = header || written?.style === 'ordinal' || written?.style === 'noData';
          const align = numeric ? AlignmentType.RIGHT : centred ? AlignmentType.CENTER : AlignmentType.LEFT;
          return cell([line(text, SIZES_PT.table, { bold: header, align })], widths[i], { header });
        }),
      }),
    );
  }
  return new Table({ rows, width: { size: PAGE_WIDTH, type: WidthType.DXA }, columnWidths: widths });
}

/** A table without borders that places blocks side by side (the header, the signatures). */
function sideBySide(blocks: Array<{ share: number; children: Paragraph[] }>): Table {
  const widths = blocks.map((b) => Math.floor(b.share * PAGE_WIDTH));
  return new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: blocks.map(
          (b, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              borders: noBorders,
              children: b.children,
            }),
        ),
      }),
    ],
  });
}

/**
 * The short rule under the agency's name (the decree: a third to a half of the name's length,
 * centred): a bottom border on an empty paragraph indented from both sides of its cell.
 */
function rule(cellWidth: number, length: number): Paragraph {
  const indent = Math.max(0, Math.round((cellWidth - length) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 4 })],
  });
}

/** How wide (twips) a line of bold capitals is at `points`: about 0,7 em a letter. */
const capitalsWidth = (text: string, points: number) => [...text].length * points * 20 * 0.7;

/**
 * The header of the decree's layout (appendix I, "ô số" 1-4): on the left the issuing body in
 * capitals (the committee, or the committee over the agency), a short rule, and the number line
 * "Số: …/BC-UBND"; on the right the national name, the motto underlined and the place and date.
 */
function documentHeader(layout: SheetLayout, options: ReportDocumentOptions): Table {
  const lang = layout.lang;
  const name = options.province?.trim();
  const committee = name
    ? word('committee', lang, { name: name.toLocaleUpperCase(lang) })
    : word('committeeUnknown', lang);
  const agency = options.agency?.trim();
  const leftShare = 0.42;
  const issuing = agency
    ? [
        ...lines(committee.replace('\n', ' '), SIZES_PT.heading),
        ...lines(agency.toLocaleUpperCase(lang), SIZES_PT.heading, { bold: true }),
      ]
    : lines(committee, SIZES_PT.heading, { bold: true });
  const longest = Math.max(
    ...(agency ? [agency] : committee.split('\n')).map((t) => capitalsWidth(t, SIZES_PT.heading)),
  );
  const left = [
    ...issuing,
    rule(leftShare * PAGE_WIDTH, longest * 0.4),
    line(word(agency ? 'documentNumberOfAgency' : 'documentNumber', lang), SIZES_PT.heading),
  ];
  const right = [
    line(word('nationalName', lang), SIZES_PT.heading, { bold: true }),
    line(word('motto', lang), SIZES_PT.body, { bold: true, underline: true }),
    new Paragraph({ text: '' }),
    line(layout.signature.placeDate, SIZES_PT.body, { italics: true }),
  ];
  return sideBySide([
    { share: leftShare, children: left },
    { share: 1 - leftShare, children: right },
  ]);
}

/**
 * The summary line: the title in sentence case, then the period, without the words they share
 * ("… chủ yếu nhiệm kỳ" + "nhiệm kỳ 2020-2025 …" → "… chủ yếu nhiệm kỳ 2020-2025 …").
 *
 * @example
 * summaryLine('ĐÁNH GIÁ CHỈ TIÊU NHIỆM KỲ', 'nhiệm kỳ 2020-2025', 'vi')  // 'Đánh giá chỉ tiêu nhiệm kỳ 2020-2025'
 * summaryLine('BÁO CÁO TÌNH HÌNH THỰC HIỆN QUÝ', '2024-Q3', 'vi')       // 'Tình hình thực hiện quý 2024-Q3'
 */
export function summaryLine(title: string, period: string, lang: 'vi' | 'en'): string {
  // The kind of document is its own line ("BÁO CÁO"): a title that begins with it does not repeat it.
  const kind = lang === 'vi' ? /^báo cáo\s+/iu : /^report( on)?\s+/iu;
  const words = sentenceCase(title.replace(kind, ''), lang).split(' ');
  const after = period.split(' ');
  for (let shared = Math.min(3, words.length, after.length); shared > 0; shared--) {
    const tail = words.slice(-shared).join(' ').toLocaleLowerCase(lang);
    if (tail === after.slice(0, shared).join(' ').toLocaleLowerCase(lang))
      return [...words, ...after.slice(shared)].join(' ');
  }
  return `${words.join(' ')} ${period}`;
}

/** "ĐÁNH GIÁ THỰC HIỆN …" → "Đánh giá thực hiện …": the decree writes the summary line in sentence case. */
function sentenceCase(text: string, lang: 'vi' | 'en'): string {
  const lower = text.toLocaleLowerCase(lang);
  return lower.charAt(0).toLocaleUpperCase(lang) + lower.slice(1);
}

/** The kind of document and its summary (tên loại, trích yếu), then the table's form and unit lines. */
function titleBlock(layout: SheetLayout): Paragraph[] {
  const lang = layout.lang;
  const above = layout.cells.filter((c) => c.row < layout.headerRow);
  const title = above.find((c) => c.style === 'title');
  const period = above.find((c) => c.style === 'subtitle');
  const form = above.filter((c) => c.style === 'annex').map((c) => shownValue(c, lang));
  const unit = above.find((c) => c.style === 'unitLine');
  return [
    new Paragraph({ text: '' }),
    line(word('report', lang), SIZES_PT.body, { bold: true }),
    ...(title
      ? [
          line(
            summaryLine(shownValue(title, lang), period ? shownValue(period, lang) : '', lang).trim(),
            SIZES_PT.body,
            {
              bold: true,
            },
          ),
        ]
      : []),
    new Paragraph({ text: '' }),
    ...(form.length > 1
      ? [line(form.slice(1).join(' '), SIZES_PT.table, { bold: true, align: AlignmentType.RIGHT })]
      : []),
    ...(unit ? [line(shownValue(unit, lang), SIZES_PT.table, { italics: true, align: AlignmentType.RIGHT })] : []),
  ];
}

/**
 * The legend and the source line under the table: the notes between the table and the first
 * section heading under it (the assessment's sentences are that section's, printed once, under
 * its heading).
 */
export function notesOf(layout: SheetLayout): CellWrite[] {
  const under = layout.cells.filter((c) => c.row > layout.lastDataRow);
  const heading = Math.min(...under.filter((c) => c.style === 'heading').map((c) => c.row));
  return under
    .filter((c) => c.row < heading && (c.style === 'note' || c.style === 'source'))
    .sort((a, b) => a.row - b.row);
}

/** The text's paragraphs: indented first line, 6 pt between them, as the decree sets the body. */
const bodyParagraph = (text: string, keepNext = false) =>
  new Paragraph({
    keepNext,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(12.7) },
    spacing: { before: 120, after: 0, line: 312 },
    children: [new TextRun({ text, size: half(SIZES_PT.body) })],
  });

/**
 * The end of the document: recipients ("Nơi nhận") on the left, the one who compiled the
 * figures in the middle, the signer on the right, each with room to sign (signature.ts holds
 * the words; the place and date are in the header, where the decree puts them).
 */
function signatures(layout: SheetLayout): Table {
  const { preparer, signer } = layout.signature;
  const lang = layout.lang;
  // The names on one line: the side whose titles take fewer printed lines (a long title wraps
  // in its column) gets more room to sign.
  const shares = { recipients: 0.3, preparer: 0.3, signer: 0.4 };
  const printedLines = (who: typeof signer, share: number) =>
    who.titles.reduce(
      (sum, t) => sum + Math.max(1, Math.ceil(capitalsWidth(t, SIZES_PT.body) / (share * PAGE_WIDTH))),
      0,
    );
  const used = { preparer: printedLines(preparer, shares.preparer), signer: printedLines(signer, shares.signer) };
  const most = Math.max(used.preparer, used.signer);
  const side = (who: typeof signer, taken: number) => [
    ...who.titles.map((t) => line(t, SIZES_PT.body, { bold: true })),
    line(who.note, SIZES_PT.body, { italics: true }),
    ...Array.from({ length: 4 + most - taken }, () => new Paragraph({ text: '' })),
    line(who.name, SIZES_PT.body, { bold: true }),
  ];
  const recipients = [
    line(word('recipients', lang), SIZES_PT.recipientsTitle, { bold: true, italics: true, align: AlignmentType.LEFT }),
    ...lines(word('recipientLines', lang), SIZES_PT.recipients, { align: AlignmentType.LEFT }),
  ];
  return sideBySide([
    { share: shares.recipients, children: recipients },
    { share: shares.preparer, children: side(preparer, used.preparer) },
    { share: shares.signer, children: side(signer, used.signer) },
  ]);
}

/**
 * The .docx bytes of a report, in the state's format for administrative documents (Nghị định
 * 30/2020/NĐ-CP, appendix I; docs/method.md says which rules and how): Times New Roman, the
 * decree's margins on A4 landscape (the wide table), the header with the issuing body and the
 * number line facing the national name and motto, the kind and summary, the table with its
 * notes, the chart if given, the assessment sentences ({@link assessmentSection}) once, the
 * signatures; page numbers at the top centre from page 2.
 */
export async function reportDocument(layout: SheetLayout, options: ReportDocumentOptions = {}): Promise<Uint8Array> {
  const section = assessmentSection(layout);
  const chart = options.chart;
  // The chart at the text width (252 mm, about 950 px at 96 dpi), at its own proportions.
  const chartWidth = Math.floor((PAGE_WIDTH / 1440) * 96);
  const children = [
    documentHeader(layout, options),
    ...titleBlock(layout),
    tableOf(layout),
    ...notesOf(layout).map((c) =>
      line(shownValue(c, layout.lang), SIZES_PT.table, { italics: true, align: AlignmentType.LEFT }),
    ),
    ...(chart
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 120 },
            children: [
              new ImageRun({
                type: 'png',
                data: chart.png,
                transformation: { width: chartWidth, height: Math.round((chart.height / chart.width) * chartWidth) },
                altText: {
                  name: 'chart',
                  title: layout.lang === 'vi' ? '% so với chỉ tiêu' : '% of target',
                  description: layout.lang === 'vi' ? 'Biểu đồ % so với chỉ tiêu' : 'Percent of target chart',
                },
              }),
            ],
          }),
        ]
      : []),
    new Paragraph({
      spacing: { before: 240, after: 60 },
      keepNext: true,
      children: [new TextRun({ text: section.heading, bold: true, size: half(SIZES_PT.body) })],
    }),
    // The last sentence stays with the signatures: a page never holds only the signatures.
    ...section.lines.map((text, i) => bodyParagraph(`- ${text}`, i === section.lines.length - 1)),
    new Paragraph({ text: '', keepNext: true }),
    signatures(layout),
  ];
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: half(SIZES_PT.page) })],
      }),
    ],
  });
  const document = new Document({
    creator: 'chitieu',
    title: String(layout.cells.find((c) => c.style === 'title')?.value ?? 'chitieu'),
    // The report's language, so Word checks the spelling of the sentences in it.
    styles: {
      default: {
        document: {
          run: {
            font: 'Times New Roman',
            size: half(SIZES_PT.body),
            language: { value: layout.lang === 'vi' ? 'vi-VN' : 'en-US' },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          // The first page has no number (the decree: numbers from page 2).
          titlePage: true,
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: {
              top: twips(MARGINS_MM.top),
              right: twips(MARGINS_MM.right),
              bottom: twips(MARGINS_MM.bottom),
              left: twips(MARGINS_MM.left),
              header: twips(MARGINS_MM.header),
            },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ text: '' })] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
