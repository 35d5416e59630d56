import { describe, expect, it } from 'vitest';
import { checkRange, convertedValues } from '../src/taskpane/check.js';
import { freeName } from '../src/taskpane/excel.js';
import { cellOf, columnLetter, sheetOf } from '../src/taskpane/address.js';
import { fillOptions, makeLayout, sentenceWrites } from '../src/taskpane/report.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@chitieu/input';
import { langOf } from '../src/functions/language.js';
import { inNamespace, NAMESPACE } from '../src/taskpane/namespace.js';

describe('task pane logic (plain Node)', () => {
  it('follows the display language: any vi tag is Vietnamese, anything else English', () => {
    expect(['vi', 'vi-VN', 'VI-vn', 'vi_VN'].map(langOf)).toEqual(['vi', 'vi', 'vi', 'vi']);
    expect(['en-US', 'fr-FR', 'video', undefined, 42].map(langOf)).toEqual(['en', 'en', 'en', 'en', 'en']);
  });

  it('writes formulas in the namespace of its edition: CHITIEU as the templates write, or the development one', () => {
    expect(NAMESPACE, 'outside a build').toBe('CHITIEU');
    const formula = 'IF(ISNUMBER(C5),CHITIEU.ATTAINMENT(C5,D5)*CHITIEU.GAP(C5,D5),"CHITIEU")';
    expect(inNamespace(formula)).toBe(formula);
    expect(inNamespace(formula, 'CHITIEUDEV')).toBe(
      'IF(ISNUMBER(C5),CHITIEUDEV.ATTAINMENT(C5,D5)*CHITIEUDEV.GAP(C5,D5),"CHITIEU")',
    );
  });

  it('the sentences of an inserted table go under it, on the rows of its own assessment section, one per indicator', () => {
    const csv = readFileSync(join(__dirname, '..', '..', 'data', 'thai-binh-2020-2025.csv'), 'utf8');
    const input = { name: 'Số liệu', values: parseCsv(csv).map((r) => r.cells) };
    const outcome = makeLayout('term-review', input, '2021-2025', 'vi');
    if (!outcome.ok) throw new Error(outcome.problems);
    // The term review carries its assessment: the sentences are written over it, never a second copy.
    const heading = outcome.layout.cells.find((c) => c.value === 'Nhận xét' && c.column === 1)!;
    const writes = sentenceWrites(outcome.layout);
    expect(writes[0]).toEqual({ address: `A${heading.row}`, value: 'Nhận xét' });
    expect(writes).toHaveLength(outcome.layout.table.length + 1);
    // The live table's cached values are the core's: the same sentence as the .xlsx and the .docx.
    expect(writes[1].value).toBe(
      'Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2024 ước đạt 7,64%/năm, bằng 76,4% mục tiêu Nghị quyết; để hoàn thành mục tiêu, năm 2025 cần tăng 19,97%, khó đạt.',
    );
    expect(writes.at(-1)?.address).toBe(`A${heading.row + writes.length - 1}`);
  });

  it('addresses: letters, cells and sheet names', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(cellOf("'Số liệu'!$AB$12")).toEqual({ col: 27, row: 11 });
    expect(sheetOf("'Bob''s'!A1")).toBe("Bob's");
    expect(sheetOf('A1')).toBeUndefined();
  });

  it('a new sheet never takes a used name', () => {
    expect(freeName('Report', new Set(['Sheet1']))).toBe('Report');
    expect(freeName('Report', new Set(['Report', 'Report (2)']))).toBe('Report (3)');
    expect(freeName('x'.repeat(40), new Set()).length).toBe(31);
  });

  it('the period field means a term, a year or a quarter depending on the template', () => {
    // Issue 7: nhiệm kỳ 2020-2025 and giai đoạn 2021-2025 are one term.
    const term = { baseYear: 2020, firstYear: 2021, lastYear: 2025, years: 5 };
    expect(fillOptions('term-review', '2020-2025')).toEqual({ term });
    expect(fillOptions('term-review', '2021-2025')).toEqual({ term });
    expect(fillOptions('term-review', '2021-2023')).toBeNull();
    expect(fillOptions('term-review', '2024')).toBeNull();
    expect(fillOptions('annual-plan', ' 2024 ')).toEqual({ year: 2024 });
    expect(fillOptions('quarterly', '2025-Q3')).toEqual({ year: 2025, quarter: 3 });
    expect(fillOptions('coverage', '2024')).toEqual({ period: '2024' });
    expect(fillOptions('annual-plan', '')).toEqual({});
    expect(fillOptions('annual-plan', 'năm ngoái')).toBeNull();
  });

  it('an input table with problems is not laid out: the problems are listed with their row', () => {
    const outcome = makeLayout(
      'annual-plan',
      {
        name: 'Số liệu',
        values: [
          ['code', 'indicator_vi'],
          ['x', 'y'],
        ],
      },
      '',
      'en',
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.length).toBeGreaterThan(10);
    const badPeriod = makeLayout('term-review', { name: 'S', values: [] }, '2024', 'vi');
    expect(badPeriod).toEqual({
      ok: false,
      problems: '"2024" không phải là kỳ hợp lệ cho biểu này (ví dụ: 2020-2025)',
    });
  });

  it('the range check finds text numbers, blanks, rates above 100% and bases not above 0, by address', () => {
    const range = {
      address: 'Data!C3',
      values: [
        ['Indicator', 'Previous', 'Rate'],
        ['GRDP', '20.000', 0.95],
        ['Jobs', -1, 1.05],
        ['', '', ''],
      ],
      numberFormat: [
        ['@', 'General', 'General'],
        ['@', 'General', '0%'],
        ['@', 'General', '0%'],
        ['@', 'General', '0%'],
      ],
    };
    const findings = checkRange(range);
    expect(findings.map((f) => [f.address, f.kind])).toEqual([
      ['Data!D4', 'textNumber'],
      ['Data!D5', 'baseNotPositive'],
      ['Data!E5', 'rateAbove100'],
    ]);
    expect(findings[0].number).toBe(20000);
    expect(convertedValues(range, findings)[1]).toEqual(['GRDP', 20000, 0.95]);
  });
});
