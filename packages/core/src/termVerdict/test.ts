import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { termVerdict, type TermVerdict, type TermVerdictInput } from './index.js';
import { requiredAverageGrowth } from '../requiredAverageGrowth/index.js';

/** A verdict the test expects to succeed (an error fails the test with its message). */
function judged(input: TermVerdictInput): TermVerdict {
  const answer = termVerdict(input);
  if ('code' in answer) throw new Error(answer.message.en);
  return answer;
}

const MID_TERM = [
  'already-achieved',
  'likely',
  'hard',
  'out-of-reach',
  'too-little-data',
  'no-data',
  'no-target',
  'check-data',
];
const FINAL = ['exceeded', 'achieved', 'nearly-achieved', 'not-achieved', 'no-target', 'check-data'];

describe('termVerdict: average-rate targets (GRDP growth)', () => {
  it('Thái Bình 2021-2024 (data/): 7,64% a year, 19,97% needed in 2025: hard, not a final "không đạt"', () => {
    const answer = termVerdict({
      measure: 'growth',
      target: '10% trở lên',
      values: [0.0668, 0.0952, 0.0737, 0.0701, null],
    });
    expect(answer).toMatchObject({ stage: 'mid-term', verdict: 'hard', yearsElapsed: 4, neededUnit: 'growth' });
    if ('needed' in answer) {
      expect(answer.needed).toBeCloseTo(0.1997, 4);
      expect(answer.achieved).toBeCloseTo(0.0764, 4);
    }
  });

  it('issue 7: a province needing 6,9% in 2025 after 7,0 / 7,2 / 6,8 / 7,1 is likely', () => {
    const answer = termVerdict({ measure: 'growth', target: 0.07, values: [0.07, 0.072, 0.068, 0.071, null] });
    expect(answer).toMatchObject({ verdict: 'likely' });
    if ('needed' in answer) expect(answer.needed).toBeCloseTo(0.069, 3);
  });

  it('needed above the best year is hard, above the ceiling out of reach; none needed is already achieved', () => {
    expect(judged({ measure: 'growth', target: 0.07, values: [0.06, 0.065, 0.068, 0.069, null] }).verdict).toBe('hard');
    expect(judged({ measure: 'growth', target: 0.2, values: [0.05, 0.05, 0.05, 0.05, null] }).verdict).toBe(
      'out-of-reach',
    );
    expect(judged({ measure: 'growth', target: 0.2, values: [0.05, 0.05, 0.05, 0.05, null], ceiling: 2 }).verdict).toBe(
      'hard',
    );
    const met = termVerdict({ measure: 'growth', target: 0.05, values: [0.12, 0.11, 0.1, 0.09, null] });
    expect(met).toMatchObject({ verdict: 'already-achieved', needed: null });
  });

  it('at the end of the term: the final status of the average', () => {
    const values = [0.0668, 0.0952, 0.0737, 0.0701, 0.08];
    expect(termVerdict({ measure: 'growth', target: '10% trở lên', values })).toMatchObject({
      stage: 'final',
      verdict: 'not-achieved',
      needed: null,
    });
    expect(termVerdict({ measure: 'growth', target: '7% trở lên', values })).toMatchObject({
      stage: 'final',
      verdict: 'achieved',
    });
  });
});

