/**
 * Runs the built add-in in headless Chromium (Debian's /usr/bin/chromium through playwright-core;
 * no browser download), offline: a node:http server on 127.0.0.1 serves addin/dist and the
 * office.js files of @microsoft/office-js; every other request is refused.
 *
 * There is no Excel here. In Excel, office.js loads the host's custom functions runtime; outside
 * Excel, office.js has none (CustomFunctions.Error is undefined), and Microsoft ships the same
 * runtime as custom-functions-runtime.js. So for the functions page the harness serves
 * taskpane.html with its office.js tag replaced by custom-functions-runtime.js and a spy that
 * wraps CustomFunctions.associate to record every id and function the bundle associates.
 * Used by the browser tests and by `npm run bench` (scripts/bench-addin.mjs).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../test/support/chromium.js';
import { staticHandler, type Mounts } from '../../scripts/static.js';
import type { WorkbookState } from './excel-mock.js';

export const ADDIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ADDIN, 'dist');

/** How many functions the built functions.json declares: the page is ready when all are associated. */
export function declaredFunctions(): number {
  return (JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as { functions: unknown[] }).functions.length;
}
export const OFFICE_JS = dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/dist/office.js'));
export { CHROMIUM } from '../../../test/support/chromium.js';

const CDN_OFFICE_JS = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';

/** Records each associated id and function on window.__associated, in order. */
const ASSOCIATE_SPY = `
  window.__associated = new Map();
  window.__associatedAt = null;
  (function () {
    var original = CustomFunctions.associate;
    CustomFunctions.associate = function (id, fn) {
      window.__associated.set(id, fn);
      window.__associatedAt = performance.now();
      return original.apply(this, arguments);
    };
  })();
`;

