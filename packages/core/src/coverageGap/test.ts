import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverageGap } from './index.js';
import { rowsOf } from '../column/index.js';

describe('coverageGap', () => {
  it('is the number of people still needed: max(0, ceil(c* × population − covered))', () => {
    // Thái Bình, 11/2024: health insurance coverage 92,5%, about 1,7 million insured
    // (baothaibinh.com.vn 214604); population 1 837 838 is an illustration. Target 95%:
    // 0.95 × 1 837 838 = 1 745 946.1, so 45 947 more people.
    expect(coverageGap(1_700_000, 1_837_838, 0.95)).toBe(45_947);
    expect(coverageGap(940, 1000, 0.95)).toBe(10);
    expect(coverageGap(949.5, 1000, 0.95)).toBe(1); // half a person short still needs one more
  });

  it('does not ask for one person too many because of binary noise in c* × population', () => {
    expect(0.55 * 100).toBeGreaterThan(55); // 55.00000000000001
    expect(coverageGap(50, 100, 0.55)).toBe(5);
    expect(0.67 * 1500).toBeGreaterThan(1005); // 1005.0000000000001
    expect(coverageGap(1000, 1500, 0.67)).toBe(5);
    expect(coverageGap(0, 100, 0.07)).toBe(7); // 7.000000000000001
    expect(coverageGap(0, 300, 0.17)).toBe(51); // 51.00000000000001
    expect(coverageGap(900, 1000, 0.95)).toBe(50); // 0.95 × 1000 happens to be exact
  });

  it('snaps only binary noise, never a real fraction of a person, even for a large province', () => {
    // 99% of 13 999 999 is 13 859 999.01: 13 859 999 people are 0.01 short, so one more is needed.
    expect(coverageGap(13_000_000, 13_999_999, 0.99)).toBe(860_000);
    expect(coverageGap(19_000_000, 19_999_999, 0.99)).toBe(800_000);
    expect(coverageGap(0, 1_000_000, 0.95)).toBe(950_000);
    expect(coverageGap(0, 1000, 0.95)).toBe(950);
  });

  it('is 0 once the target is reached, also for covered above the population', () => {
    expect(coverageGap(950, 1000, 0.95)).toBe(0);
    expect(coverageGap(980, 1000, 0.95)).toBe(0);
    expect(coverageGap(1_000, 1000, 1)).toBe(0);
    // Above 100% is a data error, never "nobody more needed" (issue 20).
    expect(coverageGap(1_050, 1000, 1)).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(coverageGap(0, 1000, 0)).toBe(0);
    expect(coverageGap(999, 1000, 1)).toBe(1);
  });

  it('a target outside [0, 1] is #NUM! (a percent given as 95 is refused, not read as 95%)', () => {
    for (const target of [95, 1.0000001, -0.1]) {
      const result = coverageGap(900, 1000, target);
      expect(result).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
      expect(typeof result === 'object' && result.message.en).toContain('between 0 and 1');
    }
  });

  it('a population of 0 or below is #NUM! (nothing is divided), negative covered #NUM!', () => {
    const zero = coverageGap(0, 0, 0.95);
    expect(zero).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(typeof zero === 'object' && zero.message.vi).toContain('dân số phải lớn hơn 0');
    expect(coverageGap(0, -10, 0.95)).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(coverageGap(-1, 1000, 0.95)).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
  });

  it('blank is #N/A, text, NaN and booleans #VALUE!, Infinity #NUM!', () => {
    expect(coverageGap(null, 1000, 0.95)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(coverageGap(900, 1000, undefined)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = coverageGap(900, 1000, '95%' as never);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(typeof text === 'object' && text.message.en).toContain('targetRatio');
    expect(coverageGap(900, NaN, 0.95)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(coverageGap(true as never, 1000, 0.95)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(coverageGap(900, Infinity, 0.95)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(coverageGap(Infinity, 1000, 0.95)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = coverageGap(0, 0, 0.95);
    expect(coverageGap(upstream as never, 1000, 0.95)).toBe(upstream);
    expect(coverageGap(900, upstream as never, 0.95)).toBe(upstream);
    expect(coverageGap(900, 1000, upstream as never)).toBe(upstream);
  });

  it('property: the smallest n ≥ 0 with (covered + n) / population ≥ target, up to a relative 1e-12', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000_000 }),
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (population, coveredRatio, target) => {
          const covered = Math.round(coveredRatio * population);
          const n = coverageGap(covered, population, target);
          // Above 100% is refused (issue 20); everything else is answered.
          if (covered > population) return typeof n !== 'number' && n.code === '#NUM!';
          if (typeof n !== 'number') return false;
          const tolerance = 1e-12 * Math.max(1, target * population, covered);
          const enough = covered + n >= target * population - tolerance;
          const smallest = n === 0 || covered + n - 1 < target * population;
          return Number.isInteger(n) && n >= 0 && enough && smallest;
        },
      ),
    );
  });

  it('property: with round targets (whole percent), the exact answer, never one too many', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.nat(),
        (population, percent, seed) => {
          const covered = seed % (population + 1);
          // Exact in integers: the smallest n with 100 (covered + n) ≥ percent × population.
          const exact = Math.max(0, Math.ceil((percent * population - 100 * covered) / 100));
          return coverageGap(covered, population, percent / 100) === exact;
        },
      ),
    );
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const covered = [900, 940, 990, null, 'x', -1, 900, 900, 1_700_000, Infinity];
    const population = [1000, 1000, 1000, 1000, 1000, 1000, 0, 1000, 1_837_838, 1000];
    const target = [0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 95, 0.95, 0.95];
    const result = coverageGap.array(covered as never, population, target);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) => expect(row).toEqual(coverageGap(covered[i] as never, population[i], target[i])));
    expect(result.errors.size).toBe(6);
    expect(rowsOf(result).slice(0, 3)).toEqual([50, 10, 0]);
  });

  it('array form: single values broadcast', () => {
    expect(coverageGap.array(new Float64Array([900, 940]), 1000, 0.95)).toMatchObject({
      values: new Float64Array([50, 10]),
    });
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(coverageGap.array([1, 2], [1, 2, 3], 0.95)).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });

  it('property: the array form agrees with the scalar on any input', () => {
    const input = fc.oneof(
      fc.double(),
      fc.constant(null),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: -5, max: 1e6 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(input, input, input), { minLength: 1, maxLength: 20 }), (rows) => {
        const covered = rows.map((row) => row[0]);
        const population = rows.map((row) => row[1]);
        const target = rows.map((row) => row[2]);
        const result = coverageGap.array(covered, population, target);
        if (!('values' in result)) return false;
        return rowsOf(result).every((row, i) => {
          const expected = coverageGap(covered[i], population[i], target[i]);
          return typeof expected === 'number'
            ? row === expected
            : typeof row === 'object' && row.message.en === expected.message.en;
        });
      }),
    );
  });
});
