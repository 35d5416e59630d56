/**
 * The built web page (packages/web/dist/index.html) in Debian's Chromium through playwright-core,
 * opened from disk (file://) with the add-in tests' flags (addin/test/browser/harness.ts), no
 * browser download, no network. Used by test/web-page.test.ts and `npm run bench` (scripts/bench-web.ts).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';

export const WEB_PAGE = join(import.meta.dirname, '..', '..', 'packages', 'web', 'dist', 'index.html');
export const WEB_PAGE_URL = pathToFileURL(WEB_PAGE).href;

export interface WebBrowser {
  context: BrowserContext;
  /** Every URL the browser asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Chromium with a fresh profile, the office screen's viewport and downloads kept. */
export async function launchWebPage(locale: string): Promise<WebBrowser> {
  const { context, close } = await launchChromium({
    locale,
    acceptDownloads: true,
    viewport: { width: 1366, height: 768 },
  });
  const requests: string[] = [];
  context.on('request', (request) => void requests.push(request.url()));
  return { context, requests, close };
}

/** Gives the page a file through its file input and waits for the report, or for its refusal. */
export async function feedWebPage(page: Page, file: string): Promise<string> {
  await page.setInputFiles('#file', file);
  await page.waitForFunction(
    () =>
      !document.body.hasAttribute('aria-busy') &&
      /Đã lập|Chưa lập|ready|No report/u.test(document.getElementById('status')?.textContent ?? ''),
    null,
    { timeout: 600_000 },
  );
  return (await page.textContent('#status')) ?? '';
}
