import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { shown } from '../_lib/shown.js';

/** What the core accepts where it needs a number; anything else is answered with an error. */
export type NumberInput = number | ChitieuError | null | undefined;

/**
 * The one coercion rule of chitieu, used by every function for every numeric argument.
 *
 * - a finite number is itself;
 * - an error value passes through unchanged (so the first error in a chain reaches the sheet);
 * - blank (`null`, `undefined`, empty or white-space text) is `#N/A` "no data", never 0;
 * - NaN, booleans, objects and text are `#VALUE!`; ±Infinity is `#NUM!`.
 *
 * Text is not read as a number here: whether `1.234` means 1234 or 1,234 depends on the
 * locale, which only the caller knows. Callers holding text (the add-in, the CLI) read it first
 * with {@link parseLocaleNumber} and pass the result.
 *
 * Method: [docs/method.md#numbers](../../../../docs/method.md#numbers).
 *
 * @param value the input to check
 * @param where the function name, for the message
 * @param argument the argument's name, for the message
 *
 * @example
 * toNumber(0.5, 'attainment', 'actual')
 * //=> 0.5
 * @example
 * toNumber(null, 'attainment', 'actual').reason
 * //=> 'no-data'
 */
export function toNumber(value: unknown, where: string, argument: string): number | ChitieuError {
  // Hot path first and small, so that V8 inlines it into the array-form loops.
  if (typeof value === 'number' && value - value === 0) return value;
  return notANumber(value, where, argument);
}

function notANumber(value: unknown, where: string, argument: string): ChitieuError {
  if (isChitieuError(value)) return value;
  // Names come from the core itself; shown() only guards a careless direct call.
  const name = typeof argument === 'string' ? argument : shown(argument);
  const place = { argument: name };
  if (isBlank(value)) {
    return chitieuError(
      'no-data',
      where,
      { en: `${name} is blank (no data)`, vi: `${name} để trống (chưa có số liệu)` },
      place,
    );
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) {
      return chitieuError(
        'not-a-number',
        where,
        { en: `${name} is not a number (NaN)`, vi: `${name} không phải là số (NaN)` },
        place,
      );
    }
    return chitieuError('not-finite', where, { en: `${name} is infinite`, vi: `${name} là vô cùng` }, place);
  }
  if (typeof value === 'string') {
    return chitieuError(
      'not-a-number',
      where,
      {
        en: `${name} is text (${shown(value)}), not a number; read it with parseLocaleNumber first`,
        vi: `${name} là văn bản (${shown(value)}), không phải số; hãy đọc bằng parseLocaleNumber trước`,
      },
      place,
    );
  }
  return chitieuError(
    'not-a-number',
    where,
    {
      en: `${name} must be a number, not ${typeof value === 'boolean' ? 'a logical value' : typeof value}`,
      vi: `${name} phải là số, không phải ${typeof value === 'boolean' ? 'giá trị logic' : typeof value}`,
    },
    place,
  );
}

/**
 * The blank of the coercion rule: `null`, `undefined`, or text that is empty or white space.
 * A blank is "no data" (`#N/A`), never 0; functions that take a list skip blanks (see
 * {@link averageGrowth}). Every part of chitieu that asks "is this cell blank?" asks this.
 *
 * Method: [docs/method.md#numbers](../../../../docs/method.md#numbers).
 *
 * @example
 * [null, undefined, '', '  ', 0, 'x'].map(isBlank)
 * //=> [true, true, true, true, false, false]
 */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
