import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { isBlank, toNumber } from '../toNumber/index.js';
import { isColumn } from '../column/index.js';
import { shown } from './shown.js';

/** Σ log(1 + g) over the non-blank rates of a list, with the counts. */
export interface LogGrowth {
  /** Σ log1p(g_i) over the rates used. */
  readonly sum: number;
  /** How many rates were used (the non-blank entries). */
  readonly years: number;
  /** How many blank entries were skipped. */
  readonly skipped: number;
}

/**
 * The one reading of a list of yearly growth rates, for averageGrowth and
 * requiredAverageGrowth: blanks are skipped (as {@link isBlank} defines them), every other
 * entry goes through the coercion rule, and every rate must be above -1 (-100%). Sums
 * `log1p(g)` (the product Π(1 + g_i) in logarithms: a small rate keeps its digits and a long
 * series cannot overflow). `name` is the list's argument name, for the messages.
 */
export function sumLogGrowth(rates: unknown, where: string, name: string): LogGrowth | ChitieuError {
  if (isChitieuError(rates)) return rates;
  if (!isColumn(rates)) {
    return chitieuError(
      'invalid-option',
      where,
      {
        en: `${name} must be a list of yearly growth rates (got ${shown(rates)})`,
        vi: `${name} phải là danh sách tốc độ tăng của từng năm (nhận được ${shown(rates)})`,
      },
      { argument: name },
    );
  }
  let sum = 0;
  let years = 0;
  let skipped = 0;
  for (let k = 0; k < rates.length; k++) {
    const entry: unknown = rates[k];
    let g: number;
    if (typeof entry === 'number' && entry - entry === 0) g = entry;
    else if (isBlank(entry)) {
      skipped++;
      continue;
    } else {
      const read = toNumber(entry, where, `${name}[${k}]`);
      if (typeof read !== 'number') return read;
      g = read;
    }
    if (g <= -1) {
      return chitieuError(
        'out-of-domain',
        where,
        {
          en: `every rate must be greater than -1 (-100%) (got ${g} at ${name}[${k}])`,
          vi: `mọi tốc độ tăng phải lớn hơn -1 (-100%) (nhận được ${g} tại ${name}[${k}])`,
        },
        { argument: `${name}[${k}]` },
      );
    }
    sum += Math.log1p(g);
    years++;
  }
  return { sum, years, skipped };
}
