import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { requiredAverageGrowth } from './index.js';
import { averageGrowth } from '../averageGrowth/index.js';
import { rowsOf } from '../column/index.js';

describe('requiredAverageGrowth', () => {
  it('docs/method.md worked example: 9%/year over 5 years after three years at 8,56% needs 9,663% in each of the last two', () => {
    const exact = Math.sqrt(Math.pow(1.09, 5) / Math.pow(1.0856, 3)) - 1; // 0.0966334…
    expect(requiredAverageGrowth(0.09, 5, [0.0856, 0.0856, 0.0856])).toBeCloseTo(0.09663, 5);
    expect(requiredAverageGrowth(0.09, 5, [0.0856, 0.0856, 0.0856])).toBeCloseTo(exact, 14);
  });

  it('with nothing achieved yet the answer is the target; on target so far, the target again', () => {
    expect(requiredAverageGrowth(0.09, 5, [])).toBeCloseTo(0.09, 15);
    expect(requiredAverageGrowth(0.09, 5, [null, undefined])).toBeCloseTo(0.09, 15);
    expect(requiredAverageGrowth(0.07, 5, [0.07, 0.07])).toBeCloseTo(0.07, 15);
    expect(requiredAverageGrowth(0.07, 5, new Float64Array([0.08, 0.06]))).toBeCloseTo(
      Math.cbrt(Math.pow(1.07, 5) / (1.08 * 1.06)) - 1,
      15,
    );
  });

  it('skips blank achieved rates: k is the number of non-blank ones', () => {
    expect(requiredAverageGrowth(0.09, 5, [0.0856, null, 0.0856, '' as never, 0.0856])).toBe(
      requiredAverageGrowth(0.09, 5, [0.0856, 0.0856, 0.0856]),
    );
  });

  it('ahead of target, the required rate is below the target and may be negative', () => {
    expect(requiredAverageGrowth(0.05, 3, [0.2, 0.2])).toBeCloseTo(Math.pow(1.05, 3) / 1.44 - 1, 15);
    expect(requiredAverageGrowth(0.05, 3, [0.2, 0.2]) as number).toBeLessThan(0);
  });

  it('the required rate, applied in every remaining year, brings the term average to the target exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.integer({ min: 2, max: 10 }),
        fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { maxLength: 9 }),
        (target, term, achieved) => {
          const done = achieved.slice(0, term - 1);
          const needed = requiredAverageGrowth(target, term, done);
          expect(typeof needed).toBe('number');
          const whole = [...done, ...new Array(term - done.length).fill(needed)];
          const average = averageGrowth(whole) as number;
          // Relative 1e-12 on the index 1 + g (the geometric average itself).
          expect(Math.abs(1 + average - (1 + target))).toBeLessThanOrEqual(1e-12 * (1 + target));
        },
      ),
      { numRuns: 2000, seed: 2025 },
    );
  });

  it('no year left in the term is #NUM! (out-of-domain)', () => {
    const full = requiredAverageGrowth(0.09, 3, [0.08, 0.09, 0.1]);
    expect(full).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(typeof full === 'object' && full.message.en).toContain('no years left in the term');
    expect(typeof full === 'object' && full.message.vi).toContain('không còn năm nào');
    expect(requiredAverageGrowth(0.09, 2, [0.08, 0.09, 0.1])).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(requiredAverageGrowth(0.09, 3.5, [0.08, 0.09, 0.1])).toBeTypeOf('number'); // half a year left
  });

  it('a target rate or an achieved rate of -1 or below, or a term of 0 years or fewer, is #NUM!', () => {
    expect(requiredAverageGrowth(-1, 5, [0.1])).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(requiredAverageGrowth(-2, 5, [0.1])).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    const achieved = requiredAverageGrowth(0.09, 5, [0.1, -1]);
    expect(achieved).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(typeof achieved === 'object' && achieved.message.en).toContain('achievedRates[1]');
    expect(requiredAverageGrowth(0.09, 0, [])).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(requiredAverageGrowth(0.09, -5, [])).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
  });

  it('an overflowing result is #NUM!', () => {
    expect(requiredAverageGrowth(1e300, 3, [-0.999999999])).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('blank target or term is #N/A; text, NaN and logical values #VALUE!; ±Infinity #NUM!', () => {
    expect(requiredAverageGrowth(null, 5, [])).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(requiredAverageGrowth(0.09, undefined, [])).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = requiredAverageGrowth(0.09, 5, [0.1, '8,56%' as never]);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(typeof text === 'object' && text.message.en).toContain('achievedRates[1]');
    expect(requiredAverageGrowth('9%' as never, 5, [])).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(requiredAverageGrowth(0.09, NaN, [])).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(requiredAverageGrowth(0.09, 5, [true as never])).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(requiredAverageGrowth(Infinity, 5, [])).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(requiredAverageGrowth(0.09, 5, [-Infinity])).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('achievedRates that is not a list is #VALUE! (invalid-option)', () => {
    for (const achieved of [0.0856, '0.0856', null, undefined]) {
      expect(requiredAverageGrowth(0.09, 5, achieved as never)).toMatchObject({
        code: '#VALUE!',
        reason: 'invalid-option',
      });
    }
  });

  it('passes an error value through unchanged (the first one found)', () => {
    const upstream = requiredAverageGrowth(-1, 5, []);
    const other = averageGrowth([]);
    expect(requiredAverageGrowth(upstream as never, 5, [])).toBe(upstream);
    expect(requiredAverageGrowth(0.09, upstream as never, [])).toBe(upstream);
    expect(requiredAverageGrowth(0.09, 5, upstream as never)).toBe(upstream);
    expect(requiredAverageGrowth(0.09, 5, [0.1, upstream as never, other as never])).toBe(upstream);
  });

  it('array form: one rate per indicator row; targets and term broadcast; blanks skipped', () => {
    const result = requiredAverageGrowth.array([0.09, 0.07], 5, [
      [0.0856, 0.07],
      [0.0856, null],
      new Float64Array([0.0856, 0.06]),
    ]);
    if (!('values' in result)) throw new Error('unexpected error');
    const rows = rowsOf(result);
    expect(rows[0]).toBe(requiredAverageGrowth(0.09, 5, [0.0856, 0.0856, 0.0856]));
    expect(rows[1]).toBe(requiredAverageGrowth(0.07, 5, [0.07, 0.06]));
    const none = requiredAverageGrowth.array([0.09, 0.07], 5, []);
    if (!('values' in none)) throw new Error('unexpected error');
    expect(rowsOf(none)).toEqual([requiredAverageGrowth(0.09, 5, []), requiredAverageGrowth(0.07, 5, [])]);
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const upstream = averageGrowth([]);
    const targets = [0.09, 0.09, null, 0.09, -1, 0.09, 0.09, 0.09, 'x', 0.09, 0.09, 1e300];
    const terms = [5, 2, 5, 0, 5, 5, 5, 5, 5, 2.5, 5, 3];
    const year1 = [0.0856, 0.08, 0.1, 0.1, 0.1, null, 'x', -1, 0.1, null, upstream, -0.999999999];
    const year2 = [0.0856, 0.09, 0.1, 0.1, 0.1, null, 0.1, 0.1, 0.1, 0.05, 0.1, null];
    const result = requiredAverageGrowth.array(targets as never, terms, [year1, year2] as never);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) =>
      expect(row).toEqual(requiredAverageGrowth(targets[i] as never, terms[i], [year1[i], year2[i]] as never)),
    );
    expect(result.errors.get(10)).toEqual({ ...(upstream as object), row: 10 }); // passed through, placed at its row
    expect(result.errors.size).toBe(9);
  });

  it('array form: achievedColumns not a list of columns is #VALUE!; columns of different lengths too', () => {
    expect(requiredAverageGrowth.array(0.09, 5, [0.1, 0.2] as never)).toMatchObject({
      code: '#VALUE!',
      reason: 'invalid-option',
    });
    expect(requiredAverageGrowth.array(0.09, 5, null as never)).toMatchObject({
      code: '#VALUE!',
      reason: 'invalid-option',
    });
    expect(requiredAverageGrowth.array([0.09, 0.1], 5, [[0.1, 0.2, 0.3]])).toMatchObject({
      code: '#VALUE!',
      reason: 'length-mismatch',
    });
    expect(requiredAverageGrowth.array(0.09, [5, 5], [[0.1, 0.2], [0.1]])).toMatchObject({
      code: '#VALUE!',
      reason: 'length-mismatch',
    });
  });
});
