import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Rounds like Excel's `ROUND(value, digits)`: half away from zero, on the decimal value a reader
 * sees, not on the binary double. `ROUND(2.675, 2)` is 2.68 in Excel, while JavaScript's
 * `(2.675).toFixed(2)` gives "2.67" because the double nearest 2.675 is 2.67499999…
 *
 * Method: take the value to 15 significant digits (the precision Excel works at), shift the
 * decimal point by `digits` in the decimal text (exact, no multiplication), round half away
 * from zero, shift back. `digits` may be negative (`ROUND(1234.5, -2)` = 1200); a fractional
 * `digits` is truncated, as in Excel.
 *
 * Errors: `#N/A` for blank, `#VALUE!` for text or NaN, `#NUM!` for infinite input.
 *
 * Method: [docs/method.md#numbers](../../../../docs/method.md#numbers).
 *
 * @param value the number to round
 * @param digits decimal places (0 by default; negative rounds to tens, hundreds, ...)
 *
 * @example
 * roundHalfAwayFromZero(2.675, 2)
 * //=> 2.68
 * @example
 * roundHalfAwayFromZero(-2.5)
 * //=> -3
 * @example
 * roundHalfAwayFromZero(1234.5, -2)
 * //=> 1200
 */
export function roundHalfAwayFromZero(value: NumberInput, digits: NumberInput = 0): number | ChitieuError {
  const x = toNumber(value, 'roundHalfAwayFromZero', 'value');
  if (typeof x !== 'number') return x;
  const d = toNumber(digits, 'roundHalfAwayFromZero', 'digits');
  if (typeof d !== 'number') return d;
  if (Math.abs(d) > 308) {
    return chitieuError('out-of-domain', 'roundHalfAwayFromZero', {
      en: `digits must be between -308 and 308 (got ${d})`,
      vi: `số chữ số phải nằm trong khoảng -308 đến 308 (nhận được ${d})`,
    });
  }
  return roundDecimal(x, Math.trunc(d));
}

/** The rounding itself, on a finite number and an integer number of digits. */
function roundDecimal(x: number, digits: number): number {
  if (x === 0) return 0;
  // "d.dddddddddddddde±x": 15 significant digits, as Excel holds them.
  const [mantissa, exponentText] = Math.abs(x).toExponential(14).split('e');
  const exponent = Number(exponentText);
  // Nothing to round when the 15 significant digits end before the rounding position.
  if (exponent - 14 >= -digits) {
    // Near the largest double, 15 digits can round past it: the value is then its own answer.
    const held = Math.sign(x) * Number(`${mantissa}e${exponent}`);
    return Number.isFinite(held) ? held : x;
  }
  // Shift the decimal point in the text, so the tie (…5) stays an exact tie.
  const shifted = Number(`${mantissa}e${exponent + digits}`);
  const rounded = Math.floor(shifted + 0.5);
  const result = Math.sign(x) * Number(`${rounded}e${-digits}`);
  return result === 0 ? 0 : result;
}

/**
 * Array form of {@link roundHalfAwayFromZero}.
 *
 * @example
 * rowsOf(roundHalfAwayFromZero.array([2.675, 1.005, -0.5], 2))
 * //=> [2.68, 1.01, -0.5]
 */
roundHalfAwayFromZero.array = function roundHalfAwayFromZeroArray(
  value: ColumnOrValue<NumberInput>,
  digits: ColumnOrValue<NumberInput> = 0,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('roundHalfAwayFromZero', [value, digits], ['value', 'digits']);
  if (typeof rows !== 'number') return rows;
  const x = numbersOf(value, rows);
  const d = numbersOf(digits, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // The decimal-text method allocates strings anyway; the fast path only skips re-checking.
    if (x[i] - x[i] + (d[i] - d[i]) === 0 && Math.abs(d[i]) <= 308) values[i] = roundDecimal(x[i], Math.trunc(d[i]));
    else setRow(result, i, roundHalfAwayFromZero(cell(value, i), cell(digits, i)));
  }
  return result;
};
