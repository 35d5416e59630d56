/**
 * `chitieu report --docx --chart` and the demo, checked with tools we did not write:
 * LibreOffice opens the .docx and converts it to PDF (A4 landscape) and to text, which must
 * hold every assessment sentence; the PNG is decoded by the PNG specification (zlib) and its
 * pixels measured; a known chart is compared with a stored reference within a tolerance;
 * exceljs reads the picture back out of the .xlsx.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentSection, layoutTemplate, templates } from '@chitieu/templates';
import { convertWithLibreOffice, hasLibreOffice } from '@chitieu/templates/excel';
import { readInput } from '@chitieu/input/files';
import { cliIn } from './support/cli.js';
import {
  attainmentChartPng,
  attainmentChartSvg,
  chartBars,
  drawnBars,
  MAX_BARS,
  nameLines,
} from '../templates/src/chart/attainmentChart.js';
import { annualPlanRows, coverageRows, toCsv } from './support/reportData.js';
import { summaryLine } from '../templates/src/word/reportDocument.js';
import { decodePng, type Pixels } from './support/png.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-word-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = join(import.meta.dirname, '..', 'data', 'thai-binh-2020-2025.csv');
const REFERENCE = join(import.meta.dirname, 'fixtures', 'chart-annual-plan.vi.png');

const chitieu = cliIn(dir);

/** Share of pixels that are not (near) white, and how many distinct colours there are. */
function statistics(image: Pixels): { inked: number; colours: number } {
  let inked = 0;
  const colours = new Set<number>();
  for (let i = 0; i < image.rgba.length; i += 4) {
    const [r, g, b] = [image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]];
    if (r < 240 || g < 240 || b < 240) inked++;
    colours.add((r << 16) | (g << 8) | b);
  }
  return { inked: inked / (image.width * image.height), colours: colours.size };
}

/** Pixels of one exact colour (a bar's fill). */
function count(image: Pixels, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < image.rgba.length; i += 4)
    if (image.rgba[i] === r && image.rgba[i + 1] === g && image.rgba[i + 2] === b) n++;
  return n;
}

/** The annual plan of a synthetic province (test/support/reportData.ts, seed 11): a known chart. */
async function knownLayout() {
  const csv = join(dir, 'plan.csv');
  writeFileSync(csv, toCsv(annualPlanRows(12)));
  return layoutTemplate(templates['annual-plan'], (await readInput(csv)).dataset, { mode: 'portable', lang: 'vi' });
}

