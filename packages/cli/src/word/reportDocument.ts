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
import { assessmentSection, shownNumber, type CellWrite, type SheetLayout } from '@chitieu/templates';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
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
const MARGIN = 720;
/** Table text, in half-points: 7 pt, so the term review's 20-odd columns fit across A4 landscape. */
const TABLE_SIZE = 14;

export interface ReportDocumentOptions {
  /** The chart's PNG and its pixel size, shown between the table and the sentences. */
  chart?: { png: Uint8Array; width: number; height: number };
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

/**
 * The sheet's columns that the page shows: all but the code and the per-figure sources (long
 * text that would squeeze the numbers; the source line under the table names the file, and
 * the .xlsx keeps them). Widths follow the sheet's, within 9-18 characters, so that a figure
 * such as 28.066,4 fits on one line.
 */
function pageColumns(layout: SheetLayout): Array<{ index: number; weight: number }> {
  return layout.columns
    .map((c, i) => ({ key: c.key, index: i + 1, weight: Math.min(18, Math.max(9, c.width)) }))
    .filter((c) => c.key !== 'source' && c.key !== 'code');
}

function tableOf(layout: SheetLayout): Table {
  const columns = pageColumns(layout);
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const pageWidth = A4.height - 2 * MARGIN;
  const widths = columns.map((c) => Math.floor((c.weight / total) * pageWidth));
  const at = new Map(layout.cells.map((c) => [`${c.row}:${c.column}`, c]));
  const rows: TableRow[] = [];
  for (let r = layout.headerRow; r <= layout.lastDataRow; r++) {
    const header = r === layout.headerRow;
    rows.push(
      new TableRow({
        tableHeader: header,
        cantSplit: true,
        children: columns.map(({ index }, i) => {
          const cell = at.get(`${r}:${index}`);
          const text = cell ? shownValue(cell, layout.lang) : '';
          const numeric =
            cell !== undefined && !header && typeof (cell.formula ? cell.result : cell.value) === 'number';
          return new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            borders,
            // Narrow cell margins (2 pt): the figures, not the padding, get the width.
            margins: { left: 40, right: 40, top: 20, bottom: 20 },
            shading: header ? { fill: 'D9E1F2' } : undefined,
            children: [
              new Paragraph({
                alignment: numeric ? AlignmentType.RIGHT : header ? AlignmentType.CENTER : AlignmentType.LEFT,
                children: [new TextRun({ text, size: TABLE_SIZE, bold: header })],
              }),
            ],
          });
        }),
      }),
    );
  }
  return new Table({ rows, width: { size: pageWidth, type: WidthType.DXA }, columnWidths: widths });
}

/** Title, subtitle and settings: the rows above the table header, one paragraph each. */
function titleBlock(layout: SheetLayout): Paragraph[] {
  const rows = new Map<number, CellWrite[]>();
  for (const cell of layout.cells)
    if (cell.row < layout.headerRow) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell]);
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, cells]) => {
      const text = cells
        .sort((a, b) => a.column - b.column)
        .map((c) => shownValue(c, layout.lang))
        .join(': ');
      const title = cells[0].style === 'title';
      return new Paragraph({
        alignment: title ? AlignmentType.CENTER : AlignmentType.LEFT,
        heading: title ? HeadingLevel.TITLE : undefined,
        children: [new TextRun({ text, bold: title, size: title ? 28 : 18 })],
      });
    });
}

/** The notes and the source line under the table. */
function notes(layout: SheetLayout): Paragraph[] {
  return layout.cells
    .filter((c) => c.row > layout.lastDataRow && (c.style === 'note' || c.style === 'source'))
    .sort((a, b) => a.row - b.row)
    .map(
      (c) => new Paragraph({ children: [new TextRun({ text: shownValue(c, layout.lang), italics: true, size: 16 })] }),
    );
}

/**
 * The .docx bytes of a report: one A4 landscape section with the title block, the table, its
 * notes, the chart if given, and the assessment sentences ({@link assessmentSection}).
 */
export async function reportDocument(layout: SheetLayout, options: ReportDocumentOptions = {}): Promise<Uint8Array> {
  const section = assessmentSection(layout);
  const chart = options.chart;
  // The chart at the text width of A4 landscape (about 26 cm, 980 px at 96 dpi), at its own proportions.
  const chartWidth = 940;
  const children = [
    ...titleBlock(layout),
    new Paragraph({ text: '' }),
    tableOf(layout),
    ...notes(layout),
    ...(chart
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
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
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: section.heading, bold: true })] }),
    ...section.lines.map((line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: line })] })),
  ];
  const document = new Document({
    creator: 'chitieu',
    title: String(layout.cells.find((c) => c.style === 'title')?.value ?? 'chitieu'),
    // The report's language, so Word checks the spelling of the sentences in it.
    styles: {
      default: {
        document: {
          run: { font: 'Times New Roman', size: 24, language: { value: layout.lang === 'vi' ? 'vi-VN' : 'en-US' } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
