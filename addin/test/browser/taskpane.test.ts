import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { layoutTemplate, templates, type TemplateId } from '@chitieu/templates';
import { parseCsv, validateTable } from '@chitieu/input';
import { chartRanges, rawTable, sentenceWrites } from '../../src/taskpane/report.js';
import { inNamespace } from '../../src/taskpane/namespace.js';
import { ADDIN, DIST, excelMockScript, launch, openTaskpane, serve, type Browser, type Served } from './harness.js';
import type { WorkbookState } from './excel-mock.js';

const ROOT = join(ADDIN, '..');
const IMAGES = join(ROOT, 'docs', 'images');
const input = {
  name: 'Số liệu',
  values: parseCsv(readFileSync(join(ROOT, 'data', 'thai-binh-2020-2025.csv'), 'utf8')).map((r) => r.cells),
};
const selection = {
  address: 'Số liệu!B2:D4',
  values: [
    ['Năm trước', 'Tỷ lệ', 'Ghi chú'],
    ['1.234,5', 1.2, 'x'],
    [0, '', '8.56'],
  ],
  numberFormat: [
    ['General', 'General', 'General'],
    ['General', '0.0%', 'General'],
    ['General', '0.0%', 'General'],
  ],
};
/** The namespace the built add-in registers its functions under (development or production edition). */
const NAMESPACE = /id="Functions\.Namespace" DefaultValue="([A-Z0-9]+)"/.exec(
  readFileSync(join(DIST, 'manifest.xml'), 'utf8'),
)?.[1] as string;
const state = (page: Page) => page.evaluate(() => (window as unknown as { __excelState: WorkbookState }).__excelState);

