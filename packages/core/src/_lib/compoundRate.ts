import { chitieuError, type ChitieuError, type Message } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { finite } from './finite.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from './arrayForm.js';

/** A level or a count of years for an array form: a column, or one value for every row. */
export type NumberArgument = ColumnOrValue<NumberInput>;

/** The arguments of `cagr.array`. */
export type CagrArgs = [start: NumberArgument, end: NumberArgument, years: NumberArgument];

/** The arguments of `requiredGrowth.array`. */
export type RequiredGrowthArgs = [current: NumberArgument, target: NumberArgument, years: NumberArgument];

/**
 * The words of each use of the compound rate: cagr speaks of a start and an end value,
 * requiredGrowth of the current value and the target. The formula and its domain are the same;
 * only the words differ. `names` are the argument names: the level now, then, the years.
 */
const WORDS = {
  cagr: {
    names: ['start', 'end', 'years'],
    from: { en: 'the start value', vi: 'giá trị đầu kỳ' },
    to: { en: 'the end value', vi: 'giá trị cuối kỳ' },
    years: { en: 'the number of years', vi: 'số năm' },
  },
  requiredGrowth: {
    names: ['current', 'target', 'years'],
    from: { en: 'the current value', vi: 'giá trị hiện tại' },
    to: { en: 'the target', vi: 'mục tiêu' },
    years: { en: 'the number of years left', vi: 'số năm còn lại' },
  },
} as const satisfies Record<
  string,
  { names: readonly [string, string, string]; from: Message; to: Message; years: Message }
>;

/** The function whose words to use. */
export type CompoundRateUse = keyof typeof WORDS;

/**
 * The constant yearly rate that takes `from` to `to` in `years` years,
 * `(to / from)^(1 / years) − 1` (Excel's RRI), computed as `expm1(ln(to / from) / years)`: the
 * same quantity as `pow(·) − 1` without the cancellation that costs a small rate its last
 * digits. Domain: `years > 0`, `from > 0`, `to ≥ 0` (`to = 0` gives -1).
 */
export function compoundRate(
  where: CompoundRateUse,
  from: NumberInput,
  to: NumberInput,
  years: NumberInput,
): number | ChitieuError {
  const words = WORDS[where];
  const [fromName, toName, yearsName] = words.names;
  const a = toNumber(from, where, fromName);
  if (typeof a !== 'number') return a;
  const b = toNumber(to, where, toName);
  if (typeof b !== 'number') return b;
  const n = toNumber(years, where, yearsName);
  if (typeof n !== 'number') return n;
  const refuse = (argument: string, what: Message, en: string, vi: string, x: number) =>
    chitieuError(
      'out-of-domain',
      where,
      { en: `${what.en} ${en} (got ${x})`, vi: `${what.vi} ${vi} (nhận được ${x})` },
      { argument },
    );
  if (n <= 0) return refuse(yearsName, words.years, 'must be greater than 0', 'phải lớn hơn 0', n);
  if (a <= 0) return refuse(fromName, words.from, 'must be greater than 0', 'phải lớn hơn 0', a);
  if (b < 0) return refuse(toName, words.to, 'must not be negative', 'không được âm', b);
  return finite(Math.expm1(Math.log(b / a) / n), where);
}

/** The array form of {@link compoundRate}: one rate per row, single values broadcast. */
export function compoundRateColumns(
  where: CompoundRateUse,
  from: NumberArgument,
  to: NumberArgument,
  years: NumberArgument,
): NumberColumnResult | ChitieuError {
  const rows = rowCount(where, [from, to, years], WORDS[where].names);
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
    else setRow(result, i, compoundRate(where, cell(from, i), cell(to, i), cell(years, i)));
  }
  return result;
}
