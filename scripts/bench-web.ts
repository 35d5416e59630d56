// npm run bench (web page part): the built page (packages/web/dist/index.html) opened from disk in
// Debian's Chromium: its load time (navigation to the page ready for a file), the time from giving
// it a file to the report shown (read, check, layout, .xlsx, table, sentences, chart) for the sample
// and for a 100,000-row input, against the CLI in process (run(): read, check, layout, write the
// .xlsx) on the same files in the same run; and the gzipped size of everything the page loads.
// Medians of the runs. Results go to the console and into docs/benchmarks.md between the web markers.
// Run: node --import tsx scripts/bench-web.ts (after npm run build)
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cliIn } from '../test/support/cli.js';
import { termReviewRows, toCsv } from '../test/support/reportData.js';
import { feedWebPage, launchWebPage, WEB_PAGE, WEB_PAGE_URL } from '../test/support/webPage.js';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const here = dirname(fileURLToPath(import.meta.url));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-web-'));
const sample = join(dir, 'thai-binh-2020-2025.csv');
copyFileSync(join(here, '..', 'data', 'thai-binh-2020-2025.csv'), sample);
const big = join(dir, 'lon-100000.csv');
/** Areas × 10 indicators, about 100,000 rows (each area-indicator has its base year, term years and term row). */
const perArea = termReviewRows(1, 10).length;
writeFileSync(big, toCsv(termReviewRows(Math.ceil(100_000 / perArea), 10)));
const rowsOf = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n').length - 1;
const bigRows = rowsOf(big);

const browser = await launchWebPage('vi-VN');
const chitieu = cliIn(dir);
const results: string[] = [];
try {
  const loads: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const page = await browser.context.newPage();
    const start = performance.now();
    await page.goto(WEB_PAGE_URL);
    await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
    loads.push(performance.now() - start);
    await page.close();
  }
  const gzip = gzipSync(readFileSync(WEB_PAGE), { level: 9 }).length;
  results.push(
    `| Page load (file://, to ready for a file) | ${median(loads).toFixed(0)} ms | | |`,
    `| What the page loads (one index.html), gzipped | ${(gzip / 1024).toFixed(0)} KB (budget 900 KB) | | |`,
  );
  for (const [label, file, repeats] of [
    [`Sample (thai-binh-2020-2025.csv, ${rowsOf(sample)} rows)`, sample, REPEATS],
    [`${bigRows.toLocaleString('en')}-row input`, big, 1],
  ] as const) {
    const page = await browser.context.newPage();
    await page.goto(WEB_PAGE_URL);
    const web: number[] = [];
    const cli: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      const status = await feedWebPage(page, file);
      web.push(performance.now() - start);
      if (!status.startsWith('Đã lập')) throw new Error(`the page made no report of ${file}: ${status}`);
      await page.reload();
      const cliStart = performance.now();
      const run = await chitieu('report', '-t', 'term-review', '-d', file, '-o', 'out.xlsx', '--force', '--lang', 'vi');
      cli.push(performance.now() - cliStart);
      if (run.code !== 0) throw new Error(run.err);
    }
    results.push(
      `| ${label}: file to report | ${median(web).toFixed(0)} ms | ${median(cli).toFixed(0)} ms | ${(median(web) / median(cli)).toFixed(2)} |`,
    );
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, Debian Chromium headless, medians of ${REPEATS} runs (the large input once).`,
  '',
  '| What | Page | CLI (in process) | Page / CLI |',
  '| --- | --- | --- | --- |',
  ...results,
].join('\n');
console.log(table);
const file = join(here, '..', 'docs', 'benchmarks.md');
const current = readFileSync(file, 'utf8');
const start = '<!-- bench:web:start -->';
const end = '<!-- bench:web:end -->';
const section = `${start}\n${table}\n${end}`;
writeFileSync(
  file,
  current.includes(start)
    ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section)
    : `${current.trimEnd()}\n\n## The web page: load and time to a report\n\nThe page (packages/web) does in a browser what \`chitieu report\` does, with the same code: the reading, checking and .xlsx in a worker, the table, sentences and chart on the page. "File to report" on the page is from giving the file input a file to the report shown, chart included; for the CLI, from the command to the .xlsx written. The page's time also covers copying the file into the worker and drawing the table.\n\n${section}\n`,
);
