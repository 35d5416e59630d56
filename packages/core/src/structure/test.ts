import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { structure } from './index.js';
import { rowsOf, type NumberColumnResult } from '../column/index.js';
import type { ChitieuError } from '../errors/index.js';
import type { NumberInput } from '../toNumber/index.js';

/** The rows of an array-form structure as one list of parts per row, or the row's error. */
function structureRows(result: NumberColumnResult[] | ChitieuError, rows: number): Array<number[] | ChitieuError> {
  if (!Array.isArray(result)) throw new Error('unexpected error');
  const parts = result.map((column) => rowsOf(column));
  return Array.from({ length: rows }, (_, i) => {
    const first = parts[0][i];
    return typeof first === 'object' ? first : parts.map((column) => column[i] as number);
  });
}

describe('structure', () => {
  it('is each part over the sum of the parts', () => {
    // Thái Bình, report of the Chairman of the provincial People's Committee to the HĐND,
    // 12/2023: 350 petitions; 139 resolved directly, 170 by departments, 41 remaining.
    const result = structure([139, 170, 41]);
    if (!Array.isArray(result)) throw new Error('unexpected error');
    expect(result).toHaveLength(3);
    expect(result[0]).toBeCloseTo(0.397142857142857, 15);
    expect(result[1]).toBeCloseTo(0.485714285714286, 15);
    expect(result[2]).toBeCloseTo(0.117142857142857, 15);
    expect(result[0] + result[1] + result[2]).toBeCloseTo(1, 15);
    expect(structure([1, 3])).toEqual([0.25, 0.75]);
    expect(structure([7])).toEqual([1]);
    expect(structure([0, 5])).toEqual([0, 1]);
  });

  it('reads typed arrays', () => {
    expect(structure(new Float64Array([1, 1, 2]))).toEqual([0.25, 0.25, 0.5]);
  });

  it('allows negative parts (product taxes less subsidies) and still adds up to 1', () => {
    const result = structure([60, 45, -5]);
    expect(result).toEqual([0.6, 0.45, -0.05]);
  });

  it('not a list is #VALUE! (invalid-option); an empty list #N/A', () => {
    for (const parts of [5, 'a,b', null, undefined, { 0: 1, length: 1 }]) {
      expect(structure(parts as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    }
    expect(structure([])).toMatchObject({ code: '#N/A', reason: 'no-data' });
  });

  it('a blank part is #N/A: a structure with a missing part cannot add up to 1', () => {
    const result = structure([60, null, 30]);
    expect(result).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(!Array.isArray(result) && result.message.en).toContain('parts[1] is blank');
    expect(!Array.isArray(result) && result.message.en).toContain('cannot add up to 100%');
    expect(structure([60, 30, ''] as never)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(structure([60, undefined, 30])).toMatchObject({ code: '#N/A', reason: 'no-data' });
  });

  it('parts that add up to 0 are #DIV/0!, also when the sum is only rounding noise', () => {
    expect(structure([0, 0, 0])).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    expect(structure([5, -5])).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    // 0.1 + 0.2 - 0.3 is 5.55e-17 in binary: dividing by it would give shares of 10^15.
    expect(structure([0.1, 0.2, -0.3])).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    // A small but real total is kept.
    expect(structure([1e-9, 2e-9])).toEqual([1 / 3, 2 / 3]);
  });

  it('text, NaN and booleans are #VALUE!, Infinity and an overflowing sum #NUM!, naming the part', () => {
    const text = structure([1, '2' as never, 3]);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(!Array.isArray(text) && text.message.en).toContain('parts[1]');
    expect(structure([1, NaN])).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(structure([true as never, 1])).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(structure([1, Infinity])).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(structure([1e308, 1e308])).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an error value through unchanged, as the list or as a part (even a #N/A one)', () => {
    const upstream = structure([0, 0]) as ChitieuError;
    expect(structure(upstream)).toBe(upstream);
    expect(structure([1, upstream as never, 2])).toBe(upstream);
    const noData = structure([]) as ChitieuError;
    expect(structure([1, noData as never])).toBe(noData);
  });

  it('property: for positive parts the shares add up to 1 (within 1e-12) and keep their order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (parts) => {
          const result = structure(parts);
          if (!Array.isArray(result)) return false;
          const sum = result.reduce((a, b) => a + b, 0);
          return (
            Math.abs(sum - 1) <= 1e-12 &&
            // Order is kept, not strictly: two parts a few ulps apart can share one share (a
            // counterexample fast-check found: 999999999999.9979 and …9978 of 2.27e12).
            result.every(
              (s, k) =>
                s > 0 &&
                s <= 1 &&
                (k === 0 ||
                  (parts[k] < parts[k - 1]
                    ? s <= result[k - 1]
                    : parts[k] > parts[k - 1]
                      ? s >= result[k - 1]
                      : s === result[k - 1])),
            )
          );
        },
      ),
    );
  });

  it('array form: one result column per part, rows are indicators or areas', () => {
    const result = structure.array([[139, 1, 60], new Float64Array([170, 1, 45]), [41, 2, -5]]);
    if (!Array.isArray(result)) throw new Error('unexpected error');
    expect(result).toHaveLength(3);
    expect(structureRows(result, 3)).toEqual([structure([139, 170, 41]), [0.25, 0.25, 0.5], [0.6, 0.45, -0.05]]);
  });

  it('array form: each row equals the scalar function, including its error, in every column', () => {
    const upstream = structure([]) as ChitieuError;
    const columns: NumberInput[][] = [
      [139, 0, 60, 1, 1, 5, 0.1, 1e308, 1, 3],
      [170, 0, null, 'x' as never, NaN, -5, 0.2, 1e308, upstream, 4],
      [41, 0, 30, 1, 1, 0, -0.3, 1, 1, Infinity],
    ];
    const result = structure.array(columns);
    const rows = structureRows(result, 10);
    rows.forEach((row, i) => expect(row).toEqual(structure(columns.map((column) => column[i]))));
    expect(rows[8]).toEqual({ ...upstream, row: 8 }); // passed through, placed at its row
    if (!Array.isArray(result)) throw new Error('unexpected error');
    for (const column of result) expect(column.errors.size).toBe(9);
  });

  it('array form: a bad list is #VALUE!, columns of different lengths too; an error passes through', () => {
    expect(structure.array([])).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(structure.array(5 as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(structure.array([[1, 2], 3] as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(
      structure.array([
        [1, 2],
        [1, 2, 3],
      ]),
    ).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
    const upstream = structure([]) as ChitieuError;
    expect(structure.array(upstream)).toBe(upstream);
  });

  it('property: the array form agrees with the scalar on any input', () => {
    const input = fc.oneof(fc.double(), fc.constant(null), fc.constant(0), fc.integer({ min: -5, max: 1000 }));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((parts) =>
            fc.array(fc.array(input, { minLength: parts, maxLength: parts }), { minLength: 1, maxLength: 15 }),
          ),
        (table) => {
          const columns = table[0].map((_, k) => table.map((row) => row[k]));
          const rows = structureRows(structure.array(columns), table.length);
          return rows.every((row, i) => {
            const expected = structure(table[i]);
            if (Array.isArray(expected)) return Array.isArray(row) && row.every((s, k) => s === expected[k]);
            return !Array.isArray(row) && row.message.en === expected.message.en;
          });
        },
      ),
    );
  });
});
