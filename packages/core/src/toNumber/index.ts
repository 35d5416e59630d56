import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';

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
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return chitieuError('no-data', where, {
      en: `${argument} is blank (no data)`,
      vi: `${argument} để trống (chưa có số liệu)`,
    });
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) {
      return chitieuError('not-a-number', where, {
        en: `${argument} is not a number (NaN)`,
        vi: `${argument} không phải là số (NaN)`,
      });
    }
    return chitieuError('not-finite', where, {
      en: `${argument} is infinite`,
      vi: `${argument} là vô cùng`,
    });
  }
  if (typeof value === 'string') {
    return chitieuError('not-a-number', where, {
      en: `${argument} is text ("${clip(value)}"), not a number; read it with parseLocaleNumber first`,
      vi: `${argument} là văn bản ("${clip(value)}"), không phải số; hãy đọc bằng parseLocaleNumber trước`,
    });
  }
  return chitieuError('not-a-number', where, {
    en: `${argument} must be a number, not ${typeof value === 'boolean' ? 'a logical value' : typeof value}`,
    vi: `${argument} phải là số, không phải ${typeof value === 'boolean' ? 'giá trị logic' : typeof value}`,
  });
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
