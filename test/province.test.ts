/**
 * A fixture province (test/fixtures/tinh-mau.csv, fictional, in the documented input layout)
 * that exercises every target scope, indicator kind and term state, run through the command
 * line as an officer would, with its expected report written out by hand, cell by cell.
 *
 * The expected numbers were worked out by hand (Python, independent of chitieu), e.g. GRDP growth:
 * (1.07 · 1.072 · 1.068 · 1.071)^(1/4) − 1 = 7,0249%, and 1.07^5 / Π − 1 = 6,9005% needed in 2025;
 * GRDP per capita: R = ((84/60)^(1/4) − 1) / ((90/60)^(1/5) − 1) = 1,039; doctors: R = 0,557;
 * health insurance: R = 0,757. Tolerance: 1e-4 relative on percents (they are shown with 2 decimals).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliIn } from './support/cli.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'tinh-mau.csv');
const dir = mkdtempSync(join(tmpdir(), 'chitieu-province-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
const chitieu = cliIn(dir);

async function report(...args: string[]): Promise<{ code: number; body: Record<string, unknown>; err: string }> {
  const file = join(dir, `report-${counter++}.xlsx`);
  const { code, out, err } = await chitieu('report', '-d', FIXTURE, '-o', file, '--json', ...args);
  return { code, body: code === 0 ? JSON.parse(out) : {}, err };
}

type Row = Record<string, unknown>;
const byCode = (body: Record<string, unknown>) =>
  new Map((body.indicators as Row[]).map((row) => [row.code as string, row] as const));

/** A number within 1e-4 relative (the report shows percents with two decimals). */
const near = (value: number) => expect.closeTo(value, Math.max(4, -Math.floor(Math.log10(Math.abs(value) * 1e-4))));

describe('the fixture province, term review 2021-2025 (mid-term: 2025 mostly without data)', async () => {
  const { code, body } = await report('-t', 'term-review', '--term', '2021-2025');
  const rows = byCode(body);

  it('writes the report', () => expect(code).toBe(0));

  // Columns: achieved so far, % of target, data up to, verdict (code), needed (number or label).
  const expected: Array<[string, number | null, number | string, number, string, number | string, string | null]> = [
    ['grdp_growth', 0.070249, 1.003557, 2024, 'likely', 0.069005, 'growth'],
    // Complete term (2025 given): final verdict; a floor target met is achieved, never exceeded.
    ['export_growth', 0.10098, 1.0098, 2025, 'achieved', '–', null],
    ['grdp_per_capita', 84, 0.933333, 2024, 'likely', 0.071429, 'growth'],
    // Term target written as the congress term (2020-2025): the same term.
    ['doctors_per_10k', 11, 0.785714, 2024, 'hard', 0.272727, 'growth'],
    // A rate: what is needed is in percentage points (2 points), not a relative growth; points
    // are fractions like every rate (issue 20: 0.02, shown "tăng 2,00 điểm %").
    ['health_insurance', 0.93, 0.978947, 2024, 'hard', 0.02, 'points'],
    // "khoảng 4%": 3,88% is within the tolerance, so already achieved; nothing needed, never negative.
    // Lower is better: % of target mirrored about 100% (issue 16), 2 − 3,88 / 4 = 103%.
    ['unemployment', 0.0388, 1.03, 2024, 'already-achieved', 'Đã đạt', null],
    // A share above 100% is a data error, not a result.
    ['forest_cover', 1.02, 3.4, 2023, 'check-data', '–', null],
    // 80% of a five-year total after 4 of 5 years is exactly on pace: likely; 30.000 still needed.
    ['investment_total', 120_000, 0.8, 2024, 'likely', 30_000, 'amount'],
    // Only year plans (27.000 for 2024, 30.000 for 2025): the term review never takes one as the term target.
    ['budget_revenue', 28_066.4, 'Chưa có chỉ tiêu', 2024, 'no-target', 'Chưa có chỉ tiêu', null],
    ['ntm_communes', 120, 'Chưa có chỉ tiêu', 2024, 'no-target', 'Chưa có chỉ tiêu', null],
  ];

  for (const [indicator, achieved, percent, asOf, verdict, needed, unit] of expected) {
    it(`${indicator}: ${verdict}, needed ${needed}`, () => {
      const row = rows.get(indicator)!;
      expect(row, indicator).toBeDefined();
      expect(row.achieved).toEqual(typeof achieved === 'number' ? near(achieved) : achieved);
      if (typeof percent === 'number') expect(row.percentOfTarget).toEqual(near(percent));
      else expect([row.percentOfTarget, row.percentOfTargetLabel]).toEqual([null, percent]);
      expect(row.asOf).toBe(asOf);
      expect(row.verdict).toBe(verdict);
      if (typeof needed === 'number') expect(row.needed).toEqual(near(needed));
      else expect([row.needed, row.neededLabel]).toEqual([null, needed]);
      expect(row.neededUnit).toBe(unit);
      expect(row.stage).toBe(indicator === 'export_growth' ? 'final' : 'mid-term');
    });
  }

  it('no final "Không đạt" while 2025 has no data; the labels stand beside the codes', () => {
    for (const row of rows.values()) {
      if (row.stage === 'mid-term') expect(row.verdict).not.toBe('not-achieved');
    }
    expect(rows.get('grdp_growth')!.verdictLabel).toBe('Có khả năng đạt');
    expect(rows.get('doctors_per_10k')!.verdictLabel).toBe('Khó đạt');
  });

  it('--term 2020-2025 and no --term give the same report', async () => {
    for (const args of [['--term', '2020-2025'], []]) {
      const other = await report('-t', 'term-review', ...args);
      expect(other.body.indicators).toEqual(body.indicators);
      expect(other.body.summary).toEqual(body.summary);
    }
  });

  it('a single year or a span that is not a term is refused with the reason (exit 1)', async () => {
    const single = await report('-t', 'term-review', '--term', '2025');
    expect(single.code).toBe(1);
    expect(single.err).toContain('một năm không phải nhiệm kỳ');
    const short = await report('-t', 'term-review', '--term', '2021-2023', '--lang', 'en');
    expect(short.code).toBe(1);
    expect(short.err).toContain('spans 3 years');
  });
});

