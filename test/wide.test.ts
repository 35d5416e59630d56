/**
 * Wide tables written by other tools (test/fixtures/wide: openpyxl, LibreOffice re-saving them, a
 * CSV as Excel saves it with Vietnamese regional settings) read into the long layout exactly as
 * their hand-written readings in expected/ say: every indicator and period, with its value, unit,
 * group, target, scope, figure status, kind and direction, and nothing else. The bad ones are each
 * refused with their reason and cell. Values are compared within 1e-12 (the reading of a decimal
 * typed by hand is the double nearest it; a percent cell holds its fraction).
 */
import { isChitieuError, parseLocaleNumber } from '@chitieu/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnyInput, readWideFile } from '../packages/input/src/files/readAnyInput.js';
import { parseCsv } from '../packages/input/src/csv.js';
import { readMapping } from '../packages/input/src/wide/mapping.js';
import { scopeOf } from '../packages/input/src/targets.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'wide');

/** Fixture → its expected reading, and how it is read. */
const GOOD: Array<{ file: string; expected: string; table?: number; map?: string; writer: string }> = [
  {
    file: 'openpyxl-annex-economy.xlsx',
    expected: 'annex-economy',
    writer:
      'openpyxl: three merged header rows, column numbers, Roman groups, estimate, plan, term target, comparisons, footnote',
  },
  { file: 'libreoffice-annex-economy.xlsx', expected: 'annex-economy', writer: 'LibreOffice re-saving it' },
  {
    file: 'openpyxl-yearbook.xlsx',
    expected: 'yearbook',
    map: 'openpyxl-yearbook.map.csv',
    writer:
      'openpyxl: a yearbook table, no STT, units in the names, name-only sector rows, a preliminary year, a mapping file',
  },
  {
    file: 'openpyxl-text-numbers.xlsx',
    expected: 'text-numbers',
    writer:
      'openpyxl: numbers typed as text (1.250; 28,5), "–", "Năm 2021", kind and direction columns, a hidden column, a source column',
  },
  { file: 'libreoffice-text-numbers.xlsx', expected: 'text-numbers', writer: 'LibreOffice re-saving it' },
  { file: 'openpyxl-two-tables.xlsx', expected: 'two-tables', writer: 'openpyxl: two tables on one sheet, the first' },
  {
    file: 'openpyxl-two-tables.xlsx',
    expected: 'two-tables.table2',
    table: 2,
    writer: 'the second (--table 2), its unit above it',
  },
  {
    file: 'openpyxl-annual-plan.xlsx',
    expected: 'annual-plan',
    writer: 'openpyxl: an annual plan, the year only in the title, percent cells',
  },
  { file: 'libreoffice-annual-plan.xlsx', expected: 'annual-plan', writer: 'LibreOffice re-saving it' },
  {
    file: 'csv-annex.csv',
    expected: 'csv-annex',
    writer: 'CSV with semicolons and decimal commas, as Excel saves it in Vietnamese settings',
  },
];

interface Expected {
  indicator: string;
  unit: string;
  group: string;
  period: string;
  value: string;
  target: string;
  scope: string;
  status: string;
  kind: string;
  direction: string;
}

function expectedRows(name: string): Expected[] {
  const [header, ...rows] = parseCsv(readFileSync(join(FIXTURES, 'expected', `${name}.csv`), 'utf8'));
  return rows.map((r) => Object.fromEntries(header.cells.map((h, k) => [h, r.cells[k] ?? ''])) as unknown as Expected);
}

/** A hand-written value in the core's convention: "7,12" in a % row is 0.0712. */
function number(text: string, unit: string): number | null {
  if (text === '') return null;
  const n = parseLocaleNumber(unit.startsWith('%') ? `${text}%` : text, 'vi');
  if (isChitieuError(n)) throw new Error(`bad expected value ${text}`);
  return n;
}

