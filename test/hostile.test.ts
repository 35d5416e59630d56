/**
 * The hostile-input suite (issue 12): files built here, in memory, to break the reader or the
 * machine. For each, the documented exit code and reason, a sentence (never a JavaScript
 * message), the input's bytes unchanged, nothing written and no file left behind. Limits are
 * lowered by their flags so that every file stays small; one case runs in a child process under a
 * memory ceiling with the default limits.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as core from '../packages/core/src/index.js';
import { cliIn, hash } from './support/cli.js';
import { columnLetter, type Problem } from '@chitieu/input';
import { layoutTemplate, templates } from '@chitieu/templates';
import { readInput } from '@chitieu/input/files';
import { reportWorkbook } from '@chitieu/templates/excel';
import { toCsv, termReviewRows } from './support/reportData.js';
import { bombSheet, inlineRow, sheetPart, workbookParts, zip } from './support/workbookBytes.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = join(import.meta.dirname, '..', 'data', 'thai-binh-2020-2025.csv');
const HEADER = readFileSync(SAMPLE, 'utf8').split('\n')[0].split(',');
const GOOD = readFileSync(SAMPLE, 'utf8').split('\n')[1];

const chitieu = cliIn(dir);

let counter = 0;
function file(name: string, content: string | Buffer): string {
  const path = join(dir, `${counter++}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** No message of ours may be a JavaScript one. */
const JAVASCRIPT =
  /Cannot read propert|undefined|TypeError|RangeError|Invalid string length|call stack|ENOENT|EISDIR|EACCES/;

/**
 * `report` and `check` on a hostile input: exit 2 with `reason`, messages in both languages free
 * of JavaScript, the input unchanged, nothing written, nothing left in the folder.
 */
async function refused(input: string, reason: string, extra: string[] = []) {
  const before = existsSync(input) && !input.endsWith('/') ? safeHash(input) : null;
  const listing = readdirSync(dir).sort();
  const out = join(dir, `out-${counter++}.xlsx`);
  const report = await chitieu('report', '-t', 'term-review', '-d', input, '-o', out, '--json', ...extra);
  expect(report.code, report.out + report.err).toBe(2);
  const body = JSON.parse(report.out);
  expect(body.problems.map((p: { reason: string }) => p.reason)).toContain(reason);
  for (const p of body.problems) {
    expect(p.message.vi).not.toMatch(JAVASCRIPT);
    expect(p.message.en).not.toMatch(JAVASCRIPT);
  }
  const check = await chitieu('check', input, ...extra);
  expect(check.code).toBe(2);
  expect(check.err).not.toMatch(JAVASCRIPT);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dir).sort()).toEqual(listing);
  if (before !== null) expect(safeHash(input)).toBe(before);
  return body.problems as Array<{ reason: string; row: number | null; column: string | null; message: { en: string } }>;
}

function safeHash(path: string): string | null {
  try {
    return hash(path);
  } catch {
    return null;
  }
}

const csv = (...lines: string[]) => `${HEADER.join(',')}\n${lines.join('\n')}\n`;
const workbook = (rows: Buffer | string, sheetName?: string) => zip([...workbookParts(sheetName), sheetPart(rows)]);

