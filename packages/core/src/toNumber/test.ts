import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isBlank, toNumber } from './index.js';
import { attainment } from '../attainment/index.js';
import { isChitieuError } from '../errors/index.js';

describe('toNumber', () => {
  it('answers each kind of bad value with its reason, naming the argument in the message and in `argument`', () => {
    const cases: Array<[unknown, string, string]> = [
      [null, 'no-data', '#N/A'],
      ['  ', 'no-data', '#N/A'],
      [NaN, 'not-a-number', '#VALUE!'],
      ['8,56', 'not-a-number', '#VALUE!'],
      [true, 'not-a-number', '#VALUE!'],
      [{}, 'not-a-number', '#VALUE!'],
      [-Infinity, 'not-finite', '#NUM!'],
    ];
    for (const [value, reason, code] of cases) {
      const error = toNumber(value, 'attainment', 'target');
      expect(error, String(value)).toMatchObject({ reason, code, argument: 'target' });
      expect(isChitieuError(error) && error.message.en).toMatch(/^target /);
    }
  });

  it('passes an error value through unchanged, without adding an argument', () => {
    const upstream = attainment(1, 0);
    expect(toNumber(upstream, 'gap', 'actual')).toBe(upstream);
  });

  it('never fails on a careless call: a symbol as the argument name is described, not thrown on', () => {
    expect(toNumber('x', 'f', Symbol('s') as never)).toMatchObject({ reason: 'not-a-number', argument: 'a symbol' });
  });
});

describe('isBlank', () => {
  it('is the blank of the coercion rule: no-data exactly for the blanks (property)', () => {
    const value = fc.oneof(
      fc.constantFrom(null, undefined, '', ' ', '\t\n', '\u00A0', 0, -0, 'x', false),
      fc.string({ maxLength: 4 }),
      fc.double(),
    );
    fc.assert(
      fc.property(value, (v) => {
        const read = toNumber(v, 'f', 'x');
        return isBlank(v) === (isChitieuError(read) && read.reason === 'no-data');
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('counts 0 and text with content as data', () => {
    expect([0, '0', 'x', false, [], {}].map(isBlank)).toEqual([false, false, false, false, false, false]);
  });
});
