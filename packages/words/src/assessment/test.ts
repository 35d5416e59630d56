import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessment, type AssessmentInput } from './index.js';
import { statusLabel, termVerdict, type VerdictCode } from '@chitieu/core';
import { numbersIn } from '../../../../test/support/sentenceNumbers.js';

/**
 * A sentence the test expects (an error fails the test with its message), of an estimated
 * figure unless the input says otherwise: the figures of these cases are the year's estimates.
 */
function said(input: AssessmentInput): string {
  const answer = assessment({ figureStatus: 'estimate', ...input });
  if (typeof answer !== 'string') throw new Error(answer.message.en);
  return answer;
}

const VERDICTS: VerdictCode[] = [
  'exceeded',
  'achieved',
  'nearly-achieved',
  'not-achieved',
  'no-data',
  'no-target',
  'check-data',
  'already-achieved',
  'likely',
  'hard',
  'out-of-reach',
  'too-little-data',
];

const GROWTH: AssessmentInput = {
  indicator: 'Tốc độ tăng trưởng GRDP',
  measure: 'growth',
  verdict: 'hard',
  period: '2021-2024',
  achieved: 0.0764,
  unit: '%',
  target: '10% trở lên',
  percentOfTarget: 0.764,
  needed: 0.1997,
  neededUnit: 'growth',
  remaining: '2025',
};

