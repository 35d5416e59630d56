import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverageRatio } from './index.js';
import { rowsOf } from '../column/index.js';

describe('coverageRatio', () => {
  it('is covered / population', () => {
    // Thái Bình, 11/2024: health insurance coverage 92,5%, "about 1,7 million people insured"
    // (baothaibinh.com.vn, article 214604). The population is not published there; 1 837 838
    // is an illustration that reproduces the published ratio.
    expect(coverageRatio(1_700_000, 1_837_838)).toBeCloseTo(0.925, 6);
    expect(coverageRatio(925, 1000)).toBeCloseTo(0.925, 15);
    expect(coverageRatio(0, 1000)).toBe(0);
    expect(coverageRatio(1000, 1000)).toBe(1);
  });

  it('returns a ratio above 100% as it is, never capped', () => {
    expect(coverageRatio(1_050, 1_000)).toBeCloseTo(1.05, 15);
  });

  it('a population of 0 is #DIV/0!; a negative population or number covered is #NUM!', () => {
    expect(coverageRatio(10, 0)).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    expect(coverageRatio(0, 0)).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    const negativePopulation = coverageRatio(10, -5);
    expect(negativePopulation).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(typeof negativePopulation === 'object' && negativePopulation.message.en).toContain('-5');
    const negativeCovered = coverageRatio(-1, 100);
    expect(negativeCovered).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(typeof negativeCovered === 'object' && negativeCovered.message.vi).toContain('không được âm');
  });

  it('blank is #N/A, text, NaN and booleans #VALUE!, Infinity #NUM!, naming the argument', () => {
    expect(coverageRatio(null, 100)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(coverageRatio(5, undefined)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = coverageRatio(5, '1.000' as never);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(typeof text === 'object' && text.message.en).toContain('population');
    expect(coverageRatio(NaN, 100)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(coverageRatio(true as never, 100)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(coverageRatio(5, Infinity)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(coverageRatio(Infinity, 5)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('overflow is #NUM!, never Infinity', () => {
    expect(coverageRatio(1e308, 1e-308)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = coverageRatio(1, 0);
    expect(coverageRatio(upstream as never, 5)).toBe(upstream);
    expect(coverageRatio(5, upstream as never)).toBe(upstream);
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const upstream = coverageRatio(1, 0);
    const covered = [925, 10, -1, null, 'x', 5, Infinity, 5, 1_050, upstream, 3];
    const population = [1000, 0, 100, 100, 100, -5, 100, Infinity, 1000, 100, NaN];
    const result = coverageRatio.array(covered as never, population);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) => expect(row).toEqual(coverageRatio(covered[i] as never, population[i])));
    expect(rowsOf(result)[9]).toEqual({ ...(upstream as object), row: 9 }); // passed through, placed at its row
    expect(result.errors.size).toBe(9);
  });

  it('array form: typed arrays and broadcast single values', () => {
    const result = coverageRatio.array(new Float64Array([925, 980]), 1000);
    if (!('values' in result)) throw new Error('unexpected error');
    expect(Array.from(result.values)).toEqual([0.925, 0.98]);
    expect(coverageRatio.array(new Int32Array([1, 2]), new Int32Array([4, 4]))).toMatchObject({
      values: new Float64Array([0.25, 0.5]),
    });
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(coverageRatio.array([1, 2], [1, 2, 3])).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });

  it('property: the array form agrees with the scalar on any input', () => {
    const input = fc.oneof(fc.double(), fc.constant(null), fc.constant(0), fc.integer({ min: -10, max: 1e7 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(input, input), { minLength: 1, maxLength: 20 }), (pairs) => {
        const covered = pairs.map((pair) => pair[0]);
        const population = pairs.map((pair) => pair[1]);
        const result = coverageRatio.array(covered, population);
        if (!('values' in result)) return false;
        return rowsOf(result).every((row, i) => {
          const expected = coverageRatio(covered[i], population[i]);
          return typeof expected === 'number'
            ? row === expected
            : typeof row === 'object' && row.message.en === expected.message.en;
        });
      }),
    );
  });
});
