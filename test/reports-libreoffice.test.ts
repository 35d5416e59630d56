/**
 * The portable reports recalculated by LibreOffice (headless, recalculation forced on load):
 * every formula cell LibreOffice computes equals the cached value the core wrote (relative
 * 1e-9; labels exactly; errors as errors). Every template, both languages, on synthetic data
 * built to reach every branch (each target kind, both directions, blanks) and on the Thái Bình
 * sample. The live files are read back too: same cached values, CHITIEU.* formulas.
 * Needs `soffice` (Debian: libreoffice-calc-nogui); conversions run one at a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { layoutTemplate, templates, type TemplateId } from '@chitieu/templates';
import { type Dataset } from '@chitieu/input';
import { hasLibreOffice, reportWorkbook } from '@chitieu/templates/excel';
import { readInput } from '@chitieu/input/files';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossCheck } from './support/recalc.js';
import { SYNTHETIC } from './support/reportData.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-lo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(id: TemplateId, data: Dataset, mode: 'live' | 'portable', lang: 'vi' | 'en', name: string) {
  const layout = layoutTemplate(templates[id], data, { mode, lang });
  const file = join(dir, `${name}.${mode}.${lang}.xlsx`);
  await reportWorkbook(layout).xlsx.writeFile(file);
  return { layout, file };
}

beforeAll(async () => {
  if (!(await hasLibreOffice()))
    throw new Error(
      'LibreOffice (soffice) is needed for the recalculation cross-check: apt-get install libreoffice-calc-nogui',
    );
});

describe('LibreOffice recalculates every portable report to the cached values', () => {
  for (const id of Object.keys(SYNTHETIC) as TemplateId[]) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${id}, ${lang}`, async () => {
        const { layout, file } = await write(id, SYNTHETIC[id](), 'portable', lang, id);
        const result = await crossCheck(file, join(dir, 'recalculated'));
        // Both sheets: the report and the verdict's named steps on the method sheet.
        expect(result.formulas).toBe([...layout.cells, ...layout.method.cells].filter((c) => c.formula).length);
        expect(result.formulas).toBeGreaterThan(50);
        expect(result.mismatches).toEqual([]);
      });
    }
  }

  it('the Thái Bình sample term review, both languages', async () => {
    const read = await readInput(join(import.meta.dirname, '..', 'data', 'thai-binh-2020-2025.csv'));
    for (const lang of ['vi', 'en'] as const) {
      const { file } = await write('term-review', read.dataset, 'portable', lang, 'sample');
      const result = await crossCheck(file, join(dir, 'recalculated'));
      expect(result.formulas).toBeGreaterThan(80);
      expect(result.mismatches).toEqual([]);
    }
  });

  it('reaches every final and mid-term verdict in the synthetic term review', () => {
    const layout = layoutTemplate(templates['term-review'], SYNTHETIC['term-review'](), {
      mode: 'portable',
      lang: 'en',
    });
    const seen = new Set(
      layout.table
        .flatMap((row) => [row.verdict])
        .map((v) => (v !== null && typeof v === 'object' ? 'error' : String(v))),
    );
    for (const label of [
      'Exceeded',
      'Achieved',
      'Nearly achieved',
      'Not achieved',
      'Already achieved',
      'Likely',
      'Hard to achieve',
      'Out of reach',
      'Too little data',
      'Check data',
    ]) {
      expect(seen).toContain(label);
    }
  });

  it('catches a wrong cached value (the check can fail)', async () => {
    const { file } = await write('term-review', SYNTHETIC['term-review'](), 'portable', 'vi', 'tampered');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    let tampered = '';
    workbook.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue;
        if (!tampered && cell.formula && typeof value.result === 'number') {
          cell.value = { formula: value.formula, result: value.result * (1 + 1e-6) };
          tampered = cell.address;
        }
      }),
    );
    await workbook.xlsx.writeFile(file);
    const result = await crossCheck(file, join(dir, 'recalculated'));
    expect(result.mismatches.map((m) => m.address)).toEqual([tampered]);
  });
});

describe('live reports', () => {
  for (const id of Object.keys(SYNTHETIC) as TemplateId[]) {
    it.each(['vi', 'en'] as const)(
      `${id}, %s: read back by exceljs, same cached values as portable, CHITIEU.* formulas`,
      async (lang) => {
        const data = SYNTHETIC[id]();
        const live = await write(id, data, 'live', lang, `${id}-live`);
        const portable = layoutTemplate(templates[id], data, { mode: 'portable', lang });
        expect(live.layout.table).toEqual(portable.table);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(live.file);
        const formulas: string[] = [];
        workbook.worksheets[0].eachRow((row) =>
          row.eachCell((cell) => void (cell.formula && formulas.push(cell.formula))),
        );
        expect(formulas.length).toBe(live.layout.cells.filter((c) => c.formula).length);
        if (id !== 'quarterly') expect(formulas.some((f) => f.includes('CHITIEU.'))).toBe(true);
      },
    );
  }
});
