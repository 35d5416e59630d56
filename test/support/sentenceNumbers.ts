import { parseLocaleNumber } from '../../packages/core/src/index.js';

/** A number as a sentence writes it, read back: its value (a percent as a fraction) and its text. */
export interface SentenceNumber {
  text: string;
  value: number;
  percent: boolean;
  /** Half a unit of the last digit shown: how far the shown number may be from the exact one. */
  halfUlp: number;
}

/**
 * Every number in a sentence, read back with the core's own locale reader (so "7,64%" is
 * 0.0764 in Vietnamese and "7.64%" in English); year spans such as 2021-2024 and the k/T
 * pace are numbers too, in order. Used by the tests that compare sentences with their rows.
 */
export function numbersIn(sentence: string, lang: 'vi' | 'en'): SentenceNumber[] {
  const pattern =
    lang === 'vi'
      ? /-?\d{1,3}(?:\.\d{3})+(?:,\d+)?%?|-?\d+(?:,\d+)?%?/gu
      : /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|-?\d+(?:\.\d+)?%?/gu;
  const found: SentenceNumber[] = [];
  for (const match of sentence.matchAll(pattern)) {
    let text = match[0];
    // A hyphen joining two years (2021-2024) is not a minus sign.
    if (text.startsWith('-') && match.index > 0 && /\d/u.test(sentence[match.index - 1])) text = text.slice(1);
    const percent = text.endsWith('%');
    const digits = percent ? text.slice(0, -1) : text;
    const value = parseLocaleNumber(digits, lang);
    if (typeof value !== 'number') throw new Error(`unreadable number ${text} in: ${sentence}`);
    const decimals = (digits.split(lang === 'vi' ? ',' : '.')[1] ?? '').length;
    const halfUlp = 0.5 * 10 ** -decimals * (percent ? 0.01 : 1);
    found.push({ text, value: percent ? value / 100 : value, percent, halfUlp });
  }
  return found;
}
