// formulajs as a second implementation of Excel's RRI: same results on valid input, and where
// formulajs lets NaN or a wrong number through on invalid input, ours returns the documented error.
import fc from 'fast-check';
import * as formulajs from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { cagr } from '../packages/core/src/index.js';

const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('cagr against formulajs RRI', () => {
  it('agrees to relative 1e-12 on 5,000 random valid inputs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (start, end, years) => {
          const ours = cagr(start, end, years) as number;
          const theirs = formulajs.RRI(years, start, end) as number;
          // formulajs computes pow(end/start, 1/years) - 1, which loses digits to cancellation
          // when the rate is near 0; ours, expm1(log(end/start)/years), keeps them. Compare
          // where |rate| > 0.1%, where cancellation costs formulajs less than 1e-13.
          fc.pre(Math.abs(theirs) > 1e-3);
          expect(relativeError(ours, theirs)).toBeLessThanOrEqual(1e-12);
        },
      ),
      { numRuns: 5000, seed: 20261123 },
    );
  });

  it("matches Microsoft's documented example RRI(96, 10000, 11000) = 0.0009933 in both", () => {
    expect(formulajs.RRI(96, 10000, 11000)).toBeCloseTo(0.0009933, 7);
    expect(cagr(10000, 11000, 96)).toBeCloseTo(0.0009933, 7);
  });

  it('where formulajs returns NaN or a bare Error for invalid input, ours returns #NUM! with a reason and message', () => {
    const cases: Array<[number, number, number, 'NaN' | 'Error']> = [
      [-100, 121, 2, 'NaN'], // negative base: formulajs leaks NaN
      [100, -121, 2, 'NaN'], // negative end: NaN again
      [0, 121, 2, 'Error'], // zero base: an Error object, no reason
      [100, 121, 0, 'Error'], // zero years
    ];
    for (const [start, end, years, theirsKind] of cases) {
      const theirs = formulajs.RRI(years, start, end) as unknown;
      if (theirsKind === 'NaN') expect(Number.isNaN(theirs)).toBe(true);
      else expect(theirs).toBeInstanceOf(Error);
      const ours = cagr(start, end, years);
      expect(ours, `cagr(${start}, ${end}, ${years})`).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
      expect(typeof ours === 'object' && ours.message.en.length > 10 && ours.message.vi.length > 10).toBe(true);
    }
  });
});
