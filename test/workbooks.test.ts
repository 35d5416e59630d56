/**
 * Workbooks written by other tools read exactly like the CSV they were made from (issue 7, item 6;
 * issue 12). The fixtures in test/fixtures/workbooks were produced by the tools themselves
 * (make.sh: Debian's python3-openpyxl, then LibreOffice re-saving them), never edited by hand; the
 * expected values are the embedded sample's CSV rows (data/thai-binh-2020-2025.csv), which the
 * generator wrote into them. Google Sheets and Excel cannot run here: see the README beside them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnyInput } from '../packages/input/src/files/readAnyInput.js';
import { readInput } from '../packages/input/src/files/readInput.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'workbooks');
const SAMPLE = join(import.meta.dirname, '..', 'data', 'thai-binh-2020-2025.csv');

const WRITERS = {
  'openpyxl-text.xlsx': 'openpyxl: text as typed, a comment (absolute part names), a dropdown, a hyperlink',
  'openpyxl-numbers.xlsx': 'openpyxl: figures as numbers, % rows in a percent format',
  'libreoffice-text.xlsx': 'LibreOffice re-saving openpyxl-text.xlsx',
  'libreoffice-numbers.xlsx': 'LibreOffice re-saving openpyxl-numbers.xlsx',
  'libreoffice-formula.xlsx': 'LibreOffice re-saving openpyxl-formula.xlsx: the formula =6.68 computed',
};

describe('workbooks written by openpyxl and LibreOffice read like the CSV they hold', async () => {
  const expected = await readInput(SAMPLE);
  const shape = (r: (typeof expected.dataset.records)[number]) => ({
    row: r.row,
    code: r.code,
    name: r.name,
    unit: r.unit,
    direction: r.direction,
    kind: r.kind,
    targetText: r.targetText,
    period: r.period.text,
    source: r.source,
    note: r.note,
  });
  for (const [name, writer] of Object.entries(WRITERS)) {
    it(`${name} (${writer})`, async () => {
      const read = await readInput(join(FIXTURES, name));
      expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(read.dataset.records.map(shape)).toEqual(expected.dataset.records.map(shape));
      read.dataset.records.forEach((r, k) => {
        const want = expected.dataset.records[k].value;
        if (want === null) expect(r.value).toBeNull();
        // A percent typed as text (6,68) and one stored as the fraction 0.0668 may differ in the last bit.
        else expect(r.value).toBeCloseTo(want, 12);
      });
    });
  }

  it('a formula openpyxl wrote without a computed result is refused at its cell, never read as blank', async () => {
    const read = await readInput(join(FIXTURES, 'openpyxl-formula.xlsx'));
    expect(read.problems).toMatchObject([{ severity: 'error', reason: 'uncomputed-formula', row: 3, column: 'I' }]);
    expect(read.problems[0].message.en).toContain('open it in Excel or LibreOffice and save it again');
    // Read as either layout (check, report -d): still the long layout, still refused at that cell.
    const any = await readAnyInput(join(FIXTURES, 'openpyxl-formula.xlsx'));
    expect(any.wide).toBeUndefined();
    expect(any.problems).toMatchObject([{ severity: 'error', reason: 'uncomputed-formula', row: 3, column: 'I' }]);
  });

  it('a data sheet named beyond 31 characters (openpyxl allows it) is read with --sheet, without warnings', async () => {
    const sheet = 'du lieu chi tieu nhiem ky 2020-2025 tinh Thai Binh';
    const read = await readInput(join(FIXTURES, 'openpyxl-long-sheet-name.xlsx'), { sheet });
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.dataset.records.map(shape)).toEqual(expected.dataset.records.map(shape));
  });
});
