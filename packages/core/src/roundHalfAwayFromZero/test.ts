import fc from 'fast-check';
import * as formulajs from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero } from './index.js';
import { rowsOf } from '../column/index.js';

describe('roundHalfAwayFromZero (Excel ROUND)', () => {
  it("matches the examples of Microsoft's ROUND documentation (support.microsoft.com, ROUND function)", () => {
    const documented: Array<[number, number, number]> = [
      [2.15, 1, 2.2],
      [2.149, 1, 2.1],
      [-1.475, 2, -1.48],
      [21.5, -1, 20],
      [626.3, -3, 1000],
      [1.98, -1, 0],
      [-50.55, -2, -100],
    ];
    for (const [value, digits, expected] of documented) expect(roundHalfAwayFromZero(value, digits)).toBe(expected);
  });

  it('ROUND(2.675, 2) = 2.68 as in Excel (domain document), where toFixed gives 2.67', () => {
    expect(roundHalfAwayFromZero(2.675, 2)).toBe(2.68);
    expect((2.675).toFixed(2)).toBe('2.67');
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
  });

  it('agrees with formulajs ROUND (a second implementation) on decimal ties such as 1.005 and -0.125', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }), (k, digits) => {
        // k + 0.5 units of the last kept digit, written as decimal text: an exact decimal tie.
        const tie = Number(`${k < 0 ? '-' : ''}${Math.abs(k)}5e-${digits + 1}`);
        expect(roundHalfAwayFromZero(tie, digits)).toBe(formulajs.ROUND(tie, digits));
      }),
      { numRuns: 3000, seed: 10 },
    );
  });

  it('agrees with formulajs ROUND wherever the value is not a decimal tie', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -3, max: 6 }), (value, digits) => {
        const shifted = Math.abs(value) * 10 ** digits;
        fc.pre(Math.abs(shifted - Math.floor(shifted) - 0.5) > 1e-6); // not near a tie
        const ours = roundHalfAwayFromZero(value, digits) as number;
        expect(Math.abs(ours - formulajs.ROUND(value, digits))).toBeLessThanOrEqual(Math.abs(ours) * 1e-14 + 1e-300);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('is odd-symmetric and idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -5, max: 8 }), (value, digits) => {
        const once = roundHalfAwayFromZero(value, digits) as number;
        expect(roundHalfAwayFromZero(-value, digits)).toBe(once === 0 ? 0 : -once);
        expect(roundHalfAwayFromZero(once, digits)).toBe(once);
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it('truncates fractional digits like Excel, and refuses absurd ones', () => {
    expect(roundHalfAwayFromZero(2.675, 2.9)).toBe(2.68);
    expect(roundHalfAwayFromZero(1, 400)).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
  });

  it('errors: blank #N/A, text #VALUE!, Infinity #NUM!', () => {
    expect(roundHalfAwayFromZero(null)).toMatchObject({ code: '#N/A' });
    expect(roundHalfAwayFromZero('2,5' as never)).toMatchObject({ code: '#VALUE!' });
    expect(roundHalfAwayFromZero(Infinity, 2)).toMatchObject({ code: '#NUM!' });
  });

  it('array form equals the scalar row by row', () => {
    const values = [2.675, null, -2.5, Infinity, 1234.5];
    const result = roundHalfAwayFromZero.array(values, [2, 2, 0, 1, -2]);
    if ('code' in result) throw new Error('unexpected');
    expect(rowsOf(result)).toEqual(values.map((v, i) => roundHalfAwayFromZero(v, [2, 2, 0, 1, -2][i])));
  });
});

describe('roundHalfAwayFromZero at the edge of floating point', () => {
  it('keeps the largest double finite instead of rounding 15 digits past it', () => {
    expect(roundHalfAwayFromZero(Number.MAX_VALUE, 2)).toBe(Number.MAX_VALUE);
    expect(roundHalfAwayFromZero(-Number.MAX_VALUE, 0)).toBe(-Number.MAX_VALUE);
  });
});