describe('termVerdict: levels and rates', () => {
  it('a level on track (R ≥ 95%) is likely, never "không đạt" next to "đúng tiến độ"', () => {
    // Base 100 in 2020, 124 in 2024, target 130 in 2025: R = 5,52% / 5,39% ≥ 0,95.
    const answer = termVerdict({ measure: 'level', target: 130, base: 100, values: [105, 111, 117, 124, null] });
    expect(answer).toMatchObject({ stage: 'mid-term', verdict: 'likely', neededUnit: 'growth' });
    if ('needed' in answer) expect(answer.needed).toBeCloseTo(130 / 124 - 1, 12);
  });

  it('behind the trend is hard; a needed growth above the ceiling is out of reach; without a base, too little data', () => {
    expect(judged({ measure: 'level', target: 130, base: 100, values: [101, 102, 103, 104, null] }).verdict).toBe(
      'hard',
    );
    expect(judged({ measure: 'level', target: 16, base: 9, values: [9.2, 9.5, 9.8, 10, null] }).verdict).toBe(
      'out-of-reach',
    );
    expect(judged({ measure: 'level', target: 130, values: [null, null, null, 124, null] }).verdict).toBe(
      'too-little-data',
    );
  });

  it('a target already met reads "already achieved" with nothing needed, never a negative number', () => {
    const answer = termVerdict({ measure: 'level', target: '90 trở lên', base: 60, values: [70, 80, 95, null, null] });
    expect(answer).toMatchObject({ stage: 'mid-term', verdict: 'already-achieved', yearsElapsed: 3, needed: null });
    expect(
      judged({ measure: 'level', target: 'dưới 4%', values: [0.035, null, null, null, null], rate: true }).verdict,
    ).toBe('already-achieved');
  });

  it('a rate needs percentage points, as a fraction: health insurance 92,5% → 95% is 2,5 points = 0.025 (issue 7, issue 20), a falling rate negative points', () => {
    expect(
      termVerdict({ measure: 'level', target: '95% trở lên', values: [null, null, null, 0.925, null], rate: true }),
    ).toMatchObject({ needed: 0.025, neededUnit: 'points' });
    const poverty = termVerdict({
      measure: 'level',
      target: 'dưới 1,5%',
      base: 0.04,
      values: [0.035, 0.03, 0.025, 0.02, null],
      rate: true,
    });
    // R = −15,9% / −17,8% = 0,89: behind the pace the target needs.
    expect(poverty).toMatchObject({ needed: -0.005, neededUnit: 'points', verdict: 'hard' });
  });

  it('about targets are met within the tolerance at mid-term too; a rate outside 0-100% is check-data', () => {
    expect(
      judged({
        measure: 'level',
        target: 'khoảng 4%',
        direction: 'lower',
        values: [0.0388, null, null, null, null],
        rate: true,
      }).verdict,
    ).toBe('already-achieved');
    expect(
      judged({ measure: 'level', target: '95% trở lên', values: [0.9, 1.0199, null, null, null], rate: true }).verdict,
    ).toBe('check-data');
  });
});

describe('termVerdict: term totals', () => {
  it('issue 7: 80% after 4 of 5 years is exactly on pace: likely, with the remaining amount needed', () => {
    const answer = termVerdict({
      measure: 'cumulative',
      target: 150_000,
      values: [30_000, 30_000, 30_000, 30_000, null],
    });
    expect(answer).toMatchObject({
      stage: 'mid-term',
      verdict: 'likely',
      achieved: 120_000,
      needed: 30_000,
      neededUnit: 'amount',
    });
  });

  it('behind pace is hard, far behind out of reach, a total reached early already achieved', () => {
    expect(
      judged({ measure: 'cumulative', target: 150_000, values: [28_000, 28_000, 28_000, 28_000, null] }).verdict,
    ).toBe('hard');
    expect(
      judged({ measure: 'cumulative', target: 150_000, values: [10_000, 10_000, 10_000, 10_000, null] }).verdict,
    ).toBe('out-of-reach');
    expect(
      judged({ measure: 'cumulative', target: 100_000, values: [40_000, 40_000, 40_000, null, null] }).verdict,
    ).toBe('already-achieved');
    expect(termVerdict({ measure: 'cumulative', target: 0, values: [1, null] })).toMatchObject({ code: '#NUM!' });
  });
});

describe('termVerdict: term totals with a gap, caps on a total (review of issue 7)', () => {
  it('a rate of 190% in the base year is a data error too, not the start of a trend', () => {
    expect(
      judged({ measure: 'level', target: '95% trở lên', base: 1.9, values: [0.9, 0.91, null, null, null], rate: true })
        .verdict,
    ).toBe('check-data');
  });

  it('a year missing before the latest: too little data, never a final or out-of-reach verdict', () => {
    expect(
      judged({ measure: 'cumulative', target: 150_000, values: [30_000, 31_000, null, 32_000, 33_000] }),
    ).toMatchObject({
      stage: 'final',
      verdict: 'too-little-data',
      needed: null,
    });
    expect(judged({ measure: 'cumulative', target: 100, values: [20, 20, null, 20, null] }).verdict).toBe(
      'too-little-data',
    );
  });

  it('a cap on a total: over it is out of reach, within the projected pace likely, beyond it hard', () => {
    const cap = (values: Array<number | null>) =>
      judged({ measure: 'cumulative', target: 'không quá 1.000', direction: 'lower', values }).verdict;
    expect(cap([300, 300, 300, 300, null])).toBe('out-of-reach');
    expect(cap([230, 240, 250, 260, null])).toBe('hard');
    expect(cap([150, 160, 170, 180, null])).toBe('likely');
    expect(cap([150, 160, 170, 180, 190])).toBe('achieved');
  });
});

