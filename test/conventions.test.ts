/**
 * The conventions of docs/method.md held on every report, not on one function:
 * - percentage points are fractions like every rate, in every cell formatted as points, in
 *   what LibreOffice recalculates from the formulas, and in `--json` (issue 20.2);
 * - a missing past year is a gap, never a remaining year, for every kind (issue 20.1);
 * - a ceiling missed, a rate at its bound, a term total against its best year (issue 16).
 * Needs `soffice` (Debian: libreoffice-calc-nogui) for the recalculated values.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  assessmentSection,
  layoutTemplate,
  shownNumber,
  templates,
  type SheetLayout,
  type TemplateId,
} from '@chitieu/templates';
import { convertWithLibreOffice, reportWorkbook } from '@chitieu/templates/excel';
import { afterAll, describe, expect, it } from 'vitest';
import { summaryJson } from '../packages/cli/src/summary.js';
import { SYNTHETIC } from './support/reportData.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-conventions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * What a points cell must hold, from its own row, as a fraction (docs/method.md "Percentage
 * points"): the rate still needed, the coverage gap, the change on the previous year.
 */
const POINTS_OF: Record<string, (row: Record<string, unknown>) => number> = {
  needed: (row) => (row.targetValue as number) - (row.achieved as number),
  gapPoints: (row) => (row.ratio as number) - (row.targetValue as number),
  yearOnYear: (row) => (row.estimated as number) - (row.previous as number),
};

/** A points format: "điểm %" / "% pts" after an unquoted %, which scales the fraction by 100. */
const isPointsFormat = (numFmt: string | undefined) => /" điểm "%|%" pts"/.test(numFmt ?? '');

/** The data rows' sheet rows, in table order (the rows whose first column holds the STT). */
const dataRows = (layout: SheetLayout) =>
  layout.cells.filter((c) => c.column === 1 && c.style === 'ordinal').map((c) => c.row);

describe('percentage points are fractions in every cell formatted as points (issue 20)', () => {
  for (const id of Object.keys(SYNTHETIC) as TemplateId[]) {
    it(`${id}: cached values, LibreOffice's recalculated values and --json`, async () => {
      const layout = layoutTemplate(templates[id], SYNTHETIC[id](), { mode: 'portable', lang: 'vi' });
      const rows = dataRows(layout);
      const keyOf = new Map(layout.columns.map((c) => [c.letter, c.key]));
      const points = layout.cells.filter((c) => c.formula !== undefined && isPointsFormat(c.numFmt));
      // Term review (rates still needed), annual plan (a rate's change), coverage (the gap).
      if (id !== 'quarterly') expect(points.length).toBeGreaterThan(3);
      const file = join(dir, `${id}.xlsx`);
      await reportWorkbook(layout).xlsx.writeFile(file);
      const recalculated = new ExcelJS.Workbook();
      await recalculated.xlsx.readFile(await convertWithLibreOffice(file, 'xlsx', join(dir, 'recalculated')));
      const sheet = recalculated.worksheets[0];
      for (const cell of points) {
        const key = keyOf.get(cell.address.replace(/\d+$/, '')) as string;
        const row = layout.table[rows.indexOf(cell.row)];
        const expected = POINTS_OF[key](row);
        expect(Math.abs(expected)).toBeLessThanOrEqual(1);
        expect(cell.result).toBeCloseTo(expected, 12);
        const theirs = (sheet.getCell(cell.address).value as ExcelJS.CellFormulaValue).result;
        expect(theirs).toBeCloseTo(expected, 12);
      }
      // The other way round: every rate row's points column is formatted as points.
      for (const [r, row] of layout.table.entries()) {
        const rate = String(row.unit ?? '').startsWith('%') && row.kind === 'rate';
        for (const key of Object.keys(POINTS_OF)) {
          const cell = layout.cells.find(
            (c) =>
              c.row === rows[r] && keyOf.get(c.address.replace(/\d+$/, '')) === key && typeof c.result === 'number',
          );
          if (cell && (rate || key === 'gapPoints') && !(id === 'term-review' && row.kind === 'level'))
            expect(isPointsFormat(cell.numFmt), `${id} ${cell.address}`).toBe(true);
        }
      }
      // --json: a needed figure in points is the same fraction.
      for (const out of summaryJson(layout, 'vi')) {
        if (out.neededUnit === 'points') expect(out.needed).toBeCloseTo(POINTS_OF.needed(out), 12);
        if (typeof out.gapPoints === 'number') expect(out.gapPoints).toBeCloseTo(POINTS_OF.gapPoints(out), 12);
      }
    }, 60_000);
  }
});

describe('the rules of issues 16 and 20 on the term review', () => {
  const layout = layoutTemplate(templates['term-review'], SYNTHETIC['term-review'](), { mode: 'portable', lang: 'vi' });
  const row = (code: string) => layout.table.find((r) => r.code === code)!;
  const cellOf = (code: string, key: string) => {
    const r = dataRows(layout)[layout.table.indexOf(row(code))];
    const letter = layout.columns.find((c) => c.key === key)!.letter;
    return layout.cells.find((c) => c.address === `${letter}${r}`)!;
  };
  const sentence = (code: string) =>
    assessmentSection({
      templateId: 'term-review',
      lang: 'vi',
      table: [row(code)],
      settings: layout.settings,
      period: layout.period,
    }).lines[0];

  it('growth and a total with 2023 missing: too little data, nothing needed, no "cần tăng" in the sentence', () => {
    for (const code of ['edge_gap_growth', 'edge_gap']) {
      expect(row(code)).toMatchObject({ asOf: 2024, verdict: 'Chưa đủ số liệu', needed: '–' });
      expect(sentence(code)).toContain('chưa đủ số liệu');
      expect(sentence(code)).not.toContain('cần');
    }
  });

  it('level, rate and ceiling with 2023 missing: k = 4, one remaining year (2025)', () => {
    // (14 / 12)^(1/1) − 1: one year left, not two.
    expect(row('edge_gap_level').needed).toBeCloseTo(14 / 12 - 1, 12);
    expect(sentence('edge_gap_level')).toContain('năm 2025 cần tăng 16,67%');
    expect(row('edge_gap_rate').needed).toBeCloseTo(0.01, 12);
    expect(row('edge_poverty').needed).toBeCloseTo(-0.002, 12);
  });

  it('a ceiling missed: % of target mirrored (86,67%, not 113,33%), a reduction in words, never a negative figure', () => {
    const poverty = row('edge_poverty');
    expect(poverty.percentOfTarget).toBeCloseTo(2 - 0.017 / 0.015, 12);
    expect(poverty.verdict).not.toBe('Đã đạt');
    const needed = cellOf('edge_poverty', 'needed');
    expect(shownNumber(needed.result as number, needed.numFmt!, 'vi')).toBe('giảm 0,20 điểm %');
    expect(sentence('edge_poverty')).toContain('cần giảm thêm 0,2 điểm phần trăm');
  });

  it('a rate is projected to at most 100%, and the sentence says "tối đa 100%"', () => {
    expect(row('edge_bound').projected).toBe(1);
    expect(sentence('edge_bound')).toContain('dự kiến đạt tối đa 100%');
  });

  it('a term total on pace whose last year would need more than its best year is hard', () => {
    expect(row('edge_best')).toMatchObject({ verdict: 'Khó đạt', needed: 53_800 });
  });
});
