import { chitieuError, type ChitieuError } from '../errors/index.js';
import { toNumber, type NumberInput } from '../toNumber/index.js';
import { finite } from '../_lib/finite.js';
import type { ColumnOrValue, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCount, setRow } from '../_lib/arrayForm.js';

/**
 * Share of a part in a total (tỷ trọng):
 *
 *     s = part / total
 *
 * The result is a fraction (0.397 is 39,7%). A negative part is allowed (product taxes less
 * subsidies can be negative in a GRDP structure), and so is a negative total; only a total of
 * 0 is refused. For the shares of all the parts at once use {@link structure}.
 *
 * Errors: `#DIV/0!` if the total is 0; `#N/A` for a blank input; `#VALUE!` for text, NaN or a
 * logical value; an error value as input passes through.
 *
 * Method: [docs/method.md#coverage-shares-and-structure](../../../../docs/method.md#coverage-shares-and-structure).
 *
 * @param part the part (thành phần)
 * @param total the total (tổng số), not 0
 *
 * @example
 * share(139, 350)  // Thái Bình: 139 of 350 petitions resolved directly by the Chairman (HĐND, 12/2023)
 * //=> 0.397143
 * @example
 * share(-2, 100)
 * //=> -0.02
 * @example
 * share(5, 0).code
 * //=> '#DIV/0!'
 */
export function share(part: NumberInput, total: NumberInput): number | ChitieuError {
  const x = toNumber(part, 'share', 'part');
  if (typeof x !== 'number') return x;
  const t = toNumber(total, 'share', 'total');
  if (typeof t !== 'number') return t;
  if (t === 0) {
    return chitieuError('division-by-zero', 'share', {
      en: 'the total is 0, so the share is undefined',
      vi: 'tổng số bằng 0 nên không tính được tỷ trọng',
    });
  }
  return finite(x / t, 'share');
}

/**
 * Array form of {@link share}: one share per row; `part` and `total` are columns or one value
 * for every row.
 *
 * @example
 * rowsOf(share.array([139, 170, 41], 350))
 * //=> [0.397143, 0.485714, 0.117143]
 */
share.array = function shareArray(
  part: ColumnOrValue<NumberInput>,
  total: ColumnOrValue<NumberInput>,
): NumberColumnResult | ChitieuError {
  const rows = rowCount('share', [part, total], ['part', 'total']);
  if (typeof rows !== 'number') return rows;
  const x = numbersOf(part, rows);
  const t = numbersOf(total, rows);
  const result = numberColumn(rows);
  const values = result.values;
  for (let i = 0; i < rows; i++) {
    // Fast path: each element read once, the formula inline. NaN or ±Infinity anywhere, or a
    // value outside the domain, sends the row to the scalar function, which explains the error.
    const whole = t[i];
    const s = x[i] / whole;
    if (whole !== 0 && Number.isFinite(s) && Number.isFinite(whole)) values[i] = s + 0;
    else setRow(result, i, share(cell(part, i), cell(total, i)));
  }
  return result;
};
