import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, declaredFunctions, launch, openFunctionsPage, serve, type Browser, type Served } from './harness.js';
import { CASES, type Arg } from './cases.js';

/** Calls an associated function in the page as Excel would; error cells come back as { error, message }. */
async function call(page: Page, id: string, args: readonly Arg[]): Promise<unknown[][]> {
  return page.evaluate(
    ({ id, args }) => {
      const toExcel = (value: unknown): unknown =>
        value !== null && typeof value === 'object' && '__error' in (value as object)
          ? new CustomFunctions.Error(
              (value as { __error: string }).__error as CustomFunctions.ErrorCode,
              (value as { message?: string }).message,
            )
          : value;
      const excelArgs = args.map((arg) => (arg === null ? null : arg.map((row) => row.map(toExcel))));
      const fn = (
        window as unknown as { __associated: Map<string, (...a: unknown[]) => unknown[][]> }
      ).__associated.get(id);
      if (fn === undefined) throw new Error(`${id} is not associated`);
      return fn(...excelArgs).map((row) =>
        // The runtime stores a missing message as ''.
        row.map((cell) =>
          cell instanceof CustomFunctions.Error
            ? { error: cell.code, message: cell.message === '' ? undefined : cell.message }
            : cell,
        ),
      );
    },
    { id, args: args as unknown[][][] },
  );
}

describe('CHITIEU functions in headless Chromium with Microsoft custom functions runtime', () => {
  let served: Served;
  let browser: Browser;
  const pages: Record<'vi' | 'en', { page: Page; errors: string[] }> = {} as never;

  beforeAll(async () => {
    served = await serve();
    browser = await launch();
    pages.en = await openFunctionsPage(browser, served.origin, 'en-US');
    pages.vi = await openFunctionsPage(browser, served.origin, 'vi-VN');
    for (const { page } of Object.values(pages)) {
      await page.waitForFunction(
        (count) => (window as unknown as { __associated?: Map<string, unknown> }).__associated?.size === count,
        declaredFunctions(),
        { timeout: 60_000 },
      );
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  }, 60_000);

  it('the page loads with no console error and no uncaught exception', async () => {
    await pages.en.page.waitForTimeout(500);
    expect(pages.en.errors).toEqual([]);
    expect(pages.vi.errors).toEqual([]);
  });

  it('associates exactly the ids of functions.json, none missing, none extra, each once', async () => {
    const metadata = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as {
      functions: Array<{ id: string }>;
    };
    const ids = await pages.en.page.evaluate(() => [
      ...(window as unknown as { __associated: Map<string, unknown> }).__associated.keys(),
    ]);
    expect([...ids].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const lang of ['en', 'vi'] as const) {
    for (const [k, c] of CASES.entries()) {
      it(`${c.id} #${k} returns what the core returns (${lang} messages)`, async () => {
        expect(await call(pages[lang].page, c.id, c.args)).toEqual(c.expected(lang));
      });
    }
  }

  it('every function with only its required arguments (optional ones null) answers without throwing', async () => {
    const metadata = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as {
      functions: Array<{ id: string; parameters: Array<{ optional?: boolean }> }>;
    };
    for (const fn of metadata.functions) {
      const args = fn.parameters.map((p) => (p.optional ? null : [[1]]));
      const out = await call(pages.en.page, fn.id, args);
      expect(Array.isArray(out) && out.length > 0, fn.id).toBe(true);
      for (const cell of out.flat())
        expect(cell === null || cell === undefined || Number.isNaN(cell), fn.id).toBe(false);
    }
  });
});
