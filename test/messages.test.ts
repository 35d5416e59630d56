/**
 * What an officer reads is in the officer's words: no message of the command line names an
 * internal function ("parseLocaleNumber: …", "parseTarget: …"). A file with a bad cell of every
 * kind is checked and reported in both languages, as text and as --json, and every message is
 * scanned for the names the core exports (as a "name:" prefix, and camel-case names anywhere)
 * and for the error's own `function` field, which programs read instead.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@chitieu/core';
import { afterAll, describe, expect, it } from 'vitest';
import { cliIn } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const chitieu = cliIn(dir);

const HEADER = 'code,indicator_vi,indicator_en,unit,direction,kind,target,period,value,source,note,figure_status';
/** One bad cell per row, of every kind the reader refuses (and the "8.1" of the issue). */
const ROWS = [
  'a,Tỷ lệ A,A,%,higher,rate,95% trở lên,2024,8.1,s,,',
  'b,Tỷ lệ B,B,%,higher,rate,95 phần trăm,2024,90,s,,',
  'c,Tỷ lệ C,C,%,lên,rate,95% trở lên,2024,90,s,,',
  'd,Tỷ lệ D,D,%,higher,tỷ số,95% trở lên,2024,90,s,,',
  'e,Tỷ lệ E,E,%,higher,rate,95% trở lên,năm 2024,90,s,,',
  'f,Tỷ lệ F,F,%,higher,rate,95% trở lên,2024,"93,8*",s,,',
  'g,Tỷ lệ G,G,%,higher,rate,95% trở lên,Ước 2024,90,s,,sơ bộ',
  'h,Tỷ lệ H,H,%,lower,rate,95% trở lên,2024,90,s,,',
  'i,Tỷ lệ I,I,%,higher,rate,"8.56% trở lên",2024,90,s,,',
  'j,Số J,J,người,higher,count,,2024,-5,s,,',
  'k,Tỷ lệ K,K,%,higher,rate,,2024,1e999,s,,',
];

/** The names of the core's functions: a message must not be prefixed with one, nor hold a camel-case one. */
const NAMES = Object.entries(core)
  .filter(([, value]) => typeof value === 'function')
  .map(([name]) => name);
const prefixed = new RegExp(`(^|[\\s("'])(${NAMES.join('|')}):`, 'u');
const camel = new RegExp(`\\b(${NAMES.filter((n) => /[a-z][A-Z]/.test(n)).join('|')})\\b`, 'u');

describe('no message names an internal function', () => {
  const input = join(dir, 'bad.csv');
  writeFileSync(input, `${HEADER}\n${ROWS.join('\n')}\n`);

  it('the scan knows the core names and finds them', () => {
    expect(NAMES).toEqual(expect.arrayContaining(['parseLocaleNumber', 'parseTarget', 'cagr', 'termVerdict']));
    expect(prefixed.test("parseLocaleNumber: cannot read '8.1'")).toBe(true);
    expect(prefixed.test("(parseTarget: cannot read '8.56%')")).toBe(true);
    expect(camel.test('see termVerdict for the rule')).toBe(true);
    expect(prefixed.test('the share of the total: 10%')).toBe(false);
  });

  it.each(['vi', 'en'] as const)('check and report, as text and --json (%s)', async (lang) => {
    const messages: string[] = [];
    for (const json of [false, true]) {
      const extra = json ? ['--json'] : [];
      const check = await chitieu('check', input, '--lang', lang, ...extra);
      const report = await chitieu(
        'report',
        '-t',
        'term-review',
        '-d',
        input,
        '-o',
        join(dir, 'out.xlsx'),
        '--lang',
        lang,
        ...extra,
      );
      expect(check.code).toBe(2);
      expect(report.code).toBe(2);
      if (json)
        for (const out of [check.out, report.out])
          messages.push(
            ...JSON.parse(out).problems.map((p: { message: { vi: string; en: string } }) => p.message[lang]),
          );
      else messages.push(...`${check.out}\n${check.err}\n${report.out}\n${report.err}`.split('\n'));
    }
    // Every bad row is reported: the scan reads real messages, one or more per row.
    for (const row of [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
      expect(messages.join('\n')).toMatch(new RegExp(`\\b${row}\\b`));
    const named = messages.filter((m) => prefixed.test(m) || camel.test(m));
    expect(named).toEqual([]);
    // "8.1" under the Vietnamese reading says why in the officer's words.
    const eight = messages.find((m) => m.includes("'8.1'") || m.includes('"8.1"'));
    expect(eight, 'the message about 8.1').toBeDefined();
    expect(eight).toMatch(lang === 'vi' ? /dấu chấm|8,1/ : /dot|8,1/);
  });

  it("the core's errors keep the function in a field of their own", () => {
    const error = core.parseLocaleNumber('8.1', 'vi');
    expect(core.isChitieuError(error) && error.function).toBe('parseLocaleNumber');
    expect(core.isChitieuError(error) && error.message.vi).not.toMatch(prefixed);
  });
});
