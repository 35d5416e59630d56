// Loaded before every test file (vitest.config.ts). An array form's error for row i is the
// scalar function's error placed at that row (`row: i`, see ChitieuError), so the many tests
// that compare a row with the scalar answer compare errors without their `row`;
// test/robustness.test.ts checks `row` itself on every array form.
import { expect } from 'vitest';
import { isChitieuError } from '../../packages/core/src/errors/index.js';

expect.addEqualityTesters([
  function errorsAlikeButRow(a: unknown, b: unknown): boolean | undefined {
    if (!isChitieuError(a) || !isChitieuError(b)) return undefined;
    if (a.row === undefined || b.row === undefined ? false : a.row !== b.row) return false;
    return (
      a.code === b.code &&
      a.reason === b.reason &&
      a.message.vi === b.message.vi &&
      a.message.en === b.message.en &&
      a.argument === b.argument
    );
  },
]);
