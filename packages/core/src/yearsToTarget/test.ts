import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { yearsToTarget } from './index.js';
import { project } from '../project/index.js';
import { rowsOf } from '../column/index.js';

describe('yearsToTarget', () => {
  it('is ln(target / current) / ln(1 + rate) (docs/method.md: years to reach a target at rate g)', () => {
    expect(yearsToTarget(100, 121, 0.1)).toBeCloseTo(2, 14);
    // Rule of 72 check: doubling at 7,177%/year takes exactly 10 years (2^(1/10) - 1).
    expect(yearsToTarget(1, 2, Math.pow(2, 0.1) - 1)).toBeCloseTo(10, 12);
    // A falling indicator (lower is better) reaching a lower target at a negative rate.
    expect(yearsToTarget(100, 50, -0.5)).toBeCloseTo(1, 15);
    expect(yearsToTarget(4, 3, -0.05)).toBeCloseTo(Math.log(0.75) / Math.log(0.95), 14);
  });

  it('a target equal to the current value takes 0 years, whatever the rate', () => {
    expect(yearsToTarget(100, 100, 0.1)).toBe(0);
    expect(yearsToTarget(100, 100, 0)).toBe(0);
    expect(yearsToTarget(100, 100, -0.3)).toBe(0);
  });

  it('projecting for the years found reaches the target (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 1.01, max: 100, noNaN: true }),
        fc.double({ min: 0.005, max: 2, noNaN: true }),
        fc.boolean(),
        (current, factor, speed, down) => {
          const target = down ? current / factor : current * factor;
          const rate = down ? -speed / (1 + speed) : speed; // both > -1, moving towards the target
          const years = yearsToTarget(current, target, rate) as number;
          expect(years).toBeGreaterThan(0);
          expect(Math.abs((project(current, rate, years) as number) - target)).toBeLessThanOrEqual(target * 1e-10);
        },
      ),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('a target never reached is #NUM! (never-reached): moving away, or a rate of 0', () => {
    const away = yearsToTarget(100, 121, -0.02);
    expect(away).toMatchObject({ code: '#NUM!', reason: 'never-reached' });
    expect(typeof away === 'object' && away.message.en).toContain('never reached');
    expect(typeof away === 'object' && away.message.vi).toContain('không bao giờ đạt');
    expect(yearsToTarget(100, 90, 0.1)).toMatchObject({ code: '#NUM!', reason: 'never-reached' });
    expect(yearsToTarget(100, 121, 0)).toMatchObject({ code: '#NUM!', reason: 'never-reached' });
    expect(yearsToTarget(100, 90, -0)).toMatchObject({ code: '#NUM!', reason: 'never-reached' });
  });

  it('current or target of 0 or below, or a rate of -1 or below, is #NUM! (out-of-domain)', () => {
    for (const [c, t, g] of [
      [0, 1, 0.1],
      [-1, 1, 0.1],
      [1, 0, 0.1],
      [1, -2, 0.1],
      [1, 2, -1],
      [2, 1, -1.5],
    ]) {
      expect(yearsToTarget(c, t, g)).toMatchObject({ code: '#NUM!', reason: 'out-of-domain' });
    }
    const target = yearsToTarget(1, 0, 0.1);
    expect(typeof target === 'object' && target.message.en).toContain('target must be greater than 0 (got 0)');
  });

  it('works at the edge of the double range and refuses a result too large to represent', () => {
    expect(yearsToTarget(1e-300, 1e300, 1)).toBeCloseTo(600 * Math.log2(10), 10); // ratio overflows
    expect(yearsToTarget(1, 2, 1e-320)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('answers blanks with #N/A, text/NaN/logical values with #VALUE!, ±Infinity with #NUM!, naming the argument', () => {
    expect(yearsToTarget(null, 2, 0.1)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(yearsToTarget(1, 2, undefined)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    const text = yearsToTarget(1, 'hai' as never, 0.1);
    expect(text).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(typeof text === 'object' && text.message.en).toContain('target');
    expect(yearsToTarget(1, 2, NaN)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(yearsToTarget(1, true as never, 0.1)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(yearsToTarget(1, Infinity, 0.1)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('passes an input error value through unchanged', () => {
    const upstream = yearsToTarget(1, 2, -0.1);
    expect(yearsToTarget(upstream as never, 2, 0.1)).toBe(upstream);
    expect(yearsToTarget(1, 2, upstream as never)).toBe(upstream);
  });

  it('array form: element-wise over columns and typed arrays, single values broadcast', () => {
    const result = yearsToTarget.array(new Float64Array([100, 100, 100]), [121, 100, 90], 0.1);
    if (!('values' in result)) throw new Error('unexpected error');
    const rows = rowsOf(result);
    expect(rows[0]).toBeCloseTo(2, 14);
    expect(rows[1]).toBe(0);
    expect(rows[2]).toMatchObject({ code: '#NUM!', reason: 'never-reached' });
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const current = [100, 100, null, 50, 7, 1e-300, 3, Infinity, 4, 1, 100, 100];
    const target = [121, 90, 3, 'x', 7, 1e300, -1, 1, 8, 2, 50, 121];
    const rate = [0.1, 0.1, 0.1, 0.1, 0, 1, 0.1, 0.1, NaN, 1e-320, -0.5, 0];
    const result = yearsToTarget.array(current, target as never, rate);
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) => expect(row).toEqual(yearsToTarget(current[i], target[i] as never, rate[i])));
    expect(result.errors.size).toBe(8);
  });

  it('array form: columns of different lengths are #VALUE!, not truncated', () => {
    expect(yearsToTarget.array([1, 2], [1, 2, 3], 0.1)).toMatchObject({ code: '#VALUE!', reason: 'length-mismatch' });
  });
});
