/**
 * "Read my own table" in headless Chromium with Excel mocked (office-addin-mock): the pane reads
 * an annex laid out as provincial reports lay them out (annex.ts), shows the wide reader's
 * preview, takes the officer's answers, and inserts a report into a new sheet whose writes are
 * the template's layout of the dataset the CLI path gives for the same grid
 * (validateTable(readWideTable(grid).table) then layoutTemplate). The officer's sheet receives
 * no write at all.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inNamespace } from '../../src/taskpane/namespace.js';
import { wideGrid, type TableSnapshot } from '../../src/taskpane/table.js';
import { layoutTemplate, templates } from '@chitieu/templates';
import { parseCsv, readWideTable, validateTable, type MappingEntry } from '@chitieu/input';
import { DEFAULT_LIMITS, readWorkbookGrid } from '@chitieu/input/files';
import { ANNEX, FIXTURES } from './annex.js';
import { ADDIN, DIST, excelMockScript, launch, openTaskpane, serve, type Browser, type Served } from './harness.js';
import type { WorkbookState } from './excel-mock.js';

const ROOT = join(ADDIN, '..');
const IMAGES = join(ROOT, 'docs', 'images');
const input = {
  name: 'Số liệu',
  values: parseCsv(readFileSync(join(ROOT, 'data', 'thai-binh-2020-2025.csv'), 'utf8')).map((r) => r.cells),
};
const selection = { address: 'Số liệu!A1', values: [['']], numberFormat: [['General']] };
const NAMESPACE = /id="Functions\.Namespace" DefaultValue="([A-Z0-9]+)"/.exec(
  readFileSync(join(DIST, 'manifest.xml'), 'utf8'),
)?.[1] as string;
const state = (page: Page) => page.evaluate(() => (window as unknown as { __excelState: WorkbookState }).__excelState);
const setState = (page: Page, change: { selectedInTable?: string; excelApi113?: boolean }) =>
  page.evaluate((c) => Object.assign((window as unknown as { __excelState: WorkbookState }).__excelState, c), change);

/** The mocked workbook's name (excel-mock.ts): the file the CLI would be given. */
const WORKBOOK = 'Báo cáo KT-XH 2024.xlsx';

/** The annex as `chitieu import` reads it: the workbook openpyxl or LibreOffice wrote, through the CLI's grid reader. */
const cliGrid = (fixture: string) => readWorkbookGrid(readFileSync(join(FIXTURES, fixture)), WORKBOOK, DEFAULT_LIMITS);

/** The annex's used range as Excel's Range API gives it to the pane (A1 to J18). */
const USED: TableSnapshot = {
  workbook: WORKBOOK,
  sheet: ANNEX.name,
  address: `'${ANNEX.name}'!A1:J18`,
  wholeSheet: true,
  values: Array.from({ length: 18 }, (_, r) => Array.from({ length: 10 }, (_, c) => ANNEX.values[r]?.[c] ?? '')),
  numberFormat: Array.from({ length: 18 }, (_, r) =>
    Array.from({ length: 10 }, (_, c) => ANNEX.numberFormat[r]?.[c] ?? 'General'),
  ),
  merges: ANNEX.merges.map((m) => `'${ANNEX.name}'!${m}`),
  hiddenRows: [],
  hiddenColumns: [9],
};

/** The pane, with nothing remembered from an earlier test (answers are kept in localStorage). */
async function openPane(browser: Browser, origin: string, tag: string, mock: string) {
  const opened = await openTaskpane(browser, origin, tag, mock);
  await opened.page.evaluate(() => localStorage.clear());
  return opened;
}

/** Reads the table in the pane and waits for the preview. */
async function readInPane(page: Page, selected: string): Promise<void> {
  await setState(page, { selectedInTable: selected });
  await page.click('#read-table');
  await page.waitForSelector('#preview:not([hidden]) #preview-indicators li', { timeout: 30_000 });
}

/** The texts of a list of the preview, without the cell buttons' own text. */
const items = (page: Page, id: string) => page.locator(`#${id} li`).allTextContents();