describe('wide tables written by other tools read as their hand-written readings', () => {
  let indicatorYears = 0;
  for (const fixture of GOOD) {
    it(`${fixture.file}${fixture.table ? ` table ${fixture.table}` : ''} (${fixture.writer})`, async () => {
      const mapping = fixture.map
        ? readMapping(readFileSync(join(FIXTURES, fixture.map), 'utf8'), fixture.map)
        : undefined;
      expect(mapping?.problems ?? []).toEqual([]);
      const read = await readAnyInput(join(FIXTURES, fixture.file), {
        table: fixture.table,
        mapping: mapping?.entries,
        mappingFile: fixture.map,
      });
      expect(read.problems).toEqual([]);
      expect(read.wide).toBeDefined();
      const expected = expectedRows(fixture.expected);
      const actual = read.dataset.records.map((r) => ({
        indicator: r.name.vi,
        unit: r.unit,
        group: r.group?.vi ?? '',
        period: r.period.text,
        value: r.value,
        target: r.targetText,
        scope: r.target ? (scopeOf(r) ?? '') : '',
        status: r.figureStatus,
        kind: r.kind,
        direction: r.direction,
      }));
      expect(actual.map((a) => `${a.indicator} ${a.period}`)).toEqual(
        expected.map((e) => `${e.indicator} ${e.period}`),
      );
      for (const [k, e] of expected.entries()) {
        const a = actual[k];
        expect({ ...a, value: undefined }, `${e.indicator} ${e.period}`).toEqual({ ...e, value: undefined });
        const want = number(e.value, e.unit);
        if (want === null) expect(a.value).toBeNull();
        else
          expect(Math.abs((a.value ?? NaN) - want), `${e.indicator} ${e.period}`).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(want)),
          );
      }
      indicatorYears += expected.length;
    });
  }
  it('covers every fixture', () =>
    expect(indicatorYears).toBe(GOOD.reduce((n, f) => n + expectedRows(f.expected).length, 0)));

  it('names the original cell in every source, and the estimate column in the note', async () => {
    const read = await readWideFile(join(FIXTURES, 'openpyxl-annex-economy.xlsx'));
    const grdp2024 = read.dataset.records.find(
      (r) => r.name.vi === 'Tốc độ tăng trưởng GRDP' && r.period.text === '2024',
    )!;
    expect(grdp2024.source).toBe('openpyxl-annex-economy.xlsx › Biểu 01!G11');
    expect(grdp2024.note).toBe('ước thực hiện (cột "Ước TH 2024")');
    const text = await readWideFile(join(FIXTURES, 'openpyxl-text-numbers.xlsx'));
    expect(text.dataset.records[0].source).toBe('Sở LĐTBXH; openpyxl-text-numbers.xlsx › So lieu!G6');
    expect(text.wide!.preview.columns.find((c) => c.letter === 'F')).toMatchObject({ hidden: true, role: 'unknown' });
  });

  it('says the sheet holds two tables and which one it read; the other is found by its title too', async () => {
    const read = await readWideFile(join(FIXTURES, 'openpyxl-two-tables.xlsx'));
    expect(read.wide!.preview).toMatchObject({ table: 1, tables: 2, headerRows: { top: 2, bottom: 2 } });
    const second = await readWideFile(join(FIXTURES, 'openpyxl-two-tables.xlsx'), { table: 'nông nghiệp' });
    expect(second.wide!.preview).toMatchObject({
      table: 2,
      tables: 2,
      headerRows: { top: 9, bottom: 9 },
      sheetUnit: 'nghìn tấn',
    });
  });

  it('asks, with the cell, what no rule decides, and never defaults', async () => {
    const read = await readWideFile(join(FIXTURES, 'openpyxl-yearbook.xlsx'));
    expect(read.wide!.questions.map((q) => [q.asks, q.cell])).toEqual([
      ['kind', 'A6'],
      ['direction', 'A6'],
    ]);
    expect(read.problems.filter((p) => p.severity === 'error').map((p) => [p.reason, p.row, p.column])).toEqual([
      ['undecided-kind', 6, 'A'],
      ['undecided-direction', 6, 'A'],
    ]);
  });
});

describe('a wide CSV typed by hand, its lines of different lengths', () => {
  it('is read as a wide table (the long reader would call it malformed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-wide-'));
    const path = join(dir, 'bieu.csv');
    writeFileSync(path, 'BIỂU 3. MÔI TRƯỜNG\nSTT,Chỉ tiêu,ĐVT,2023,2024\n1,Tỷ lệ che phủ rừng,%,"41,5","41,8"\n');
    const read = await readAnyInput(path);
    rmSync(dir, { recursive: true });
    expect(read.problems).toEqual([]);
    expect(read.dataset.records.map((r) => [r.period.text, r.value, r.source])).toEqual([
      ['2023', 0.415, 'bieu.csv › bieu!D3'],
      ['2024', 0.418, 'bieu.csv › bieu!E3'],
    ]);
  });
});

describe('an annex written by a program that does not calculate (openpyxl)', () => {
  it('reads its figures: the formulas with no result are in comparison columns, never read', async () => {
    const read = await readAnyInput(join(FIXTURES, 'openpyxl-formula-comparisons.xlsx'));
    expect(read.problems).toEqual([]);
    expect(read.dataset.records.map((r) => [r.code, r.period.text, r.value, r.group?.vi])).toEqual([
      ['thu_ngan_sach_nha_nuoc', '2023', 15010, 'KINH TẾ'],
      ['thu_ngan_sach_nha_nuoc', '2024', 16700, 'KINH TẾ'],
      ['kim_ngach_xuat_khau', '2023', 2150, 'KINH TẾ'],
      ['kim_ngach_xuat_khau', '2024', 2320, 'KINH TẾ'],
    ]);
  });
});

describe('bad wide tables: each a clear error with its cell, nothing read "mostly"', () => {
  const BAD: Array<[string, string, number, string, RegExp]> = [
    ['bad-two-2023.xlsx', 'duplicate-column', 1, 'F', /E1 \("2023"\) và F1 \("TH 2023"\)/],
    ['bad-year-header.xlsx', 'bad-year-header', 1, 'E', /20233 không phải là năm/],
    ['bad-value-in-group.xlsx', 'value-in-group-row', 2, 'E', /ô E2 có số liệu ở dòng nhóm "I\. Kinh tế"/],
    ['bad-missing-unit.xlsx', 'missing-unit', 3, 'C', /"Kim ngạch xuất khẩu" \(dòng 3\) không có đơn vị tính \(ô C3\)/],
  ];
  for (const [file, reason, row, column, message] of BAD) {
    it(`${file}: ${reason} at ${column}${row}`, async () => {
      const read = await readAnyInput(join(FIXTURES, file));
      const errors = read.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => [p.reason, p.row, p.column])).toEqual([[reason, row, column]]);
      expect(errors[0].message.vi).toMatch(message);
      expect(errors[0].sheet).toBe('Biểu 01');
    });
  }
});
