/**
 * Error cells in ranges, end to end through Microsoft's custom functions runtime in Chromium.
 *
 * With `allowErrorForDataTypeAny: true` in functions.json, Excel calls a function even when an
 * argument holds error values, and marks the invocation with the "allow error" flag (4). Reading
 * custom-functions-runtime.js (CustomFunctionProxy._batchInvocationEntries and
 * _transferCustomFunctionError): for such an invocation the runtime replaces every parameter
 * value `{ type: 'CustomFunctionError', code }` by `new CustomFunctions.Error(code)`, with no
 * message, before it calls the function. So this test does not build error values itself: it
 * plays Excel's side of the runtime's native bridge (harness.ts), sends invocation messages with
 * error cells as Excel serialises them, and reads the results the runtime sends back to Excel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DIST,
  declaredFunctions,
  invoke,
  launch,
  openFunctionsPage,
  serve,
  type Browser,
  type Served,
} from './harness.js';

/** An error cell as Excel puts it in an invocation message. */
const cellError = (code: string) => ({ type: 'CustomFunctionError', code });

/** A result cell as the test compares it: a value, or `{ error, message }`. */
function shown(cell: unknown): unknown {
  if (
    typeof cell === 'object' &&
    cell !== null &&
    (cell as { valueType?: string }).valueType === 'CustomFunctionError'
  ) {
    const { code, message } = cell as { code: string; message?: string };
    return { error: code, message };
  }
  return cell;
}

describe('error cells in ranges, through the custom functions runtime (allowErrorForDataTypeAny)', () => {
  let served: Served;
  let browser: Browser;
  const pages = {} as Record<'en' | 'vi', Page>;
  const errors: string[] = [];
  let nextId = 1;

  /** Calls a function through the runtime as Excel does and returns its spill, cell by cell. */
  async function excelCalls(lang: 'en' | 'vi', id: string, ...args: unknown[][][]): Promise<unknown[][]> {
    const result = await invoke(pages[lang], nextId++, id, args);
    expect(result.ok, `${id} failed in the runtime: ${JSON.stringify(result.value)}`).toBe(true);
    return (result.value as unknown[][]).map((row) => row.map(shown));
  }

  beforeAll(async () => {
    served = await serve();
    browser = await launch();
    for (const [lang, tag] of [
      ['en', 'en-US'],
      ['vi', 'vi-VN'],
    ] as const) {
      const { page, errors: pageErrors } = await openFunctionsPage(browser, served.origin, tag, { excelHost: true });
      page.on('close', () => errors.push(...pageErrors));
      await page.waitForFunction(
        (count) => (window as unknown as { __associated?: Map<string, unknown> }).__associated?.size === count,
        declaredFunctions(),
        { timeout: 60_000 },
      );
      pages[lang] = page;
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  }, 60_000);

  it('the built metadata asks Excel for error cells (else Excel would not call the function at all)', () => {
    for (const file of ['functions.json', 'functions.vi.json']) {
      const metadata = JSON.parse(readFileSync(join(DIST, file), 'utf8')) as { allowErrorForDataTypeAny?: boolean };
      expect(metadata.allowErrorForDataTypeAny, file).toBe(true);
    }
  });

  it('an error cell in a column gives that row its error and every other row its answer', async () => {
    const spill = await excelCalls(
      'en',
      'ATTAINMENT',
      [[90], [cellError('#REF!')], [110], [cellError('#N/A')]],
      [[100]],
    );
    expect(spill).toEqual([
      [0.9],
      [{ error: '#VALUE!', message: 'an input cell holds the error #REF!' }],
      [1.1],
      [{ error: '#N/A', message: 'an input cell holds the error #N/A' }],
    ]);
  });

  it('the message is in the user language', async () => {
    const spill = await excelCalls('vi', 'GROWTHRATE', [[100], [100]], [[cellError('#SPILL!')], [110]]);
    expect(spill[0]).toEqual([{ error: '#VALUE!', message: 'một ô đầu vào đang có lỗi #SPILL!' }]);
    expect(spill[1][0]).toBeCloseTo(0.1, 12);
  });

  it('codes a custom function may not return come back as #VALUE! or #N/A naming the original', async () => {
    const codes = ['#REF!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];
    const spill = await excelCalls(
      'en',
      'SHARE',
      codes.map((code) => [cellError(code)]),
      [[1]],
    );
    expect(spill).toEqual([
      [{ error: '#VALUE!', message: 'an input cell holds the error #REF!' }],
      [{ error: '#VALUE!', message: 'an input cell holds the error #NAME?' }],
      [{ error: '#VALUE!', message: 'an input cell holds the error #NULL!' }],
      [{ error: '#VALUE!', message: 'an input cell holds the error #SPILL!' }],
      [{ error: '#VALUE!', message: 'an input cell holds the error #CALC!' }],
      [{ error: '#N/A', message: 'an input cell is still getting its data (#GETTING_DATA)' }],
    ]);
  });

  it('#DIV/0! and #NUM! from a cell pass through as they are (Excel shows them without a message)', async () => {
    const spill = await excelCalls('en', 'GAP', [[cellError('#DIV/0!')], [cellError('#NUM!')], [5]], [[2]]);
    expect(spill).toEqual([[{ error: '#DIV/0!', message: undefined }], [{ error: '#NUM!', message: undefined }], [3]]);
  });

  it('in series and options too: only the series or the cell with the error shows it', async () => {
    const series = await excelCalls('en', 'AVGGROWTH', [
      [0.1, 0.1],
      [0.1, cellError('#REF!')],
    ]);
    expect(series[0][0]).toBeCloseTo(0.1, 12);
    expect(series[1]).toEqual([{ error: '#VALUE!', message: 'an input cell holds the error #REF!' }]);
    const status = await excelCalls(
      'en',
      'STATUS',
      [[0.031], [0.031]],
      [[0.04]],
      [['lower'], [cellError('#NAME?')]],
      [[null]],
      [['en']],
    );
    expect(status).toEqual([['Exceeded'], [{ error: '#VALUE!', message: 'an input cell holds the error #NAME?' }]]);
    // One error cell as the option of the whole range: every row shows it.
    const onTrack = await excelCalls(
      'en',
      'ONTRACK',
      [[100], [100]],
      [[2020]],
      [[120], [90]],
      [[2023]],
      [[130]],
      [[2025]],
      [[cellError('#REF!')]],
      [[null]],
    );
    const refShown = { error: '#VALUE!', message: 'an input cell holds the error #REF!' };
    expect(onTrack).toEqual([[refShown], [refShown]]);
  });

  it('the runtime ran every invocation without a console error or an uncaught exception', async () => {
    for (const page of Object.values(pages)) await page.close();
    expect(errors).toEqual([]);
  });
});
