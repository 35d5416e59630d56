import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { structuralShift } from './index.js';
import { structure } from '../structure/index.js';
import { rowsOf, type NumberColumnResult } from '../column/index.js';
import type { ChitieuError } from '../errors/index.js';
import type { NumberInput } from '../toNumber/index.js';

/** The rows of an array-form result as one list of parts per row, or the row's error. */
function shiftRows(result: NumberColumnResult[] | ChitieuError, rows: number): Array<number[] | ChitieuError> {
  if (!Array.isArray(result)) throw new Error('unexpected error');
  const parts = result.map((column) => rowsOf(column));
  return Array.from({ length: rows }, (_, i) => {
    const first = parts[0][i];
    return typeof first === 'object' ? first : parts.map((column) => column[i] as number);
  });
}

describe('structuralShift', () => {
  it('is the change of each share, in pp as fractions', () => {
    const result = structuralShift([30, 30, 40], [25, 35, 40]);
    if (!Array.isArray(result)) throw new Error('unexpected error');
    expect(result[0]).toBeCloseTo(-0.05, 15);
    expect(result[1]).toBeCloseTo(0.05, 15);
    expect(result[2]).toBe(0);
    // The shares are taken of each period's own total, not of the change in levels.
    expect(structuralShift([1, 1], [2, 6])).toEqual([-0.25, 0.25]);
  });

  it('equals structure(current) − structure(previous), part by part', () => {
    // Thái Bình petitions, HĐND 12/2023: 139 / 170 / 41 of 350, against an illustrative even split.
    const before = structure([100, 100, 150]) as number[];
    const after = structure([139, 170, 41]) as number[];
    expect(structuralShift([100, 100, 150], [139, 170, 41])).toEqual(after.map((s, k) => s - before[k]));
  });

  it('lists of different lengths are #VALUE! (length-mismatch)', () => {
    const result = structuralShift([1, 1], [1, 1, 2]);
    expect(result).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
    expect(!Array.isArray(result) && result.message.en).toContain('previousParts has 2, currentParts has 3');
  });

  it('errors of structure, naming the list: not a list, empty, blank part, zero total', () => {
    expect(structuralShift(5 as never, [1])).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(structuralShift([1], 'x' as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(structuralShift([], [])).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const blank = structuralShift([1, 2], [1, null]);
    expect(blank).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(!Array.isArray(blank) && blank.message.en).toContain('currentParts[1] is blank');
    expect(structuralShift([0, 0], [1, 2])).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
    expect(structuralShift([1, 2], [3, -3])).toMatchObject({ code: '#DIV/0!', reason: 'division-by-zero' });
  });

  it('text, NaN and booleans are #VALUE!, Infinity #NUM!', () => {
    const text = structuralShift([1, 'x' as never], [1, 2]);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(!Array.isArray(text) && text.message.en).toContain('previousParts[1]');
    expect(structuralShift([1, 2], [NaN, 2])).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(structuralShift([1, 2], [1, true as never])).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(structuralShift([1, -Infinity], [1, 2])).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an error value through unchanged, as a list or as a part', () => {
    const upstream = structure([]) as ChitieuError;
    expect(structuralShift(upstream, [1, 2])).toBe(upstream);
    expect(structuralShift([1, 2], upstream)).toBe(upstream);
    expect(structuralShift([1, upstream as never], [1, 2])).toBe(upstream);
    expect(structuralShift([1, 2], [upstream as never, 2])).toBe(upstream);
  });

  it('property: the shifts add up to 0 (within 1e-12)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 40 })
          .chain((n) =>
            fc.tuple(
              fc.array(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), { minLength: n, maxLength: n }),
              fc.array(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), { minLength: n, maxLength: n }),
            ),
          ),
        ([previous, current]) => {
          const result = structuralShift(previous, current);
          if (!Array.isArray(result)) return false;
          return Math.abs(result.reduce((a, b) => a + b, 0)) <= 1e-12;
        },
      ),
    );
  });

  it('array form: one result column per part, each row its own shift', () => {
    const result = structuralShift.array(
      [[30, 50], new Float64Array([70, 50])],
      [
        [25, 60],
        [75, 40],
      ],
    );
    const rows = shiftRows(result, 2);
    expect(rows).toEqual([structuralShift([30, 70], [25, 75]), structuralShift([50, 50], [60, 40])]);
  });

  it('array form: each row equals the scalar function, including its error, in every column', () => {
    const upstream = structure([]) as ChitieuError;
    const previous: NumberInput[][] = [
      [30, 0, 1, 1, 1, 1, 0.1, 1],
      [70, 0, 2, null, 2, 2, 0.2, 2],
      [0, 0, 3, 3, 3, upstream, -0.3, 3],
    ];
    const current: NumberInput[][] = [
      [25, 1, 1, 1, 'x' as never, 1, 1, 1],
      [75, 1, 1, 1, 1, 1, 1, Infinity],
      [0, 1, 1, 1, 1, 1, 1, 1],
    ];
    const result = structuralShift.array(previous, current);
    const rows = shiftRows(result, 8);
    rows.forEach((row, i) =>
      expect(row).toEqual(
        structuralShift(
          previous.map((column) => column[i]),
          current.map((column) => column[i]),
        ),
      ),
    );
    expect(rows[5]).toEqual({ ...upstream, row: 5 }); // passed through, placed at its row
    if (!Array.isArray(result)) throw new Error('unexpected error');
    for (const column of result) expect(column.errors.size).toBe(6);
  });

  it('array form: lists of different numbers of parts or columns of different lengths are #VALUE!', () => {
    expect(structuralShift.array([[1], [2]], [[1], [2], [3]])).toMatchObject({
      code: '#VALUE!',
      reason: 'length-mismatch',
    });
    expect(
      structuralShift.array(
        [
          [1, 2],
          [2, 3],
        ],
        [[1], [2]],
      ),
    ).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
    expect(
      structuralShift.array(
        [
          [1, 2],
          [2, 3, 4],
        ],
        [
          [1, 2],
          [2, 3],
        ],
      ),
    ).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
    expect(structuralShift.array([], [[1]])).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(structuralShift.array([[1]], 7 as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    const upstream = structure([]) as ChitieuError;
    expect(structuralShift.array(upstream, [[1]])).toBe(upstream);
    expect(structuralShift.array([[1]], upstream)).toBe(upstream);
  });

  it('property: the array form agrees with the scalar on any input', () => {
    const input = fc.oneof(fc.double(), fc.constant(null), fc.constant(0), fc.integer({ min: -5, max: 1000 }));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((parts) =>
            fc.array(fc.array(input, { minLength: 2 * parts, maxLength: 2 * parts }), { minLength: 1, maxLength: 15 }),
          ),
        (table) => {
          const parts = table[0].length / 2;
          const previous = Array.from({ length: parts }, (_, k) => table.map((row) => row[k]));
          const current = Array.from({ length: parts }, (_, k) => table.map((row) => row[parts + k]));
          const rows = shiftRows(structuralShift.array(previous, current), table.length);
          return rows.every((row, i) => {
            const expected = structuralShift(table[i].slice(0, parts), table[i].slice(parts));
            if (Array.isArray(expected)) return Array.isArray(row) && row.every((s, k) => s === expected[k]);
            return !Array.isArray(row) && row.message.en === expected.message.en;
          });
        },
      ),
    );
  });
});
