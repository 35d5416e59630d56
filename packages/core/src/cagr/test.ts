import { describe, expect, it } from 'vitest';
import { cagr } from './index.js';
import { rowsOf } from '../column/index.js';

describe('cagr', () => {
  it("matches Microsoft's documented RRI(96, 10000, 11000) = 0.0009933 (support.microsoft.com, RRI function)", () => {
    expect(cagr(10000, 11000, 96)).toBeCloseTo(0.0009933, 7);
  });

  it('doubles in 10 years at 7.177%/year (textbook rule-of-72 check, exact: 2^(1/10) - 1)', () => {
    expect(cagr(1, 2, 10)).toBeCloseTo(Math.pow(2, 0.1) - 1, 15);
  });

  it('gives -100% for an end value of 0 and 0 for no change', () => {
    expect(cagr(5, 0, 3)).toBe(-1);
    expect(cagr(5, 5, 3)).toBe(0);
  });

  it('refuses a base of 0 or below, negative end, years of 0 or below with #NUM!, like RRI', () => {
    for (const [s, e, n] of [
      [0, 1, 1],
      [-1, 1, 1],
      [1, -1, 1],
      [1, 2, 0],
      [1, 2, -3],
    ]) {
      const result = cagr(s, e, n);
      expect(result).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    }
  });

  it('answers blanks with #N/A and text or NaN with #VALUE!, naming the argument', () => {
    expect(cagr(null, 2, 1)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = cagr(1, '2' as never, 1);
    expect(text).toMatchObject({ code: '#VALUE!' });
    expect(typeof text === 'object' && text.message.en).toContain('end');
    expect(cagr(1, 2, NaN)).toMatchObject({ code: '#VALUE!' });
    expect(cagr(Infinity, 2, 1)).toMatchObject({ code: '#NUM!' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = cagr(-1, 1, 1);
    expect(cagr(upstream as never, 2, 1)).toBe(upstream);
  });

  it('array form: element-wise over columns and typed arrays, single values broadcast', () => {
    const result = cagr.array(new Float64Array([100, 100, -1]), [121, 0, 5], 2);
    expect(rowsOf(result)).toEqual([
      expect.closeTo(0.1, 15),
      -1,
      expect.objectContaining({ code: '#NUM!', reason: 'out-of-domain', argument: 'start', row: 2 }),
    ]);
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const starts = [100, 0, null, 50, 7];
    const ends = [121, 5, 3, 'x', 7];
    const result = cagr.array(starts as never, ends as never, [2, 2, 2, 2, 0]);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) =>
      expect(row).toEqual(cagr(starts[i] as never, ends[i] as never, [2, 2, 2, 2, 0][i])),
    );
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(cagr.array([1, 2], [1, 2, 3], 1)).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });
});
