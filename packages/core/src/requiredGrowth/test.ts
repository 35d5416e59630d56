import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { requiredGrowth } from './index.js';
import { project } from '../project/index.js';
import { cagr } from '../cagr/index.js';
import { rowsOf } from '../column/index.js';

describe('requiredGrowth', () => {
  it('is the constant rate from the latest value to the target in the years left (docs/method.md: g_req = (Y*/y_k)^(1/(T-k)) - 1)', () => {
    expect(requiredGrowth(100, 121, 2)).toBeCloseTo(0.1, 15);
    // Same quantity as Excel's RRI: Microsoft's example RRI(96, 10000, 11000) = 0.0009933.
    expect(requiredGrowth(10000, 11000, 96)).toBeCloseTo(0.0009933, 7);
    expect(requiredGrowth(10000, 11000, 96)).toBe(cagr(10000, 11000, 96));
  });

  it('a target already passed gives the fall still allowed; a target of 0 gives -100%; no change gives 0', () => {
    expect(requiredGrowth(121, 100, 2)).toBeCloseTo(1 / 1.1 - 1, 15);
    expect(requiredGrowth(5, 0, 3)).toBe(-1);
    expect(requiredGrowth(5, 5, 3)).toBe(0);
  });

  it('growing at the required rate reaches the target (property)', () => {
    // Realistic ranges: a target within a factor 20 of the current value, 1 to 30 years. (Very
    // close to -100% a rate holds few digits of 1 + g, whatever computes it.)
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        (current, ratio, years) => {
          const target = current * ratio;
          const rate = requiredGrowth(current, target, years) as number;
          expect(Math.abs((project(current, rate, years) as number) - target)).toBeLessThanOrEqual(target * 1e-11);
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('current ≤ 0, target < 0 or years ≤ 0 is #NUM!, naming the broken rule', () => {
    for (const [c, t, n] of [
      [0, 1, 1],
      [-1, 1, 1],
      [1, -1, 1],
      [1, 2, 0],
      [1, 2, -3],
    ]) {
      expect(requiredGrowth(c, t, n)).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    }
    const zero = requiredGrowth(0, 121, 2);
    expect(typeof zero === 'object' && zero.message.en).toContain('current value must be greater than 0 (got 0)');
    const years = requiredGrowth(1, 2, -3);
    expect(typeof years === 'object' && years.message.vi).toContain('số năm còn lại');
  });

  it('an overflowing result is #NUM!', () => {
    expect(requiredGrowth(1e-300, 1e300, 0.5)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('answers blanks with #N/A, text/NaN/logical values with #VALUE!, ±Infinity with #NUM!, naming the argument', () => {
    expect(requiredGrowth(null, 2, 1)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(requiredGrowth(1, 2, undefined)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = requiredGrowth(1, '2' as never, 1);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(typeof text === 'object' && text.message.en).toContain('target');
    expect(requiredGrowth(1, 2, NaN)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(requiredGrowth(false as never, 2, 1)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(requiredGrowth(1, Infinity, 1)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = requiredGrowth(-1, 1, 1);
    expect(requiredGrowth(upstream as never, 2, 1)).toBe(upstream);
    expect(requiredGrowth(1, 2, upstream as never)).toBe(upstream);
  });

  it('array form: element-wise over columns and typed arrays, single values broadcast', () => {
    const result = requiredGrowth.array(new Float64Array([100, 100, -1]), [121, 0, 5], 2);
    if (!('values' in result)) throw new Error('unexpected error');
    const rows = rowsOf(result);
    expect(rows[0]).toBeCloseTo(0.1, 15);
    expect(rows[1]).toBe(-1);
    expect(rows[2]).toMatchObject({ code: '#NUM!' });
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const current = [100, 0, null, 50, 7, 1e-300, 3, Infinity, 4];
    const target = [121, 5, 3, 'x', 7, 1e300, -1, 1, 4];
    const years = [2, 2, 2, 2, 0, 0.5, 1, 1, NaN];
    const result = requiredGrowth.array(current as never, target as never, years);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) =>
      expect(row).toEqual(requiredGrowth(current[i] as never, target[i] as never, years[i])),
    );
    expect(result.errors.size).toBe(8);
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(requiredGrowth.array([1, 2], [1, 2, 3], 1)).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });
});
