import { describe, expect, it } from 'vitest';
import { projectedAttainment } from './index.js';
import { cagr } from '../cagr/index.js';
import { project } from '../project/index.js';

const base = { baseValue: 100, baseYear: 2020, latestYear: 2023, target: 130, targetYear: 2025 };

describe('projectedAttainment (UNSD progress-chart method)', () => {
  it('projects at the current pace and scores the share of the planned change reached', () => {
    const result = projectedAttainment({ ...base, latestValue: 115 });
    const pace = cagr(100, 115, 3) as number;
    const projected = project(115, pace, 2) as number;
    expect(result).toMatchObject({ category: 'acceleration-needed' });
    const { projected: p, score } = result as { projected: number; score: number };
    expect(p).toBeCloseTo(projected, 10);
    expect(score).toBeCloseTo((projected - 100) / 30, 12);
  });

  it('thresholds 0.95 and 0.10 by default, and the user can change them', () => {
    expect(projectedAttainment({ ...base, latestValue: 118 })).toMatchObject({ category: 'on-track' });
    expect(projectedAttainment({ ...base, latestValue: 101 })).toMatchObject({ category: 'limited-progress' });
    expect(projectedAttainment({ ...base, latestValue: 99 })).toMatchObject({ category: 'deterioration' });
    expect(projectedAttainment({ ...base, latestValue: 115 }, { onTrack: 0.8 })).toMatchObject({
      category: 'on-track',
    });
    expect(projectedAttainment({ ...base, latestValue: 115 }, { onTrack: 0.1, acceleration: 0.5 })).toMatchObject({
      reason: 'invalid-option',
    });
  });

  it('lower is better scores positive when falling toward the target', () => {
    const result = projectedAttainment({
      baseValue: 0.05,
      baseYear: 2020,
      latestValue: 0.04,
      latestYear: 2023,
      target: 0.03,
      targetYear: 2025,
      direction: 'lower',
    });
    // by hand: projected = 0.04 × 0.8^(2/3) = 0.03447, score = (0.03447 − 0.05) / (0.03 − 0.05) = 0.776
    expect(result).toMatchObject({ category: 'acceleration-needed' });
    expect((result as { score: number }).score).toBeCloseTo((0.04 * Math.pow(0.8, 2 / 3) - 0.05) / (0.03 - 0.05), 12);
  });

  it('target equal to the base is #DIV/0!; bad input as for onTrack', () => {
    expect(projectedAttainment({ ...base, target: 100, latestValue: 110 })).toMatchObject({ code: '#DIV/0!' });
    expect(projectedAttainment({ ...base, latestValue: 'abc' })).toMatchObject({ code: '#VALUE!' });
  });

  it('array form equals the scalar row by row', () => {
    const latest = [115, 95, undefined];
    const result = projectedAttainment.array({ ...base, latestValue: latest });
    if ('code' in result) throw new Error('unexpected');
    latest.forEach((value, i) => {
      const scalar = projectedAttainment({ ...base, latestValue: value });
      if ('code' in scalar) expect(result.score.errors.get(i)).toEqual(scalar);
      else expect(result.score.values[i]).toBeCloseTo(scalar.score, 14);
    });
  });
});
