import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { project } from './index.js';
import { cagr } from '../cagr/index.js';
import { rowsOf } from '../column/index.js';

describe('project', () => {
  it('is value × (1 + rate)^years (docs/method.md: y_T = y_k (1 + g)^(T - k))', () => {
    expect(project(100, 0.1, 2)).toBeCloseTo(121, 12);
    // Microsoft's RRI example read backwards: 10000 at 0.0009933%/period for 96 periods ≈ 11000.
    expect(project(10000, cagr(10000, 11000, 96) as number, 96)).toBeCloseTo(11000, 9);
    expect(project(100, 0.0856, 0)).toBe(100);
    expect(project(100, 0.21, 0.5)).toBeCloseTo(110, 12);
  });

  it('a rate of -100% projects to 0 (and to the value itself for 0 years); a value of 0 stays 0', () => {
    expect(project(100, -1, 3)).toBe(0);
    expect(project(100, -1, 0)).toBe(100);
    expect(project(0, 1e300, 5)).toBe(0); // no 0 × Infinity
    expect(project(-50, 0.1, 1)).toBeCloseTo(-55, 12);
  });

  it('project(y0, cagr(y0, yn, n), n) returns yn (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        fc.double({ min: 0.02, max: 50, noNaN: true }),
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        (y0, ratio, n) => {
          const yn = y0 * ratio;
          const rate = cagr(y0, yn, n) as number;
          expect(Math.abs((project(y0, rate, n) as number) - yn)).toBeLessThanOrEqual(yn * 1e-11);
        },
      ),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('a rate below -1 or negative years is #NUM!, naming the broken rule', () => {
    const rate = project(100, -1.5, 2);
    expect(rate).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(typeof rate === 'object' && rate.message.en).toContain('-1.5');
    const years = project(100, 0.1, -1);
    expect(years).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(typeof years === 'object' && years.message.vi).toContain('số năm');
  });

  it('an overflowing projection is #NUM!', () => {
    expect(project(1e300, 1, 100)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(project(-1e300, 1, 100)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('answers blanks with #N/A, text/NaN/logical values with #VALUE!, ±Infinity with #NUM!, naming the argument', () => {
    expect(project(null, 0.1, 1)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(project(1, 0.1, '' as never)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = project(1, '10%' as never, 1);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(typeof text === 'object' && text.message.en).toContain('rate');
    expect(project(1, 0.1, NaN)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(project(true as never, 0.1, 1)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(project(1, 0.1, Infinity)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = project(1, -2, 1);
    expect(project(upstream as never, 0.1, 1)).toBe(upstream);
    expect(project(1, upstream as never, 1)).toBe(upstream);
  });

  it('array form: element-wise over columns and typed arrays, single values broadcast', () => {
    const result = project.array(new Float64Array([100, 200, 5]), [0.1, -0.5, -2], 2);
    if (!('values' in result)) throw new Error('unexpected error');
    const rows = rowsOf(result);
    expect(rows[0]).toBeCloseTo(121, 12);
    expect(rows[1]).toBe(50);
    expect(rows[2]).toMatchObject({ code: '#NUM!' });
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const value = [100, 0, null, 50, 7, 1e300, 3, Infinity, 4, 0, -8];
    const rate = [0.1, 1e300, 0.1, 'x', -1, 1, -1.01, 0.1, 0.1, 0.1, 0.5];
    const years = [2, 5, 2, 2, 0, 100, 1, 1, -1, NaN, 3];
    const result = project.array(value, rate as never, years);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) => expect(row).toEqual(project(value[i], rate[i] as never, years[i])));
    expect(result.errors.size).toBe(7);
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(project.array([1, 2], [1, 2, 3], 1)).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });
});
