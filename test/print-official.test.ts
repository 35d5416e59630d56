/**
 * The Word document and the .xlsx annex, printed by LibreOffice and measured on the PDF against
 * the state's format for administrative documents (Nghị định 30/2020/NĐ-CP, appendix I; see
 * docs/method.md "The printed documents"): the fonts the PDF embeds (poppler-utils' `pdffonts`:
 * Times New Roman, or Liberation Serif, its metric twin, which LibreOffice prints with where
 * Times New Roman is absent, as on Debian), the sizes of the text (word boxes of `pdftotext
 * -bbox`, against a reference line printed at a known size in the same font), the margins (where
 * the words stop), the header (the issuing body top left, the national name top right), the page
 * numbers (top centre, none on page 1), the group rows spanning the table and the signature block
 * on the last page, below the table and the sentences.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { convertWithLibreOffice } from '@chitieu/templates/excel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARGINS_MM, SIZES_PT } from '../templates/src/word/reportDocument.js';
import { cliIn } from './support/cli.js';
import { pageCount, wordsOf, type Word } from './support/pdf.js';
import { termReviewRows, toCsv } from './support/reportData.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-official-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const chitieu = cliIn(dir);
const SAMPLE = join(import.meta.dirname, '..', 'data', 'thai-binh-2020-2025.csv');

/** Points per millimetre (72 per inch). */
const PT = 72 / 25.4;
/** A4 landscape in points. */
const PAGE = { width: 841.89, height: 595.3 };
/** The decree's ranges (appendix I, I.4), in points. */
const DECREE = {
  top: [20 * PT, 25 * PT],
  bottom: [20 * PT, 25 * PT],
  left: [30 * PT, 35 * PT],
  right: [15 * PT, 20 * PT],
  body: [13, 14],
  table: [12, 13],
} as const;

/** The fonts a PDF embeds, without the subset prefix (ABCDEF+LiberationSerif-Bold → LiberationSerif-Bold). */
function fontsOf(pdf: string): string[] {
  const table = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2);
  return table
    .map((line) => line.split(/\s+/)[0])
    .filter((name) => name !== '' && name !== undefined)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''));
}

/** Times New Roman, or its metric twin Liberation Serif, in any weight and style. */
const isTimes = (font: string) => /^(TimesNewRoman|Times-|LiberationSerif)/.test(font.replace(/[\s,]/g, ''));

/** Points of text per point of word-box height for Times New Roman as LibreOffice prints it here. */
let boxPerPoint = 0;
const points = (w: Word) => (w.yMax - w.yMin) / boxPerPoint;

beforeAll(async () => {
  const reference = new Document({
    sections: [
      {
        children: [new Paragraph({ children: [new TextRun({ text: 'Mẫu chữ', font: 'Times New Roman', size: 20 })] })],
      },
    ],
  });
  const file = join(dir, 'reference.docx');
  writeFileSync(file, await Packer.toBuffer(reference));
  const [word] = wordsOf(await convertWithLibreOffice(file, 'pdf', join(dir, 'reference')));
  boxPerPoint = (word.yMax - word.yMin) / 10;
}, 120_000);

/** The words of one line: those whose box starts within a point of `word`'s, on its page. */
const sameLine = (words: Word[], word: Word) =>
  words.filter((w) => w.page === word.page && Math.abs(w.yMin - word.yMin) < 1).sort((a, b) => a.xMin - b.xMin);

/** The first word `text` (after `after` on its page, when given). */
function find(words: Word[], text: string, page?: number): Word {
  const found = words.find((w) => w.text === text && (page === undefined || w.page === page));
  expect(found, `"${text}"${page ? ` on page ${page}` : ''}`).toBeDefined();
  return found!;
}

/** The median size (points) of the words of some lines. */
function medianSize(words: Word[]): number {
  const sizes = words.map(points).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)];
}

