import { describe, expect, it } from 'vitest';
import { developmentIndex } from './index.js';
import { rowsOf } from '../column/index.js';
import { cagr } from '../cagr/index.js';

describe('developmentIndex', () => {
  it('is current / previous: 108,56% for a growth of 8,56% (docs/method.md, Words: chỉ số phát triển)', () => {
    expect(developmentIndex(100, 108.56)).toBeCloseTo(1.0856, 15);
    // docs/method.md, Growth: "GRDP năm 2020 ước tăng 3,23% so với năm 2019" is an index of 103,23%.
    expect(developmentIndex(100, 103.23)).toBeCloseTo(1.0323, 15);
    expect(developmentIndex(200, 190)).toBeCloseTo(0.95, 15);
  });

  it('gives 0 for a current value of 0 and 1 for no change', () => {
    expect(developmentIndex(5, 0)).toBe(0);
    expect(developmentIndex(5, -0)).toBe(0);
    expect(Object.is(developmentIndex(5, -0), -0)).toBe(false);
    expect(developmentIndex(7, 7)).toBe(1);
  });

  it('agrees with cagr over one year plus 1', () => {
    expect(developmentIndex(80, 100)).toBeCloseTo((cagr(80, 100, 1) as number) + 1, 15);
  });

  it('a previous value of 0 is #DIV/0!', () => {
    expect(developmentIndex(0, 5)).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    expect(developmentIndex(0, 0)).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
  });

  it('a negative previous or current value is #NUM! (a change of sign has no growth rate)', () => {
    const negativeBase = developmentIndex(-20, 10);
    expect(negativeBase).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(typeof negativeBase === 'object' && negativeBase.message.en).toContain('-20');
    expect(typeof negativeBase === 'object' && negativeBase.message.vi).toContain('kỳ trước');
    expect(developmentIndex(20, -10)).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
  });

  it('an overflowing result is #NUM!', () => {
    expect(developmentIndex(1e-300, 1e300)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('answers blanks with #N/A, text/NaN/logical values with #VALUE!, ±Infinity with #NUM!, naming the argument', () => {
    expect(developmentIndex(null, 2)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(developmentIndex(1, undefined)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(developmentIndex('' as never, 2)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = developmentIndex(1, '2' as never);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(typeof text === 'object' && text.message.en).toContain('current');
    expect(developmentIndex(NaN, 2)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(developmentIndex(true as never, 2)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(developmentIndex(Infinity, 2)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(developmentIndex(1, -Infinity)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = developmentIndex(0, 1);
    expect(developmentIndex(upstream as never, 2)).toBe(upstream);
    expect(developmentIndex(2, upstream as never)).toBe(upstream);
  });

  it('array form: element-wise over columns and typed arrays, single values broadcast', () => {
    const result = developmentIndex.array(new Float64Array([100, 200, -1]), 110);
    if (!('values' in result)) throw new Error('unexpected error');
    const rows = rowsOf(result);
    expect(rows[0]).toBeCloseTo(1.1, 15);
    expect(rows[1]).toBeCloseTo(0.55, 15);
    expect(rows[2]).toMatchObject({ code: '#NUM!' });
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const previous = [100, 0, null, 50, 7, -3, Infinity, 1e-300, 4, 9, 'x', 5];
    const current = [121, 5, 3, 'x', 7, 2, 1, 1e300, -0, NaN, 3, true];
    const result = developmentIndex.array(previous as never, current as never);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) =>
      expect(row).toEqual(developmentIndex(previous[i] as never, current[i] as never)),
    );
    expect(result.errors.size).toBe(9);
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(developmentIndex.array([1, 2], [1, 2, 3])).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });
});
