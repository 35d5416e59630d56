import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gap } from './index.js';
import { rowsOf } from '../column/index.js';

describe('gap', () => {
  it('is actual − target in the unit of the indicator (pp for rates)', () => {
    // Thái Bình, 11/2024: health insurance coverage 92,5% (baothaibinh.com.vn 214604) against
    // the "95% trở lên" target: 2,5 percentage points short.
    expect(gap(0.925, 0.95)).toBeCloseTo(-0.025, 15);
    expect(gap(14.6, 14)).toBeCloseTo(0.6, 12);
    expect(gap(0.95, 0.95)).toBe(0);
  });

  it('returns the plain difference, float noise included (rounding is for display)', () => {
    expect(gap(0.925, 0.95)).toBe(0.925 - 0.95);
    expect(gap(0.3, 0.1)).toBe(0.3 - 0.1);
  });

  it('works for targets of 0 or below, where a ratio cannot', () => {
    expect(gap(-1.5, 0)).toBe(-1.5);
    expect(gap(-1, -3)).toBe(2);
  });

  it('blank is #N/A, text, NaN and booleans #VALUE!, Infinity and overflow #NUM!', () => {
    expect(gap(null, 0.95)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(gap(0.9, undefined)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = gap('92,5%' as never, 0.95);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(typeof text === 'object' && text.message.en).toContain('actual');
    expect(gap(NaN, 0.95)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(gap(0.9, true as never)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(gap(Infinity, 0.95)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(gap(1.7e308, -1.7e308)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = gap(null, 1);
    expect(gap(upstream as never, 5)).toBe(upstream);
    expect(gap(5, upstream as never)).toBe(upstream);
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const actual = [0.97, 0.925, null, 'x', Infinity, 1, 1.7e308, NaN];
    const target = [0.95, 0.95, 0.95, 0.95, 0.95, -Infinity, -1.7e308, 0];
    const result = gap.array(actual as never, target);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) => expect(row).toEqual(gap(actual[i] as never, target[i])));
    expect(result.errors.size).toBe(6);
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(gap.array([1, 2], [1, 2, 3])).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });

  it('property: the array form agrees with the scalar on any input', () => {
    const input = fc.oneof(fc.double(), fc.constant(null), fc.double({ min: -1, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(input, input), { minLength: 1, maxLength: 20 }), (pairs) => {
        const actual = pairs.map((pair) => pair[0]);
        const target = pairs.map((pair) => pair[1]);
        const result = gap.array(actual, target);
        if (!('values' in result)) return false;
        return rowsOf(result).every((row, i) => {
          const expected = gap(actual[i], target[i]);
          return typeof expected === 'number'
            ? row === expected
            : typeof row === 'object' && row.message.en === expected.message.en;
        });
      }),
    );
  });
});
