import { describe, expect, it } from 'vitest';
import { chitieuError, isChitieuError } from './index.js';

describe('chitieuError', () => {
  it('maps each reason to its one Excel code; the function is named in its field, never in the messages', () => {
    const error = chitieuError('division-by-zero', 'share', { en: 'the total is 0', vi: 'tổng bằng 0' });
    expect(error).toEqual({
      code: '#DIV/0!',
      reason: 'division-by-zero',
      message: { en: 'the total is 0', vi: 'tổng bằng 0' },
      function: 'share',
    });
    expect(Object.isFrozen(error) && Object.isFrozen(error.message)).toBe(true);
  });

  it('fills argument and row from the place, and only with a name and a whole row number', () => {
    const message = { en: 'x', vi: 'x' };
    expect(chitieuError('no-data', 'gap', message, { argument: 'target', row: 3 })).toMatchObject({
      argument: 'target',
      row: 3,
    });
    const odd = chitieuError('no-data', 'gap', message, { argument: 5, row: -1 } as never);
    expect('argument' in odd || 'row' in odd).toBe(false);
    expect('row' in chitieuError('no-data', 'gap', message, { row: 1.5 })).toBe(false);
  });

  it('answers an unknown reason or a malformed message with an error of its own, never a throw', () => {
    expect(chitieuError('bogus' as never, 'gap', { en: 'x', vi: 'x' })).toMatchObject({
      reason: 'invalid-option',
      message: { en: 'unknown reason "bogus" (for gap)' },
    });
    expect(chitieuError('no-data', 'gap', null as never)).toMatchObject({ reason: 'invalid-option' });
    expect(chitieuError('no-data', Symbol('s') as never, { en: 'x', vi: 'y' }).function).toBe('a symbol');
  });
});

describe('isChitieuError', () => {
  it('is true for an error value and false for look-alikes', () => {
    expect(isChitieuError(chitieuError('no-data', 'gap', { en: 'x', vi: 'x' }))).toBe(true);
    expect(isChitieuError({ code: '#REF!', reason: 'x', message: { en: '', vi: '' } })).toBe(false);
    expect(isChitieuError({ code: '#N/A', reason: 'no-data', message: 'x' })).toBe(false);
    expect(isChitieuError('#N/A')).toBe(false);
  });
});