describe('the task pane reads the officer’s own table (a wide annex)', () => {
  let served: Served;
  let browser: Browser;
  let mock: string;

  beforeAll(async () => {
    served = await serve();
    browser = await launch();
    mock = await excelMockScript(input, selection, ANNEX);
    mkdirSync(IMAGES, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  }, 60_000);

  // What the pane is checked against: the CLI's reading of the workbook openpyxl wrote.
  const grid = cliGrid('annex-openpyxl.xlsx');
  const first = readWideTable(grid, { numberLocale: 'vi' });

  for (const fixture of ['annex-openpyxl.xlsx', 'annex-libreoffice.xlsx'])
    it(`the pane's grid of the used range reads as the CLI reads ${fixture}: the same long table, origins, preview and questions`, () => {
      const pane = readWideTable(wideGrid(USED), { numberLocale: 'vi' });
      expect(pane).toEqual(readWideTable(cliGrid(fixture), { numberLocale: 'vi' }));
    });

  for (const [lang, tag] of [
    ['vi', 'vi-VN'],
    ['en', 'en-US'],
  ] as const) {
    it(`shows the reader's preview in ${lang}: columns, periods, groups, targets, kinds and directions with why, the questions with their cells`, async () => {
      const { page, errors } = await openPane(browser, served.origin, tag, mock);
      await readInPane(page, 'B7');
      const columns = await items(page, 'preview-columns');
      expect(columns).toHaveLength(first.preview.columns.length);
      first.preview.columns.forEach((c, i) => {
        expect(columns[i]).toContain(c.cell);
        expect(columns[i]).toContain(c.header);
        expect(columns[i]).toContain(c.because[lang]);
      });
      expect(await page.locator('#preview-periods').textContent()).toBe(first.preview.periods.join(', '));
      // The pane passes no locale: the annex's Vietnamese headers decide, and the pane says so.
      expect(await page.locator('#number-locale').textContent()).toBe(
        lang === 'vi'
          ? 'Số ghi dạng chữ đọc kiểu Việt Nam (10.000,5): theo ngôn ngữ của tiêu đề bảng.'
          : "Numbers written as text are read the Vietnamese way (10.000,5): by the language of the table's headers.",
      );
      expect(await items(page, 'preview-groups')).toEqual(first.preview.groups.map((g) => `${g.cell} ${g.name}`));
      const targets = await items(page, 'preview-targets');
      expect(targets).toHaveLength(first.preview.targets.length);
      const indicators = await items(page, 'preview-indicators');
      expect(indicators).toHaveLength(first.preview.indicators.length);
      first.preview.indicators.forEach((ind, i) => {
        expect(indicators[i]).toContain(ind.name);
        if (ind.kind.value !== null) expect(indicators[i]).toContain(ind.kind.because[lang]);
        if (ind.direction.value !== null) expect(indicators[i]).toContain(ind.direction.because[lang]);
      });
      const questions = await items(page, 'questions');
      expect(questions).toHaveLength(first.questions.length);
      first.questions.forEach((q, i) =>
        expect(questions[i]).toContain(
          `${q.cell} ${lang === 'vi' ? (q.asks === 'kind' ? 'Loại chỉ tiêu' : 'Hướng') : q.asks === 'kind' ? 'Kind' : 'Direction'}: ${q.indicator}`,
        ),
      );
      // Every control of the pane has a name a screen reader says.
      const unlabelled = await page.evaluate(() =>
        Array.from(document.querySelectorAll('select, input, button'))
          .filter(
            (e) =>
              e.closest('[hidden]') === null &&
              e.closest('label') === null &&
              !e.getAttribute('aria-label') &&
              !e.textContent?.trim(),
          )
          .map((e) => e.outerHTML),
      );
      expect(unlabelled).toEqual([]);
      await page.locator('#table-section').screenshot({ path: join(IMAGES, `taskpane-table-${lang}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('the annex is read as a provincial officer reads it (hand-checked against annex.ts)', () => {
    expect(first.preview.periods).toEqual(expect.arrayContaining(['2021', '2022', '2023', '2024']));
    expect(first.preview.groups.map((g) => [g.cell, g.name])).toEqual([
      ['B6', 'Kinh tế'],
      ['B13', 'Xã hội'],
    ]);
    expect(first.preview.indicators.map((i) => i.cell)).toEqual([
      'B7',
      'B8',
      'B9',
      'B10',
      'B11',
      'B12',
      'B14',
      'B15',
      'B16',
    ]);
    expect(first.questions.map((q) => [q.cell, q.asks])).toEqual([
      ['B10', 'direction'],
      ['B11', 'direction'],
      ['B12', 'kind'],
    ]);
    const poverty = first.preview.indicators.find((i) => i.name === 'Tỷ lệ hộ nghèo');
    expect([poverty?.kind.value, poverty?.direction.value]).toEqual(['rate', 'lower']);
  });

  it('answers in the pane, then inserts the report into a new sheet: the layout of the CLI path, nothing written to the annex', async () => {
    const { page, errors } = await openPane(browser, served.origin, 'vi-VN', mock);
    await readInPane(page, 'C9');
    expect(await page.locator('#status').textContent()).toBe('Còn 3 câu hỏi.');
    // A question's cell, clicked, is selected in the sheet.
    await page.locator('#questions li').first().locator('button.cell').click();
    await page.waitForFunction(
      () => (window as unknown as { __excelState: WorkbookState }).__excelState.selectedCells.length > 0,
    );
    expect((await state(page)).selectedCells).toEqual([`'${ANNEX.name}'!B10`]);
    // Answered with the keyboard, as an officer without a mouse would.
    await page.focus('#answer-10-direction');
    await page.keyboard.press('ArrowDown'); // higher
    await page.keyboard.press('ArrowDown'); // lower: less rice land, as the plan says
    await page.selectOption('#answer-11-direction', 'lower');
    await page.selectOption('#answer-12-kind', 'count');
    // A rule the officer corrects: the investment target (240 000 tỷ đồng) is the term's total,
    // so the indicator is cumulative, not the level its unit suggests. With the keyboard again.
    await page.focus('#preview-indicators li:nth-child(3) details summary');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // Each step re-reads the table and draws the preview again; the dropdown keeps the focus.
    for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowDown'); // (chọn) → … → cumulative
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('change-9-kind');
    expect(await page.locator('#change-9-kind').inputValue()).toBe('cumulative');
    expect(await page.locator('#preview-indicators li:nth-child(3)').textContent()).toContain(
      'tổng cộng dồn (theo câu trả lời)',
    );
    await page.waitForFunction(
      () => document.querySelector('#status')?.textContent === 'Đã sẵn sàng: chọn biểu ở mục dưới và chèn.',
    );
    expect(await page.locator('#source').inputValue()).toBe('table');
    await page.selectOption('#template', 'term-review');
    await page.fill('#period', '2021-2025');
    await page.click('#insert');
    await page.waitForFunction(
      () => (document.querySelector('#status')?.textContent ?? '').startsWith('Đã chèn biểu'),
      undefined,
      {
        timeout: 30_000,
      },
    );

    const mapping: MappingEntry[] = [
      { indicator: 'Tổng vốn đầu tư toàn xã hội', stt: 'I.3', code: '', kind: 'cumulative', direction: null, row: 9 },
      { indicator: 'Diện tích gieo trồng lúa', stt: 'I.4', code: '', kind: null, direction: 'lower', row: 10 },
      { indicator: 'Diện tích đất trồng cây hằng năm', stt: 'I.5', code: '', kind: null, direction: 'lower', row: 11 },
      { indicator: 'Tổng lượt khách du lịch', stt: 'I.6', code: '', kind: 'count', direction: null, row: 12 },
    ];
    const reading = readWideTable(grid, { numberLocale: 'vi', mapping });
    expect(reading.questions).toEqual([]);
    const { dataset, problems } = validateTable(reading.table, { numberLocale: 'vi' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const layout = layoutTemplate(templates['term-review'], dataset, {
      term: { baseYear: 2020, firstYear: 2021, lastYear: 2025, years: 5 },
      mode: 'live',
      lang: 'vi',
      sourceFile: USED.address,
    });
    const recorded = await state(page);
    expect(recorded.tableWrites, 'nothing is written to the officer’s sheet').toEqual([]);
    expect(recorded.sheets.map((s) => s.name)).not.toContain(ANNEX.name);
    const sheet = recorded.sheets.find((s) => s.name === layout.sheetName);
    expect(sheet?.activated).toBe(true);
    const byAddress = new Map(
      sheet!.ranges.filter((r) => /^[A-Z]+\d+$/.test(r.address) && !r.merged).map((r) => [r.address, r]),
    );
    for (const cell of layout.cells) {
      const range = byAddress.get(cell.address);
      if (cell.formula !== undefined)
        expect(range?.formulas, cell.address).toEqual([[`=${inNamespace(cell.formula, NAMESPACE)}`]]);
      else if (cell.value !== undefined) expect(range?.values, cell.address).toEqual([[cell.value]]);
      if (cell.numFmt !== undefined) expect(range?.numberFormat, cell.address).toEqual([[cell.numFmt]]);
    }
    expect(byAddress.size).toBe(layout.cells.length);
    expect(sheet!.ranges.filter((r) => r.merged).map((r) => r.address)).toEqual(layout.merges);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers are remembered for the next reading (as the mapping file of chitieu import is kept), shown and changeable', async () => {
    const { page } = await openPane(browser, served.origin, 'en-US', mock);
    await readInPane(page, 'A1');
    // The officer's choice of where the figures come from holds while they answer.
    await page.selectOption('#source', 'sheet');
    await page.selectOption('#answer-10-direction', 'lower');
    expect(await page.locator('#source').inputValue()).toBe('sheet');
    await page.selectOption('#source', 'table');
    await page.selectOption('#answer-11-direction', 'lower');
    await page.selectOption('#answer-12-kind', 'count');
    await page.waitForFunction(() => document.querySelector('#table-status')?.textContent?.startsWith('Ready'));
    await page.click('#read-table');
    await page.waitForFunction(() => document.querySelector('#table-status')?.textContent?.startsWith('Ready'));
    expect(await page.locator('#answer-12-kind').inputValue()).toBe('count');
    expect(await page.locator('#questions li.answered').count()).toBe(3);
    expect(await page.locator('#questions li .because:not([hidden])').allTextContents()).toEqual(
      Array.from({ length: 3 }, () => ' (your answer last time)'),
    );
    // Changed back to no answer: forgotten, and the question is open again.
    await page.selectOption('#answer-12-kind', '');
    await page.waitForFunction(() => document.querySelector('#table-status')?.textContent === '1 question open.');
    await page.click('#read-table');
    await page.waitForFunction(() => document.querySelector('#table-status')?.textContent === '1 question open.');
    expect(await page.locator('#source').inputValue()).toBe('table');
    await page.close();
  });

  it('a selection reaching past the data is read where it meets the used range', async () => {
    const { page } = await openPane(browser, served.origin, 'en-US', mock);
    await readInPane(page, 'A1:Z5000');
    expect(await page.locator('#preview-summary').textContent()).toContain(`Read '${ANNEX.name}'!A1:J18: 9 indicators`);
    await page.close();
  });

  it('a selected range is read as it is; a host without merged areas (before ExcelApi 1.13) says so and still reads', async () => {
    const { page, errors } = await openPane(browser, served.origin, 'en-US', mock);
    await setState(page, { excelApi113: false });
    // A hidden row too: Excel answers rowHidden null for the range, then row by row.
    await page.evaluate(() => {
      (window as unknown as { __excelState: WorkbookState }).__excelState.table!.hiddenRows = [9];
    });
    await readInPane(page, 'A4:J15');
    // Rows 7 to 15: all indicators but the last (row 16), the hidden one read and said so.
    expect(await items(page, 'preview-indicators')).toHaveLength(first.preview.indicators.length - 1);
    expect(await items(page, 'preview-skipped')).toContain('B9 a hidden row: read all the same');
    expect(await page.locator('#preview-summary').textContent()).toContain(`'${ANNEX.name}'!A4:J15`);
    await expect(page.locator('#no-merges').textContent()).resolves.toContain('ExcelApi 1.13');
    expect((await state(page)).tableWrites).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a table with errors lists each at its cell (a click selects it) and inserts nothing', async () => {
    const { page } = await openPane(browser, served.origin, 'vi-VN', mock);
    await page.evaluate(() => {
      const table = (window as unknown as { __excelState: WorkbookState }).__excelState.table!;
      table.values[7][4] = '63,4 (sơ bộ)?'; // E8: a figure that is not a number
      table.values[12][3] = 125; // D13: a figure in the sector row "II. Xã hội"
    });
    await readInPane(page, 'A1');
    const listed = await items(page, 'table-problems');
    expect(listed.some((text) => text.startsWith('E8 '))).toBe(true);
    expect(listed.some((text) => text.startsWith('D13 '))).toBe(true);
    expect(await page.locator('#table-status').textContent()).toMatch(/^Còn 3 câu hỏi, \d+ lỗi\.$/);
    await page.locator('#table-problems li', { hasText: 'E8' }).first().locator('button.cell').click();
    await page.waitForFunction(
      () => (window as unknown as { __excelState: WorkbookState }).__excelState.selectedCells.length > 0,
    );
    expect((await state(page)).selectedCells).toEqual([`'${ANNEX.name}'!E8`]);
    await page.click('#insert');
    const recorded = await state(page);
    expect(recorded.sheets).toEqual([]);
    expect(recorded.tableWrites).toEqual([]);
    await page.close();
  });

  it('a sheet holding two tables (a yearbook page): the officer picks which one is read', async () => {
    const { page } = await openPane(browser, served.origin, 'en-US', mock);
    await page.evaluate(() => {
      const table = (window as unknown as { __excelState: WorkbookState }).__excelState.table!;
      table.values.push(
        [],
        ['Biểu 2. Một số chỉ tiêu xã hội'],
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2022', 'Năm 2023'],
        [1, 'Tỷ lệ hộ nghèo', '%', '2,6', '2,1'],
        [2, 'Số bác sĩ trên 1 vạn dân', 'bác sĩ', '9,8', '10,5'],
      );
    });
    await readInPane(page, 'A1');
    expect(await page.locator('#table-number option').allTextContents()).toEqual(['table 1 of 2', 'table 2 of 2']);
    expect(await page.locator('#table-status').textContent()).toBe('3 questions open.');
    await page.selectOption('#table-number', '2');
    await page.waitForFunction(() => document.querySelector('#table-status')?.textContent?.startsWith('Ready'));
    expect(
      await page.locator('#preview-indicators li button.cell').allTextContents(),
      'the second table: its two indicators, at their rows',
    ).toEqual(['B22', 'B23']);
    expect(await page.locator('#questions li').count()).toBe(0);
    expect(await page.locator('#table-number').inputValue()).toBe('2');
    await page.close();
  });

  it('a used range larger than the pane reads at once is refused with its size, nothing read', async () => {
    const { page } = await openPane(browser, served.origin, 'vi-VN', mock);
    await page.evaluate(() => {
      const table = (window as unknown as { __excelState: WorkbookState }).__excelState.table!;
      while (table.values.length < 19_999) table.values.push([]);
      table.values.push(['x']); // a stray cell far down: the used range reaches A1:J20000
    });
    await setState(page, { selectedInTable: 'A1' });
    await page.click('#read-table');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Chưa đọc'));
    expect(await page.locator('#status').textContent()).toBe(
      `Chưa đọc: 'Phụ lục I'!A1:J20000 có 200.000 ô, nhiều hơn 100.000 ô đọc được một lần. Hãy chọn đúng bảng (cả các dòng tiêu đề).`,
    );
    expect(await page.locator('#preview').isHidden()).toBe(true);
    await page.close();
  });

  it('an empty sheet: the cell selected is read, and the pane says no table was found there', async () => {
    const { page } = await openPane(browser, served.origin, 'en-US', mock);
    await page.evaluate(() => {
      (window as unknown as { __excelState: WorkbookState }).__excelState.table!.values = [];
    });
    await setState(page, { selectedInTable: 'C3' });
    await page.click('#read-table');
    await page.waitForSelector('#table-problems li');
    const expected = readWideTable(
      wideGrid({
        ...USED,
        address: `'${ANNEX.name}'!C3`,
        wholeSheet: false,
        values: [['']],
        numberFormat: [['General']],
        merges: [],
        hiddenColumns: [],
      }),
    ).problems.map((p) => p.message.en);
    expect(expected.length).toBeGreaterThan(0);
    expect((await items(page, 'table-problems')).join('\n')).toContain(expected[0]);
    expect(await page.locator('#table-status').textContent()).toMatch(/problem/);
    await page.close();
  });

  it('insert from the table before it is ready says why and writes nothing', async () => {
    const { page } = await openPane(browser, served.origin, 'en-US', mock);
    await readInPane(page, 'A1');
    expect(await page.locator('#source').inputValue()).toBe('table');
    await page.click('#insert');
    expect(await page.locator('#status').textContent()).toBe(
      'Not inserted: the table just read has open questions or problems (see Read my own table).',
    );
    const recorded = await state(page);
    expect(recorded.sheets).toEqual([]);
    expect(recorded.tableWrites).toEqual([]);
    await page.close();
  });
});
