import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTarget, type ParsedTarget, type TargetKind } from './index.js';
import { parseLocaleNumber } from '../parseLocaleNumber/index.js';
import { isChitieuError, type ChitieuError } from '../errors/index.js';

const point = (v: number) => ({ kind: 'point', low: v, high: v, inclusive: true });
const about = (v: number) => ({ kind: 'about', low: v, high: v, inclusive: true });
const range = (low: number, high: number) => ({ kind: 'range', low, high, inclusive: true });
const floor = (v: number, inclusive: boolean) => ({ kind: 'floor', low: v, high: null, inclusive });
const ceiling = (v: number, inclusive: boolean) => ({ kind: 'ceiling', low: null, high: v, inclusive });

function failure(result: ParsedTarget | string | ChitieuError): ChitieuError {
  if (!isChitieuError(result)) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result;
}

describe('parseTarget', () => {
  it('reads every form of the docs/method.md table of targets as written (Vietnamese)', () => {
    const table: Array<[string, object]> = [
      ['14', point(14)],
      ['100%', point(1)],
      ['khoảng 4%', about(0.04)],
      ['~4%', about(0.04)],
      ['6,5 - 7%', range(0.065, 0.07)],
      ['6,5-7%', range(0.065, 0.07)],
      ['từ 6,5 đến 7%', range(0.065, 0.07)],
      ['95% trở lên', floor(0.95, true)],
      ['từ 95% trở lên', floor(0.95, true)],
      ['không dưới 95%', floor(0.95, true)],
      ['≥ 95%', floor(0.95, true)],
      ['trên 8%', floor(0.08, false)],
      ['> 92%', floor(0.92, false)],
      ['dưới 4%', ceiling(0.04, false)],
      ['< 4%', ceiling(0.04, false)],
      ['không quá 4%', ceiling(0.04, true)],
      ['tối đa 4%', ceiling(0.04, true)],
      ['≤ 4%', ceiling(0.04, true)],
    ];
    for (const [text, expected] of table) expect(parseTarget(text, 'vi'), text).toEqual(expected);
  });

  it('reads the other Vietnamese spellings of the brief', () => {
    const table: Array<[string, object]> = [
      ['xấp xỉ 4%', about(0.04)],
      ['6,5–7%', range(0.065, 0.07)],
      ['6,5% - 7%', range(0.065, 0.07)],
      ['6,5 – 7 %', range(0.065, 0.07)],
      ['>= 95%', floor(0.95, true)],
      ['<= 4%', ceiling(0.04, true)],
      ['4% trở xuống', ceiling(0.04, true)],
      ['tối thiểu 95%', floor(0.95, true)],
      ['không vượt quá 4%', ceiling(0.04, true)],
    ];
    for (const [text, expected] of table) expect(parseTarget(text), text).toEqual(expected);
  });

  it('reads every form in English', () => {
    const table: Array<[string, object]> = [
      ['14', point(14)],
      ['100%', point(1)],
      ['about 4%', about(0.04)],
      ['around 4%', about(0.04)],
      ['~4%', about(0.04)],
      ['6.5 - 7%', range(0.065, 0.07)],
      ['6.5-7%', range(0.065, 0.07)],
      ['from 6.5 to 7%', range(0.065, 0.07)],
      ['6.5 to 7%', range(0.065, 0.07)],
      ['between 6.5 and 7%', range(0.065, 0.07)],
      ['at least 95%', floor(0.95, true)],
      ['95% or more', floor(0.95, true)],
      ['≥ 95%', floor(0.95, true)],
      ['more than 8%', floor(0.08, false)],
      ['over 8%', floor(0.08, false)],
      ['above 8%', floor(0.08, false)],
      ['> 92%', floor(0.92, false)],
      ['below 4%', ceiling(0.04, false)],
      ['less than 4%', ceiling(0.04, false)],
      ['under 4%', ceiling(0.04, false)],
      ['< 4%', ceiling(0.04, false)],
      ['at most 4%', ceiling(0.04, true)],
      ['no more than 4%', ceiling(0.04, true)],
      ['≤ 4%', ceiling(0.04, true)],
      ['4% or less', ceiling(0.04, true)],
      ['reach 95% or more', floor(0.95, true)],
    ];
    for (const [text, expected] of table) expect(parseTarget(text, 'en'), text).toEqual(expected);
  });

  it('reads the targets of the Thái Bình data (/work/shared/data/thai-binh-2020-2025.csv, column target)', () => {
    const golden: Array<[string, TargetKind, object]> = [
      ['10% trở lên', 'floor', floor(0.1, true)], // grdp_growth, export_growth
      ['90 trở lên', 'floor', floor(90, true)], // grdp_per_capita, triệu đồng
      ['85% trở lên', 'floor', floor(0.85, true)], // non_agri_share
      ['22', 'point', point(22)], // farm_labour_share (lower is better, point target)
      ['95% trở lên', 'floor', floor(0.95, true)], // health_insurance_coverage
      ['14 trở lên', 'floor', floor(14, true)], // doctors_per_10k
      ['100%', 'point', point(1)], // public_investment_disbursement
    ];
    for (const [text, kind, expected] of golden) {
      const target = parseTarget(text, 'vi');
      expect(target, text).toEqual(expected);
      expect((target as ParsedTarget).kind).toBe(kind);
    }
  });

  it('reads the phrasing of provincial resolutions: "đạt 95% trở lên", "đạt 14 bác sĩ trở lên", "9%/năm"', () => {
    expect(parseTarget('đạt 95% trở lên')).toEqual(floor(0.95, true));
    expect(parseTarget('đạt 14 bác sĩ trở lên')).toEqual(floor(14, true));
    expect(parseTarget('9%/năm')).toEqual(point(0.09));
    expect(parseTarget('10%/năm trở lên')).toEqual(floor(0.1, true));
    expect(parseTarget('90 triệu đồng trở lên')).toEqual(floor(90, true));
    expect(parseTarget('1.000 - 2.000 tỷ đồng')).toEqual(range(1000, 2000));
    expect(parseTarget('14 bác sĩ/vạn dân trở lên')).toEqual(floor(14, true));
    // A unit is at most 6 words; a sentence is not a target.
    expect(parseTarget('95% dân số tham gia bảo hiểm y tế')).toMatchObject({
      code: '#VALUE!',
      reason: 'unreadable-text',
    });
  });

  it('tolerates leading verbs, any case, extra spaces and NFD text', () => {
    expect(parseTarget('Phấn đấu đạt 95% trở lên')).toEqual(floor(0.95, true));
    expect(parseTarget('phấn đấu 95% trở lên')).toEqual(floor(0.95, true));
    expect(parseTarget('ĐẠT   95 %   TRỞ LÊN')).toEqual(floor(0.95, true));
    expect(parseTarget('  Không Quá\u00A04%  ')).toEqual(ceiling(0.04, true));
    expect(parseTarget('Reach at least 95%', 'en')).toEqual(floor(0.95, true));
    for (const text of ['khoảng 4%', '95% trở lên', 'từ 6,5 đến 7%', 'dưới 4%', 'tối đa 4%', 'không dưới 95%']) {
      expect(text.normalize('NFD')).not.toBe(text);
      expect(parseTarget(text.normalize('NFD')), text).toEqual(parseTarget(text));
    }
  });

  it('reads the numbers with parseLocaleNumber in the locale', () => {
    expect(parseTarget('1.000 trở lên', 'vi')).toEqual(floor(1000, true));
    expect(parseTarget('1,000 or more', 'en')).toEqual(floor(1000, true));
    expect(parseTarget('1,5 trở lên', 'vi')).toEqual(floor(1.5, true));
    expect(parseTarget('1,5 or more', 'en')).toMatchObject({ code: '#VALUE!', reason: 'unreadable-text' });
    expect(parseTarget('8,56%', 'vi')).toEqual(point(parseLocaleNumber('8,56%', 'vi') as number));
    expect(parseTarget('8,56%', 'vi')).toEqual(point(0.0856));
    expect(parseTarget('6,5 - 7%', 'vi-VN')).toEqual(range(0.065, 0.07));
    expect(parseTarget('6.5 - 7%', 'en-US')).toEqual(range(0.065, 0.07));
  });

  it('tells a leading minus sign from the range dash, and applies a % on one end to both', () => {
    expect(parseTarget('-2 - 3%')).toEqual(range(-0.02, 0.03));
    expect(parseTarget('-2-3%')).toEqual(range(-0.02, 0.03));
    expect(parseTarget('\u22123 \u2013 \u22122%')).toEqual(range(-0.03, -0.02));
    expect(parseTarget('-2%')).toEqual(point(-0.02));
    expect(parseTarget('-1 đến -0,5')).toEqual(range(-1, -0.5));
    expect(parseTarget('từ -3 bác sĩ đến -2 bác sĩ')).toEqual(range(-3, -2));
    expect(parseTarget('6,5% - 7')).toEqual(range(0.065, 0.07));
    expect(parseTarget('5 - 5%')).toEqual(range(0.05, 0.05));
  });

  it('refuses a range whose low end is above its high end', () => {
    const error = failure(parseTarget('7 - 6,5%'));
    expect(error).toMatchObject({ code: '#VALUE!', reason: 'unreadable-text' });
    expect(error.message.en).toContain(
      "in the range '7 - 6,5%' the low end (7) is above the high end (6,5%); write the smaller number first",
    );
    expect(error.message.vi).toContain('đầu dưới (7) lớn hơn đầu trên (6,5%)');
  });

  it('refuses unknown forms with #VALUE! unreadable-text, listing the accepted forms in both languages', () => {
    for (const text of [
      'nhiều hơn năm ngoái',
      '95% trên',
      'tăng 10%',
      '6 and 7',
      'khoảng',
      '14 bác sĩ trên 1 vạn dân trở lên',
      '95 phần trăm',
      '1e5',
      'Infinity',
      'NaN',
    ]) {
      const error = failure(parseTarget(text, 'vi'));
      expect(error, text).toMatchObject({ code: '#VALUE!', reason: 'unreadable-text' });
      expect(error.message.en, text).toContain(`cannot read '${text}' as a target`);
      expect(error.message.en, text).toContain("a floor ('95% or more', 'at least 95%', 'more than 8%', '≥ 95%')");
      expect(error.message.en, text).toContain("a range ('6,5 - 7%', 'from 6,5 to 7%')");
      expect(error.message.vi, text).toContain(`không đọc được '${text}' thành chỉ tiêu`);
      expect(error.message.vi, text).toContain("mức trần ('dưới 4%', 'không quá 4%', 'tối đa 4%', '≤ 4%')");
    }
    expect(failure(parseTarget('gì đó', 'en')).message.en).toContain("a range ('6.5 - 7%', 'from 6.5 to 7%')");
  });

  it('says what is wrong for contradictory or incomplete forms', () => {
    const cases: Array<[string, string, string]> = [
      ['trên 8% trở lên', "'trên' and 'trở lên' cannot be used together", "không dùng 'trên' cùng với 'trở lên'"],
      ['từ 95%', "'từ' needs an end", "'từ' cần vế sau"],
      ['6,5 - 7% trở lên', "a range cannot also have 'trở lên'", "một khoảng không đi kèm 'trở lên'"],
      ['khoảng 6 - 7%', "a range cannot also have 'khoảng'", "một khoảng không đi kèm 'khoảng'"],
      ['between 6%', "'between' needs two numbers", "'between' cần hai số"],
      ['trên', 'there is no number', 'không có số'],
    ];
    for (const [text, en, vi] of cases) {
      const error = failure(parseTarget(text));
      expect(error, text).toMatchObject({ code: '#VALUE!', reason: 'unreadable-text' });
      expect(error.message.en, text).toContain(en);
      expect(error.message.vi, text).toContain(vi);
    }
  });

  it("gives parseLocaleNumber's reason for a number it cannot read", () => {
    const error = failure(parseTarget('8.56% trở lên', 'vi'));
    expect(error).toMatchObject({ code: '#VALUE!', reason: 'unreadable-text' });
    expect(error.message.en).toBe(
      "cannot read the number '8.56%' in the target '8.56% trở lên': in Vietnamese numbers the dot separates thousands, so groups after it must have 3 digits (got '56'); for a decimal write 8,56%",
    );
    expect(error.message.vi).toContain('trong số kiểu Việt Nam dấu chấm phân cách hàng nghìn');
    expect(parseTarget(`${'9'.repeat(400)} trở lên`)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
  });

  it('returns a frozen object', () => {
    const target = parseTarget('95% trở lên');
    expect(Object.isFrozen(target)).toBe(true);
  });

  it('reads a number as a point target; refuses NaN, ±Infinity, booleans and other objects', () => {
    expect(parseTarget(0.95)).toEqual(point(0.95));
    expect(parseTarget(-0)).toEqual(point(0));
    expect(Object.is((parseTarget(-0) as ParsedTarget).low, 0)).toBe(true);
    expect(parseTarget(NaN)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
    expect(parseTarget(Infinity)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    expect(parseTarget(-Infinity)).toMatchObject({ code: '#NUM!', reason: 'not-finite' });
    for (const value of [
      true,
      false,
      {},
      [],
      { kind: 'floor', low: 1, high: 2, inclusive: true },
      { kind: 'range', low: 2, high: 1, inclusive: true },
      { kind: 'point', low: 1, high: 2, inclusive: true },
      { kind: 'ceiling', low: null, high: NaN, inclusive: true },
      { kind: 'floor', low: 1, high: null },
      { kind: 'band', low: 1, high: 1, inclusive: true },
    ]) {
      const error = failure(parseTarget(value as never));
      expect(error, JSON.stringify(value)).toMatchObject({ code: '#VALUE!', reason: 'not-a-number' });
      expect(error.message.en).toContain('the target must be text, a number or a parsed target');
    }
  });

  it('returns an already-parsed target of a valid shape as it is (the same object)', () => {
    const parsed = parseTarget('dưới 4%') as ParsedTarget;
    expect(parseTarget(parsed)).toBe(parsed);
    const literal = { kind: 'range', low: 0.065, high: 0.07, inclusive: true } as const;
    expect(parseTarget(literal)).toBe(literal);
  });

  it('answers blank text, null and undefined with #N/A no-data', () => {
    for (const blank of ['', '   ', '\u00A0', null, undefined]) {
      expect(parseTarget(blank)).toMatchObject({ code: '#N/A', reason: 'no-data' });
    }
  });

  it('passes an input error value through unchanged (the same object)', () => {
    const upstream = failure(parseTarget('abc'));
    expect(parseTarget(upstream)).toBe(upstream);
  });

  it('refuses a locale other than vi, en, vi-VN, en-US with #VALUE! invalid-option', () => {
    for (const locale of ['fr', 'VI', null, 5]) {
      expect(parseTarget('14', locale as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    }
    expect(parseTarget('14', undefined)).toEqual(point(14)); // the default, vi
  });

  it('never throws and returns a valid parsed target or an error value, whatever the text', () => {
    const check = (text: string, locale: 'vi' | 'en') => {
      const result = parseTarget(text, locale);
      if (isChitieuError(result)) return;
      expect(parseTarget(result)).toBe(result); // a valid shape: low/high finite or null as the kind says
    };
    const locale = fc.constantFrom<'vi' | 'en'>('vi', 'en');
    fc.assert(fc.property(fc.string(), locale, check), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), locale, check), { numRuns: 500 });
    const word = fc.constantFrom(
      'trên',
      'dưới',
      'từ',
      'đến',
      'trở lên',
      'khoảng',
      'or more',
      'to',
      '-',
      '–',
      '%',
      '5',
      '6,5',
      '1.000',
      ' ',
      '≥',
      'bác sĩ',
      '/năm',
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 6 }).map((words) => words.join(' ')),
        locale,
        check,
      ),
      { numRuns: 2000 },
    );
  });

  it('array form: each row equals the scalar function, including its error', () => {
    const texts = ['10% trở lên', '90 trở lên', '22', '', null, 'abc', 0.95, '6,5 - 7%'];
    const result = parseTarget.array(texts, 'vi');
    if (!('values' in result)) throw new Error('unexpected error');
    texts.forEach((text, i) => expect(result.errors.get(i) ?? result.values[i]).toEqual(parseTarget(text, 'vi')));
    expect([...result.errors.keys()]).toEqual([3, 4, 5]);
    expect(result.values.map((target) => target?.kind ?? null)).toEqual([
      'floor',
      'floor',
      'point',
      null,
      null,
      null,
      'point',
      'range',
    ]);
  });

  it('array form: a single text for one row, and a bad locale for the whole call', () => {
    const single = parseTarget.array('dưới 4%');
    if (!('values' in single)) throw new Error('unexpected error');
    expect(single.values).toEqual([ceiling(0.04, false)]);
    expect(parseTarget.array(['14'], 'xx' as never)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
  });
});