describe('termVerdict: no data, no target, bad input', () => {
  it('no value is no-data; a blank target is no-target (the figure may be there)', () => {
    expect(judged({ measure: 'level', target: 14, values: [null, null, null, null, null] }).verdict).toBe('no-data');
    expect(termVerdict({ measure: 'level', target: '', values: [1, null] })).toMatchObject({
      verdict: 'no-target',
      achieved: 1,
    });
  });

  it('errors are typed, never thrown', () => {
    expect(termVerdict({ measure: 'nope' as never, target: 1, values: [1] })).toMatchObject({ code: '#VALUE!' });
    expect(termVerdict({ measure: 'level', target: 1, values: [] })).toMatchObject({ code: '#VALUE!' });
    expect(termVerdict({ measure: 'level', target: 'abc', values: [1] })).toMatchObject({ code: '#VALUE!' });
    expect(termVerdict({ measure: 'level', target: 1, values: [Number.NaN] })).toMatchObject({ code: '#VALUE!' });
    expect(termVerdict({ measure: 'growth', target: 0.1, values: [-1.5, null] })).toMatchObject({ code: '#NUM!' });
    expect(termVerdict(null as never)).toMatchObject({ code: '#VALUE!' });
    expect(termVerdict({ measure: 'level', target: 1, values: [1], ceiling: -1 })).toMatchObject({ code: '#VALUE!' });
  });
});

