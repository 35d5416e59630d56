import { describe, expect, it } from 'vitest';
import { describeError } from './index.js';
import { attainment } from '../attainment/index.js';
import { cagr } from '../cagr/index.js';
import { rowsOf } from '../column/index.js';

describe('describeError', () => {
  it('writes the code and the message in the language asked for, vi by default', () => {
    const error = cagr(-5, 10, 2);
    expect(describeError(error, 'en')).toBe('#NUM!: the start value must be greater than 0 (got -5)');
    expect(describeError(error)).toBe('#NUM!: giá trị đầu kỳ phải lớn hơn 0 (nhận được -5)');
    expect(describeError(error, 'vi-VN')).toBe(describeError(error, 'vi'));
    expect(describeError(error, 'en-US')).toBe(describeError(error, 'en'));
  });

  it('ends with the row, counted from 1, for an error from an array form', () => {
    const rows = rowsOf(attainment.array([90, 1, 5], [100, 0, null]));
    if (!Array.isArray(rows)) throw new Error('unexpected error');
    expect(describeError(rows[1], 'en')).toMatch(/ \(row 2\)$/);
    expect(describeError(rows[2], 'vi')).toMatch(/ \(dòng 3\)$/);
  });

  it('answers what is not an error, or a language it does not know, with a typed error', () => {
    expect(describeError(5)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option', argument: 'error' });
    expect(describeError(undefined)).toMatchObject({ reason: 'invalid-option' });
    expect(describeError(cagr(-5, 10, 2), 'fr')).toMatchObject({
      reason: 'invalid-option',
      argument: 'lang',
      message: { en: 'lang must be "vi" or "en" (also "vi-VN", "en-US"), got "fr"' },
    });
  });
});