export interface Served {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the built add-in at `/`, office.js files at `/office/` and the associate spy, on 127.0.0.1. */
export async function serve(extra: Mounts = []): Promise<Served> {
  const files = staticHandler([['/', DIST], ['/office/', OFFICE_JS], ...extra]);
  const server: Server = createServer((req, res) => {
    if (req.url === '/test/associate-spy.js') {
      res.setHeader('content-type', 'text/javascript');
      res.end(ASSOCIATE_SPY);
      return;
    }
    files(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile; every request that is not to 127.0.0.1 is refused. */
export async function launch(locale = 'en-US'): Promise<Browser> {
  const { context, close } = await launchChromium({ locale, viewport: { width: 360, height: 900 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    // office.js asks for a telemetry frame on Microsoft's servers: there is no network here.
    return route.fulfill({ status: 204, body: '' });
  });
  return { context, close };
}

/** Console errors and uncaught exceptions of a page, collected from its first script on. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Plays Excel's side of the native bridge of Microsoft's custom functions runtime. The runtime
 * looks for a global `_richApiNativeBridge` when it loads (HostBridge.init in
 * custom-functions-runtime.js): Excel calls `onMessageFromHost` with invocation messages, and
 * the runtime answers through `sendMessageToHost` with a SetInvocationArrayResults request.
 * Here each answer is acknowledged (status 200, so the runtime sends the next batch at once)
 * and its results kept in window.__results by invocation id.
 */
const EXCEL_HOST_BRIDGE = `
  window.__results = new Map();
  window.__excel = window._richApiNativeBridge = {
    sendMessageToHost: function (text) {
      var request = JSON.parse(text);
      var actions = (request.message && request.message.body && request.message.body.Actions) || [];
      actions.forEach(function (action) {
        if (action.Name !== 'SetInvocationArrayResults') return;
        action.ArgumentInfo.Arguments[0].forEach(function (r) { window.__results.set(r[0], { ok: r[1], value: r[2] }); });
      });
      setTimeout(function () {
        window.__excel.onMessageFromHost(JSON.stringify({ id: request.id, type: 1, message: { statusCode: 200, headers: {}, body: '{}' } }));
      }, 0);
    },
  };
`;

/** Flags of an invocation message: 4 is "allow error" (Excel sets it for allowErrorForDataTypeAny). */
export const ALLOW_ERROR_FLAG = 4;

/**
 * Opens the shared-runtime page (taskpane.html) as the functions page: office.js replaced by
 * Microsoft's custom functions runtime and the associate spy (see the module comment), and
 * `navigator.language` set to `language` (Office's display language outside Office). With
 * `excelHost`, the page also gets Excel's side of the runtime's native bridge (see `invoke`).
 */
export async function openFunctionsPage(
  browser: Browser,
  origin: string,
  language: string,
  options: { excelHost?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript((lang) => Object.defineProperty(navigator, 'language', { get: () => lang }), language);
  if (options.excelHost === true) await page.addInitScript({ content: EXCEL_HOST_BRIDGE });
  await page.route(`${origin}/taskpane.html`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    if (!html.includes(CDN_OFFICE_JS)) throw new Error('taskpane.html no longer loads office.js from the CDN');
    await route.fulfill({
      response,
      body: html.replace(
        CDN_OFFICE_JS,
        '<script src="/office/custom-functions-runtime.js"></script><script src="/test/associate-spy.js"></script>',
      ),
    });
  });
  await page.goto(`${origin}/taskpane.html`, { waitUntil: 'load' });
  return { page, errors };
}

/**
 * The office-addin-mock Excel for the page: excel-mock.ts bundled for the browser (esbuild), with
 * office-addin-manifest, a Node package the mock imports for one enum, replaced by a copy of it.
 */
export async function excelMockScript(input: unknown, selection: unknown, table?: unknown): Promise<string> {
  const { build } = await import('esbuild');
  const here = dirname(fileURLToPath(import.meta.url));
  const result = await build({
    entryPoints: [join(here, 'excel-mock.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__excelMock',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'office-addin-manifest-shim',
        setup(b) {
          b.onResolve({ filter: /^office-addin-manifest$/ }, () => ({
            path: join(here, 'office-addin-manifest-shim.ts'),
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0].text;
  // Installed before any script of the page, then kept: office.js must not replace the mock.
  return `${code}
window.__excelState = __excelMock.installExcelMock(${JSON.stringify(input)}, ${JSON.stringify(selection)}, ${JSON.stringify(table)});
(function () { var mock = window.Excel; Object.defineProperty(window, 'Excel', { get: function () { return mock; }, set: function () {}, configurable: false }); })();`;
}

/**
 * Opens the task pane page as Excel would show it, with office.js (served locally in place of
 * Microsoft's CDN), the functions bundle, the task pane, and Excel mocked; `language` is the
 * display language (navigator.language, as outside Office).
 */
export async function openTaskpane(
  browser: Browser,
  origin: string,
  language: string,
  mockScript: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript((lang) => Object.defineProperty(navigator, 'language', { get: () => lang }), language);
  await page.addInitScript({ content: mockScript });
  await page.route('https://appsforoffice.microsoft.com/lib/1/hosted/*', (route) =>
    route.fulfill({
      path: join(OFFICE_JS, new URL(route.request().url()).pathname.split('/').pop() as string),
      contentType: 'text/javascript',
    }),
  );
  await page.goto(`${origin}/taskpane.html`, { waitUntil: 'load' });
  await page.waitForSelector('#insert', { timeout: 60_000 });
  // Outside Office, office.js has no Office.context.requirements: the mocked host answers which
  // requirement sets it has (ExcelApi 1.13 as the mock's state says, every other one yes).
  await page.evaluate(() => {
    const w = window as unknown as { Office: { context: Record<string, unknown> }; __excelState: WorkbookState };
    w.Office.context.requirements = {
      isSetSupported: (name: string, version?: string) =>
        name !== 'ExcelApi' || version !== '1.13' || w.__excelState.excelApi113,
    };
  });
  return { page, errors };
}

/**
 * Invokes a function the way Excel does, through the runtime's native bridge (a page opened
 * with `excelHost`): an invocation message [id, function id, parameter values, address, flags],
 * and the result the runtime sends back. An error cell is given as Excel serialises it,
 * `{ type: 'CustomFunctionError', code }`; with ALLOW_ERROR_FLAG the runtime turns it into a
 * CustomFunctions.Error before calling the function (CustomFunctionProxy._transferCustomFunctionError).
 */
export async function invoke(
  page: Page,
  invocationId: number,
  functionId: string,
  parameterValues: unknown[],
  flags = ALLOW_ERROR_FLAG,
): Promise<{ ok: boolean; value: unknown }> {
  await page.evaluate(
    ({ message }) => {
      const excel = (window as unknown as { __excel: { onMessageFromHost(text: string): void } }).__excel;
      // One generic-message entry: category 1 (custom functions), type 1000 (invocation).
      excel.onMessageFromHost(
        JSON.stringify({ type: 3, message: { entries: [[1, 1000, '', JSON.stringify(message), 1]] } }),
      );
    },
    { message: [invocationId, functionId, parameterValues, 'Sheet1!E5', flags] },
  );
  const handle = await page.waitForFunction(
    (id) => (window as unknown as { __results: Map<number, unknown> }).__results.get(id),
    invocationId,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as { ok: boolean; value: unknown };
}
