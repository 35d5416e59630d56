import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onTrack } from './index.js';
import { cagr } from '../cagr/index.js';

const base = { baseValue: 100, baseYear: 2020, latestYear: 2023, target: 130, targetYear: 2025 };

describe('onTrack (Statistics Canada / Open SDG method)', () => {
  it('R = CAGR_actual / CAGR_required, computed independently with cagr', () => {
    const result = onTrack({ ...base, latestValue: 115 });
    const expected = (cagr(100, 115, 3) as number) / (cagr(100, 130, 5) as number);
    expect(result).toMatchObject({ category: 'acceleration-needed' });
    expect((result as { ratio: number }).ratio).toBeCloseTo(expected, 14);
  });

  it('categories at the published thresholds: 95% and 60% of the required pace, 0', () => {
    const required = cagr(100, 130, 5) as number;
    // latest value giving exactly R: 100 * (1 + R*required)^3
    const latestFor = (R: number) => 100 * Math.pow(1 + R * required, 3);
    expect(onTrack({ ...base, latestValue: latestFor(0.95) })).toMatchObject({ category: 'on-track' });
    expect(onTrack({ ...base, latestValue: latestFor(0.949) })).toMatchObject({ category: 'acceleration-needed' });
    expect(onTrack({ ...base, latestValue: latestFor(0.6) })).toMatchObject({ category: 'acceleration-needed' });
    expect(onTrack({ ...base, latestValue: latestFor(0.59) })).toMatchObject({ category: 'limited-progress' });
    expect(onTrack({ ...base, latestValue: 100 })).toMatchObject({ category: 'limited-progress', ratio: 0 });
    expect(onTrack({ ...base, latestValue: 95 })).toMatchObject({ category: 'deterioration' });
    expect(onTrack({ ...base, latestValue: 131 })).toMatchObject({ category: 'achieved' });
  });

  it('lower is better: both rates negative when moving the right way', () => {
    // poverty rate 5% (2020) → 4% (2023), target 3% in 2025
    const result = onTrack({
      baseValue: 0.05,
      baseYear: 2020,
      latestValue: 0.04,
      latestYear: 2023,
      target: 0.03,
      targetYear: 2025,
      direction: 'lower',
    });
    // by hand: CAGR_a = 0.8^(1/3) - 1 = -0.0717, CAGR_r = 0.6^(1/5) - 1 = -0.0971, R = 0.738
    expect(result).toMatchObject({ category: 'acceleration-needed' });
    expect((result as { ratio: number }).ratio).toBeCloseTo((Math.cbrt(0.8) - 1) / (Math.pow(0.6, 0.2) - 1), 12);
    const faster = onTrack({
      baseValue: 0.05,
      baseYear: 2020,
      latestValue: 0.036,
      latestYear: 2023,
      target: 0.03,
      targetYear: 2025,
      direction: 'lower',
    });
    expect(faster).toMatchObject({ category: 'on-track' });
    const rising = onTrack({
      baseValue: 0.05,
      baseYear: 2020,
      latestValue: 0.055,
      latestYear: 2023,
      target: 0.03,
      targetYear: 2025,
      direction: 'lower',
    });
    expect(rising).toMatchObject({ category: 'deterioration' });
    // a ceiling target implies lower-is-better
    expect(
      onTrack({
        baseValue: 0.05,
        baseYear: 2020,
        latestValue: 0.039,
        latestYear: 2023,
        target: 'dưới 4%',
        targetYear: 2025,
      }),
    ).toMatchObject({ category: 'achieved' });
  });

  it('rate indicators near 100%: within 1 pp counts as achieved (UNSD)', () => {
    const input = { baseValue: 0.9, baseYear: 2020, latestValue: 0.992, latestYear: 2024, target: 1, targetYear: 2025 };
    expect(onTrack(input)).not.toMatchObject({ category: 'achieved' });
    expect(onTrack({ ...input, unit: 'rate' })).toMatchObject({ category: 'achieved' });
  });

  it('target equal to the base: R is undefined (null), and falling short is deterioration', () => {
    expect(onTrack({ ...base, target: 100, latestValue: 90 })).toEqual({ ratio: null, category: 'deterioration' });
    expect(onTrack({ ...base, target: 100, latestValue: 110 })).toEqual({ ratio: null, category: 'achieved' });
  });

  it('errors: years out of order, base ≤ 0, negatives, blanks, contradicting direction', () => {
    expect(onTrack({ ...base, latestValue: 110, latestYear: 2020 })).toMatchObject({
      code: '#NUM!',
      reason: 'out-of-domain',
    });
    expect(onTrack({ ...base, latestValue: 110, targetYear: 2019 })).toMatchObject({ code: '#NUM!' });
    expect(onTrack({ ...base, baseValue: 0, latestValue: 110 })).toMatchObject({ code: '#NUM!' });
    expect(onTrack({ ...base, latestValue: -1 })).toMatchObject({ code: '#NUM!' });
    expect(onTrack({ ...base, latestValue: null })).toMatchObject({ code: '#N/A' });
    expect(onTrack({ ...base, latestValue: 110, target: 'x' })).toMatchObject({ code: '#VALUE!' });
    expect(onTrack({ ...base, latestValue: 110, target: '95% trở lên', direction: 'lower' })).toMatchObject({
      reason: 'invalid-option',
    });
    expect(onTrack(null as never)).toMatchObject({ reason: 'invalid-option' });
  });

  it('R grows with the latest value (higher is better)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 129, noNaN: true }),
        fc.double({ min: 1, max: 129, noNaN: true }),
        (x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const a = onTrack({ ...base, latestValue: lo }) as { ratio: number };
          const b = onTrack({ ...base, latestValue: hi }) as { ratio: number };
          expect(a.ratio).toBeLessThanOrEqual(b.ratio + 1e-12);
        },
      ),
      { numRuns: 500, seed: 3 },
    );
  });

  it('array form equals the scalar row by row', () => {
    const latest = [120, 90, null, 140];
    const result = onTrack.array({ ...base, latestValue: latest });
    if ('code' in result) throw new Error('unexpected');
    latest.forEach((value, i) => {
      const scalar = onTrack({ ...base, latestValue: value });
      if ('code' in scalar) expect(result.category.errors.get(i)).toEqual(scalar);
      else {
        expect(result.category.values[i]).toBe(scalar.category);
        expect(result.ratio.values[i]).toBeCloseTo(scalar.ratio as number, 14);
      }
    });
  });
});
