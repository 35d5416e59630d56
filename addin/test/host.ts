// A host for the adapters in plain Node: errors as plain objects, a language the test sets.
import type { ExcelErrorCode } from '@chitieu/core';
import type { Host, Lang } from '../src/functions/excel.js';

/** What the test host makes instead of a CustomFunctions.Error. */
export interface TestError {
  readonly error: ExcelErrorCode;
  readonly message: string | undefined;
}

/** A host whose language can be switched by the test. */
export function testHost(lang: Lang = 'en'): Host & { setLang(next: Lang): void } {
  let current = lang;
  return {
    makeError: (code, message): TestError => ({ error: code, message }),
    lang: () => current,
    setLang(next: Lang) {
      current = next;
    },
  };
}
