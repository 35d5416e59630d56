import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTerm, termOfYear } from './index.js';

describe('parseTerm', () => {
  it('"nhiệm kỳ 2020-2025" and "giai đoạn 2021-2025" are one term: base 2020, plan years 2021..2025 (domain: naming a term)', () => {
    const expected = { baseYear: 2020, firstYear: 2021, lastYear: 2025, years: 5 };
    for (const text of ['2020-2025', '2021-2025', 'nhiệm kỳ 2020-2025', 'giai đoạn 2021 - 2025', 'Term 2021–2025']) {
      expect(parseTerm(text), text).toEqual(expected);
    }
  });

  it('a single year, another span length, reversed years, junk: #VALUE! saying why', () => {
    for (const text of ['2025', '2021-2023', '2015-2025', '2025-2020', 'abc', '2021-25']) {
      const answer = parseTerm(text);
      expect(answer, text).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    }
    expect(parseTerm('2021-2023')).toMatchObject({ message: { en: expect.stringContaining('spans 3 years') } });
    expect(parseTerm('2025')).toMatchObject({
      message: { vi: expect.stringContaining('một năm không phải nhiệm kỳ') },
    });
    expect(parseTerm('')).toMatchObject({ code: '#N/A' });
    expect(parseTerm(2025)).toMatchObject({ code: '#VALUE!' });
  });

  it('both namings of every term agree (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1001, max: 9990 }), (base) => {
        expect(parseTerm(`${base}-${base + 5}`)).toEqual(parseTerm(`${base + 1}-${base + 5}`));
      }),
    );
  });
});

describe('termOfYear', () => {
  it('the national five-year plan holding a year', () => {
    expect(termOfYear(2021)).toMatchObject({ baseYear: 2020, lastYear: 2025 });
    expect(termOfYear(2025)).toMatchObject({ baseYear: 2020, lastYear: 2025 });
    expect(termOfYear(2026)).toMatchObject({ baseYear: 2025, lastYear: 2030 });
    expect(termOfYear(2020)).toMatchObject({ baseYear: 2015, lastYear: 2020 });
    expect(termOfYear(20.5)).toMatchObject({ code: '#VALUE!' });
  });
});