describe.each(['vi', 'en'] as const)('the Word document, printed (%s)', (lang) => {
  let words: Word[] = [];
  let fonts: string[] = [];
  let pages = 0;
  beforeAll(async () => {
    const docx = join(dir, `report-${lang}.docx`);
    const result = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      SAMPLE,
      '-o',
      join(dir, `report-${lang}.xlsx`),
      '--docx',
      docx,
      '--province',
      'Thái Bình',
      '--lang',
      lang,
    );
    expect(result.code, result.err).toBe(0);
    const pdf = await convertWithLibreOffice(docx, 'pdf', join(dir, `pdf-${lang}`));
    words = wordsOf(pdf);
    fonts = fontsOf(pdf);
    pages = pageCount(pdf);
    console.log(`docx ${lang}: ${pages} pages, fonts ${[...new Set(fonts)].join(', ')}`);
  }, 240_000);

  it('is set in Times New Roman (or Liberation Serif, its metric twin) only', () => {
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !isTimes(f))).toEqual([]);
  });

  it("keeps the decree's margins: text inside them, and reaching them", () => {
    const body = words.filter((w) => !/^\d+$/.test(w.text) || w.yMin > DECREE.top[0]);
    const left = Math.min(...body.map((w) => w.xMin));
    const right = PAGE.width - Math.max(...body.map((w) => w.xMax));
    const top = Math.min(...body.filter((w) => w.page === 1).map((w) => w.yMin));
    const bottom = PAGE.height - Math.max(...body.map((w) => w.yMax));
    console.log(
      `docx ${lang} margins (mm): left ${(left / PT).toFixed(1)}, right ${(right / PT).toFixed(1)}, top ${(top / PT).toFixed(1)}, bottom ${(bottom / PT).toFixed(1)}`,
    );
    // A word's box starts at the text, a hair inside the margin; the table's text 2 pt inside its cell.
    expect(left).toBeGreaterThanOrEqual(DECREE.left[0] - 1);
    expect(left).toBeLessThanOrEqual(DECREE.left[1]);
    expect(right).toBeGreaterThanOrEqual(DECREE.right[0] - 1);
    expect(right).toBeLessThanOrEqual(DECREE.right[1]);
    expect(top).toBeGreaterThanOrEqual(DECREE.top[0] - 1);
    expect(top).toBeLessThanOrEqual(DECREE.top[1]);
    expect(bottom).toBeGreaterThanOrEqual(DECREE.bottom[0] - 1);
    expect(MARGINS_MM).toEqual({ top: 20, bottom: 20, left: 30, right: 15, header: 10 });
  });

  it('prints the body at 13-14 pt, the table at 12-13 pt, nothing below 11 pt', () => {
    const heading = find(words, lang === 'vi' ? 'Nhận' : 'Assessment');
    const sentences = words.filter(
      (w) => (w.page === heading.page && w.yMin > heading.yMax) || (w.page > heading.page && w.text.length > 1),
    );
    const signature = find(words, lang === 'vi' ? 'LẬP' : 'PREPARED');
    const body = sentences.filter((w) => w.page < signature.page || w.yMax < signature.yMin);
    const table = words.filter((w) => w.page === 1 && w.yMin > find(words, lang === 'vi' ? 'STT' : 'No.').yMax);
    const [bodySize, tableSize] = [medianSize(body), medianSize(table)];
    const smallest = Math.min(...words.filter((w) => !/^[.…,;-]+$/.test(w.text)).map(points));
    console.log(
      `docx ${lang}: body ${bodySize.toFixed(2)} pt, table ${tableSize.toFixed(2)} pt, smallest ${smallest.toFixed(2)} pt`,
    );
    expect(bodySize).toBeGreaterThanOrEqual(DECREE.body[0] - 0.25);
    expect(bodySize).toBeLessThanOrEqual(DECREE.body[1] + 0.25);
    expect(tableSize).toBeGreaterThanOrEqual(DECREE.table[0] - 0.25);
    expect(tableSize).toBeLessThanOrEqual(DECREE.table[1] + 0.25);
    expect(SIZES_PT.recipients).toBe(11);
    expect(smallest).toBeGreaterThanOrEqual(SIZES_PT.recipients - 0.5);
  });

  it('opens with the issuing body and the number line top left, the national name and motto top right', () => {
    const half = PAGE.width / 2;
    const issuer = find(words, lang === 'vi' ? 'ỦY' : 'PROVINCIAL', 1);
    const number = find(words, lang === 'vi' ? 'Số:' : 'No.:', 1);
    const nation = find(words, lang === 'vi' ? 'CỘNG' : 'SOCIALIST', 1);
    const motto = find(words, lang === 'vi' ? 'Độc' : 'Independence', 1);
    const kind = find(words, lang === 'vi' ? 'BÁO' : 'REPORT', 1);
    expect(issuer.xMax).toBeLessThan(half);
    expect(number.xMax).toBeLessThan(half);
    expect(number.yMin).toBeGreaterThan(issuer.yMin + 5);
    expect(nation.xMin).toBeGreaterThan(half - 60);
    expect(Math.abs(nation.yMin - issuer.yMin)).toBeLessThan(1);
    // Word boxes of consecutive lines overlap a little: lines are compared by their tops.
    expect(motto.yMin).toBeGreaterThan(nation.yMin + 5);
    // The header is the first thing on the page; the kind of document comes under it.
    expect(issuer.yMin).toBeLessThan(DECREE.top[1] + 5);
    expect(kind.yMin).toBeGreaterThan(number.yMin + 5);
    expect(
      sameLine(words, number)
        .map((w) => w.text)
        .join(' '),
    ).toContain('/BC-UBND');
    expect(
      sameLine(words, nation)
        .map((w) => w.text)
        .join(' '),
    ).toContain(lang === 'vi' ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'SOCIALIST REPUBLIC OF VIETNAM');
  });

  it('numbers the pages at the top centre from page 2', () => {
    expect(pages).toBeGreaterThan(1);
    const numberOn = (page: number) =>
      words.filter((w) => w.page === page && w.text === String(page) && w.yMax < DECREE.top[0]);
    expect(numberOn(1)).toEqual([]);
    for (let page = 2; page <= pages; page++) {
      const [number] = numberOn(page);
      expect(number, `page number ${page}`).toBeDefined();
      const centre = (DECREE.left[0] + PAGE.width - DECREE.right[0]) / 2;
      expect(Math.abs((number.xMin + number.xMax) / 2 - centre)).toBeLessThan(10);
    }
  });

  it('spans the group rows across the table and keeps the figures whole', () => {
    const group = find(words, 'II.');
    const row = sameLine(words, group).map((w) => w.text);
    expect(row.join(' ')).toBe(lang === 'vi' ? 'II. Văn hóa – xã hội' : 'II. Society');
    for (const figure of ['76,39%', '19,97%', '28.066,4'].map((f) =>
      lang === 'vi' ? f : f.replace(/[.,]/g, (c) => (c === ',' ? '.' : ',')),
    ))
      expect(words.map((w) => w.text)).toContain(figure);
  });

  it('ends with the signature block on the last page, below the table and the sentences', () => {
    const preparer = find(words, lang === 'vi' ? 'LẬP' : 'PREPARED');
    const signer = find(words, lang === 'vi' ? 'TM.' : 'BEHALF');
    const chair = find(words, lang === 'vi' ? 'TỊCH' : 'CHAIRMAN');
    expect(preparer.page).toBe(pages);
    expect(signer.page).toBe(pages);
    expect(chair.yMin).toBeGreaterThan(signer.yMin + 5);
    expect(signer.xMin).toBeGreaterThan(PAGE.width / 2);
    const before = words.filter((w) => w.page < pages || (w.yMax < signer.yMin && w.page === pages));
    // Every row of the table and every sentence is above it: the last indicator's words and figure.
    const last = words.filter((w) => w.text === (lang === 'vi' ? 'giải' : 'resolved'));
    expect(last.length).toBeGreaterThan(0);
    expect(last.every((w) => before.includes(w))).toBe(true);
  });
});

