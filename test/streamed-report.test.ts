/**
 * The streamed report (issue 17) is the in-memory one, cell for cell: every template, both
 * modes and languages, on synthetic data that reaches every branch (group rows, the total row,
 * the assessment lines, shared-formula runs broken by a row of another kind). Both files are read
 * back with exceljs: each cell's value, formula (a shared formula's cell as its own text) and
 * cached result, its style, and each sheet's merges, widths, heights, frozen panes, page setup,
 * footer, conditional formatting and print titles.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { layoutSteps, layoutTemplate, templates, type TemplateId } from '@chitieu/templates';
import { reportWorkbook, streamReport } from '@chitieu/templates/excel';
import { afterAll, describe, expect, it } from 'vitest';
import { SYNTHETIC } from './support/reportData.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-streamed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything exceljs reads of a workbook that a reader of the report sees, as plain data. */
async function contents(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[] = [];
    const heights: Array<number | undefined> = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      heights[row.number] = row.height;
      row.eachCell({ includeEmpty: true }, (cell) => {
        const value = cell.formula
          ? { formula: cell.formula, result: (cell.value as { result?: unknown }).result }
          : cell.value;
        cells.push([cell.address, value, cell.style]);
      });
    });
    return {
      name: sheet.name,
      cells,
      heights,
      merges: [...sheet.model.merges].sort(),
      widths: sheet.columns?.map((c) => c.width),
      views: sheet.views,
      pageSetup: sheet.pageSetup,
      headerFooter: sheet.headerFooter,
      // A data bar's x14 id is a fresh UUID in every file: the same where both have one.
      conditionalFormattings: JSON.parse(
        JSON.stringify((sheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings).replace(
          /"x14Id":"\{[0-9A-F-]+\}"/g,
          '"x14Id":"id"',
        ),
      ),
    };
  });
}

describe('the streamed report is the in-memory report', () => {
  for (const id of Object.keys(SYNTHETIC) as TemplateId[]) {
    it(`${id}, both modes and languages`, async () => {
      const data = SYNTHETIC[id]();
      for (const mode of ['portable', 'live'] as const) {
        for (const lang of ['vi', 'en'] as const) {
          const options = { mode, lang, province: 'Thái Bình', sourceFile: 'x.csv' };
          const whole = join(dir, `${id}-${mode}-${lang}.whole.xlsx`);
          await reportWorkbook(layoutTemplate(templates[id], data, options)).xlsx.writeFile(whole);
          const streamed = join(dir, `${id}-${mode}-${lang}.streamed.xlsx`);
          const file = createWriteStream(streamed);
          const layout = await streamReport((sinks) => layoutSteps(templates[id], data, options, sinks), file, []);
          await finished(file);
          expect(layout.cells).toEqual([]);
          expect(layout.table.length).toBeGreaterThan(0);
          const [a, b] = [await contents(whole), await contents(streamed)];
          expect(b.length).toBe(a.length);
          a.forEach((sheet, k) => expect(b[k]).toEqual(sheet));
        }
      }
    });
  }
});
