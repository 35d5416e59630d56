/**
 * The languages of the product, as callers may name them: `vi` or `en`, or the locale tags
 * `vi-VN` and `en-US`, which mean the same. One language decides both the words of a message
 * or label and the number format (Vietnamese `1.234,5`, English `1,234.5`).
 */
export type Lang = 'vi' | 'en' | 'vi-VN' | 'en-US';

/** A {@link Lang} resolved to one of the two languages, to index messages and formats with. */
export type Language = 'vi' | 'en';