describe('termVerdict: invariants (property)', () => {
  const rate = fc.double({ min: -0.2, max: 0.3, noNaN: true });
  const year = fc.option(rate, { nil: null });

  it('a final verdict only when the last year has data; mid-term never says "không đạt"; needed never negative for a higher growth target', () => {
    fc.assert(
      fc.property(
        fc.array(year, { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 0.15, noNaN: true }),
        (values, target) => {
          const answer = termVerdict({ measure: 'growth', target, values });
          if ('code' in answer) return;
          const last = values[values.length - 1];
          expect(answer.stage).toBe(last === null ? 'mid-term' : 'final');
          // A blank year before the latest leaves the term average unknown (issue 20).
          const k = values.reduce<number>((last, v, j) => (v === null ? last : j + 1), 0);
          const gap = values.slice(0, k).some((v) => v === null);
          if (gap) expect(answer.verdict).toBe('too-little-data');
          else expect(answer.stage === 'final' ? FINAL : MID_TERM).toContain(answer.verdict);
          if (answer.needed !== null) expect(answer.needed).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('growing at the needed rate in every remaining year meets the target exactly (final stage: achieved)', () => {
    fc.assert(
      fc.property(
        fc.array(rate, { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0.01, max: 0.12, noNaN: true }),
        (done, target) => {
          const values: Array<number | null> = [...done, ...new Array(5 - done.length).fill(null)];
          const needed = requiredAverageGrowth(target, 5, done);
          if (typeof needed !== 'number' || needed <= -1) return;
          const filled = [...done, ...new Array(5 - done.length).fill(needed)];
          const final = termVerdict({ measure: 'growth', target, values: filled });
          expect(final).toMatchObject({ stage: 'final' });
          expect(['achieved', 'exceeded']).toContain((final as { verdict: string }).verdict);
          expect(termVerdict({ measure: 'growth', target, values } as TermVerdictInput)).toMatchObject({
            stage: 'mid-term',
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the array form equals the scalar row by row', () => {
    const values = [
      [0.0668, 0.07, 10],
      [0.0952, 0.072, 20],
      [null, 0.068, null],
    ];
    const measure = ['growth', 'growth', 'cumulative'] as const;
    const target = ['10% trở lên', 0.07, 100];
    const result = termVerdict.array({ measure: [...measure], target, values });
    if ('code' in result) throw new Error('array form failed');
    for (let i = 0; i < 3; i++) {
      expect(result.values[i]).toEqual(
        termVerdict({ measure: measure[i], target: target[i], values: values.map((c) => c[i]) }),
      );
    }
    expect(termVerdict.array({ measure: 'level', target: 1, values: [[1, 2], [1]] })).toMatchObject({
      code: '#VALUE!',
      reason: 'length-mismatch',
    });
  });
});

describe('termVerdict: a missing past year is a gap, never a remaining year (issue 20)', () => {
  // 2021, 2022, 2024 published, 2023 blank: 2023 has passed (k = 4, the plan year of 2024).
  const gap = (values: Array<number | null>) => [values[0], values[1], null, values[3], null];

  it('growth: the term average is unknown, so no needed rate (not 9,89% over two years, not 20,75% with 2023 as 0%)', () => {
    expect(termVerdict({ measure: 'growth', target: '10% trở lên', values: gap([0.0668, 0.0952, 0, 0.0701]) })).toEqual(
      {
        stage: 'mid-term',
        verdict: 'too-little-data',
        yearsElapsed: 4,
        achieved: expect.closeTo(0.07729, 5), // the average of the three years with data, as shown
        needed: null,
        neededUnit: null,
      },
    );
    // Also at the final stage: an average of four of five years is not the term's.
    const final = termVerdict({ measure: 'growth', target: 0.07, values: [0.07, 0.08, null, 0.07, 0.09] });
    expect(final).toMatchObject({ stage: 'final', verdict: 'too-little-data', needed: null });
  });

  it('cumulative: no total, no pace', () => {
    const answer = termVerdict({ measure: 'cumulative', target: 150000, values: gap([30000, 30000, 0, 30000]) });
    expect(answer).toMatchObject({ verdict: 'too-little-data', yearsElapsed: 4, needed: null });
  });

  it('level: only the latest and base values count; the remaining years are T − k = 1, not 2', () => {
    // 14 doctors per 10,000 by 2025 from 10 in 2020, 12 in 2024: (14/12)^(1/1) − 1 = 16,67% in 2025.
    const answer = termVerdict({ measure: 'level', target: 14, base: 10, values: gap([10.5, 11, 0, 12]) });
    expect(answer).toMatchObject({ stage: 'mid-term', yearsElapsed: 4, needed: expect.closeTo(0.166667, 6) });
    // R = ((12/10)^(1/4) − 1) / ((14/10)^(1/5) − 1) = 0,0466 / 0,0696 = 0,67: hard.
    expect(answer).toMatchObject({ verdict: 'hard' });
  });

  it('rate and ceiling: points from the latest value, judged as without the gap', () => {
    const rate = termVerdict({
      measure: 'level',
      target: '95% trở lên',
      base: 0.9,
      values: gap([0.91, 0.92, 0, 0.94]),
      rate: true,
    });
    const full = termVerdict({
      measure: 'level',
      target: '95% trở lên',
      base: 0.9,
      values: [0.91, 0.92, 0.93, 0.94, null],
      rate: true,
    });
    expect(rate).toMatchObject({ yearsElapsed: 4, needed: 0.01, neededUnit: 'points' });
    expect(rate).toMatchObject({ verdict: (full as { verdict: string }).verdict });
    const ceiling = termVerdict({
      measure: 'level',
      target: 'dưới 1,5%',
      base: 0.03,
      values: gap([0.028, 0.025, 0, 0.017]),
      rate: true,
    });
    expect(ceiling).toMatchObject({ yearsElapsed: 4, needed: -0.002, neededUnit: 'points' });
  });
});

describe('termVerdict: a term total weighs the remaining years against the best year (issue 16)', () => {
  it('on pace but the last year would need more than any year so far: hard, not likely', () => {
    // 250.000 over five years; 196.200 after four (78,5%, on pace at 95% × 4/5 = 76%); 2025 needs
    // 53.800 against a best year of 53.200.
    const answer = termVerdict({ measure: 'cumulative', target: 250000, values: [45000, 48000, 50000, 53200, null] });
    expect(answer).toMatchObject({ verdict: 'hard', needed: 53800, neededUnit: 'amount' });
    const reachable = termVerdict({
      measure: 'cumulative',
      target: 249000,
      values: [45000, 48000, 50000, 53200, null],
    });
    expect(reachable).toMatchObject({ verdict: 'likely', needed: 52800 });
  });
});
