import type { ChitieuError } from '../errors/index.js';
import type { NumberInput } from '../toNumber/index.js';
import type { NumberColumnResult } from '../column/index.js';
import { compoundRate, compoundRateColumns, type CagrArgs } from '../_lib/compoundRate.js';

/**
 * Compound annual growth rate between two levels (tốc độ tăng bình quân từ hai đầu mút),
 * the same quantity as Excel's `RRI(years, start, end)`:
 *
 *     g = (end / start)^(1 / years) - 1
 *
 * The result is a fraction (0.0856 is 8,56%/năm). `years` may be fractional, as in Excel.
 * It is computed as `expm1(ln(end / start) / years)`, the same quantity as `pow(...) − 1` but
 * without the cancellation that costs `pow − 1` its last digits for small rates, and about
 * twice as fast (docs/benchmarks.md).
 *
 * Errors: `#NUM!` if `years ≤ 0`, `start ≤ 0` or `end < 0` (Excel's RRI gives `#NUM!` too);
 * `#N/A` for a blank input; `#VALUE!` for text or NaN. `end = 0` gives -1 (-100%).
 *
 * Method: [docs/method.md#growth](../../../../docs/method.md#growth).
 *
 * @param start level in the base year (y₀), > 0
 * @param end level in the last year (yₙ), ≥ 0
 * @param years number of years between them (n), > 0
 *
 * @example
 * cagr(100, 121, 2)
 * //=> 0.1
 * @example
 * cagr(10000, 11000, 96)  // Microsoft's RRI example: 0.0009933
 * //=> 0.0009933
 * @example
 * cagr(-5, 10, 2).code
 * //=> '#NUM!'
 */
export function cagr(start: NumberInput, end: NumberInput, years: NumberInput): number | ChitieuError {
  return compoundRate('cagr', start, end, years);
}

/**
 * Array form of {@link cagr}: one rate per row. Each argument is a column (array or typed
 * array) or one value for every row (e.g. `years = 5`).
 *
 * @example
 * rowsOf(cagr.array([100, 100], [121, 0], 2))
 * //=> [0.1, -1]
 */
cagr.array = function cagrArray(...args: CagrArgs): NumberColumnResult | ChitieuError {
  return compoundRateColumns('cagr', ...args);
};
