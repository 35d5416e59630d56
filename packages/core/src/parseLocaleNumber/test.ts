import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLocaleNumber } from './index.js';
import { rowsOf } from '../column/index.js';
import { isChitieuError, type ChitieuError } from '../errors/index.js';

/** The error of a call that must fail, for reading its message. */
function failure(result: number | ChitieuError): ChitieuError {
  if (typeof result === 'number') throw new Error(`expected an error, got ${result}`);
  return result;
}

describe('parseLocaleNumber', () => {
  it('reads the Vietnamese figures of the Thái Bình data (/work/shared/data/thai-binh-2020-2025.csv, column value)', () => {
    expect(parseLocaleNumber('3,23', 'vi')).toBe(3.23); // GRDP growth 2020
    expect(parseLocaleNumber('8,56', 'vi')).toBe(8.56); // average growth 2021-2023 as stated
    expect(parseLocaleNumber('53.523', 'vi')).toBe(53523); // GRDP 2020, tỷ đồng
    expect(parseLocaleNumber('28.066,4', 'vi')).toBe(28066.4); // budget revenue 2024
    expect(parseLocaleNumber('17.100', 'vi')).toBe(17100);
    expect(parseLocaleNumber('86,3', 'vi')).toBe(86.3);
    expect(parseLocaleNumber('350', 'vi')).toBe(350);
  });

  it('reads the forms of docs/method.md, Numbers', () => {
    expect(parseLocaleNumber('8,56%', 'vi')).toBe(0.0856);
    expect(parseLocaleNumber('20.000', 'vi')).toBe(20000);
    expect(parseLocaleNumber('1.234.567,89', 'vi')).toBe(1234567.89);
    expect(parseLocaleNumber('1,234,567.89', 'en')).toBe(1234567.89);
    expect(parseLocaleNumber('8.56%', 'en')).toBe(0.0856);
  });

  it('accepts vi-VN and en-US as vi and en', () => {
    expect(parseLocaleNumber('1.234,5', 'vi-VN')).toBe(1234.5);
    expect(parseLocaleNumber('1,234.5', 'en-US')).toBe(1234.5);
  });

  it('divides a percent by 100 exactly, by the decimal exponent, not by x / 100', () => {
    expect(8.56 / 100).not.toBe(0.0856); // 0.08560000000000001: why the text is shifted instead
    expect(parseLocaleNumber('8,56%', 'vi')).toBe(0.0856);
    expect(parseLocaleNumber('0,1%', 'vi')).toBe(0.001);
    expect(parseLocaleNumber('33,3%', 'vi')).toBe(0.333);
    expect(parseLocaleNumber('1.234,5%', 'vi')).toBe(12.345);
    expect(parseLocaleNumber('-0,07%', 'vi')).toBe(-0.0007);
    expect(parseLocaleNumber('100%', 'en')).toBe(1);
  });

  it('is exact: the written decimal becomes the nearest double, read once', () => {
    expect(parseLocaleNumber('0,1', 'vi')).toBe(0.1);
    expect(parseLocaleNumber('0,30000000000000004', 'vi')).toBe(0.30000000000000004);
    expect(parseLocaleNumber('9.007.199.254.740.993', 'vi')).toBe(9007199254740992); // 2^53 + 1 rounds to even
    expect(parseLocaleNumber('0.000000000000000000001', 'en')).toBe(1e-21);
  });

  it('property: digit groups and decimals built at random read as Number() of the plain decimal', () => {
    const digits = fc.string({
      unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'),
      minLength: 1,
      maxLength: 25,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 8 }),
        digits,
        fc.boolean(),
        (head, groups, fraction, negative) => {
          const tail = groups.map((g) => String(g).padStart(3, '0'));
          const plain = `${negative ? '-' : ''}${head}${tail.join('')}.${fraction}`;
          const expected = Number(plain) === 0 ? 0 : Number(plain);
          expect(parseLocaleNumber(`${negative ? '-' : ''}${[head, ...tail].join('.')},${fraction}`, 'vi')).toBe(
            expected,
          );
          expect(parseLocaleNumber(`${negative ? '\u2212' : ''}${[head, ...tail].join(',')}.${fraction}`, 'en')).toBe(
            expected,
          );
          expect(
            parseLocaleNumber(`${negative ? '- ' : ''}${[head, ...tail].join('\u00A0')},${fraction} %`, 'vi'),
          ).toBe(Number(`${plain}e-2`) || 0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('takes a single space, no-break space, narrow no-break space or thin space as thousands separator', () => {
    expect(parseLocaleNumber('1 234 567,5', 'vi')).toBe(1234567.5);
    expect(parseLocaleNumber('1\u00A0234\u00A0567,5', 'vi')).toBe(1234567.5);
    expect(parseLocaleNumber('1\u202F234\u202F567.5', 'en')).toBe(1234567.5);
    expect(parseLocaleNumber('1\u2009234', 'en')).toBe(1234);
  });

  it('allows spaces around the sign and the percent sign, and trims', () => {
    expect(parseLocaleNumber('- 5', 'vi')).toBe(-5);
    expect(parseLocaleNumber('8,56 %', 'vi')).toBe(0.0856);
    expect(parseLocaleNumber('8,56\u00A0%', 'vi')).toBe(0.0856);
    expect(parseLocaleNumber('  +12,5  ', 'vi')).toBe(12.5);
    expect(parseLocaleNumber('\t42\n', 'en')).toBe(42);
  });

  it('reads +, -, the minus sign U+2212 and an en dash U+2013 at the start as signs', () => {
    expect(parseLocaleNumber('+5', 'vi')).toBe(5);
    expect(parseLocaleNumber('-5', 'vi')).toBe(-5);
    expect(parseLocaleNumber('\u22125,5', 'vi')).toBe(-5.5);
    expect(parseLocaleNumber('\u20135.5', 'en')).toBe(-5.5);
    expect(parseLocaleNumber('-0', 'vi')).toBe(0);
    expect(Object.is(parseLocaleNumber('-0', 'vi'), -0)).toBe(false);
  });

  it('accepts leading zeros and a bare decimal part', () => {
    expect(parseLocaleNumber('007', 'vi')).toBe(7);
    expect(parseLocaleNumber(',5', 'vi')).toBe(0.5);
    expect(parseLocaleNumber('.5', 'en')).toBe(0.5);
    expect(parseLocaleNumber('0,5', 'vi')).toBe(0.5);
    expect(parseLocaleNumber('1234567', 'vi')).toBe(1234567);
  });

  it('refuses each malformed number with #VALUE! unreadable-text and says why, in both languages', () => {
    const cases: Array<[string, 'vi' | 'en', string, string]> = [
      [
        '8.56',
        'vi',
        'in Vietnamese numbers the dot separates thousands, so groups after it must have 3 digits',
        'for a decimal write 8,56',
      ],
      [
        '8,56',
        'en',
        'in English numbers the comma separates thousands, so groups after it must have 3 digits',
        'for a decimal write 8.56',
      ],
      ['0.5', 'vi', 'groups after it must have 3 digits', 'for a decimal write 0,5'],
      ['1.234.56', 'vi', "groups after it must have 3 digits (got '56')", ''],
      ['1 23', 'vi', 'a space separates thousands, so groups after it must have 3 digits', ''],
      ['1234.567', 'vi', "the first group before a thousands separator can have at most 3 digits (got '1234')", ''],
      ['0.500', 'vi', 'a number with thousands separators cannot start with 0', 'for a decimal write 0,500'],
      ['1,234,567', 'vi', 'the comma is the decimal separator, so it can appear only once (got 2)', "use locale 'en'"],
      ['1.234.567', 'en', 'the dot is the decimal separator, so it can appear only once', "use locale 'vi'"],
      ['1.2.3', 'en', 'the dot is the decimal separator, so it can appear only once (got 2)', ''],
      ['1,234.5', 'vi', 'the dot separates thousands and cannot come after the decimal separator', "use locale 'en'"],
      ['1,5 5', 'vi', 'only digits may follow the decimal separator', ''],
      ['5,', 'vi', 'the number ends with the decimal separator', ''],
      ['5.', 'en', 'the number ends with the decimal separator', ''],
      ['5.', 'vi', 'so it must be followed by 3 digits, not end the number', ''],
      ['.5', 'vi', 'so it cannot start a number', 'for a decimal write ,5'],
      ['1..234', 'vi', 'two thousands separators in a row', ''],
      ['1.234 567', 'vi', 'thousands are separated both by the dot and by spaces', ''],
      ['20.000 tỷ đồng', 'vi', "unexpected text 'tỷ đồng' after the number", ''],
      ['abc', 'en', "unexpected text 'abc': there is no number", ''],
      ['Infinity', 'en', "unexpected text 'Infinity'", ''],
      ['-Infinity', 'en', "unexpected text 'Infinity'", ''],
      ['NaN', 'en', "unexpected text 'NaN'", ''],
      ['0x1F', 'en', "unexpected text 'x1F'", ''],
      ['1e5', 'en', "exponent notation ('1e5') is not accepted", ''],
      ['1,5E-3', 'vi', 'exponent notation', ''],
      ['-', 'vi', 'a sign with no number after it', ''],
      ['+ ', 'vi', 'a sign with no number after it', ''],
      ['%', 'vi', 'a percent sign with no number', ''],
      ['.', 'en', 'there are separators but no digits', ''],
      ['--5', 'vi', 'there are two signs', ''],
      ['5-', 'vi', 'a sign (+ or -) can only come at the start', ''],
      ['5\u2013', 'vi', 'a sign (+ or -) can only come at the start', ''],
      ['5%%', 'vi', 'more than one percent sign', ''],
      ['%5', 'vi', 'the percent sign must come after the number', ''],
      ['1  234', 'vi', "unexpected text '234'", ''],
    ];
    for (const [text, locale, why, hint] of cases) {
      const error = failure(parseLocaleNumber(text, locale));
      expect(error, text).toMatchObject({ code: '#VALUE!', reason: 'unreadable-text' });
      expect(error.message.en, text).toContain(why);
      expect(error.message.en, text).toContain(hint);
      expect(error.message.en, text).toContain(`cannot read '${text.trim()}'`);
      expect(error.message.vi, text).toContain(`không đọc được '${text.trim()}'`);
    }
  });

  it('writes the reason in Vietnamese too', () => {
    const error = failure(parseLocaleNumber('8.56', 'vi'));
    expect(error.message.vi).toBe(
      "không đọc được '8.56' thành số (định dạng Việt Nam): trong số kiểu Việt Nam dấu chấm phân cách hàng nghìn, nên các nhóm sau nó phải có đủ 3 chữ số (có '56'); số thập phân hãy viết 8,56",
    );
    expect(error.message.en).toBe(
      "cannot read '8.56' as a number in Vietnamese format: in Vietnamese numbers the dot separates thousands, so groups after it must have 3 digits (got '56'); for a decimal write 8,56",
    );
    expect(failure(parseLocaleNumber('20.000 tỷ đồng', 'vi')).message.vi).toContain(
      "có phần chữ thừa 'tỷ đồng' sau số",
    );
  });

  it('answers text too large to represent with #NUM!', () => {
    expect(parseLocaleNumber(`1${'0'.repeat(400)}`, 'vi')).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(parseLocaleNumber(`0,${'0'.repeat(400)}1`, 'vi')).toBe(0);
  });

  it('answers blank text, null and undefined with #N/A no-data', () => {
    for (const blank of ['', '   ', '\u00A0\t', null, undefined]) {
      expect(parseLocaleNumber(blank, 'vi')).toMatchObject({ code: '#N/A', reason: 'no-data' });
    }
  });

  it('returns a finite number as it is, and refuses NaN, ±Infinity, booleans and objects', () => {
    expect(parseLocaleNumber(0.0856, 'vi')).toBe(0.0856);
    expect(parseLocaleNumber(-0, 'en')).toBe(0);
    expect(Object.is(parseLocaleNumber(-0, 'en'), 0)).toBe(true);
    expect(parseLocaleNumber(NaN, 'vi')).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(parseLocaleNumber(Infinity, 'vi')).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(parseLocaleNumber(-Infinity, 'vi')).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(parseLocaleNumber(true as never, 'vi')).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(parseLocaleNumber({} as never, 'vi')).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(parseLocaleNumber([] as never, 'vi')).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(parseLocaleNumber(Symbol('x') as never, 'vi')).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
  });

  it('passes an input error value through unchanged (the same object)', () => {
    const upstream = failure(parseLocaleNumber('abc', 'vi'));
    expect(parseLocaleNumber(upstream, 'vi')).toBe(upstream);
  });

  it('refuses a locale other than vi, en, vi-VN, en-US with #VALUE! invalid-option', () => {
    for (const locale of ['fr', 'VI', 'en-GB', '', undefined, null, 1, {}]) {
      const error = failure(parseLocaleNumber('1', locale as never));
      expect(error).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
      expect(error.message.en).toContain('locale must be "vi" or "en"');
    }
  });

  it('never throws and returns a finite number or an error value, whatever the text', () => {
    const check = (text: string, locale: 'vi' | 'en') => {
      const result = parseLocaleNumber(text, locale);
      if (typeof result === 'number') expect(Number.isFinite(result) && !Object.is(result, -0)).toBe(true);
      else expect(isChitieuError(result)).toBe(true);
    };
    const locale = fc.constantFrom<'vi' | 'en'>('vi', 'en');
    fc.assert(fc.property(fc.string(), locale, check), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), locale, check), { numRuns: 1000 });
    // Strings made of the characters the reader cares about hit every branch.
    const unit = fc.constantFrom(
      '0',
      '1',
      '5',
      '9',
      '.',
      ',',
      ' ',
      '\u00A0',
      '\u202F',
      '-',
      '+',
      '\u2212',
      '\u2013',
      '%',
      'e',
      'x',
      'đ',
    );
    fc.assert(fc.property(fc.string({ unit, maxLength: 20 }), locale, check), { numRuns: 3000 });
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const texts = ['3,23', '6,68%', 7.01, '', null, '7.37', '53.523', 'abc', NaN, Infinity, -0];
    const result = parseLocaleNumber.array(texts, 'vi');
    if (!('values' in result)) throw new Error('unexpected error');
    const rows = rowsOf(result);
    rows.forEach((row, i) => expect(row).toEqual(parseLocaleNumber(texts[i], 'vi')));
    expect(rows.slice(0, 3)).toEqual([3.23, 0.0668, 7.01]);
    expect([...result.errors.keys()]).toEqual([3, 4, 5, 7, 8, 9]);
  });

  it('array form: typed arrays, a single text broadcast to one row, and a bad locale for the whole call', () => {
    const typed = parseLocaleNumber.array(new Float64Array([1.5, NaN]), 'en');
    if (!('values' in typed)) throw new Error('unexpected error');
    expect(rowsOf(typed)[0]).toBe(1.5);
    expect(rowsOf(typed)[1]).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    const single = parseLocaleNumber.array('1.000', 'vi');
    if (!('values' in single)) throw new Error('unexpected error');
    expect(rowsOf(single)).toEqual([1000]);
    expect(parseLocaleNumber.array(['1'], 'fr' as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
  });
});
