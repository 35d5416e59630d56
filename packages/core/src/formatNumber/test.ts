import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from './index.js';
import { parseLocaleNumber } from '../parseLocaleNumber/index.js';
import { roundHalfAwayFromZero } from '../roundHalfAwayFromZero/index.js';
import { rowsOf } from '../column/index.js';
import type { ChitieuError } from '../errors/index.js';

const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const locale = fc.constantFrom<'vi' | 'en'>('vi', 'en');

/** Object.is, except that -0 may come back as 0. */
function same(back: unknown, x: number): boolean {
  return Object.is(back, x) || (x === 0 && back === 0);
}

describe('formatNumber', () => {
  it('writes the formats of docs/method.md, Numbers', () => {
    expect(formatNumber(1234567.89, 'vi')).toBe('1.234.567,89');
    expect(formatNumber(1234567.89, 'en')).toBe('1,234,567.89');
    expect(formatNumber(20000, 'vi')).toBe('20.000');
    expect(formatNumber(0.0856, 'vi', { percent: true })).toBe('8,56%');
    expect(formatNumber(0.0856, 'en', { percent: true })).toBe('8.56%');
    expect(formatNumber(1234567.89, 'vi-VN')).toBe('1.234.567,89');
    expect(formatNumber(1234567.89, 'en-US')).toBe('1,234,567.89');
  });

  it("rounds like Excel's ROUND: ROUND(2.675, 2) = 2.68 (docs/method.md, Numbers), where toFixed gives 2.67", () => {
    expect((2.675).toFixed(2)).toBe('2.67');
    expect(formatNumber(2.675, 'en', { decimals: 2 })).toBe('2.68');
    expect(formatNumber(1.005, 'vi', { decimals: 2 })).toBe('1,01');
    expect(formatNumber(-2.5, 'en', { decimals: 0 })).toBe('-3');
    expect(formatNumber(1234.5, 'vi', { decimals: 0 })).toBe('1.235');
    expect(formatNumber(0.08565, 'vi', { decimals: 2, percent: true })).toBe('8,57%');
  });

  it('shows exactly `decimals` decimals, padding with zeros', () => {
    expect(formatNumber(3, 'vi', { decimals: 2 })).toBe('3,00');
    expect(formatNumber(0, 'en', { decimals: 3 })).toBe('0.000');
    expect(formatNumber(1, 'vi', { decimals: 1, percent: true })).toBe('100,0%');
    expect(formatNumber(0.1 + 0.2, 'en', { decimals: 20 })).toBe('0.30000000000000000000');
    expect(formatNumber(-0.001, 'en', { decimals: 2 })).toBe('0.00'); // rounds to 0: no sign
  });

  it('without decimals, shows the shortest round-trip digits, never exponent notation', () => {
    expect(formatNumber(1e21, 'vi')).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumber(1e21, 'en')).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(1e-7, 'vi')).toBe('0,0000001');
    expect(formatNumber(1.5e-10, 'en', { percent: true })).toBe('0.000000015%');
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.30000000000000004');
    expect(formatNumber(5e-324, 'en')).toBe(`0.${'0'.repeat(323)}5`);
    expect(formatNumber(Number.MAX_VALUE, 'en', { grouping: false })).toBe(`17976931348623157${'0'.repeat(292)}`);
  });

  it('percent moves the decimal point in the digits, never multiplies', () => {
    expect(0.0856 * 100).not.toBe(8.56);
    expect(formatNumber(0.0856, 'vi', { percent: true })).toBe('8,56%');
    expect(formatNumber(0.07, 'en', { percent: true })).toBe('7%');
    expect(formatNumber(0.0001, 'en', { percent: true })).toBe('0.01%');
    expect(formatNumber(12.345, 'vi', { percent: true })).toBe('1.234,5%');
    expect(formatNumber(-0.5, 'vi', { percent: true })).toBe('-50%');
  });

  it('writes negative numbers with an ASCII hyphen-minus, and -0 as 0', () => {
    expect(formatNumber(-1234.5, 'vi')).toBe('-1.234,5');
    expect(formatNumber(-0, 'vi')).toBe('0');
  });

  it('grouping: false writes no thousands separator', () => {
    expect(formatNumber(1234567.89, 'vi', { grouping: false })).toBe('1234567,89');
    expect(formatNumber(1234567.89, 'en', { grouping: false, decimals: 1 })).toBe('1234567.9');
    expect(formatNumber(999, 'vi')).toBe('999');
    expect(formatNumber(1000, 'vi')).toBe('1.000');
  });

  it('does not fail next to the largest double, where 15-digit rounding would overflow', () => {
    const text = formatNumber(Number.MAX_VALUE, 'en', { decimals: 2 });
    expect(text).toBe(`${formatNumber(Number.MAX_VALUE, 'en')}.00`);
    expect(formatNumber(-Number.MAX_VALUE, 'vi', { decimals: 0, percent: true })).toMatch(/^-17\.976\.931/);
  });

  it('answers a blank, NaN, infinite, text or logical value as toNumber does', () => {
    expect(formatNumber(null, 'vi')).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(formatNumber(undefined, 'vi')).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(formatNumber('' as never, 'vi')).toMatchObject({ code: '#N/A', reason: 'no-data' });
    expect(formatNumber(NaN, 'vi')).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(formatNumber(Infinity, 'en')).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(formatNumber(-Infinity, 'en')).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(formatNumber('1,5' as never, 'vi')).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(formatNumber(true as never, 'vi')).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(formatNumber({} as never, 'vi')).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
  });

  it('passes an input error value through unchanged (the same object)', () => {
    const upstream = parseLocaleNumber('abc', 'vi') as ChitieuError;
    expect(formatNumber(upstream, 'vi')).toBe(upstream);
  });

  it('refuses a bad locale or bad options with #VALUE! invalid-option, naming the problem', () => {
    const bad: Array<[unknown, unknown, string]> = [
      ['fr', undefined, 'locale must be "vi" or "en"'],
      [undefined, undefined, 'locale must be "vi" or "en"'],
      ['vi', { decimals: -1 }, 'decimals must be a whole number from 0 to 20 (got -1)'],
      ['vi', { decimals: 21 }, 'decimals must be a whole number from 0 to 20 (got 21)'],
      ['vi', { decimals: 1.5 }, 'decimals must be a whole number from 0 to 20'],
      ['vi', { decimals: NaN }, 'decimals must be a whole number from 0 to 20'],
      ['vi', { decimals: '2' }, 'decimals must be a whole number from 0 to 20 (got "2")'],
      ['vi', { percent: 'yes' }, 'percent must be true or false'],
      ['vi', { grouping: 1 }, 'grouping must be true or false'],
      ['vi', { decimal: 2 }, 'unknown option "decimal"'],
      ['vi', 5, 'options must be an object'],
      ['vi', [2], 'options must be an object'],
    ];
    for (const [loc, options, why] of bad) {
      const result = formatNumber(1.5, loc as never, options as never);
      expect(result, why).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
      expect(typeof result === 'object' && result.message.en, why).toContain(why);
    }
    expect(formatNumber(1.5, 'vi', null as never)).toBe('1,5');
    expect(formatNumber(1.5, 'vi', {})).toBe('1,5');
  });

  it('property: parseLocaleNumber(formatNumber(x, locale), locale) is exactly x, both locales', () => {
    fc.assert(
      fc.property(finiteDouble, locale, fc.boolean(), (x, loc, grouping) => {
        expect(same(parseLocaleNumber(formatNumber(x, loc, { grouping }), loc), x)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: the same with percent: true', () => {
    fc.assert(
      fc.property(finiteDouble, locale, (x, loc) => {
        const text = formatNumber(x, loc, { percent: true });
        expect(typeof text === 'string' && text.endsWith('%')).toBe(true);
        expect(same(parseLocaleNumber(text, loc), x)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: with decimals, the text reads back as ROUND(x, decimals) and shows exactly that many decimals', () => {
    fc.assert(
      fc.property(finiteDouble, locale, fc.integer({ min: 0, max: 20 }), fc.boolean(), (x, loc, decimals, percent) => {
        const rounded = roundHalfAwayFromZero(x, decimals + (percent ? 2 : 0));
        fc.pre(typeof rounded === 'number' && Number.isFinite(rounded));
        const text = formatNumber(x, loc, { decimals, percent }) as string;
        expect(same(parseLocaleNumber(text, loc), rounded as number)).toBe(true);
        const body = text.replace('%', '');
        const sep = loc === 'vi' ? ',' : '.';
        expect(decimals === 0 ? !body.includes(sep) : body.split(sep)[1].length === decimals).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: never exponent notation, never a separator the locale does not use for that role', () => {
    fc.assert(
      fc.property(finiteDouble, locale, fc.boolean(), (x, loc, percent) => {
        const text = formatNumber(x, loc, { percent }) as string;
        const pattern = loc === 'vi' ? /^-?\d{1,3}(\.\d{3})*(,\d+)?%?$/ : /^-?\d{1,3}(,\d{3})*(\.\d+)?%?$/;
        expect(text).toMatch(pattern);
      }),
      { numRuns: 1000 },
    );
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const values = [0.0323, 0.0668, null, NaN, Infinity, -1234.5, 'x'];
    const result = formatNumber.array(values as never, 'vi', { percent: true, decimals: 2 });
    if (!('values' in result)) throw new Error('unexpected error');
    rowsOf(result).forEach((row, i) =>
      expect(row).toEqual(formatNumber(values[i] as never, 'vi', { percent: true, decimals: 2 })),
    );
    expect(result.values).toEqual(['3,23%', '6,68%', null, null, null, '-123.450,00%', null]);
    expect([...result.errors.keys()]).toEqual([2, 3, 4, 6]);
  });

  it('array form: typed arrays and a single value; a bad locale or option is one error for the call', () => {
    const typed = formatNumber.array(new Float64Array([1234.5, -0.25]), 'en');
    if (!('values' in typed)) throw new Error('unexpected error');
    expect(typed.values).toEqual(['1,234.5', '-0.25']);
    const single = formatNumber.array(1e21, 'vi');
    if (!('values' in single)) throw new Error('unexpected error');
    expect(single.values).toEqual(['1.000.000.000.000.000.000.000']);
    expect(formatNumber.array([1], 'de' as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    expect(formatNumber.array([1], 'vi', { decimals: 99 })).toMatchObject({
      code: '#VALUE!',
      reason: 'invalid-option',
    });
  });
});
