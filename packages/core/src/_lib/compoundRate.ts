import { chitieuError, type ChitieuError, type Message } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { finite } from './finite.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from './arrayForm.js';

/**
 * The names one use of the compound rate gives its arguments: cagr speaks of a start and an
 * end value, requiredGrowth of the current value and the target. The formula and its domain
 * are the same; only the words differ.
 */
export interface CompoundRateWords {
  readonly where: string;
  /** Argument names, in order: the level now, the level then, the years between. */
  readonly names: readonly [string, string, string];
  /** "the start value", "the end value", "the number of years", in both languages. */
  readonly from: Message;
  readonly to: Message;
  readonly years: Message;
}

/**
 * The constant yearly rate that takes `from` to `to` in `years` years,
 * `(to / from)^(1 / years) − 1` (Excel's RRI), computed as `expm1(ln(to / from) / years)`: the
 * same quantity as `pow(·) − 1` without the cancellation that costs a small rate its last
 * digits. Domain: `years > 0`, `from > 0`, `to ≥ 0` (`to = 0` gives -1).
 */
export function compoundRate(
  words: CompoundRateWords,
  from: NumberInput,
  to: NumberInput,
  years: NumberInput,
): number | ChitieuError {
  const [fromName, toName, yearsName] = words.names;
  const a = toNumber(from, words.where, fromName);
  if (typeof a !== 'number') return a;
  const b = toNumber(to, words.where, toName);
  if (typeof b !== 'number') return b;
  const n = toNumber(years, words.where, yearsName);
  if (typeof n !== 'number') return n;
  const refuse = (argument: string, what: Message, en: string, vi: string, x: number) =>
    chitieuError(
      'out-of-domain',
      words.where,
      { en: `${what.en} ${en} (got ${x})`, vi: `${what.vi} ${vi} (nhận được ${x})` },
      { argument },
    );
  if (n <= 0) return refuse(yearsName, words.years, 'must be greater than 0', 'phải lớn hơn 0', n);
  if (a <= 0) return refuse(fromName, words.from, 'must be greater than 0', 'phải lớn hơn 0', a);
  if (b < 0) return refuse(toName, words.to, 'must not be negative', 'không được âm', b);
  return finite(Math.expm1(Math.log(b / a) / n), words.where);
}

/** The array form of {@link compoundRate}: one rate per row, single values broadcast. */
export function compoundRateColumns(
  words: CompoundRateWords,
  from: ColumnOrValue<NumberInput>,
  to: ColumnOrValue<NumberInput>,
  years: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount(words.where, [from, to, years], words.names);
  if (typeof rows !== 'number') return rows;
  const a = numbersOf(from, rows);
  const b = numbersOf(to, rows);
  const n = numbersOf(years, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: each element read once, the formula inline. NaN or ±Infinity anywhere, or a
    // value outside the domain, sends the row to the scalar function, which explains the error.
    const first = a[i];
    const last = b[i];
    const span = n[i];
    const rate = Math.expm1(Math.log(last / first) / span);
    if (
      span > 0 &&
      first > 0 &&
      last >= 0 &&
      Number.isFinite(rate) &&
      Number.isFinite(first) &&
      Number.isFinite(last) &&
      Number.isFinite(span)
    )
      values[i] = rate + 0;
    else setRow(result, i, compoundRate(words, cell(from, i), cell(to, i), cell(years, i)));
  }
  return result;
}
