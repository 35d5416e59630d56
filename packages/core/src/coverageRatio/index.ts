import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Coverage ratio (tỷ lệ bao phủ), e.g. the share of the population with health insurance
 * (tỷ lệ dân số tham gia bảo hiểm y tế):
 *
 *     c = covered / population
 *
 * The result is a fraction (0.925 is 92,5%). A ratio above 1 (more than 100%, e.g. people
 * insured in the province but counted in another population figure) is returned as it is: it
 * is a data problem to flag, not to hide, so it is never capped at 1.
 *
 * Errors: `#DIV/0!` if the population is 0; `#NUM!` if the population or the number covered
 * is negative; `#N/A` for a blank input; `#VALUE!` for text, NaN or a logical value; an error
 * value as input passes through.
 *
 * Method: [docs/method.md#coverage-shares-and-structure](../../../../docs/method.md#coverage-shares-and-structure).
 *
 * @param covered number of people (or units) covered, ≥ 0
 * @param population population (or units) the ratio is taken of, > 0
 *
 * @example
 * coverageRatio(1_700_000, 1_837_838)  // illustration: Thái Bình, about 1,7 million insured, 92,5% (11/2024)
 * //=> 0.925
 * @example
 * coverageRatio(1_050, 1_000)  // above 100%: returned as is, to be flagged
 * //=> 1.05
 * @example
 * coverageRatio(10, 0).code
 * //=> '#DIV/0!'
 */
export function coverageRatio(covered: NumberInput, population: NumberInput): number | ChitieuError {
  const c = toNumber(covered, 'coverageRatio', 'covered');
  if (typeof c !== 'number') return c;
  const p = toNumber(population, 'coverageRatio', 'population');
  if (typeof p !== 'number') return p;
  if (p === 0) {
    return chitieuError('division-by-zero', 'coverageRatio', {
      en: 'the population is 0, so the coverage ratio is undefined',
      vi: 'dân số bằng 0 nên không tính được tỷ lệ bao phủ',
    });
  }
  if (p < 0)
    return outOfDomain(`the population must be greater than 0 (got ${p})`, `dân số phải lớn hơn 0 (nhận được ${p})`);
  if (c < 0) {
    return outOfDomain(
      `the number covered must not be negative (got ${c})`,
      `số được bao phủ không được âm (nhận được ${c})`,
    );
  }
  return finite(c / p, 'coverageRatio');
}

function outOfDomain(en: string, vi: string): ChitieuError {
  return chitieuError('out-of-domain', 'coverageRatio', { en, vi });
}

/**
 * Array form of {@link coverageRatio}: one ratio per row; `covered` and `population` are
 * columns or one value for every row.
 *
 * @example
 * rowsOf(coverageRatio.array([925, 980, null], 1000)).map((row) => (typeof row === 'number' ? row : row.code))
 * //=> [0.925, 0.98, '#N/A']
 */
coverageRatio.array = function coverageRatioArray(
  covered: ColumnOrValue<NumberInput>,
  population: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('coverageRatio', [covered, population], ['covered', 'population']);
  if (typeof rows !== 'number') return rows;
  const c = numbersOf(covered, rows);
  const p = numbersOf(population, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: each element read once, the formula inline. NaN or ±Infinity anywhere, or a
    // value outside the domain, sends the row to the scalar function, which explains the error.
    const x = c[i];
    const y = p[i];
    const ratio = x / y;
    if (y > 0 && x >= 0 && Number.isFinite(ratio) && Number.isFinite(y)) values[i] = ratio + 0;
    else setRow(result, i, coverageRatio(cell(covered, i), cell(population, i)));
  }
  return result;
};