describe('report --docx --chart', () => {
  const out = join(dir, 'tr.xlsx');
  const docx = join(dir, 'tr.docx');
  const png = join(dir, 'tr.png');
  let first: Awaited<ReturnType<typeof chitieu>>;
  beforeAll(async () => {
    first = await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', out, '--docx', docx, '--chart', png);
  });

  it('writes the .xlsx, the .docx and the .png, and refuses to replace any of them without --force', async () => {
    expect(first.code, first.err).toBe(0);
    for (const f of [out, docx, png]) expect(existsSync(f)).toBe(true);
    const before = [out, docx, png].map((f) => statSync(f).mtimeMs);
    const again = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      SAMPLE,
      '-o',
      join(dir, 'new.xlsx'),
      '--docx',
      docx,
    );
    expect(again.code).toBe(3);
    expect(again.err).toContain(docx);
    // The refusal comes before anything is written: not even the new .xlsx.
    expect(existsSync(join(dir, 'new.xlsx'))).toBe(false);
    expect([out, docx, png].map((f) => statSync(f).mtimeMs)).toEqual(before);
    const forced = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      SAMPLE,
      '-o',
      out,
      '--docx',
      docx,
      '--chart',
      png,
      '--force',
    );
    expect(forced.code, forced.err).toBe(0);
    const bad = await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', out, '--docx', join(dir, 'x.doc'));
    expect(bad.code).toBe(1);
  });

  it('the .xlsx holds the chart as a picture, the same PNG as --chart wrote', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const images = workbook.worksheets[0].getImages();
    expect(images).toHaveLength(1);
    const media = workbook.model.media as unknown as Array<{ buffer: Buffer; extension: string }>;
    expect(media[0].extension).toBe('png');
    expect(Buffer.compare(Buffer.from(media[0].buffer), readFileSync(png))).toBe(0);
  });

  it('LibreOffice converts the .docx to an A4 landscape PDF, and its text holds every sentence', async () => {
    if (!(await hasLibreOffice())) throw new Error('LibreOffice (soffice) is required: see scripts/system-deps.mjs');
    const pdf = await convertWithLibreOffice(docx, 'pdf', join(dir, 'pdf'));
    const pdfText = readFileSync(pdf, 'latin1');
    // A4 landscape: 842 × 595 points (ISO 216: 297 × 210 mm), LibreOffice writes 841.89 x 595.304.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdfText);
    expect(box, 'a MediaBox in the PDF').not.toBeNull();
    expect(Number(box![1])).toBeCloseTo(841.89, 0);
    expect(Number(box![2])).toBeCloseTo(595.3, 0);
    const text = readFileSync(await convertWithLibreOffice(docx, 'txt', join(dir, 'txt')), 'utf8');
    const flat = (s: string) => s.replace(/\s+/g, ' ').normalize('NFC');
    const layout = layoutTemplate(templates['term-review'], (await readInput(SAMPLE)).dataset, {
      mode: 'portable',
      lang: 'vi',
    });
    const section = assessmentSection(layout);
    expect(flat(text)).toContain(section.heading);
    // Each sentence once: under "Nhận xét", not also among the notes under the table.
    const times = (needle: string) => flat(text).split(flat(needle)).length - 1;
    for (const line of section.lines) expect(times(line), line).toBe(1);
    expect(times(section.heading)).toBe(1);
    // The table's numbers as the sheet shows them: 7,64% achieved, 76,39% of target, 19,97% needed.
    for (const shown of ['7,64%', '76,39%', '19,97%', '28.066,4', 'tăng 2,50 điểm %']) expect(text).toContain(shown);
  }, 240_000);

  it('the PNG is the expected size and not blank (pixel statistics), bars in the status colours', () => {
    const image = decodePng(readFileSync(png));
    // Two bars in the sample (GRDP growth, health insurance): 70 + 2 × 30 + 90 pixels high.
    expect([image.width, image.height]).toEqual([1000, 220]);
    const stats = statistics(image);
    expect(stats.inked).toBeGreaterThan(0.05);
    expect(stats.inked).toBeLessThan(0.6);
    expect(stats.colours).toBeGreaterThan(20);
    // GRDP growth is "Khó đạt" (warn, amber); health insurance "Chưa đủ số liệu" (none, grey).
    expect(count(image, '#d08c00')).toBeGreaterThan(1000);
    expect(count(image, '#9e9e9e')).toBeGreaterThan(1000);
  });
});

describe("the Word document's summary line (trích yếu)", () => {
  it('is the title in sentence case with its period, without the words they share or the kind of document', () => {
    expect(
      summaryLine('ĐÁNH GIÁ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ', 'nhiệm kỳ 2020-2025 (kế hoạch 2021-2025)', 'vi'),
    ).toBe('Đánh giá thực hiện các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025 (kế hoạch 2021-2025)');
    expect(summaryLine('BÁO CÁO THỰC HIỆN KẾ HOẠCH NĂM', '2024', 'vi')).toBe('Thực hiện kế hoạch năm 2024');
    expect(summaryLine('ANNUAL PLAN REPORT', '2024', 'en')).toBe('Annual plan report 2024');
  });
});

