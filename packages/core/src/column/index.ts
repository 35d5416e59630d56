import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { shown } from '../_lib/shown.js';

/** A column of values: a plain array or a typed array (Float64Array, Int32Array, ...). */
export type Column<T> = ArrayLike<T>;

/** An argument of an array form: a column, or one value that applies to every row. */
export type ColumnOrValue<T> = Column<T> | T;

/**
 * What an array form with numeric results returns. `values[i]` is row i's result; rows that
 * failed have an entry in `errors` (row index → error value) and hold 0 in `values`, so always
 * read a row with {@link rowsOf} or check `errors.has(i)` first.
 *
 * Why not an array of `number | ChitieuError`: a Float64Array keeps one million results
 * unboxed; a mixed array would allocate a heap number per row and be several times slower.
 */
export interface NumberColumnResult {
  readonly values: Float64Array;
  readonly errors: Map<number, ChitieuError>;
}

/**
 * What an array form with coded results (status, on-track category) returns: `values[i]` is
 * row i's code, or `null` where `errors` has an entry for row i.
 */
export interface CodeColumnResult<C extends string> {
  readonly values: Array<C | null>;
  readonly errors: Map<number, ChitieuError>;
}

/**
 * The rows of an array-form result as a plain list of values and error values, e.g. to spill
 * into Excel or to print. Each error keeps its `row`. An array form that failed as a whole
 * returns an error value; given one, `rowsOf` returns it unchanged, so
 * `rowsOf(fn.array(...))` needs no check in between. Anything that is not an array-form result
 * is `#VALUE!`.
 *
 * Method: [docs/method.md#errors](../../../../docs/method.md#errors).
 *
 * @example
 * rowsOf(attainment.array([90, 110], 100))
 * //=> [0.9, 1.1]
 * @example
 * rowsOf(attainment.array([90, 110], [100])).reason
 * //=> 'length-mismatch'
 */
export function rowsOf<T>(
  result: NumberColumnResult | CodeColumnResult<T & string>,
): Array<(T extends string ? T : number) | ChitieuError>;
export function rowsOf<T>(
  result: NumberColumnResult | CodeColumnResult<T & string> | ChitieuError,
): Array<(T extends string ? T : number) | ChitieuError> | ChitieuError;
export function rowsOf(result: unknown): unknown[] | ChitieuError {
  if (isChitieuError(result)) return result;
  const { values, errors } = (typeof result === 'object' && result !== null ? result : {}) as Partial<
    NumberColumnResult | CodeColumnResult<string>
  >;
  if (!isColumn(values) || !(errors instanceof Map)) {
    return chitieuError('invalid-option', 'rowsOf', {
      en: `result must be what an array form returns, { values, errors } (got ${shown(result)})`,
      vi: `result phải là kết quả của một hàm dạng cột, { values, errors } (nhận được ${shown(result)})`,
    });
  }
  const rows = new Array(values.length);
  for (let i = 0; i < rows.length; i++) rows[i] = errors.get(i) ?? values[i];
  return rows;
}

/**
 * True for arrays and typed arrays (not for strings, which are array-like but are one value).
 *
 * @example
 * isColumn(new Float64Array(3))
 * //=> true
 */
export function isColumn(value: unknown): value is Column<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}
