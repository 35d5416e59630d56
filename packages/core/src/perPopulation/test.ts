import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { perPopulation } from './index.js';
import { rowsOf } from '../column/index.js';

describe('perPopulation', () => {
  it('is count / population × 10,000 by default (trên 1 vạn dân)', () => {
    // Thái Bình term resolution target: "14 bác sĩ trở lên" per 10,000 people. Illustration:
    // 2 660 doctors for 1 900 000 people is exactly 14.
    expect(perPopulation(2_660, 1_900_000)).toBeCloseTo(14, 12);
    expect(perPopulation(1_250, 1_000_000)).toBeCloseTo(12.5, 12);
    expect(perPopulation(0, 1_000_000)).toBe(0);
  });

  it('takes other bases: per 1,000 and per 100,000', () => {
    expect(perPopulation(45, 1_500_000, 100_000)).toBeCloseTo(3, 12);
    expect(perPopulation(30, 2_000, 1_000)).toBeCloseTo(15, 12);
  });

  it('an explicit undefined per is the default, a blank null per is #N/A', () => {
    expect(perPopulation(1_400, 1_000_000, undefined)).toBeCloseTo(14, 12);
    expect(perPopulation(1_400, 1_000_000, null)).toMatchObject({ code: '#N/A', reason: 'no-data' });
  });

  it('per ≤ 0 is #NUM!; population 0 is #DIV/0!, negative #NUM!; negative count #NUM!', () => {
    for (const per of [0, -10_000]) {
      const result = perPopulation(10, 1000, per);
      expect(result).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
      expect(typeof result === 'object' && result.message.en).toContain('per must be greater than 0');
    }
    expect(perPopulation(10, 0)).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    expect(perPopulation(10, -1000)).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    const negative = perPopulation(-3, 1000);
    expect(negative).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect(typeof negative === 'object' && negative.message.vi).toContain('(nhận được -3)');
  });

  it('blank is #N/A, text, NaN and booleans #VALUE!, Infinity #NUM!', () => {
    expect(perPopulation(undefined, 1000)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(perPopulation('' as never, 1000)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(perPopulation('14' as never, 1000)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(perPopulation(14, NaN)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(perPopulation(14, 1000, false as never)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(perPopulation(14, 1000, Infinity)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(perPopulation(-Infinity, 1000)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(perPopulation(1e300, 1e-300)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = perPopulation(1, 0);
    expect(perPopulation(upstream as never, 1000)).toBe(upstream);
    expect(perPopulation(1, upstream as never)).toBe(upstream);
    expect(perPopulation(1, 1000, upstream as never)).toBe(upstream);
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const count = [1_400, 10, -3, null, 'x', 10, 10, Infinity, 45];
    const population = [1_000_000, 0, 1000, 1000, 1000, -1, 1000, 1000, 1_500_000];
    const per = [10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 0, 10_000, 100_000];
    const result = perPopulation.array(count as never, population, per);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) => expect(row).toEqual(perPopulation(count[i] as never, population[i], per[i])));
    expect(result.errors.size).toBe(7);
  });

  it('array form: per defaults to 10,000 and broadcasts', () => {
    const result = perPopulation.array(new Float64Array([1_400, 1_250]), 1_000_000);
    if (!('values' in result)) throw new Error('unexpected error');
    expect(rowsOf(result)[0]).toBeCloseTo(14, 12);
    expect(rowsOf(result)[1]).toBeCloseTo(12.5, 12);
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(perPopulation.array([1, 2], [1, 2], [1, 2, 3])).toMatchObject({
      code: '#VALUE!',
      reason: 'length-mismatch',
    });
  });

  it('property: the array form agrees with the scalar on any input', () => {
    const input = fc.oneof(fc.double(), fc.constant(null), fc.constant(0), fc.integer({ min: -10, max: 1e7 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(input, input, input), { minLength: 1, maxLength: 20 }), (rows) => {
        const count = rows.map((row) => row[0]);
        const population = rows.map((row) => row[1]);
        const per = rows.map((row) => row[2]);
        const result = perPopulation.array(count, population, per);
        if (!('values' in result)) return false;
        return rowsOf(result).every((row, i) => {
          const expected = perPopulation(count[i], population[i], per[i]);
          return typeof expected === 'number'
            ? row === expected
            : typeof row === 'object' && row.message.en === expected.message.en;
        });
      }),
    );
  });
});
