import { describe, expect, it } from 'vitest';
import { isColumn, rowsOf } from './index.js';
import { attainment } from '../attainment/index.js';
import { status } from '../status/index.js';

describe('rowsOf', () => {
  it('lists the rows of an array-form result, each error at its row', () => {
    expect(rowsOf(attainment.array([90, 5, 110], [100, 0, 100]))).toEqual([
      0.9,
      expect.objectContaining({ code: '#DIV/0!', row: 1 }),
      1.1,
    ]);
    expect(rowsOf(status.array([0.96, null], '95% trở lên'))).toEqual(['achieved', 'no-data']);
  });

  it('passes an array form that failed as a whole through unchanged', () => {
    const mismatch = attainment.array([1, 2], [1, 2, 3]);
    expect(rowsOf(mismatch)).toBe(mismatch);
  });

  it('answers what is not an array-form result with a typed error, never a throw', () => {
    for (const bad of [undefined, null, 5, 'x', {}, { values: [1] }, { values: 1, errors: new Map() }]) {
      expect(rowsOf(bad as never), String(bad)).toMatchObject({ code: '#VALUE!', reason: 'invalid-option' });
    }
  });
});

describe('isColumn', () => {
  it('is true for arrays and typed arrays, not for text or a DataView', () => {
    expect([[], new Float64Array(1), new Int32Array(1)].every(isColumn)).toBe(true);
    expect(['abc', new DataView(new ArrayBuffer(1)), { length: 1 }, null].some(isColumn)).toBe(false);
  });
});
