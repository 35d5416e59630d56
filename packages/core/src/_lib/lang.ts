import { chitieuError, type ChitieuError } from '../errors/index.js';
import { shown } from './shown.js';

export type { Lang, Language } from './language.js';
import type { Language } from './language.js';

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