describe('the .xlsx annex, printed', () => {
  /** The term review of the sample, and one of 60 indicators whose pages end elsewhere. */
  const cases = [
    ['sample', SAMPLE],
    ['60 indicators', join(dir, 'sixty.csv')],
  ] as const;
  beforeAll(() => writeFileSync(join(dir, 'sixty.csv'), toCsv(termReviewRows(1, 60))));

  it.each(cases)(
    '%s: Times New Roman, the issuer top left, the signature block whole under the sentences',
    async (_, data) => {
      const out = join(dir, `annex-${_.replace(/ /g, '-')}.xlsx`);
      const result = await chitieu('report', '-t', 'term-review', '-d', data, '-o', out, '--province', 'Thái Bình');
      expect(result.code, result.err).toBe(0);
      const pdf = await convertWithLibreOffice(out, 'pdf', join(dir, 'annex'));
      expect(fontsOf(pdf).filter((f) => !isTimes(f))).toEqual([]);
      const words = wordsOf(pdf);
      const issuer = find(words, 'UBND', 1);
      expect(issuer.xMax).toBeLessThan(PAGE.width / 3);
      expect(issuer.yMin).toBeLessThan(Math.min(...words.filter((w) => w.page === 1).map((w) => w.yMin)) + 1);
      // The report sheet's pages come before the method sheet's ("THUYẾT MINH …").
      const method = find(words, 'THUYẾT');
      const lastReportPage = method.page - 1;
      const block = ['LẬP', 'BIỂU', 'TM.', 'TỊCH', 'đóng'].map((text) => find(words, text));
      expect(block.map((w) => w.page)).toEqual(block.map(() => lastReportPage));
      const place = words.find((w) => w.page === lastReportPage && w.text === 'Bình,');
      expect(place, 'the place and date line').toBeDefined();
      // Every sentence is above the block: on the block's page, each word that ends a sentence
      // (or the legend, the source line) is above the place and date line.
      const heading = find(words, 'Nhận');
      expect(heading.page).toBeLessThanOrEqual(lastReportPage);
      const ends = words.filter(
        (w) => w.page === lastReportPage && /\.$/.test(w.text) && !/^(TM|[IVX]+)\.$/.test(w.text),
      );
      expect(ends.filter((w) => w.yMin > place!.yMin)).toEqual([]);
      expect(find(words, 'TM.').xMin).toBeGreaterThan(PAGE.width / 2);
      expect(find(words, 'LẬP').xMax).toBeLessThan(PAGE.width / 2);
    },
    240_000,
  );
});