describe('the input is sacred', () => {
  it('a symlink, a hard link or a symlinked folder to the input is the input: refused even with --force', async () => {
    const input = file('in.csv', readFileSync(SAMPLE));
    const before = hash(input);
    const link = join(dir, `${counter++}-link.csv`);
    symlinkSync(input, link);
    const hard = join(dir, `${counter++}-hard.xlsx`);
    linkSync(input, hard);
    const folder = join(dir, `${counter++}-folder`);
    symlinkSync(dir, folder);
    for (const [data, out] of [
      [link, input],
      [input, link],
      [input, hard],
      [input, join(folder, input.split('/').pop()!)],
    ]) {
      const result = await chitieu('report', '-t', 'term-review', '-d', data, '-o', out, '--force', '--lang', 'en');
      expect(result.code).toBe(1);
      expect(result.err).toContain('is the input file');
      expect(hash(input)).toBe(before);
    }
  });

  it('demo never replaces its --data, even when it is one of the files the demo writes', async () => {
    const folder = join(dir, `${counter++}-demo`);
    mkdirSync(folder);
    const input = join(folder, 'term-review.live.xlsx');
    writeFileSync(input, readFileSync(join(import.meta.dirname, 'fixtures', 'workbooks', 'openpyxl-text.xlsx')));
    const before = hash(input);
    const result = await chitieu('demo', '--data', input, '--out-dir', folder, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.err).toContain('the input is never overwritten');
    expect(hash(input)).toBe(before);
  });

  it("a killed run's temporary file is removed by the next write; a live writer's is left alone", async () => {
    const out = join(dir, `${counter++}-report.xlsx`);
    const name = out.split('/').pop();
    // A pid that cannot exist (above Linux's maximum) stands for a run killed with SIGKILL.
    const stale = join(dir, `.${name}.chitieu-99999999-0123456789ab.tmp`);
    const live = join(dir, `.${name}.chitieu-${process.ppid}-0123456789ab.tmp`);
    writeFileSync(stale, '');
    writeFileSync(live, '');
    expect((await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', out)).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith(`.${name}`) && f !== live.split('/').pop())).toEqual([]);
    rmSync(live);
  });

  it('SIGTERM or SIGINT during the write: the temporary file is removed, exit 128 + signal', async () => {
    // A preload makes writeFile (a whole workbook) and createWriteStream (a streamed one) create
    // the temporary file and then hang, so the signal is sure to arrive mid-write (the built bin:
    // npm test builds first).
    const hang = [
      "import fs from 'node:fs';",
      "import fsp from 'node:fs/promises';",
      "import { Writable } from 'node:stream';",
      "import { syncBuiltinESMExports } from 'node:module';",
      'const write = fsp.writeFile;',
      "const created = (p) => { process.stdout.write('TMP ' + p + '\\n'); setInterval(() => {}, 1000); };",
      "fsp.writeFile = async (p, d, o) => { await write(p, '', o); created(p); await new Promise(() => {}); };",
      "fs.createWriteStream = (p, o) => { fs.writeFileSync(p, '', { flag: 'wx' }); created(p); return new Writable({ write() {} }); };",
      'syncBuiltinESMExports();',
    ].join('\n');
    const bin = join(import.meta.dirname, '..', 'packages', 'cli', 'dist', 'main.js');
    for (const [signal, code] of [
      ['SIGTERM', 143],
      ['SIGINT', 130],
    ] as const) {
      const out = join(dir, `${counter++}-killed.xlsx`);
      const child = spawn(process.execPath, [
        '--import',
        `data:text/javascript,${encodeURIComponent(hang)}`,
        bin,
        'report',
        '-t',
        'term-review',
        '-d',
        SAMPLE,
        '-o',
        out,
      ]);
      let temporary = '';
      const exit = await new Promise<number | null>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const match = /TMP (\S+)/.exec(chunk.toString());
          if (match) {
            temporary = match[1];
            expect(existsSync(temporary)).toBe(true);
            child.kill(signal);
          }
        });
        child.on('exit', (status) => resolve(status));
      });
      expect(temporary).toContain('.chitieu-');
      expect(exit).toBe(code);
      expect(existsSync(temporary)).toBe(false);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('a folder, a missing file and (not as root) an unreadable file are sentences, exit 2', async () => {
    const folder = join(dir, `${counter++}-data.csv`);
    mkdirSync(folder);
    expect((await refused(folder, 'unreadable-file'))[0].message.en).toContain('a folder');
    expect((await refused(join(dir, 'nowhere.csv'), 'unreadable-file'))[0].message.en).toContain('no such file');
    if (process.getuid?.() !== 0) {
      const locked = file('locked.csv', readFileSync(SAMPLE));
      chmodSync(locked, 0);
      expect((await refused(locked, 'unreadable-file'))[0].message.en).toContain('permission denied');
    }
  });
});

describe('outputs that cannot be written', () => {
  it('--out naming a folder: exit 5 with a sentence, no temporary file left', async () => {
    const folder = join(dir, `${counter++}-folder.xlsx`);
    mkdirSync(folder);
    const listing = readdirSync(dir).sort();
    const result = await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', folder, '--force', '--lang', 'en');
    expect(result.code).toBe(5);
    expect(result.err).toContain('this is a folder');
    expect(readdirSync(dir).sort()).toEqual(listing);
  });
});

describe('no silent misreads: CSV', () => {
  it('an unclosed quote is an error at the row it opens, with the line', async () => {
    const lines = readFileSync(SAMPLE, 'utf8').trim().split('\n').slice(1);
    lines[1] = lines[1].replace(',first estimate', ',"first estimate');
    const problems = await refused(file('quote.csv', csv(...lines)), 'malformed-csv');
    expect(problems[0].row).toBe(3);
    expect(problems[0].message.en).toMatch(/quote/);
  });

  it('an unquoted decimal comma (6,68) makes a row longer than the header: an error with the line', async () => {
    const line = 'grdp_growth,Tốc độ tăng trưởng GRDP,GRDP growth,%,higher,growth,10% trở lên,2021,6,68,src,note';
    const problems = await refused(file('comma.csv', csv(GOOD, line)), 'malformed-csv');
    expect(problems[0].row).toBe(3);
    expect(problems[0].message.en).toContain('6,68');
  });

  it('a row shorter than the header, two value columns, an unknown column: errors with row and column', async () => {
    await refused(file('short.csv', csv(GOOD, 'grdp_growth,GRDP')), 'malformed-csv');
    const twice = `${HEADER.join(',')},value\n${GOOD},1\n`;
    // The second `value` is the column after the header's last.
    expect((await refused(file('twice.csv', twice), 'duplicate-column'))[0].column).toBe(
      columnLetter(HEADER.length + 1),
    );
    const unknown = `${HEADER.join(',')},valeu\n${GOOD},1\n`;
    expect((await refused(file('unknown.csv', unknown), 'unknown-column'))[0].message.en).toContain('valeu');
  });
});

describe('no silent misreads, no JavaScript messages: .xlsx', () => {
  it('invalid UTF-8 inside a cell is an error at that cell', async () => {
    const rows = Buffer.concat([
      Buffer.from(inlineRow(1, HEADER)),
      Buffer.from('<row r="2"><c r="A2" t="inlineStr"><is><t>grdp'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('</t></is></c></row>'),
    ]);
    const problems = await refused(file('utf8.xlsx', workbook(rows)), 'bad-encoding');
    expect(problems[0].message.en).toContain('A2');
  });

  it('an encrypted workbook (OLE2), an empty zip, damaged XML, a DOCTYPE: each its sentence', async () => {
    const ole2 = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]);
    expect((await refused(file('secret.xlsx', ole2), 'encrypted-workbook'))[0].message.en).toContain(
      'password-protected or an old .xls',
    );
    expect((await refused(file('empty.xlsx', zip([])), 'empty-file'))[0].message.en).toContain('empty zip');
    const damaged = workbook(`${inlineRow(1, HEADER)}<row r="2"><c r="A2"><v>1</c></row>`);
    expect((await refused(file('damaged.xlsx', damaged), 'unreadable-file'))[0].message.en).toContain(
      'xl/worksheets/sheet1.xml',
    );
    const laughs = zip([
      ...workbookParts(),
      {
        name: 'xl/worksheets/sheet1.xml',
        data: Buffer.from('<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">]><worksheet>&a;</worksheet>'),
      },
    ]);
    expect((await refused(file('laughs.xlsx', laughs), 'unreadable-file'))[0].message.en).toContain('DOCTYPE');
  });
});

