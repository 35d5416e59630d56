import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { share } from './index.js';
import { rowsOf } from '../column/index.js';

describe('share', () => {
  it('is part / total', () => {
    // Thái Bình, report of the Chairman of the provincial People's Committee to the HĐND,
    // 12/2023: 350 petitions received; 139 resolved directly, 170 by departments, 41 remaining.
    expect(share(139, 350)).toBeCloseTo(0.397142857142857, 15);
    expect(share(170, 350)).toBeCloseTo(0.485714285714286, 15);
    expect(share(41, 350)).toBeCloseTo(0.117142857142857, 15);
    expect(share(0, 350)).toBe(0);
  });

  it('allows negative parts and totals (product taxes less subsidies)', () => {
    expect(share(-2, 100)).toBeCloseTo(-0.02, 15);
    expect(share(3, -6)).toBe(-0.5);
  });

  it('a total of 0 is #DIV/0!', () => {
    expect(share(5, 0)).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    expect(share(0, 0)).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
  });

  it('blank is #N/A, text, NaN and booleans #VALUE!, Infinity #NUM!', () => {
    expect(share(null, 350)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(share(139, '  ' as never)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = share('139' as never, 350);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(typeof text === 'object' && text.message.en).toContain('part');
    expect(share(NaN, 350)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(share(139, true as never)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(share(139, Infinity)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(share(1e308, 1e-308)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = share(1, 0);
    expect(share(upstream as never, 5)).toBe(upstream);
    expect(share(5, upstream as never)).toBe(upstream);
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const part = [139, 170, 41, 5, null, 'x', Infinity, 1, -2];
    const total = [350, 350, 350, 0, 350, 350, 350, Infinity, 100];
    const result = share.array(part as never, total);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) => expect(row).toEqual(share(part[i] as never, total[i])));
    expect(result.errors.size).toBe(5);
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(share.array([1, 2], [1, 2, 3])).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });

  it('property: the array form agrees with the scalar on any input', () => {
    const input = fc.oneof(fc.double(), fc.constant(null), fc.constant(0), fc.integer({ min: -1e6, max: 1e6 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(input, input), { minLength: 1, maxLength: 20 }), (pairs) => {
        const part = pairs.map((pair) => pair[0]);
        const total = pairs.map((pair) => pair[1]);
        const result = share.array(part, total);
        if (!('values' in result)) return false;
        return rowsOf(result).every((row, i) => {
          const expected = share(part[i], total[i]);
          return typeof expected === 'number'
            ? row === expected
            : typeof row === 'object' && row.message.en === expected.message.en;
        });
      }),
    );
  });
});