describe('assessment: the sentences of the issue', () => {
  it('Thái Bình GRDP growth, from termVerdict itself (data/): the sentence of issue 9, word for word', () => {
    const verdict = termVerdict({
      measure: 'growth',
      target: '10% trở lên',
      values: [0.0668, 0.0952, 0.0737, 0.0701, null],
    });
    if ('code' in verdict) throw new Error(verdict.message.en);
    const sentence = said({
      ...GROWTH,
      verdict: verdict.verdict,
      achieved: verdict.achieved,
      percentOfTarget: (verdict.achieved as number) / 0.1,
      needed: verdict.needed,
      neededUnit: verdict.neededUnit,
    });
    // Issue 9 and /work/shared/docs/domain.md, "Report conventions".
    expect(sentence).toBe(
      'Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2024 ước đạt 7,64%/năm, bằng 76,4% mục tiêu Nghị quyết; để hoàn thành mục tiêu, năm 2025 cần tăng 19,97%, khó đạt.',
    );
  });

  it('several remaining years: an average growth per year over "các năm 2024-2025"', () => {
    expect(said({ ...GROWTH, period: '2021-2023', remaining: '2024-2025', needed: 0.1312 })).toContain(
      'các năm 2024-2025 cần tăng bình quân 13,12%/năm',
    );
    expect(said({ ...GROWTH, period: '2021-2023', remaining: '2024-2025', needed: 0.1312, lang: 'en' })).toContain(
      'an average growth of 13.12% a year is needed in 2024-2025',
    );
  });

  it('names periods as officers do: 9 tháng, 6 tháng đầu năm, quý I, cả năm', () => {
    const base = { indicator: 'Thu ngân sách', measure: 'level', verdict: 'no-target', achieved: 1 } as const;
    expect(said({ ...base, period: '2025-9M' })).toContain('Thu ngân sách 9 tháng năm 2025 ước đạt');
    expect(said({ ...base, period: '2025-6M' })).toContain('6 tháng đầu năm 2025');
    expect(said({ ...base, period: '2025-Q1' })).toContain('quý I năm 2025');
    expect(said({ ...base, period: '2025-Q4' })).toContain('quý IV năm 2025');
    expect(said({ ...base, period: '2025-12M' })).toContain('cả năm 2025');
    expect(said({ ...base, period: '2025-9M', lang: 'en' })).toContain('in the first nine months of 2025');
    expect(said({ ...base, period: '2025-Q1', lang: 'en' })).toContain('in Q1 2025');
  });

  it('a level with its projection, a floor met, a ceiling missed, a range', () => {
    const doctors = {
      indicator: 'Số bác sĩ trên 1 vạn dân',
      measure: 'level',
      period: '2024',
      unit: 'bác sĩ/vạn dân',
      target: '14 trở lên',
    } as const;
    expect(
      said({
        ...doctors,
        verdict: 'likely',
        achieved: 12.5,
        percentOfTarget: 12.5 / 14,
        needed: 0.12,
        neededUnit: 'growth',
        remaining: '2025',
        projected: 13.1,
        projectedYear: 2025,
      }),
    ).toBe(
      'Số bác sĩ trên 1 vạn dân năm 2024 ước đạt 12,5 bác sĩ/vạn dân, bằng 89,3% mục tiêu Nghị quyết; để hoàn thành mục tiêu, năm 2025 cần tăng 12%; nếu giữ tốc độ như hiện nay, năm 2025 dự kiến đạt 13,1 bác sĩ/vạn dân, có khả năng đạt.',
    );
    // A floor already met says nothing is needed, never a negative number.
    const met = said({
      ...doctors,
      verdict: 'already-achieved',
      achieved: 14.2,
      percentOfTarget: 14.2 / 14,
      needed: -0.01,
    });
    expect(met).toBe(
      'Số bác sĩ trên 1 vạn dân năm 2024 ước đạt 14,2 bác sĩ/vạn dân, bằng 101,4% mục tiêu Nghị quyết, đã đạt.',
    );
    const ceiling = said({
      indicator: 'Poverty rate',
      measure: 'level',
      verdict: 'not-achieved',
      period: '2025',
      achieved: 0.032,
      unit: '%',
      target: 'dưới 3%',
      direction: 'lower',
      percentOfTarget: 0.9375,
      lang: 'en',
    });
    expect(ceiling).toBe("Poverty rate in 2025 is estimated at 3.2% (the resolution's target: dưới 3%): not achieved.");
    const range = said({
      indicator: 'Tốc độ tăng giá tiêu dùng',
      measure: 'level',
      verdict: 'achieved',
      period: '2024',
      achieved: 0.035,
      unit: '%',
      target: '3-4%',
      percentOfTarget: 1.1667,
      scope: 'year',
    });
    expect(range).toBe('Tốc độ tăng giá tiêu dùng năm 2024 ước đạt 3,5% (kế hoạch năm: 3-4%), đạt.');
  });

  it('a range written the Vietnamese way is a range in an English sentence too (no misleading percent)', () => {
    const range = {
      indicator: 'GRDP growth',
      measure: 'level',
      verdict: 'achieved',
      period: '2024',
      achieved: 0.0697,
      unit: '%',
      target: '6,5 - 7%',
      percentOfTarget: 1.072,
      scope: 'year',
    } as const;
    expect(said({ ...range, lang: 'en' })).toBe(
      "GRDP growth in 2024 is estimated at 6.97% (the year's plan: 6,5 - 7%): achieved.",
    );
  });

  it('the change on the previous year, or on the same period of it for months and quarters', () => {
    const base = {
      indicator: 'Thu ngân sách',
      measure: 'level',
      verdict: null,
      achieved: 100,
      unit: 'tỷ đồng',
    } as const;
    expect(said({ ...base, period: '2024', yearOnYear: 1.085 })).toBe(
      'Thu ngân sách năm 2024 ước đạt 100 tỷ đồng, tăng 8,5% so với năm trước.',
    );
    expect(said({ ...base, period: '2025-9M', yearOnYear: 0.9282, lang: 'en' })).toBe(
      'Thu ngân sách in the first nine months of 2025 is estimated at 100 tỷ đồng, down 7.18% on the same period of the previous year.',
    );
    expect(said({ ...base, period: '2024', yearOnYear: -0.0058, yearOnYearUnit: 'points' })).toContain(
      'giảm 0,58 điểm phần trăm so với năm trước',
    );
    expect(said({ ...base, period: '2024', yearOnYear: 1 })).toContain('ước đạt 100 tỷ đồng, bằng năm trước.');
    expect(assessment({ ...base, period: '2024', yearOnYear: 1, yearOnYearUnit: 'percent' as 'index' })).toMatchObject({
      argument: 'yearOnYearUnit',
    });
  });

  it('a rate in percentage points, lower is better: "cần giảm thêm"', () => {
    expect(
      said({
        indicator: 'Tỷ lệ lao động nông nghiệp',
        measure: 'level',
        verdict: 'hard',
        period: '2024',
        achieved: 0.27,
        unit: '%',
        target: 22,
        direction: 'lower',
        needed: -0.05, // points are fractions (issue 20)
        neededUnit: 'points',
        remaining: '2025',
      }),
    ).toBe(
      'Tỷ lệ lao động nông nghiệp năm 2024 ước đạt 27% (mục tiêu Nghị quyết: 22); để hoàn thành mục tiêu, năm 2025 cần giảm thêm 5 điểm phần trăm, khó đạt.',
    );
  });

  it('no data, no target, a data error', () => {
    const base = { indicator: 'Health insurance coverage', measure: 'level', period: '2024', unit: '%' } as const;
    expect(said({ ...base, verdict: 'no-data', lang: 'en' })).toBe('Health insurance coverage in 2024: no data.');
    expect(said({ ...base, verdict: 'no-target', achieved: 0.925, lang: 'en' })).toBe(
      'Health insurance coverage in 2024 is estimated at 92.5%; no target.',
    );
    expect(said({ ...base, verdict: 'no-target', lang: 'en' })).toBe(
      'Health insurance coverage in 2024: no data; no target.',
    );
    expect(said({ ...base, verdict: 'check-data', achieved: 1.02 })).toBe(
      'Health insurance coverage năm 2024 ước đạt 102%, kiểm tra số liệu.',
    );
  });

  it('every verdict in both languages ends with its statusLabel judgement', () => {
    for (const verdict of VERDICTS)
      for (const lang of ['vi', 'en'] as const) {
        const sentence = said({ ...GROWTH, verdict, lang });
        const label = statusLabel(verdict, lang) as string;
        expect(sentence.toLowerCase()).toContain(label.toLowerCase());
        expect(sentence.endsWith('.')).toBe(true);
      }
  });
});