describe('bounded resources: limits checked while reading, each naming its flag', () => {
  it('a declared row 4294967294 is refused from its tag', async () => {
    const input = file(
      'far.xlsx',
      workbook(`${inlineRow(1, HEADER)}<row r="4294967294"><c r="A4294967294"><v>1</v></c></row>`),
    );
    const problems = await refused(input, 'limit-exceeded');
    expect(problems[0].message.en).toContain('--max-rows');
  });

  it('rows, columns, cell length and years beyond their limits', async () => {
    const rows = Array.from({ length: 30 }, (_, k) => inlineRow(k + 2, ['x'])).join('');
    expect(
      (
        await refused(file('rows.xlsx', workbook(inlineRow(1, HEADER) + rows)), 'limit-exceeded', ['--max-rows', '20'])
      )[0].message.en,
    ).toContain('--max-rows');
    const wide = workbook(`${inlineRow(1, HEADER)}<row r="2"><c r="XFD2"><v>1</v></c></row>`);
    expect((await refused(file('wide.xlsx', wide), 'limit-exceeded'))[0].message.en).toContain('--max-columns');
    const long = workbook(inlineRow(1, HEADER) + inlineRow(2, ['x'.repeat(200)]));
    expect(
      (await refused(file('cell.xlsx', long), 'cell-too-long', ['--max-cell-chars', '100']))[0].message.en,
    ).toContain('A2');
    const csvRows = Array.from({ length: 30 }, () => 'x').join('\n');
    await refused(file('rows.csv', `${HEADER.join(',')}\n${csvRows}\n`), 'limit-exceeded', ['--max-rows', '20']);
    const years = toCsv(termReviewRows(1, 1, 1))
      .replace(/,2021,/, ',1000,')
      .replace(/,2022,/, ',9999,');
    expect((await refused(file('years.csv', years), 'limit-exceeded'))[0].message.en).toContain('--max-years');
  });

  it('a zip bomb is refused at the budget, whatever the archive declares', async () => {
    const honest = file('bomb.xlsx', zip([...workbookParts(), bombSheet(64)]));
    expect((await refused(honest, 'limit-exceeded', ['--max-unzipped', '8']))[0].message.en).toContain(
      '--max-unzipped',
    );
    const liar = bombSheet(64);
    liar.declaredSize = 1000;
    await refused(file('liar.xlsx', zip([...workbookParts(), liar])), 'limit-exceeded', ['--max-unzipped', '8']);
  });

  it('a 2 GB bomb under the default limits stays under a 300 MB heap, in a child process', () => {
    const bomb = file('big-bomb.xlsx', zip([...workbookParts(), bombSheet(2048)]));
    const script = `
      const { run } = await import(${JSON.stringify(join(import.meta.dirname, '..', 'packages', 'cli', 'dist', 'run.js'))});
      const code = await run(['check', ${JSON.stringify(bomb)}, '--json'], { out: () => {}, err: () => {}, errIsTTY: false, cwd: '/' });
      const { readFileSync } = await import('node:fs');
      // VmHWM: this process's own peak (maxRSS would carry over the test runner's, across fork and exec).
      const peak = Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? process.resourceUsage().maxRSS);
      process.stdout.write(JSON.stringify({ code, maxRss: peak }));`;
    const child = spawnSync(process.execPath, ['--max-old-space-size=300', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(0);
    const { code, maxRss } = JSON.parse(child.stdout);
    expect(code).toBe(2);
    expect(maxRss / 1024).toBeLessThan(500); // MB: the 200 MB budget, inflated once, plus Node itself
  });
});

describe('files Excel can open', () => {
  it('--term 2000-2100 is no term (refused with its reason, exit 1); a formula beyond Excel limits is an error with the cell; a 100,000-character --province is cut with a warning', async () => {
    const out = join(dir, `${counter++}-term.xlsx`);
    // A term is five plan years (issue 7): a century is refused before anything is laid out.
    const wide = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      SAMPLE,
      '-o',
      out,
      '--term',
      '2000-2100',
      '--lang',
      'en',
    );
    expect(wide.code).toBe(1);
    expect(wide.err).toContain('spans 101 years');
    expect(existsSync(out)).toBe(false);
    // The renderer still refuses any formula past Excel's limits, naming the cell.
    const read = await readInput(SAMPLE);
    const layout = layoutTemplate(templates['term-review'], read.dataset, { mode: 'portable', lang: 'en' });
    const target = layout.cells.find((c) => c.formula !== undefined)!;
    target.formula = `${'IF(TRUE,'.repeat(70)}1${')'.repeat(70)}`;
    const problems: Problem[] = [];
    reportWorkbook(layout, problems);
    expect(problems.map((p) => [p.reason, p.row, p.column])).toEqual([
      ['formula-too-long', target.row, expect.any(String)],
    ]);
    const long = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      SAMPLE,
      '-o',
      out,
      '--province',
      'x'.repeat(100_000),
      '--json',
    );
    expect(long.code).toBe(0);
    expect(JSON.parse(long.out).warnings[0].reason).toBe('text-truncated');
  });
});

