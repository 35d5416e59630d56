import { describe, expect, it } from 'vitest';
import { growthRate } from './index.js';
import { rowsOf } from '../column/index.js';
import { cagr } from '../cagr/index.js';
import { developmentIndex } from '../developmentIndex/index.js';

describe('growthRate', () => {
  it('is current / previous - 1: 8,56% for an index of 108,56% (docs/method.md, Words: tốc độ tăng)', () => {
    expect(growthRate(100, 108.56)).toBeCloseTo(0.0856, 15);
    // docs/method.md, Growth: "GRDP năm 2020 ước tăng 3,23% so với năm 2019".
    expect(growthRate(100, 103.23)).toBeCloseTo(0.0323, 15);
    expect(growthRate(200, 190)).toBeCloseTo(-0.05, 15);
  });

  it('gives -100% for a current value of 0 and 0 for no change', () => {
    expect(growthRate(5, 0)).toBe(-1);
    expect(growthRate(7, 7)).toBe(0);
    expect(Object.is(growthRate(7, 7), -0)).toBe(false);
  });

  it('keeps the digits of a small rate between large levels', () => {
    // 1 234 567 890 123 → +1: exact rate 1 / 1234567890123; c / p - 1 would keep about 4 digits.
    expect(growthRate(1234567890123, 1234567890124)).toBeCloseTo(1 / 1234567890123, 25);
    expect((growthRate(1234567890123, 1234567890124) as number) * 1234567890123).toBeCloseTo(1, 14);
  });

  it('agrees with cagr over one year and with developmentIndex - 1', () => {
    expect(growthRate(80, 100)).toBeCloseTo(cagr(80, 100, 1) as number, 15);
    expect(growthRate(80, 100)).toBeCloseTo((developmentIndex(80, 100) as number) - 1, 15);
  });

  it('a previous value of 0 is #DIV/0!', () => {
    expect(growthRate(0, 5)).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    expect(growthRate(0, 0)).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
  });

  it('a negative previous or current value is #NUM! (a change of sign has no growth rate)', () => {
    const negativeBase = growthRate(-20, 10);
    expect(negativeBase).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(typeof negativeBase === 'object' && negativeBase.message.en).toContain('-20');
    expect(typeof negativeBase === 'object' && negativeBase.message.vi).toContain('kỳ trước');
    expect(growthRate(20, -10)).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
  });

  it('an overflowing result is #NUM!', () => {
    expect(growthRate(1e-300, 1e300)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('answers blanks with #N/A, text/NaN/logical values with #VALUE!, ±Infinity with #NUM!, naming the argument', () => {
    expect(growthRate(null, 2)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(growthRate(1, undefined)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(growthRate('' as never, 2)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = growthRate(1, '2' as never);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(typeof text === 'object' && text.message.en).toContain('current');
    expect(growthRate(NaN, 2)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(growthRate(true as never, 2)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(growthRate(Infinity, 2)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(growthRate(1, -Infinity)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = growthRate(0, 1);
    expect(growthRate(upstream as never, 2)).toBe(upstream);
    expect(growthRate(2, upstream as never)).toBe(upstream);
  });

  it('array form: element-wise over columns and typed arrays, single values broadcast', () => {
    const result = growthRate.array(new Float64Array([100, 200, -1]), 110);
    if (!('values' in result)) throw new Error('unexpected error');
    const rows = rowsOf(result);
    expect(rows[0]).toBeCloseTo(0.1, 15);
    expect(rows[1]).toBeCloseTo(-0.45, 15);
    expect(rows[2]).toMatchObject({ code: '#NUM!' });
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const previous = [100, 0, null, 50, 7, -3, Infinity, 1e-300, 4, 9, 'x', 5];
    const current = [121, 5, 3, 'x', 7, 2, 1, 1e300, -0, NaN, 3, true];
    const result = growthRate.array(previous as never, current as never);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) => expect(row).toEqual(growthRate(previous[i] as never, current[i] as never)));
    expect(result.errors.size).toBe(9);
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(growthRate.array([1, 2], [1, 2, 3])).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });
});
