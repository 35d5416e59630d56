import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Rate per N of population (trên 1 vạn dân, trên 1.000 dân, trên 100.000 dân), e.g. doctors
 * per 10,000 people (số bác sĩ trên 1 vạn dân):
 *
 *     r = count / population × per
 *
 * `per` is 10,000 by default (1 vạn); use 1,000 or 100,000 for other indicators. The result
 * is in "per `per` people" (14.2 doctors per 10,000 people is `14.2`), not a fraction.
 *
 * Errors: `#DIV/0!` if the population is 0; `#NUM!` if the population or the count is
 * negative, or `per` is 0 or negative; `#N/A` for a blank input; `#VALUE!` for text, NaN or a
 * logical value; an error value as input passes through.
 *
 * Method: [docs/method.md#coverage-shares-and-structure](../../../../docs/method.md#coverage-shares-and-structure).
 *
 * @param count number counted (doctors, hospital beds, cases), ≥ 0
 * @param population population, > 0
 * @param per the N of "per N people", > 0 (default 10,000)
 *
 * @example
 * perPopulation(2_660, 1_900_000)  // illustration: 2.660 doctors for 1,9 million people; target "14 trở lên"
 * //=> 14
 * @example
 * perPopulation(45, 1_500_000, 100_000)
 * //=> 3
 * @example
 * perPopulation(10, 1000, 0).code
 * //=> '#NUM!'
 */
export function perPopulation(
  count: NumberInput,
  population: NumberInput,
  per: NumberInput = 10000,
): number | ChitieuError {
  const n = toNumber(count, 'perPopulation', 'count');
  if (typeof n !== 'number') return n;
  const p = toNumber(population, 'perPopulation', 'population');
  if (typeof p !== 'number') return p;
  const k = toNumber(per, 'perPopulation', 'per');
  if (typeof k !== 'number') return k;
  if (k <= 0)
    return outOfDomain(`per must be greater than 0 (got ${k})`, `hệ số "trên N dân" phải lớn hơn 0 (nhận được ${k})`);
  if (p === 0) {
    return chitieuError('division-by-zero', 'perPopulation', {
      en: 'the population is 0, so the rate per population is undefined',
      vi: 'dân số bằng 0 nên không tính được tỷ lệ trên số dân',
    });
  }
  if (p < 0)
    return outOfDomain(`the population must be greater than 0 (got ${p})`, `dân số phải lớn hơn 0 (nhận được ${p})`);
  if (n < 0) return outOfDomain(`the count must not be negative (got ${n})`, `số lượng không được âm (nhận được ${n})`);
  return finite((n / p) * k, 'perPopulation');
}

function outOfDomain(en: string, vi: string): ChitieuError {
  return chitieuError('out-of-domain', 'perPopulation', { en, vi });
}

/**
 * Array form of {@link perPopulation}: one rate per row; each argument is a column or one
 * value for every row (`per` is 10,000 by default).
 *
 * @example
 * rowsOf(perPopulation.array([1_400, 1_250], [1_000_000, 1_000_000]))
 * //=> [14, 12.5]
 */
perPopulation.array = function perPopulationArray(
  count: ColumnOrValue<NumberInput>,
  population: ColumnOrValue<NumberInput>,
  per: ColumnOrValue<NumberInput> = 10000,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('perPopulation', [count, population, per], ['count', 'population', 'per']);
  if (typeof rows !== 'number') return rows;
  const n = numbersOf(count, rows);
  const p = numbersOf(population, rows);
  const k = numbersOf(per, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: each element read once, the formula inline. NaN or ±Infinity anywhere, or a
    // value outside the domain, sends the row to the scalar function, which explains the error.
    const people = p[i];
    const base = k[i];
    const counted = n[i];
    const rate = (counted / people) * base;
    if (
      base > 0 &&
      people > 0 &&
      counted >= 0 &&
      Number.isFinite(rate) &&
      Number.isFinite(people) &&
      Number.isFinite(base)
    )
      values[i] = rate + 0;
    else setRow(result, i, perPopulation(cell(count, i), cell(population, i), cell(per, i)));
  }
  return result;
};
