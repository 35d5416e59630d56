import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cumulativeAttainment, type CumulativeAttainment } from './index.js';
import { rowsOf } from '../column/index.js';
import type { ChitieuError } from '../errors/index.js';
import type { NumberInput } from '../toNumber/index.js';

describe('cumulativeAttainment', () => {
  it('is Σ values / target against the pace k / T', () => {
    // Illustration of a five-year public investment target (20.000 tỷ đồng, 2021-2025)
    // after three reported years: 12.500 tỷ is 62,5% against 60% of the term.
    const result = cumulativeAttainment([3_500, 4_200, 4_800, null, null], 20_000, 5);
    expect(result).toEqual({ ratio: 0.625, expectedPace: 0.6, years: 3, ahead: true });
    expect(cumulativeAttainment([3_000, 3_000], 20_000, 5)).toEqual({
      ratio: 0.3,
      expectedPace: 0.4,
      years: 2,
      ahead: false,
    });
    expect(cumulativeAttainment([4_000, 4_000, 4_000, 4_000, 4_000], 20_000, 5)).toEqual({
      ratio: 1,
      expectedPace: 1,
      years: 5,
      ahead: true,
    });
  });

  it('skips blanks wherever they are (k shrinks) and counts a 0 as a reported year', () => {
    expect(cumulativeAttainment([null, 5_000, '', undefined, 5_000] as never, 20_000, 5)).toEqual({
      ratio: 0.5,
      expectedPace: 0.4,
      years: 2,
      ahead: true,
    });
    expect(cumulativeAttainment([0, 0], 100, 5)).toEqual({ ratio: 0, expectedPace: 0.4, years: 2, ahead: false });
    expect(cumulativeAttainment(new Float64Array([10, 20]), 100, 5)).toMatchObject({ ratio: 0.3, years: 2 });
  });

  it('compares ratio and pace without float noise deciding "ahead"', () => {
    // 0.7 + 0.1 is 0.7999999999999999: 0.8 (nghìn tỷ) of 2 after 2 of 5 years is exactly on pace.
    const result = cumulativeAttainment([0.7, 0.1], 2, 5) as CumulativeAttainment;
    expect(result.ratio).toBeLessThan(result.expectedPace);
    expect(result.ahead).toBe(true);
    expect((cumulativeAttainment([0.3, 0.3, 0.3], 1, 5) as CumulativeAttainment).ahead).toBe(true);
  });

  it('allows a negative year (e.g. net values) as long as the target is positive', () => {
    expect(cumulativeAttainment([10, -5], 100, 5)).toMatchObject({ ratio: 0.05, years: 2, ahead: false });
  });

  it('values that are not a list are #VALUE! (invalid-option); no reported year is #N/A', () => {
    for (const values of [5, '1,2,3', null, undefined, { 0: 1, length: 1 }]) {
      expect(cumulativeAttainment(values as never, 100, 5)).toMatchObject({
        code: '#VALUE!',
        reason: 'invalid-option',
      });
    }
    expect(cumulativeAttainment([], 100, 5)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(cumulativeAttainment([null, '  '] as never, 100, 5)).toMatchObject({ code: '#N/A', reason: 'no-data' });
  });

  it('a target of 0 is #DIV/0!, negative #NUM!; termYears ≤ 0 #NUM!; more years than the term #NUM!', () => {
    expect(cumulativeAttainment([1, 2], 0, 5)).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    expect(cumulativeAttainment([1, 2], -100, 5)).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    for (const term of [0, -5]) {
      const result = cumulativeAttainment([1, 2], 100, term);
      expect(result).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
      expect('message' in result && result.message.en).toContain('number of years in the term');
    }
    const tooMany = cumulativeAttainment([1, 2, 3, 4, 5, 6], 100, 5);
    expect(tooMany).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    expect('message' in tooMany && tooMany.message.en).toContain('6 yearly values but the term has only 5 years');
    // Six cells of which five are filled is fine.
    expect(cumulativeAttainment([1, 2, 3, 4, 5, null], 100, 5)).toMatchObject({ years: 5, expectedPace: 1 });
  });

  it('text, NaN and booleans are #VALUE!, Infinity #NUM!, naming the year or argument', () => {
    const text = cumulativeAttainment([1, '2' as never], 100, 5);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect('message' in text && text.message.en).toContain('values[1]');
    expect(cumulativeAttainment([1, NaN], 100, 5)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(cumulativeAttainment([true as never], 100, 5)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(cumulativeAttainment([1, Infinity], 100, 5)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(cumulativeAttainment([1], null, 5)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(cumulativeAttainment([1], '100' as never, 5)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(cumulativeAttainment([1], 100, undefined)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(cumulativeAttainment([1], 100, Infinity)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(cumulativeAttainment([1e308, 1e308], 100, 5)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(cumulativeAttainment([1e300], 1e-300, 5)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an error value through unchanged: as the list, a year, the target or the term', () => {
    const upstream = cumulativeAttainment([], 100, 5) as ChitieuError;
    expect(cumulativeAttainment(upstream, 100, 5)).toBe(upstream);
    expect(cumulativeAttainment([1, upstream as never], 100, 5)).toBe(upstream);
    expect(cumulativeAttainment([1], upstream as never, 5)).toBe(upstream);
    expect(cumulativeAttainment([1], 100, upstream as never)).toBe(upstream);
  });

  it('array form: ratio and expected pace per row, blanks skipped per row', () => {
    const result = cumulativeAttainment.array(
      [[3_500, 1_000, 10], new Float64Array([4_200, NaN, 20]).subarray(0, 3), [4_800, null, 30]],
      [20_000, 20_000, 100],
      5,
    );
    if ('code' in result) throw new Error('unexpected error');
    expect(rowsOf(result.ratio)[0]).toBeCloseTo(0.625, 15);
    expect(rowsOf(result.expectedPace)[0]).toBeCloseTo(0.6, 15);
    expect(rowsOf(result.ratio)[1]).toMatchObject({ code: '#VALUE!' }); // NaN in a typed array is not a blank
    expect(rowsOf(result.ratio)[2]).toBeCloseTo(0.6, 15);
  });

  it('array form: each row equals the scalar function, including its error, in both columns', () => {
    const upstream = cumulativeAttainment([], 100, 5) as ChitieuError;
    const columns: NumberInput[][] = [
      [3_500, null, 1, 1, 1, 1, 1, 1, 1, '' as never, 5, 1],
      [4_200, null, 'x' as never, 2, 2, 2, 2, upstream, 2, 5, 5, Infinity],
      [4_800, null, 3, 3, 3, 3, 3, 3, 3, null, 5, 1],
    ];
    const targets = [20_000, 100, 100, 0, -1, 100, 100, 100, 100, 20, 20, 100];
    const term = [5, 5, 5, 5, 5, 0, 2, 5, null, 5, 3, 5];
    const result = cumulativeAttainment.array(columns, targets, term);
    if ('code' in result) throw new Error('unexpected error');
    const ratio = rowsOf(result.ratio);
    const pace = rowsOf(result.expectedPace);
    for (let i = 0; i < targets.length; i++) {
      const expected = cumulativeAttainment(
        columns.map((column) => column[i]),
        targets[i],
        term[i],
      );
      if ('code' in expected) {
        expect(ratio[i]).toEqual(expected);
        expect(pace[i]).toEqual(expected);
      } else {
        expect(ratio[i]).toBe(expected.ratio);
        expect(pace[i]).toBe(expected.expectedPace);
      }
    }
    expect(ratio[7]).toEqual({ ...upstream, row: 7 }); // passed through, placed at its row
    expect(result.ratio.errors.size).toBe(9);
    expect(result.expectedPace.errors.size).toBe(9);
  });

  it('array form: a bad list is #VALUE!, columns of different lengths too; an error passes through', () => {
    expect(cumulativeAttainment.array([], 100, 5)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(cumulativeAttainment.array(7 as never, 100, 5)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(
      cumulativeAttainment.array(
        [
          [1, 2],
          [1, 2, 3],
        ],
        100,
        5,
      ),
    ).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
    expect(
      cumulativeAttainment.array(
        [
          [1, 2],
          [1, 2],
        ],
        [100, 100, 100],
        5,
      ),
    ).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
    expect(cumulativeAttainment.array([[1, 2]], 100, [5])).toMatchObject({
      code: '#VALUE!',
      reason: 'length-mismatch',
    });
    const upstream = cumulativeAttainment([], 100, 5) as ChitieuError;
    expect(cumulativeAttainment.array(upstream, 100, 5)).toBe(upstream);
  });

  it('property: the array form agrees with the scalar on any input', () => {
    const value = fc.oneof(
      fc.double(),
      fc.constant(null),
      fc.constant(''),
      fc.constant('x'),
      fc.integer({ min: -5, max: 1000 }),
    );
    const argument = fc.oneof(fc.double(), fc.constant(null), fc.integer({ min: -2, max: 6 }));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((years) =>
          fc.array(fc.tuple(fc.array(value, { minLength: years, maxLength: years }), argument, argument), {
            minLength: 1,
            maxLength: 15,
          }),
        ),
        (table) => {
          const years = table[0][0].length;
          const columns = Array.from({ length: years }, (_, j) => table.map((row) => row[0][j])) as NumberInput[][];
          const targets = table.map((row) => row[1]);
          const term = table.map((row) => row[2]);
          const result = cumulativeAttainment.array(columns, targets, term);
          if ('code' in result) return false;
          const ratio = rowsOf(result.ratio);
          const pace = rowsOf(result.expectedPace);
          return table.every((row, i) => {
            const expected = cumulativeAttainment(row[0] as NumberInput[], row[1], row[2]);
            if ('code' in expected) {
              return (
                typeof ratio[i] === 'object' &&
                (ratio[i] as ChitieuError).message.en === expected.message.en &&
                (pace[i] as ChitieuError).message.en === expected.message.en &&
                (ratio[i] as ChitieuError).row === i
              );
            }
            return ratio[i] === expected.ratio && pace[i] === expected.expectedPace;
          });
        },
      ),
    );
  });
});
