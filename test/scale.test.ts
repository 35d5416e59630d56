/**
 * National panels (issue 17): a 300,000-row input read and reported in bounded memory. Each
 * command runs in a child process of its own, whose peak RSS (VmHWM) is compared with a bound;
 * time is never asserted (docs/benchmarks.md measures it). The bounds are the measured peaks with
 * a margin: before the streaming pipeline, `check` needed about 0.9 GB here and `report` 5 GB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoundedZip } from '../packages/input/src/files/zip.js';
import { afterAll, describe, expect, it } from 'vitest';
import { termReviewRows, toCsv } from './support/reportData.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const RUN = join(import.meta.dirname, '..', 'packages', 'cli', 'dist', 'run.js');
const ROWS = 300_000;

/** One CLI run in a fresh process: its exit code, its JSON output and its own peak RSS in MB. */
function measured(argv: string[]): { code: number; out: string; peakMb: number } {
  const script = `
    const { run } = await import(${JSON.stringify(RUN)});
    let out = '';
    const code = await run(${JSON.stringify(argv)}, { out: (t) => void (out += t), err: () => {}, errIsTTY: false, cwd: '/' });
    const { readFileSync } = await import('node:fs');
    const peak = Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
    process.stdout.write(JSON.stringify({ code, out, peakMb: peak / 1024 }));`;
  const text = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return JSON.parse(text);
}

describe('a national panel of 300,000 rows', () => {
  const input = join(dir, 'panel.csv');
  const areas = Math.ceil(ROWS / (40 * 6.5));
  writeFileSync(input, toCsv(termReviewRows(areas, 40).slice(0, ROWS)));

  it('check reads it under 600 MB and finds every row', () => {
    const { code, out, peakMb } = measured(['check', input, '--json', '--max-size', '100', '--max-rows', '400000']);
    expect(code).toBe(0);
    expect(JSON.parse(out).rows).toBe(ROWS);
    expect(peakMb).toBeLessThan(600);
  }, 300_000);

  it('report lays it out and writes it under 1 GB, every indicator row in the file', () => {
    const out = join(dir, 'panel.xlsx');
    const run = measured([
      'report',
      '-t',
      'term-review',
      '-d',
      input,
      '-o',
      out,
      '--json',
      '--max-size',
      '100',
      '--max-rows',
      '400000',
    ]);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.out).rows as number;
    expect(rows).toBeGreaterThan(40_000);
    expect(run.peakMb).toBeLessThan(1024);
    expect(statSync(out).size).toBeGreaterThan(1_000_000);
    // Every data row is there, and the formulas down each column are shared (the sheet's XML,
    // read with the reader's own bounded unzip).
    const xml = new BoundedZip(readFileSync(out), 2 ** 31, '--max-unzipped')
      .read('xl/worksheets/sheet1.xml')!
      .toString('utf8');
    const count = (text: string) => xml.split(text).length - 1;
    expect(count('<row ')).toBeGreaterThan(rows);
    expect(count('<f t="shared" si=')).toBeGreaterThan(rows);
  }, 600_000);
});