describe('core columns: holes, huge lengths, extreme years', () => {
  it('a hole in a list of columns is the same #VALUE! as an explicit undefined, never a TypeError', () => {
    const holed: unknown[] = [];
    holed[1] = [0.05];
    for (const columns of [holed, new Array(3), [undefined, [0.05]]]) {
      for (const answer of [
        core.averageGrowth.array(columns as never),
        core.averageGrowthDetail.array(columns as never),
        core.requiredAverageGrowth.array(0.07, 5, columns as never),
        core.contributions.array(columns as never, columns as never),
      ]) {
        expect(answer).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
      }
    }
  });

  it('a sparse column of length 2^32 - 1 (above the maximum of 2^24 rows) is a typed error at once, not a hang or an allocation failure', () => {
    const huge = new Array(2 ** 32 - 1);
    expect(core.attainment.array(huge, 1)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(core.averageGrowth.array([huge])).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
  });

  it('a column of blanks no longer exhausts memory: 1.5M blank rows of attainment, 0.5M of structure, under a 128 MB heap', () => {
    // Before: one fresh error object per blank row (1e7 rows: 3.7 GB); both runs died here.
    const script = `
      const core = await import(${JSON.stringify(join(import.meta.dirname, '..', 'packages', 'core', 'dist', 'index.js'))});
      const blanks = (n) => new Array(n).fill(null);
      const a = core.attainment.array(blanks(1_500_000), 10);
      const s = core.structure.array([blanks(500_000), blanks(500_000)]);
      process.stdout.write(JSON.stringify([a.errors.size, a.errors.get(7).reason, s[0].errors.size]));`;
    const child = spawnSync(process.execPath, ['--max-old-space-size=128', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(child.status, child.stderr.slice(0, 500)).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual([1_500_000, 'no-data', 500_000]);
  });

  it('onTrack and projectedAttainment agree on a target year of 1e16: #NUM!, not "deterioration" of an improving series', () => {
    const input = { baseValue: 100, baseYear: 2020, latestValue: 115, latestYear: 2023, target: 130, targetYear: 1e16 };
    expect(core.onTrack(input)).toMatchObject({ code: '#NUM!' });
    expect(core.projectedAttainment(input)).toMatchObject({ code: '#NUM!' });
  });
});