describe('the fixture province, annual plan 2024 (year plans only)', async () => {
  const { code, body } = await report('-t', 'annual-plan', '--year', '2024');
  const rows = byCode(body);

  it('each indicator against its 2024 plan, never against the term target', () => {
    expect(code).toBe(0);
    // GRDP growth's 2024 plan is 6,5% (the term target is 7%): 7,1 / 6,5 = 109,23%, exceeded.
    expect(rows.get('grdp_growth')).toMatchObject({ percentOfPlan: near(1.092308), status: 'exceeded' });
    // Budget revenue: 28.066,4 of a 27.000 plan = 103,95%; year on year 28.066,4 / 25.000 = 112,27%.
    expect(rows.get('budget_revenue')).toMatchObject({
      percentOfPlan: near(1.039496),
      yearOnYear: near(1.122656),
      status: 'exceeded',
    });
    // Export growth has only a term target: the annual plan says so instead of borrowing it.
    expect(rows.get('export_growth')).toMatchObject({
      percentOfPlan: null,
      percentOfPlanLabel: 'Chưa có chỉ tiêu',
      status: 'no-target',
    });
    expect(rows.get('investment_total')).toMatchObject({ status: 'no-target' });
    // Forest cover has a 2023 figure only: shown for the previous year, with no 2024 figure and no plan.
    expect(rows.get('forest_cover')).toMatchObject({ previous: 1.02, estimated: null, status: 'no-target' });
  });
});

describe('the fixture province, quarterly 2024-Q3', async () => {
  const { code, body } = await report('-t', 'quarterly', '--year', '2024', '--quarter', '3');

  it('year to date against the 2024 plan: 20.500 of 27.000 = 75,93% at a pace of 3/4', () => {
    expect(code).toBe(0);
    const row = byCode(body).get('budget_revenue')!;
    expect(row).toMatchObject({
      thisQuarter: 7500,
      yearToDate: 20_500,
      lastYearToDate: null,
      percentOfPlan: near(0.759259),
      pace: 0.75,
    });
  });
});
