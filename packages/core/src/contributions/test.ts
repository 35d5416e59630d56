import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contributions } from './index.js';
import { growthRate } from '../growthRate/index.js';
import { rowsOf } from '../column/index.js';

describe('contributions', () => {
  it('c_i = (x_i,t - x_i,t-1) / X_t-1 and the parts add up to the total growth (hand-computed table)', () => {
    // Three sectors, total 1000 → 1063: agriculture +3, industry +30, services +30.
    // Contributions 0,3 + 3,0 + 3,0 điểm phần trăm = 6,3% total growth (docs/method.md, Growth).
    const result = contributions([100, 300, 600], [103, 330, 630]);
    if ('code' in result) throw new Error('unexpected error');
    expect(result.parts[0]).toBeCloseTo(0.003, 15);
    expect(result.parts[1]).toBeCloseTo(0.03, 15);
    expect(result.parts[2]).toBeCloseTo(0.03, 15);
    expect(result.total).toBeCloseTo(0.063, 15);
    expect(result.total).toBeCloseTo(growthRate(1000, 1063) as number, 15);
  });

  it('a part may be negative (product subsidies) or fall; its contribution is then negative', () => {
    // Sectors plus "thuế sản phẩm trừ trợ cấp sản phẩm" (product taxes less subsidies).
    const result = contributions([400, 500, -20, 120], [410, 540, -25, 118]);
    if ('code' in result) throw new Error('unexpected error');
    expect(result.parts.map((part) => Math.round(part * 1e6) / 1e6)).toEqual([0.01, 0.04, -0.005, -0.002]);
    expect(result.total).toBeCloseTo(0.043, 15);
  });

  it('the parts add up to the total, and the total is the growth of the sum (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: -0.5, max: 0.5, noNaN: true })),
          { minLength: 1, maxLength: 20 },
        ),
        (rows) => {
          const previous = rows.map(([x]) => x);
          const current = rows.map(([x, g]) => x * (1 + g));
          const result = contributions(previous, current);
          if ('code' in result) throw new Error('unexpected error');
          const sum = result.parts.reduce((a, b) => a + b, 0);
          const scale = result.parts.reduce((a, b) => a + Math.abs(b), 0);
          expect(Math.abs(sum - result.total)).toBeLessThanOrEqual(1e-14 * scale + 1e-300);
          const before = previous.reduce((a, b) => a + b, 0);
          const after = current.reduce((a, b) => a + b, 0);
          expect(Math.abs(result.total - (after - before) / before)).toBeLessThanOrEqual(1e-12 * (after / before));
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('a previous total of 0 is #DIV/0!, a negative one #NUM!', () => {
    expect(contributions([5, -5], [6, -4])).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    const negative = contributions([5, -10], [6, -4]);
    expect(negative).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect('code' in negative && negative.message.en).toContain('(got -5)');
  });

  it('a blank part is #N/A (the table cannot add up), even when the total is also broken', () => {
    const blank = contributions([100, 300], [103, null]);
    expect(blank).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect('code' in blank && blank.message.en).toContain('currentParts[1]');
    expect(contributions([undefined, 300], [103, 330])).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(contributions([0, 0], [1, ' ' as never])).toMatchObject({ code: '#N/A', reason: 'no-data' });
  });

  it('empty lists are #N/A; lists of different lengths are #VALUE! (length-mismatch); non-lists #VALUE! (invalid-option)', () => {
    expect(contributions([], [])).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(contributions([1, 2], [1, 2, 3])).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
    expect(contributions(5 as never, [5])).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    const second = contributions([5], null as never);
    expect(second).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect('code' in second && second.message.en).toContain('currentParts');
  });

  it('text, NaN and logical values are #VALUE!, ±Infinity and overflow #NUM!', () => {
    expect(contributions([1, '2' as never], [1, 2])).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(contributions([1, 2], [NaN, 2])).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(contributions([1, 2], [false as never, 2])).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(contributions([1, Infinity], [1, 2])).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(contributions([1e308, 1e308], [1, 2])).toMatchObject({ code: '#NUM!', reason: 'not-finite' }); // total overflows
    expect(contributions([1e-300, 0], [1e300, 0])).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an error value through unchanged: the first one found, previous parts first', () => {
    const first = contributions([], []);
    const second = contributions([0], [1]);
    expect(contributions([1, first as never], [second as never, 2])).toBe(first);
    expect(contributions([1, 2], [second as never, first as never])).toBe(second);
    expect(contributions(first as never, [1])).toBe(first);
    expect(contributions([1], first as never)).toBe(first);
  });

  it('array form: one table per row; a column per part and one for the total', () => {
    const result = contributions.array(
      [[100, 50], new Float64Array([300, 50]), [600, 0]],
      [
        [103, 55],
        [330, 45],
        [630, 1],
      ],
    );
    if ('code' in result) throw new Error('unexpected error');
    expect(result.parts.length).toBe(3);
    const scalar0 = contributions([100, 300, 600], [103, 330, 630]);
    const scalar1 = contributions([50, 50, 0], [55, 45, 1]);
    if ('code' in scalar0 || 'code' in scalar1) throw new Error('unexpected error');
    expect(result.parts.map((part) => part.values[0])).toEqual(scalar0.parts);
    expect(result.parts.map((part) => part.values[1])).toEqual(scalar1.parts);
    expect(rowsOf(result.total)).toEqual([scalar0.total, scalar1.total]);
  });

  it('array form: each row equals the scalar function, its error in every column', () => {
    const upstream = contributions([], []);
    const previous1 = [100, 5, null, 1, 1, 1e308, 10, upstream, 0.1];
    const previous2 = [300, -5, 2, 'x', -3, 1e308, 20, 1, 0.2];
    const current1 = [103, 6, 3, 1, 1, 1, Infinity, 1, 0.3];
    const current2 = [330, -4, 4, 2, 1, 1, 30, 1, 0.1];
    const result = contributions.array([previous1, previous2] as never, [current1, current2] as never);
    if ('code' in result) throw new Error('unexpected error');
    for (let i = 0; i < previous1.length; i++) {
      const scalar = contributions([previous1[i], previous2[i]] as never, [current1[i], current2[i]] as never);
      if ('code' in scalar) {
        expect(result.total.errors.get(i)).toEqual(scalar);
        for (const part of result.parts) {
          expect(part.errors.get(i)).toEqual(scalar);
          expect(part.values[i]).toBe(0);
        }
      } else {
        expect(result.total.errors.has(i)).toBe(false);
        expect(result.total.values[i]).toBe(scalar.total);
        result.parts.forEach((part, p) => expect(part.values[i]).toBe(scalar.parts[p]));
      }
    }
    expect(result.total.errors.get(7)).toEqual({ ...upstream, row: 7 }); // passed through, placed at its row
    expect(result.total.errors.size).toBe(7);
  });

  it('array form: bad lists are #VALUE!; different numbers of parts or rows are length-mismatch', () => {
    expect(contributions.array([], [])).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(contributions.array([[1]], [5] as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(contributions.array([[1], [2]], [[1]])).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
    expect(contributions.array([[1, 2]], [[1]])).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
    expect(
      contributions.array(
        [[1, 2], [1]],
        [
          [1, 2],
          [1, 2],
        ],
      ),
    ).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });
});