describe('task pane in headless Chromium, Excel mocked with office-addin-mock', () => {
  let served: Served;
  let browser: Browser;
  let mock: string;

  beforeAll(async () => {
    served = await serve();
    browser = await launch();
    mock = await excelMockScript(input, selection);
    mkdirSync(IMAGES, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  }, 60_000);

  for (const [lang, tag, heading] of [
    ['vi', 'vi-VN', 'Chèn biểu báo cáo'],
    ['en', 'en-US', 'Insert a report table'],
  ] as const) {
    it(`follows the display language (${tag}), loads without console errors, and is screenshotted`, async () => {
      const { page, errors } = await openTaskpane(browser, served.origin, tag, mock);
      await expect(page.locator('#insert-section h2').textContent()).resolves.toBe(heading);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('#template option').count()).toBe(4);
      // Show the pane at work: the check of the mocked selection lists its findings.
      await page.click('#check');
      await page.waitForSelector('#findings li');
      await page.locator('main').screenshot({ path: join(IMAGES, `taskpane-${lang}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const id of Object.keys(templates) as TemplateId[]) {
    it(`inserts ${id}: the recorded writes are the template's layout (values, formulas, formats, merges, highlights)`, async () => {
      const { page } = await openTaskpane(browser, served.origin, 'en-US', mock);
      await page.selectOption('#template', id);
      await page.selectOption('#language', 'vi');
      await page.click('#insert');
      await page.waitForFunction(() => document.querySelector('#status')?.textContent !== '', undefined, {
        timeout: 30_000,
      });
      const { dataset } = validateTable(rawTable(input), { numberLocale: 'vi' });
      const layout = layoutTemplate(templates[id], dataset, { mode: 'live', lang: 'vi', sourceFile: input.name });
      const recorded = await state(page);
      const sheet = recorded.sheets.find((s) => s.name === layout.sheetName);
      expect(sheet, `sheet ${layout.sheetName}`).toBeDefined();
      expect(sheet?.activated).toBe(true);
      const byAddress = new Map(
        sheet!.ranges.filter((r) => /^[A-Z]+\d+$/.test(r.address) && !r.merged).map((r) => [r.address, r]),
      );
      for (const cell of layout.cells) {
        const range = byAddress.get(cell.address);
        expect(range, cell.address).toBeDefined();
        if (cell.formula !== undefined)
          expect(range?.formulas, cell.address).toEqual([[`=${inNamespace(cell.formula, NAMESPACE)}`]]);
        else if (cell.value !== undefined) expect(range?.values, cell.address).toEqual([[cell.value]]);
        else
          expect([range?.values, range?.formulas], `${cell.address} is styled only, never filled in`).toEqual([
            undefined,
            undefined,
          ]);
        if (cell.numFmt !== undefined) expect(range?.numberFormat, cell.address).toEqual([[cell.numFmt]]);
        else if (typeof cell.value === 'string')
          expect(range?.numberFormat, `${cell.address} is text`).toEqual([['@']]);
      }
      expect(byAddress.size).toBe(layout.cells.length);
      // The verdict's steps on the method sheet are hidden, as in the file the CLI writes (issue 16.5).
      const method = recorded.sheets.find((s) => s.name === layout.method.sheetName);
      for (const column of layout.method.columns.filter((c) => c.grouped))
        expect(method?.ranges.find((r) => r.address === `${column.letter}:${column.letter}`)?.columnHidden).toBe(true);
      expect(sheet!.ranges.filter((r) => r.merged).map((r) => r.address)).toEqual(layout.merges);
      const conditional = sheet!.ranges.filter((r) => r.conditionalFormats.length > 0).map((r) => r.address);
      expect(conditional).toEqual(layout.highlights.map((h) => h.range));
      expect(recorded.syncs, 'one batch: a sync to read the sheet names, one to write').toBeLessThanOrEqual(3);
      expect(await page.locator('#status').textContent()).toContain(layout.sheetName);
      await page.close();
    });
  }

  it('charts percent of target of the inserted table, with a 100% line on a hidden sheet', async () => {
    const { page } = await openTaskpane(browser, served.origin, 'en-US', mock);
    await page.selectOption('#template', 'term-review');
    await page.click('#insert');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent !== '');
    await page.click('#chart');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Chart added.', undefined, {
      timeout: 30_000,
    });
    const recorded = await state(page);
    const report = recorded.sheets.find((s) => s.charts.length > 0)!;
    const chart = report.charts[0];
    expect(chart.type).toBe('BarClustered');
    expect(chart.title.text).toBe('Percent of target');
    expect(chart.series.map((s) => [s.name, s.chartType ?? 'bars'])).toEqual([
      ['values', 'bars'],
      ['Target (100%)', 'Line'],
    ]);
    const helper = recorded.sheets.find((s) => s.name === '_chitieu')!;
    expect(helper.visibility).toBe('Hidden');
    const { dataset } = validateTable(rawTable(input), { numberLocale: 'vi' });
    const layout = layoutTemplate(templates['term-review'], dataset, { mode: 'live', lang: 'en' });
    const ranges = chartRanges(layout)!;
    expect(chart.source).toBe(`${layout.sheetName}!${ranges.values}`);
    expect(chart.xValues).toBe(`${layout.sheetName}!${ranges.categories}`);
    expect(helper.ranges.at(-1)?.values).toEqual(
      Array.from({ length: layout.lastDataRow - layout.firstDataRow + 1 }, () => [1]),
    );
    await page.close();
  });

  it('inserts the assessment sentences of the inserted table below it, as text', async () => {
    const { page } = await openTaskpane(browser, served.origin, 'vi-VN', mock);
    await page.click('#sentences');
    expect(await page.locator('#status').textContent()).toBe('Hãy chèn một biểu trước.');
    await page.selectOption('#template', 'term-review');
    await page.click('#insert');
    await page.waitForFunction(() => (document.querySelector('#status')?.textContent ?? '').startsWith('Đã chèn biểu'));
    await page.click('#sentences');
    await page.waitForFunction(
      () => (document.querySelector('#status')?.textContent ?? '').includes('câu nhận xét'),
      undefined,
      {
        timeout: 30_000,
      },
    );
    const recorded = await state(page);
    const { dataset } = validateTable(rawTable(input), { numberLocale: 'vi' });
    const layout = layoutTemplate(templates['term-review'], dataset, { mode: 'live', lang: 'vi' });
    const writes = sentenceWrites(layout);
    const sheet = recorded.sheets.find((s) => s.name === layout.sheetName)!;
    for (const write of writes) {
      const range = sheet.ranges.filter((r) => r.address === write.address).at(-1);
      expect(range?.values, write.address).toEqual([[write.value]]);
      expect(range?.numberFormat, write.address).toEqual([['@']]);
    }
    expect(await page.locator('#status').textContent()).toBe(`Đã chèn ${writes.length - 1} câu nhận xét dưới biểu.`);
    await page.close();
  });

  it('checks the selection: findings by address, one-click conversion of Vietnamese numbers stored as text', async () => {
    const { page } = await openTaskpane(browser, served.origin, 'vi-VN', mock);
    await page.click('#check');
    await page.waitForSelector('#findings li');
    const items = await page.locator('#findings li').allTextContents();
    expect(items).toEqual([
      'B3 số lưu dạng văn bản: 1.234,5',
      'C3 tỷ lệ trên 100%: 120.0%',
      'B4 giá trị gốc bằng 0 hoặc âm: không tính được tốc độ tăng: 0',
      'C4 ô để trống trong dòng có số liệu',
      'D4 văn bản không đọc được thành số (kiểu Việt Nam): 8.56',
    ]);
    await page.click('#convert');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Đã chuyển'));
    const recorded = await state(page);
    const written = recorded.sheets.find((s) => s.name === 'Số liệu')!.ranges.at(-1)!;
    expect(written.address).toBe('B2:D4');
    expect(written.values).toEqual([
      ['Năm trước', 'Tỷ lệ', 'Ghi chú'],
      [1234.5, 1.2, 'x'],
      [0, '', '8.56'],
    ]);
    await page.close();
  });
});
