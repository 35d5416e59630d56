/**
 * The built web page (packages/web/dist/index.html) in Debian's Chromium through playwright-core,
 * opened from disk (file://) with the add-in tests' flags (addin/test/browser/harness.ts), no
 * browser download, no network. Used by test/web-page.test.ts and `npm run bench` (scripts/bench-web.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const WEB_PAGE = join(import.meta.dirname, '..', '..', 'packages', 'web', 'dist', 'index.html');
export const WEB_PAGE_URL = pathToFileURL(WEB_PAGE).href;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface WebBrowser {
  context: BrowserContext;
  /** Every URL the browser asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Chromium with a fresh profile, the office screen's viewport and downloads kept. */
export async function launchWebPage(locale: string): Promise<WebBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'chitieu-web-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    acceptDownloads: true,
    viewport: { width: 1366, height: 768 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => void requests.push(request.url()));
  return {
    context,
    requests,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
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
