/**
 * The printed reports, measured on paper: LibreOffice prints each template (its own A4
 * landscape print setup) to PDF, and poppler-utils' `pdftotext -bbox` gives every word's box.
 * The smallest text on the pages must be at least 8 pt, no number may print as "###" (too narrow
 * a column) and no two words of a line may overlap (text clipped by, or running into, its
 * neighbour). Every template in both languages with its sample data, and the term review and
 * annual plan with 60 indicators. Sizes are measured against a reference cell printed at 100%
 * in the same font, so the test does not depend on which font stands in for Times New Roman on the machine.
 * Needs `soffice` (Debian: libreoffice-calc-nogui) and `pdftotext` (poppler-utils).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { layoutTemplate, templates, type SheetLayout, type TemplateId } from '@chitieu/templates';
import { type Dataset, parseCsv, validateTable } from '@chitieu/input';
import { convertWithLibreOffice, reportWorkbook } from '@chitieu/templates/excel';
import { readInput } from '@chitieu/input/files';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlaps, pageCount, wordsOf, type Word } from './support/pdf.js';
import { annualPlanRows, coverageRows, quarterlyRows, termReviewRows, toCsv, type Row } from './support/reportData.js';
import { REPORT_FONT } from '../templates/src/layout/sheetPart.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-print-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MIN_POINTS = 8;

function dataset(rows: Row[]): Dataset {
  const records = parseCsv(toCsv(rows));
  return validateTable({ file: 'x.csv', sheet: null, header: records[0].cells, rows: records.slice(1) }).dataset;
}

const SAMPLE = join(import.meta.dirname, '..', 'data', 'thai-binh-2020-2025.csv');
const DATA: Record<TemplateId, () => Promise<Dataset>> = {
  'term-review': async () => (await readInput(SAMPLE)).dataset,
  'annual-plan': async () => dataset(annualPlanRows(12)),
  quarterly: async () => dataset(quarterlyRows(12)),
  coverage: async () => dataset(coverageRows(30)),
};

/** Points of text per point of word-box height, for the font LibreOffice prints with here. */
let boxPerPoint = 0;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('ref');
  sheet.getCell('A1').value = 'Mẫu chữ';
  sheet.getCell('A1').font = { name: REPORT_FONT, size: 10 };
  const file = join(dir, 'reference.xlsx');
  await workbook.xlsx.writeFile(file);
  const [word] = wordsOf(await convertWithLibreOffice(file, 'pdf', dir));
  boxPerPoint = (word.yMax - word.yMin) / 10;
}, 120_000);

async function printed(id: TemplateId, data: Dataset, lang: 'vi' | 'en', name: string) {
  const layout = layoutTemplate(templates[id], data, { mode: 'portable', lang, province: 'Thái Bình' });
  const file = join(dir, `${name}.xlsx`);
  await reportWorkbook(layout).xlsx.writeFile(file);
  const pdf = await convertWithLibreOffice(file, 'pdf', dir);
  return { layout, words: wordsOf(pdf), pages: pageCount(pdf) };
}

const points = (w: Word) => (w.yMax - w.yMin) / boxPerPoint;

/**
 * Every word of the report sheet's text cells is printed whole: a cell too narrow for its text
 * shows up as a word cut off at the cell's edge ("BÌNH PROVINCIAL PEOPLE'S COMMI") or broken
 * inside ("Projecte" "d"). Words with a hyphen or slash are left out: LibreOffice may wrap after one.
 */
function expectWhole(layout: SheetLayout, words: Word[]) {
  const printed = new Set(words.map((w) => w.text));
  const texts = layout.cells.flatMap((c) => [c.value, c.result]).filter((v): v is string => typeof v === 'string');
  const missing = texts
    .flatMap((text) => text.split(/\s+/))
    .filter((w) => w !== '' && !/[-/–]/.test(w) && !printed.has(w));
  expect([...new Set(missing)]).toEqual([]);
}

function expectReadable(words: Word[]) {
  expect(words.length).toBeGreaterThan(50);
  const smallest = words.reduce((min, w) => (points(w) < points(min) ? w : min));
  expect(points(smallest), `smallest text: "${smallest.text}" on page ${smallest.page}`).toBeGreaterThanOrEqual(
    MIN_POINTS,
  );
  expect(words.filter((w) => w.text.includes('###')).map((w) => w.text)).toEqual([]);
  expect(overlaps(words).map(([a, b]) => `${a.text} | ${b.text} (page ${a.page})`)).toEqual([]);
  return points(smallest);
}

describe('every template prints on A4 landscape at ≥ 8 pt, nothing clipped', () => {
  for (const id of Object.keys(DATA) as TemplateId[]) {
    it.each(['vi', 'en'] as const)(`${id}, %s`, async (lang) => {
      const { layout, words, pages } = await printed(id, await DATA[id](), lang, `${id}-${lang}`);
      const smallest = expectReadable(words);
      expectWhole(layout, words);
      // The first page is the report: its title and the table's first header, in the report's language.
      const first = words.filter((w) => w.page === 1).map((w) => w.text);
      expect(first).toContain(templates[id].title[lang].split(' ')[0]);
      expect(first).toContain(lang === 'vi' ? 'STT' : 'No.');
      console.log(
        `${id} ${lang}: ${pages} pages, smallest text ${smallest.toFixed(2)} pt, ${layout.table.length} rows`,
      );
    });
  }

  it.each(['term-review', 'annual-plan'] as const)('%s with 60 indicators', async (id) => {
    const rows = id === 'term-review' ? termReviewRows(1, 60) : annualPlanRows(60);
    const { words, pages, layout } = await printed(id, dataset(rows), 'vi', `${id}-60`);
    expect(layout.table).toHaveLength(60);
    const smallest = expectReadable(words);
    expectWhole(layout, words);
    // The header row repeats: it is on every page of the report.
    const headerPages = new Set(words.filter((w) => w.text === 'STT').map((w) => w.page));
    expect(headerPages.size).toBeGreaterThan(1);
    console.log(`${id} with 60 indicators: ${pages} pages, smallest text ${smallest.toFixed(2)} pt`);
  });

  it('the overlap check finds words that run into each other on a line, and only those', () => {
    const word = (xMin: number, xMax: number, yMin = 100): Word => ({
      page: 1,
      xMin,
      xMax,
      yMin,
      yMax: yMin + 10,
      text: 'x',
    });
    expect(overlaps([word(10, 50), word(52, 80), word(10, 90, 200)])).toEqual([]);
    expect(overlaps([word(10, 60), word(52, 80)])).toHaveLength(1);
  });

  it('the measure can fail: a report squeezed onto one page prints below 8 pt', async () => {
    const layout = layoutTemplate(templates['term-review'], dataset(termReviewRows(1, 60)), {
      mode: 'portable',
      lang: 'vi',
    });
    const workbook = reportWorkbook(layout);
    workbook.worksheets[0].pageSetup.fitToHeight = 1;
    const file = join(dir, 'squeezed.xlsx');
    await workbook.xlsx.writeFile(file);
    const words = wordsOf(await convertWithLibreOffice(file, 'pdf', dir)).filter((w) => w.page === 1);
    expect(Math.min(...words.map(points))).toBeLessThan(MIN_POINTS);
  });
});
