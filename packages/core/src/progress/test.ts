import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { progress } from './index.js';
import { rowsOf } from '../column/index.js';

describe('progress', () => {
  it('is the share of the distance from the baseline to the target that is covered', () => {
    // Illustration on Thái Bình's health insurance coverage: 92,5% in 11/2024
    // (baothaibinh.com.vn 214604) on the way from a 90% baseline to the 95% target.
    expect(progress(0.9, 0.925, 0.95)).toBeCloseTo(0.5, 12);
    expect(progress(100, 150, 200)).toBe(0.5);
    expect(progress(100, 250, 200)).toBe(1.5); // beyond the target
    expect(progress(100, 80, 200)).toBe(-0.2); // moving the wrong way
  });

  it('works for lower-is-better indicators: a fall towards a lower target is progress', () => {
    expect(progress(0.04, 0.03, 0.02)).toBeCloseTo(0.5, 12);
    expect(progress(0.04, 0.05, 0.02)).toBeCloseTo(-0.5, 12);
  });

  it('a target equal to the baseline is #DIV/0!', () => {
    const result = progress(0.9, 0.92, 0.9);
    expect(result).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    expect(typeof result === 'object' && result.message.en).toContain('baseline');
  });

  it('blank is #N/A, text, NaN and booleans #VALUE!, Infinity and overflow #NUM!', () => {
    expect(progress(null, 1, 2)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(progress(0, undefined, 2)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = progress(0, 1, '2' as never);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(typeof text === 'object' && text.message.en).toContain('target');
    expect(progress(0, NaN, 2)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(progress(false as never, 1, 2)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(progress(0, Infinity, 2)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(progress(0, 1e308, 1e-308)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = progress(1, 1, 1);
    expect(progress(upstream as never, 1, 2)).toBe(upstream);
    expect(progress(0, upstream as never, 2)).toBe(upstream);
    expect(progress(0, 1, upstream as never)).toBe(upstream);
  });

  it('property: 0 at the baseline, 1 at the target', () => {
    const value = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(value, value, (baseline, target) => {
        fc.pre(baseline !== target);
        return progress(baseline, baseline, target) === 0 && progress(baseline, target, target) === 1;
      }),
    );
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const baseline = [100, 100, 0.9, null, 0, 0, Infinity, 100];
    const actual = [150, 250, 0.92, 1, 'x', 1, 1, 100];
    const target = [200, 200, 0.9, 2, 2, Infinity, 2, 200];
    const result = progress.array(baseline, actual as never, target);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) => expect(row).toEqual(progress(baseline[i], actual[i] as never, target[i])));
    expect(result.errors.size).toBe(5);
    expect(rowsOf(result)[7]).toBe(0);
  });

  it('array form: single values broadcast, typed arrays are read as they are', () => {
    const result = progress.array(100, new Float64Array([100, 150, 200]), 200);
    expect(result).toMatchObject({ values: new Float64Array([0, 0.5, 1]) });
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(progress.array([1, 2], [1, 2, 3], 5)).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });

  it('property: the array form agrees with the scalar on any input', () => {
    const input = fc.oneof(fc.double(), fc.constant(null), fc.integer({ min: -3, max: 3 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(input, input, input), { minLength: 1, maxLength: 20 }), (rows) => {
        const baseline = rows.map((row) => row[0]);
        const actual = rows.map((row) => row[1]);
        const target = rows.map((row) => row[2]);
        const result = progress.array(baseline, actual, target);
        if (!('values' in result)) return false;
        return rowsOf(result).every((row, i) => {
          const expected = progress(baseline[i], actual[i], target[i]);
          return typeof expected === 'number'
            ? row === expected
            : typeof row === 'object' && row.message.en === expected.message.en;
        });
      }),
    );
  });
});
