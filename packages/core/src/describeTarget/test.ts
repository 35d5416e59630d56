import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeTarget } from './index.js';
import { parseTarget, type ParsedTarget } from '../parseTarget/index.js';

describe('describeTarget', () => {
  it('writes each kind in Vietnamese and English', () => {
    const table: Array<[string, string, string]> = [
      ['14', '14', '14'],
      ['khoảng 4%', 'khoảng 4%', 'about 4%'],
      ['6,5 - 7%', 'từ 6,5% đến 7%', 'from 6.5% to 7%'],
      ['95% trở lên', '95% trở lên', 'at least 95%'],
      ['trên 8%', 'trên 8%', 'more than 8%'],
      ['dưới 4%', 'dưới 4%', 'less than 4%'],
      ['không quá 4%', 'không quá 4%', 'at most 4%'],
    ];
    for (const [text, vi, en] of table) {
      const target = parseTarget(text) as ParsedTarget;
      const percent = text !== '14';
      expect(describeTarget(target, 'vi', { percent }), text).toBe(vi);
      expect(describeTarget(target, 'en', { percent }), text).toBe(en);
    }
    expect(describeTarget(parseTarget('14 trở lên'))).toBe('14 trở lên');
    expect(describeTarget(parseTarget('1.234,5 trở lên'), 'en', { decimals: 2 })).toBe('at least 1,234.50');
  });

  it('property: parseTarget(describeTarget(t, lang, options), lang) gives t back', () => {
    const value = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
    const target = fc.oneof(
      value.map((v) => ({ kind: 'point', low: v, high: v, inclusive: true })),
      value.map((v) => ({ kind: 'about', low: v, high: v, inclusive: true })),
      fc
        .tuple(value, value)
        .map(([a, b]) => ({ kind: 'range', low: Math.min(a, b), high: Math.max(a, b), inclusive: true })),
      fc.tuple(value, fc.boolean()).map(([v, inclusive]) => ({ kind: 'floor', low: v, high: null, inclusive })),
      fc.tuple(value, fc.boolean()).map(([v, inclusive]) => ({ kind: 'ceiling', low: null, high: v, inclusive })),
    ) as fc.Arbitrary<ParsedTarget>;
    fc.assert(
      fc.property(target, fc.constantFrom<'vi' | 'en'>('vi', 'en'), fc.boolean(), (t, lang, percent) => {
        expect(parseTarget(describeTarget(t, lang, { percent }) as string, lang)).toEqual(t);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what is not a parsed target, a bad language or bad options; passes errors through', () => {
    expect(describeTarget({ kind: 'floor', low: 1, high: 2, inclusive: true } as never)).toMatchObject({
      code: '#VALUE!',
      reason: 'not-a-number',
    });
    expect(describeTarget('95% trở lên' as never)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(describeTarget(parseTarget('14'), 'fr' as never)).toMatchObject({
      code: '#VALUE!',
      reason: 'invalid-option',
    });
    expect(describeTarget(parseTarget('14'), 'vi', { decimals: -1 })).toMatchObject({
      code: '#VALUE!',
      reason: 'invalid-option',
    });
    const upstream = parseTarget('abc');
    expect(upstream).toMatchObject({ reason: 'unreadable-text' });
    expect(describeTarget(upstream)).toBe(upstream);
  });

  it('array form: each row equals the scalar function', () => {
    const targets = [parseTarget('trên 8%'), parseTarget('không quá 4%'), parseTarget(''), parseTarget('6,5 - 7%')];
    const result = describeTarget.array(targets, 'en', { percent: true });
    if (!('values' in result)) throw new Error('unexpected error');
    targets.forEach((target, i) =>
      expect(result.errors.get(i) ?? result.values[i]).toEqual(describeTarget(target, 'en', { percent: true })),
    );
    expect(result.values).toEqual(['more than 8%', 'at most 4%', null, 'from 6.5% to 7%']);
    expect(describeTarget.array(targets, 'xx' as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
  });
});
