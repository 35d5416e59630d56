// Plumbing shared by the array forms. Not part of the public API (the index skips _lib).
import { chitieuError, type ChitieuError } from '../errors/index.js';
import {
  isColumn,
  type CodeColumnResult,
  type Column,
  type ColumnOrValue,
  type NumberColumnResult,
} from '../column/index.js';

/**
 * The `errors` of an array-form result: a Map from row to error whose every error reads with its
 * row (`error.row`, see {@link ChitieuError}), so every array form fills `row` the same way,
 * whichever path found the error. Still a Map for callers. The row is added when an error is
 * read, not when it is stored: a million rows failing the same way share one stored error, so a
 * column of blanks costs a Map entry per row, not an object per row.
 */
class RowErrors extends Map<number, ChitieuError> {
  override get(row: number): ChitieuError | undefined {
    const error = super.get(row);
    return error === undefined ? undefined : atRow(error, row);
  }
  override forEach(
    callback: (error: ChitieuError, row: number, map: Map<number, ChitieuError>) => void,
    thisArg?: unknown,
  ): void {
    super.forEach((error, row, map) => callback.call(thisArg, atRow(error, row), row, map));
  }
  override entries(): MapIterator<[number, ChitieuError]> {
    return mapIterator(super.entries(), ([row, error]) => [row, atRow(error, row)]);
  }
  override values(): MapIterator<ChitieuError> {
    return mapIterator(super.entries(), ([row, error]) => atRow(error, row));
  }
  override [Symbol.iterator](): MapIterator<[number, ChitieuError]> {
    return this.entries();
  }
}

function atRow(error: ChitieuError, row: number): ChitieuError {
  return error.row === row ? error : Object.freeze({ ...error, row });
}

function mapIterator<T, U>(source: Iterator<T>, f: (value: T) => U): MapIterator<U> {
  const iterator = {
    next(): IteratorResult<U, undefined> {
      const step = source.next();
      return step.done ? { done: true, value: undefined } : { done: false, value: f(step.value) };
    },
    [Symbol.iterator]() {
      return iterator;
    },
  };
  return iterator as unknown as MapIterator<U>;
}

/** Starts the errors of an array-form result (see RowErrors). */
export function rowErrors(): Map<number, ChitieuError> {
  return new RowErrors();
}

/** Starts an empty numeric result of `rows` rows. */
export function numberColumn(rows: number): NumberColumnResult {
  return { values: new Float64Array(rows), errors: rowErrors() };
}

/** Starts an empty coded result of `rows` rows. */
export function codeColumn<C extends string>(rows: number): CodeColumnResult<C> {
  return { values: new Array<C | null>(rows).fill(null), errors: rowErrors() };
}

/**
 * Stores the scalar function's answer for row i. Array forms call it only off their fast path
 * (when the inlined formula did not give a finite number), so every error message is the one
 * the scalar function gives.
 */
export function setRow(result: NumberColumnResult, row: number, answer: number | ChitieuError): void {
  if (typeof answer === 'number') {
    result.values[row] = answer;
    return;
  }
  // Rows that fail alike (a column of blanks) share one frozen error object: a fresh one per row
  // was promoted to the old generation by the million (1e7 blank rows: 3.7 GB, 18 s).
  const last = lastError.get(result);
  if (last !== undefined && last.reason === answer.reason && last.message.en === answer.message.en) {
    result.errors.set(row, last);
  } else {
    result.errors.set(row, answer);
    lastError.set(result, answer);
  }
}

/** The error setRow stored last, per result: the one the next failing row most likely repeats. */
const lastError = new WeakMap<NumberColumnResult, ChitieuError>();

/**
 * Reads an argument of an array form into a Float64Array of `rows` numbers, once per call, so
 * that the compute loop sees one array type only and keeps doubles unboxed (a loop that mixes
 * array types, or merges a column element with a single value, allocates a heap number per row
 * and runs several times slower; see docs/benchmarks.md). A Float64Array column is used as it
 * is; a single number fills every row; anything that is not a number (blank, text, error value,
 * NaN) becomes NaN, which sends that row to the scalar function for its error.
 */