describe('the chart', () => {
  it('draws lower-is-better mirrored about 100%, where the cell puts it, so right of the line is always good', async () => {
    const layout = await knownLayout();
    const bars = chartBars(layout);
    const lower = bars.filter((b) => b.lower);
    expect(lower.length).toBeGreaterThan(0);
    // The bar ends at the table's own percent (issue 16: the cell and the bar agree), which is
    // mirrored where lower is better: max(0, 2 − actual / target).
    const cells = layout.table
      .map((row) => row.percentOfTarget ?? row.percentOfPlan)
      .filter((v) => typeof v === 'number');
    for (const bar of bars) expect(cells).toContain(bar.percent);
    for (const bar of bars) expect(bar.position).toBe(Math.max(0, bar.percent));
    for (const row of layout.table.filter((r) => r.direction === 'lower' && typeof r.percentOfTarget === 'number')) {
      const ratio = (row.achieved as number) / (row.targetValue as number);
      expect(row.percentOfTarget).toBeCloseTo(Math.max(0, 2 - ratio), 12);
    }
  });

  it('a coverage table of many communes draws the 60 furthest behind and says so', async () => {
    const csv = join(dir, 'coverage.csv');
    writeFileSync(csv, toCsv(coverageRows(400)));
    const layout = layoutTemplate(templates.coverage, (await readInput(csv)).dataset, { mode: 'portable', lang: 'vi' });
    const all = chartBars(layout);
    expect(all.length).toBeGreaterThan(MAX_BARS);
    const svg = attainmentChartSvg(layout, 'Bao phủ');
    expect(svg).toContain(`${MAX_BARS} dòng thấp nhất trên ${all.length}`);
    expect(Number(/height="(\d+)"/.exec(svg)?.[1])).toBe(70 + MAX_BARS * 30 + 90);
    // The bars kept are the furthest behind: every bar left out ends at or right of the last kept.
    const drawn = drawnBars(all);
    const cut = Math.max(...drawn.map((b) => b.position));
    expect(all.filter((b) => !drawn.includes(b)).every((b) => b.position >= cut)).toBe(true);
    const rects = [...svg.matchAll(/<rect x="330" y="[\d.]+" width="[\d.]+" height="18"/g)];
    expect(rects).toHaveLength(MAX_BARS);
  });

  it('wraps a long name over lines instead of cutting it, and grows the row to hold them', async () => {
    const layout = await knownLayout();
    const long = 'Tổng vốn đầu tư phát triển toàn xã hội (5 năm 2021-2025) trên địa bàn tỉnh, theo giá hiện hành';
    const named = { ...layout, table: layout.table.map((row, i) => (i === 0 ? { ...row, indicator: long } : row)) };
    const bars = chartBars(named);
    expect(bars[0].name).toBe(long);
    const svg = attainmentChartSvg(named, 'Kế hoạch năm');
    // The text of the first bar's name: its lines, in order, are the whole name.
    const first = /<text font-size="12" text-anchor="end">(.*?)<\/text>/.exec(svg)![1];
    const lines = [...first.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1].replace(' ↓', ''));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
    expect(svg).not.toContain('…</tspan>');
    // Every name of the chart is drawn whole.
    const drawn = [...svg.matchAll(/<text font-size="12" text-anchor="end">(.*?)<\/text>/g)].map((m) =>
      [...m[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1].replace(' ↓', '')).join(' '),
    );
    expect(drawn).toEqual(bars.map((b) => b.name));
    // The picture is taller by the extra lines: the rows below the first move down, none overlaps.
    const plain = attainmentChartSvg(layout, 'Kế hoạch năm');
    const height = (text: string) => Number(/height="(\d+)"/.exec(text)![1]);
    expect(height(svg)).toBeGreaterThan(height(plain));
    expect(nameLines(long, 44).every((l) => [...l].length <= 44)).toBe(true);
    expect(nameLines('x'.repeat(1000), 44)).toHaveLength(6);
  });

  it('a known chart matches its stored reference within a tolerance', async () => {
    const { png } = attainmentChartPng(await knownLayout(), 'Kế hoạch năm');
    if (process.env.CHITIEU_UPDATE_REFERENCE) writeFileSync(REFERENCE, png);
    const actual = decodePng(png);
    const reference = decodePng(readFileSync(REFERENCE));
    expect([actual.width, actual.height]).toEqual([reference.width, reference.height]);
    let total = 0;
    let far = 0;
    for (let i = 0; i < actual.rgba.length; i++) {
      const d = Math.abs(actual.rgba[i] - reference.rgba[i]);
      total += d;
      if (d > 64) far++;
    }
    // Font hinting may move glyph edges between machines: mean difference under 1 of 255, and
    // under 0,5% of the channel values off by more than a quarter.
    expect(total / actual.rgba.length).toBeLessThan(1);
    expect(far / actual.rgba.length).toBeLessThan(0.005);
  });
});

describe('demo', () => {
  it('writes the term review, its chart and its Word document, and prints the sentences', async () => {
    const outDir = join(dir, 'demo');
    const demo = await chitieu('demo', '--out-dir', outDir);
    expect(demo.code, demo.err).toBe(0);
    for (const name of ['term-review.portable.xlsx', 'term-review.live.xlsx', 'term-review.png', 'term-review.docx'])
      expect(existsSync(join(outDir, name)), name).toBe(true);
    expect(demo.out).toContain('Nhận xét:');
    expect(demo.out).toContain(
      'Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2024 ước đạt 7,64%/năm, bằng 76,4% mục tiêu Nghị quyết; để hoàn thành mục tiêu, năm 2025 cần tăng 19,97%, khó đạt.',
    );
  });
});
