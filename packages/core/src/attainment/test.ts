import { describe, expect, it } from 'vitest';
import { attainment } from './index.js';
import { rowsOf } from '../column/index.js';

describe('attainment', () => {
  it('is actual / target, neutral to direction', () => {
    // Thái Bình, 9 months 2023: 86,3% of the public investment plan disbursed (vneconomy.vn, 09/2023).
    expect(attainment(0.863, 1)).toBeCloseTo(0.863, 15);
    expect(attainment(3.1, 4)).toBeCloseTo(0.775, 15); // lower-is-better: below 1 is good
    expect(attainment(-3, 10)).toBeCloseTo(-0.3, 15);
  });

  it('a zero target is #DIV/0!, a negative one #NUM!', () => {
    expect(attainment(5, 0)).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    expect(attainment(5, -2)).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
  });

  it('blank actual is #N/A (no data), never 0', () => {
    expect(attainment(undefined, 5)).toMatchObject({ code: '#N/A' });
    expect(attainment('' as never, 5)).toMatchObject({ code: '#N/A' });
    expect(attainment(true as never, 5)).toMatchObject({ code: '#VALUE!' });
  });

  it('array form matches the scalar function row by row', () => {
    const actual = [90, 110, null, 5, Infinity, 0, 5];
    const target = [100, 100, 100, 0, 100, 100, Infinity];
    const result = attainment.array(actual, target);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) => expect(row).toEqual(attainment(actual[i], target[i])));
    expect(result.errors.size).toBe(4);
  });
});
