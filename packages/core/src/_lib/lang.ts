import { chitieuError, type ChitieuError } from '../errors/index.js';
import { shown } from './shown.js';

/**
 * The languages of the product, as callers may name them: `vi` or `en`, or the locale tags
 * `vi-VN` and `en-US`, which mean the same. One language decides both the words of a message
 * or label and the number format (Vietnamese `1.234,5`, English `1,234.5`).
 */
export type Lang = 'vi' | 'en' | 'vi-VN' | 'en-US';

/** A {@link Lang} resolved to one of the two languages, to index messages and formats with. */
export type Language = 'vi' | 'en';

/** `vi`, `vi-VN` → vi; `en`, `en-US` → en; anything else → null. */
export function langOf(lang: unknown): Language | null {
  switch (lang) {
    case 'vi':
    case 'vi-VN':
      return 'vi';
    case 'en':
    case 'en-US':
      return 'en';
    default:
      return null;
  }
}

/** The one answer to a language that is not a {@link Lang}: `#VALUE!` naming the argument. */
export function badLang(where: string, lang: unknown, argument = 'locale'): ChitieuError {
  return chitieuError(
    'invalid-option',
    where,
    {
      en: `${argument} must be "vi" or "en" (also "vi-VN", "en-US"), got ${shown(lang)}`,
      vi: `${argument} phải là "vi" hoặc "en" (hoặc "vi-VN", "en-US"), nhận được ${shown(lang)}`,
    },
    { argument },
  );
}
