/**
 * Any value as short text for an error message: text quoted (and cut, see {@link clip}),
 * numbers as written, lists and objects by their kind. `String(value)` throws for a symbol
 * inside a template and for objects without a prototype; a message about bad input must never
 * itself fail on bad input.
 *
 * @example
 * shown('abc')
 * //=> '"abc"'
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** Cuts long text for a message: at most 40 characters, the cut marked by `...`. */
export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
