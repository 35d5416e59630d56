import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { status, type StatusCode } from './index.js';
import { attainment } from '../attainment/index.js';

const ORDER: Record<StatusCode, number> = {
  'not-achieved': 0,
  'nearly-achieved': 1,
  achieved: 2,
  exceeded: 3,
  'no-data': -1,
  'check-data': -1,
};

describe('status', () => {
  it('Thái Bình: health insurance 92,5% (11/2024) against "95% trở lên" is nearly achieved (within 5% of the target)', () => {
    // baothaibinh.com.vn (214604), 11/2024; target from the term resolution (data/thai-binh-2020-2025.csv)
    expect(status(0.925, '95% trở lên')).toBe('nearly-achieved');
    expect(status(0.925, '95% trở lên', { band: 0 })).toBe('not-achieved'); // a table with no "xấp xỉ đạt"
    expect(status(0.925, '95% trở lên', { band: 0.01, bandType: 'absolute' })).toBe('not-achieved');
  });

  it('a floor or ceiling satisfied is achieved, never exceeded (domain: 3,1% against "dưới 4%" was reported as đạt)', () => {
    expect(status(0.031, 'dưới 4%')).toBe('achieved');
    expect(status(0.96, '95% trở lên')).toBe('achieved');
    expect(status(0.95, '95% trở lên')).toBe('achieved'); // inclusive
    expect(status(0.95, 'trên 95%')).toBe('nearly-achieved'); // strict: equal is not enough
    expect(status(0.04, 'không quá 4%')).toBe('achieved');
    expect(status(0.041, 'không quá 4%')).toBe('nearly-achieved');
    expect(status(0.06, 'dưới 4%')).toBe('not-achieved');
  });

  it('point targets: beyond in the good direction is exceeded, equal at the reported precision is achieved', () => {
    expect(status(14.2, 14)).toBe('exceeded');
    expect(status(14, 14)).toBe('achieved');
    expect(status(0.1 + 0.2, 0.3)).toBe('achieved'); // never raw float equality
    expect(status(0.9249, 0.925, { decimals: 3 })).toBe('achieved');
    expect(status(0.9249, 0.925, { decimals: 4 })).toBe('nearly-achieved');
    expect(status(13.4, 14)).toBe('nearly-achieved');
    expect(status(13.2, 14)).toBe('not-achieved');
  });

  it('lower is better mirrors the rules', () => {
    expect(status(0.2, 0.22, { direction: 'lower' })).toBe('exceeded'); // farm labour share below its 22% target
    expect(status(0.22, 0.22, { direction: 'lower' })).toBe('achieved');
    expect(status(0.23, 0.22, { direction: 'lower' })).toBe('nearly-achieved');
    expect(status(0.3, 0.22, { direction: 'lower' })).toBe('not-achieved');
  });

  it('ranges: inside is achieved, beyond the good end exceeded, short of it by the band', () => {
    expect(status(0.068, '6,5 - 7%')).toBe('achieved');
    expect(status(0.065, '6,5 - 7%')).toBe('achieved');
    expect(status(0.072, '6,5 - 7%')).toBe('exceeded');
    expect(status(0.063, '6,5 - 7%')).toBe('nearly-achieved');
    expect(status(0.05, '6,5 - 7%')).toBe('not-achieved');
    expect(status(0.06, '6,5 - 7%', { direction: 'lower' })).toBe('exceeded');
  });

  it('about targets: achieved within the tolerance either side, exceeded beyond it in the good direction', () => {
    // Issue 7: unemployment 3,88% against "khoảng 4%" is achieved (within 5% of 4%: ±0,2 pp).
    expect(status(0.0388, 'khoảng 4%', { direction: 'lower' })).toBe('achieved');
    // The 2019 national table rates CPI 2,79% against "khoảng 4%" as exceeded (vượt).
    expect(status(0.0279, 'khoảng 4%', { direction: 'lower' })).toBe('exceeded');
    expect(status(0.041, 'khoảng 4%')).toBe('achieved');
    expect(status(0.04, 'khoảng 4%')).toBe('achieved');
    expect(status(0.0421, 'khoảng 4%')).toBe('exceeded');
    // Short of the tolerance: nearly achieved within the band beyond it, else not achieved.
    expect(status(0.0375, 'khoảng 4%')).toBe('nearly-achieved');
    expect(status(0.03, 'khoảng 4%')).toBe('not-achieved');
    // The tolerance is its own setting when given; 0 makes an about target a point.
    expect(status(0.041, 'khoảng 4%', { aboutTolerance: 0 })).toBe('exceeded');
    expect(status(0.0415, 'khoảng 4%', { aboutTolerance: 0.01, bandType: 'absolute' })).toBe('achieved');
    expect(status(0.04, 'khoảng 4%', { aboutTolerance: -1 })).toMatchObject({
      code: '#VALUE!',
      reason: 'invalid-option',
    });
  });

  it('a rate outside 0-100% is a data error (check-data), never a result', () => {
    // Issue 7: 9.602 covered of 9.415 people is 101,99%: a data error, not "Đạt".
    expect(status(9602 / 9415, '95% trở lên', { rate: true })).toBe('check-data');
    expect(status(-0.01, 'dưới 4%', { rate: true })).toBe('check-data');
    expect(status(1, '95% trở lên', { rate: true })).toBe('achieved');
    expect(status(9602 / 9415, '95% trở lên')).toBe('achieved');
    expect(status.array([1.02, 0.96], 0.95, { rate: true })).toMatchObject({ values: ['check-data', 'exceeded'] });
    expect(status.array([1.02, 0.96], '95% trở lên', { rate: true })).toMatchObject({
      values: ['check-data', 'achieved'],
    });
  });

  it('blank actual is no-data; blank target #N/A; unreadable target #VALUE!; error passes through', () => {
    expect(status(null, 0.95)).toBe('no-data');
    expect(status('', 0.95)).toBe('no-data');
    expect(status(0.9, null)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(status(0.9, 'nhiều lắm')).toMatchObject({ code: '#VALUE!' });
    const upstream = attainment(1, 0);
    expect(status(upstream, 0.95)).toBe(upstream);
    expect(status('abc', 0.95)).toMatchObject({ code: '#VALUE!' });
    expect(status(NaN, 0.95)).toMatchObject({ code: '#VALUE!' });
  });

  it('bad options and a direction that contradicts the target are #VALUE! invalid-option', () => {
    expect(status(1, 1, { direction: 'up' as never })).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(status(1, 1, { band: -1 })).toMatchObject({ reason: 'invalid-option' });
    expect(status(1, 1, { bandType: 'pp' as never })).toMatchObject({ reason: 'invalid-option' });
    expect(status(1, 1, { decimals: 2.5 })).toMatchObject({ reason: 'invalid-option' });
    expect(status(0.96, '95% trở lên', { direction: 'lower' })).toMatchObject({ reason: 'invalid-option' });
  });

  it('is monotonic in the actual value, for every kind of target and both directions', () => {
    const targets = [0.95, '95% trở lên', 'trên 8%', 'dưới 4%', 'không quá 4%', '6,5 - 7%', 'khoảng 4%', 14];
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.double({ min: -1, max: 30, noNaN: true }),
        fc.double({ min: -1, max: 30, noNaN: true }),
        fc.constantFrom<'higher' | 'lower' | undefined>('higher', 'lower', undefined),
        fc.constantFrom(undefined, 0, 2, 3),
        (target, x, y, direction, decimals) => {
          const kindImplies =
            typeof target === 'string' && /trở lên|trên/.test(target)
              ? 'higher'
              : typeof target === 'string' && /dưới|không quá/.test(target)
                ? 'lower'
                : undefined;
          const options = { direction: kindImplies ? undefined : direction, decimals };
          const [low, high] = x <= y ? [x, y] : [y, x];
          const a = status(low, target, options) as StatusCode;
          const b = status(high, target, options) as StatusCode;
          const lowerIsBetter = (kindImplies ?? direction) === 'lower';
          if (lowerIsBetter) expect(ORDER[a]).toBeGreaterThanOrEqual(ORDER[b]);
          else expect(ORDER[a]).toBeLessThanOrEqual(ORDER[b]);
        },
      ),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('array form equals the scalar row by row, parsing a repeated target text once', () => {
    const actual = [0.96, 0.93, null, 'x', 0.5, Infinity];
    const targets = ['95% trở lên', '95% trở lên', 0.95, 0.95, 'bogus', 0.95];
    const result = status.array(actual, targets);
    if ('code' in result) throw new Error('unexpected');
    actual.forEach((a, i) => {
      const expected = status(a, targets[i]);
      expect(result.errors.get(i) ?? result.values[i]).toEqual(expected);
    });
    expect(status.array([1, 2], [1, 2, 3])).toMatchObject({ reason: 'length-mismatch' });
  });
});
