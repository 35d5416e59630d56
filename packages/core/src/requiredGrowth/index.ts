import type { ChitieuError } from '../errors/index.js';
import type { NumberInput } from '../toNumber/index.js';
import type { NumberColumnResult } from '../column/index.js';
import { compoundRate, compoundRateColumns, type RequiredGrowthArgs } from '../_lib/compoundRate.js';

/**
 * Required growth rate (tốc độ tăng cần thiết): the constant yearly growth that takes the
 * latest value `y_k` to a level target `Y*` in the `T - k` years that are left,
 *
 *     g_req = (target / current)^(1 / years) - 1
 *
 * as a fraction (0.1 is 10%/năm). `years` is `T - k` and may be fractional. A target below the
 * current value gives a negative rate (the fall that is still allowed); a target of 0 gives -1.
 *
 * Errors: `#NUM!` if `current ≤ 0`, `target < 0` or `years ≤ 0`; `#N/A` for a blank input;
 * `#VALUE!` for text or NaN; `#NUM!` for an infinite input.
 *
 * Method: [docs/method.md#growth](../../../../docs/method.md#growth).
 *
 * @param current latest value (y_k), > 0
 * @param target level to reach (Y*), ≥ 0
 * @param years years left to reach it (T - k), > 0
 *
 * @example
 * requiredGrowth(100, 121, 2)
 * //=> 0.1
 * @example
 * requiredGrowth(0, 121, 2).code
 * //=> '#NUM!'
 */
export function requiredGrowth(current: NumberInput, target: NumberInput, years: NumberInput): number | ChitieuError {
  return compoundRate('requiredGrowth', current, target, years);
}

/**
 * Array form of {@link requiredGrowth}: one rate per row. Each argument is a column or one
 * value for every row (e.g. `years = 2`).
 *
 * @example
 * rowsOf(requiredGrowth.array([100, 100], [121, 100], 2))
 * //=> [0.1, 0]
 */
requiredGrowth.array = function requiredGrowthArray(...args: RequiredGrowthArgs): NumberColumnResult | ChitieuError {
  return compoundRateColumns('requiredGrowth', ...args);
};
