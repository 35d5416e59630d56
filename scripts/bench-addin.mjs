// Measures the Excel add-in in headless Chromium (`npm run bench`, after scripts/bench.mjs):
// - load: time from navigation start to the last of the 21 CHITIEU functions associated, with
//   Microsoft's custom functions runtime (the page, office.js stand-in and bundle are served from
//   127.0.0.1 by the browser-test harness; nothing comes from the network);
// - one spill call of CHITIEU.ATTAINMENT over 100,000 rows (two 100,000×1 ranges), against
//   100,000 single-cell calls of the same function on the same data (a column of formulas).
// Timings run inside the page (performance.now), so they exclude the test driver; they also
// exclude Excel's own cost per call, which makes the real gap of single-cell calls larger still.
// Writes its figures between the bench:addin markers of docs/benchmarks.md, keeping the rest.
// Run with: node --import tsx scripts/bench-addin.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openFunctionsPage, serve } from '../addin/test/browser/harness.ts';

const ROWS = 100_000;
const LOADS = 5;
const root = join(import.meta.dirname, '..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const served = await serve();
const browser = await launch();
try {
  const loads = [];
  let page;
  for (let k = 0; k < LOADS; k++) {
    if (page) await page.close();
    ({ page } = await openFunctionsPage(browser, served.origin, 'en-US'));
    await page.waitForFunction(() => window.__associated?.size === 21, undefined, { timeout: 60_000 });
    loads.push(await page.evaluate(() => window.__associatedAt));
  }
  const timings = await page.evaluate((rows) => {
    const fn = window.__associated.get('ATTAINMENT');
    const actual = Array.from({ length: rows }, (_, i) => [50 + (i % 100)]);
    const target = Array.from({ length: rows }, (_, i) => [100 + (i % 7)]);
    const spill = [];
    for (let r = 0; r < 7; r++) {
      const t0 = performance.now();
      const out = fn(actual, target);
      spill.push(performance.now() - t0);
      if (out.length !== rows) throw new Error('spill has the wrong size');
    }
    const single = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      for (let i = 0; i < rows; i++) fn([actual[i]], [target[i]]);
      single.push(performance.now() - t0);
    }
    return { spill, single };
  }, ROWS);
  await page.close();
  const load = median(loads);
  const spill = median(timings.spill);
  const single = median(timings.single);
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (script: \`scripts/bench-addin.mjs\`), headless Chromium ${browser.context.browser()?.version() ?? ''}, Node ${process.version}; medians.`,
    '',
    '| measure | time |',
    '|---|---|',
    `| page load to all 21 functions associated (${LOADS} loads) | ${load.toFixed(0)} ms |`,
    `| one spill call, ${ROWS.toLocaleString('en-US')} rows (\`=CHITIEU.ATTAINMENT(A1:A100000, B1:B100000)\`) | ${spill.toFixed(1)} ms |`,
    `| ${ROWS.toLocaleString('en-US')} single-cell calls (a column of \`=CHITIEU.ATTAINMENT(A1, B1)\`) | ${single.toFixed(1)} ms |`,
    `| ratio single-cell / spill | ${(single / spill).toFixed(1)}× |`,
  ];
  const file = join(root, 'docs', 'benchmarks.md');
  const start = '<!-- bench:addin:start -->';
  const end = '<!-- bench:addin:end -->';
  let doc = readFileSync(file, 'utf8');
  if (!doc.includes(start)) {
    doc = `${doc.trimEnd()}\n\n## Excel add-in: load and spill in headless Chromium\n\n\`npm run bench\` (script: \`scripts/bench-addin.mjs\`) loads the built add-in with Microsoft's custom\nfunctions runtime and times, inside the page: page load to all functions associated; one spill\ncall over 100,000 rows; 100,000 single-cell calls of the same function (what a column of\nformulas costs, before Excel's own cost per call, which only widens the gap).\n\n${start}\n${end}\n`;
  }
  doc = doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${lines.join('\n')}\n${end}`);
  writeFileSync(file, doc);
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await served.close();
}
