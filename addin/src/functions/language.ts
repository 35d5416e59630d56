import type { Lang } from './excel.js';

/**
 * The user's language from a BCP 47 tag such as Office's `displayLanguage` (`vi-VN`, `en-US`):
 * Vietnamese for any `vi` tag, English for everything else (English is the default language of
 * the add-in's texts).
 *
 * @example
 * langOf('vi-VN')
 * //=> 'vi'
 */
export function langOf(tag: unknown): Lang {
  return typeof tag === 'string' && /^vi(?:[-_]|$)/i.test(tag.trim()) ? 'vi' : 'en';
}

/**
 * The display language of the running Office (`Office.context.displayLanguage`), falling back to
 * the browser's language when the page runs outside Office (tests, a plain browser). Read at each
 * call, not once: the language is known only after Office has initialised.
 */
export function displayLanguage(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  let tag: string | undefined;
  try {
    tag = office?.context?.displayLanguage;
  } catch {
    // Outside Office, some office.js builds throw from Office.context; the browser decides then.
    tag = undefined;
  }
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return langOf(tag ?? nav?.language);
}