describe('assessment: numbers read back', () => {
  it('every number of the sentence is an input, rounded as shown (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: -0.9, max: 2, noNaN: true }),
        fc.constantFrom('vi' as const, 'en' as const),
        (achieved, percentOfTarget, needed, lang) => {
          const sentence = said({ ...GROWTH, achieved, percentOfTarget, needed, lang });
          const numbers = numbersIn(sentence, lang).map((n) => ({ ...n, value: n.value }));
          const pct = percentOfTarget;
          // Vietnamese: period, achieved, percent of target, remaining year, needed; English puts
          // the achieved figure before the period and the needed one before its year.
          const expected =
            lang === 'vi'
              ? [2021, 2024, achieved, pct, 2025, Math.abs(needed)]
              : [achieved, 2021, 2024, pct, Math.abs(needed), 2025];
          numbers.forEach((n, i) => {
            expect(Math.abs(n.value - expected[i]), sentence).toBeLessThanOrEqual(n.halfUlp + 1e-12);
          });
          expect(numbers.length).toBe(6);
        },
      ),
    );
  });
});

describe('assessment: errors are values', () => {
  it('refuses what it cannot say, naming the argument', () => {
    expect(assessment({ ...GROWTH, verdict: 'maybe' as VerdictCode })).toMatchObject({
      code: '#VALUE!',
      argument: 'verdict',
    });
    expect(assessment({ ...GROWTH, indicator: ' ' })).toMatchObject({ code: '#VALUE!', argument: 'indicator' });
    expect(assessment({ ...GROWTH, measure: 'rate' as 'level' })).toMatchObject({ argument: 'measure' });
    expect(assessment({ ...GROWTH, period: '2021/24' })).toMatchObject({ code: '#VALUE!', argument: 'period' });
    expect(assessment({ ...GROWTH, lang: 'fr' as 'vi' })).toMatchObject({ code: '#VALUE!', argument: 'lang' });
    expect(assessment({ ...GROWTH, achieved: null })).toMatchObject({ code: '#N/A', argument: 'achieved' });
    expect(assessment({ ...GROWTH, achieved: Number.NaN })).toMatchObject({ code: '#VALUE!' });
    expect(assessment({ ...GROWTH, neededUnit: 'percent' as 'points' })).toMatchObject({ argument: 'neededUnit' });
    expect(assessment(null as unknown as AssessmentInput)).toMatchObject({ code: '#VALUE!' });
  });

  it('an error value among the inputs passes through unchanged', () => {
    const error = termVerdict({ measure: 'growth', target: 'x', values: [0.1] });
    expect(assessment({ ...GROWTH, achieved: error as never })).toBe(error);
  });

  it('says the figure as final as it is: đạt, sơ bộ đạt, ước đạt (reached, a preliminary, estimated)', () => {
    const level = { indicator: 'GRDP', measure: 'level', verdict: 'achieved', period: '2024', achieved: 100 } as const;
    const growth = {
      ...level,
      measure: 'growth',
      period: '2021-2024',
      achieved: 0.07,
      indicator: 'Tăng trưởng',
    } as const;
    const of = (status: AssessmentInput['figureStatus'], lang: 'vi' | 'en', input: AssessmentInput = level) =>
      assessment({ ...input, figureStatus: status, lang });
    expect(of(undefined, 'vi')).toBe('GRDP năm 2024 đạt 100, đạt.');
    expect(of('official', 'vi')).toBe('GRDP năm 2024 đạt 100, đạt.');
    expect(of('preliminary', 'vi')).toBe('GRDP năm 2024 sơ bộ đạt 100, đạt.');
    expect(of('estimate', 'vi')).toBe('GRDP năm 2024 ước đạt 100, đạt.');
    expect(of('official', 'en')).toBe('GRDP in 2024 reached 100: achieved.');
    expect(of('preliminary', 'en')).toBe('GRDP in 2024 reached a preliminary 100: achieved.');
    expect(of('estimate', 'en')).toBe('GRDP in 2024 is estimated at 100: achieved.');
    expect(of('official', 'vi', growth)).toBe('Tăng trưởng bình quân giai đoạn 2021-2024 đạt 7%/năm, đạt.');
    expect(of('official', 'en', growth)).toBe('Tăng trưởng averaged 7% a year over 2021-2024: achieved.');
    expect(of('preliminary', 'en', growth)).toBe(
      'Tăng trưởng averaged a preliminary 7% a year over 2021-2024: achieved.',
    );
    expect(of('estimate', 'en', growth)).toBe('Tăng trưởng averaged an estimated 7% a year over 2021-2024: achieved.');
    expect(of('final' as 'official', 'vi')).toMatchObject({ code: '#VALUE!', argument: 'figureStatus' });
  });

  it('array form: one sentence per row, a bad row carries its row, columns of different lengths refused', () => {
    const result = assessment.array({
      indicator: ['A', 'B', 'C'],
      measure: 'level',
      verdict: ['no-data', 'maybe' as VerdictCode, 'no-target'],
      period: '2024',
      achieved: [null, 1, 2],
      figureStatus: ['official', 'official', 'preliminary'],
    });
    if ('code' in result) throw new Error(result.message.en);
    expect(result.values).toEqual(['A năm 2024: chưa có số liệu.', null, 'C năm 2024 sơ bộ đạt 2; chưa có chỉ tiêu.']);
    expect(result.errors.get(1)).toMatchObject({ code: '#VALUE!', row: 1 });
    expect(
      assessment.array({ indicator: ['A', 'B'], measure: 'level', verdict: ['no-data'], period: '2024' }),
    ).toMatchObject({
      code: '#VALUE!',
      reason: 'length-mismatch',
    });
  });
});