export function numbersOf(value: unknown, rows: number): Float64Array {
  if (value instanceof Float64Array) return value;
  if (typeof value === 'number') return new Float64Array(rows).fill(value);
  const numbers = new Float64Array(rows);
  if (!isColumn(value)) return numbers.fill(NaN);
  for (let i = 0; i < rows; i++) {
    const element = value[i];
    numbers[i] = typeof element === 'number' ? element : NaN;
  }
  return numbers;
}

/** Row i of an argument as given (a column's element, or the single value). Slow path only. */
export function cell<T>(value: ColumnOrValue<T>, row: number): T {
  return isColumn(value) ? (value as Column<T>)[row] : (value as T);
}

/**
 * The most rows an array form takes: 2^24 (16,777,216), sixteen times Excel's 1,048,576 rows and
 * the most entries a JavaScript Map (a result's `errors`) can hold, so that a column of blanks
 * never overflows it. Beyond it the answer is `#VALUE!` at once, never a hang over a sparse
 * array of length 2^32 - 1 or an allocation failure.
 */
export const MAX_ROWS = 2 ** 24;

/**
 * The common length of the column arguments of an array form. Single values broadcast to every
 * row; if every argument is a single value there is one row. Columns of different lengths are a
 * `#VALUE!` error naming both lengths: truncating silently would misalign rows of a report.
 *
 * @example
 * rowCount('attainment', [[1, 2, 3], 5], ['actual', 'target'])
 * //=> 3
 */
export function rowCount(where: string, args: readonly unknown[], names: readonly string[]): number | ChitieuError {
  let rows = -1;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (isColumn(arg) && arg.length > MAX_ROWS) {
      const name = names[k] ?? `argument ${k + 1}`;
      return chitieuError('invalid-option', where, {
        en: `${name} has ${arg.length} rows, more than the ${MAX_ROWS} an array form takes`,
        vi: `${name} có ${arg.length} dòng, quá ${MAX_ROWS} dòng mà dạng mảng nhận`,
      });
    }
  }
  let first = '';
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (!isColumn(arg)) continue;
    if (rows === -1) {
      rows = arg.length;
      first = names[k] ?? `argument ${k + 1}`;
    } else if (arg.length !== rows) {
      const name = names[k] ?? `argument ${k + 1}`;
      return chitieuError('length-mismatch', where, {
        en: `columns differ in length: ${first} has ${rows} rows, ${name} has ${arg.length}`,
        vi: `các cột dài khác nhau: ${first} có ${rows} dòng, ${name} có ${arg.length} dòng`,
      });
    }
  }
  return rows === -1 ? 1 : rows;
}

/**
 * Checks a list of columns (one per year, or one per part) and returns their common length.
 * An empty list, an entry that is not a column, or a hole in the list (`[, [0.05]]`, like an
 * explicit `undefined`) is `#VALUE!`.
 *
 * @example
 * rowCountOfColumns('averageGrowth', [[0.1, 0.2], [0.05, 0.07]], 'rates')
 * //=> 2
 */
export function rowCountOfColumns(where: string, columns: unknown, name: string): number | ChitieuError {
  const allColumns = Array.isArray(columns) && columns.length > 0 && everyColumn(columns);
  if (!allColumns) {
    return chitieuError('invalid-option', where, {
      en: `${name} must be a non-empty list of columns`,
      vi: `${name} phải là danh sách các cột, không được rỗng`,
    });
  }
  return rowCount(
    where,
    columns,
    columns.map((_, k) => `${name}[${k}]`),
  );
}

/**
 * Whether every entry of a list is a column, holes included: `every()` skips the holes of
 * `[, [0.05]]` and `new Array(3)`, which then reached the column readers as undefined (a
 * TypeError); a hole is treated as the explicit `undefined` it reads as.
 */
export function everyColumn(list: readonly unknown[]): boolean {
  if (list.length > MAX_ROWS) return false;
  for (let k = 0; k < list.length; k++) if (!isColumn(list[k])) return false;
  return true;
}
