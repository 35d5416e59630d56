import { isChitieuError, type ChitieuError } from '../errors/index.js';
import type { NumberInput } from '../toNumber/index.js';
import type { Column, NumberColumnResult } from '../column/index.js';
import { cell, numberColumn, numbersOf, rowCountOfColumns, setRow } from '../_lib/arrayForm.js';
import { sharesOf } from '../_lib/shares.js';

/**
 * Structure (cơ cấu): the share of each part in the total of the parts,
 *
 *     s_i = parts_i / Σ parts
 *
 * as fractions that add up to 1 (100%), e.g. the structure of GRDP by sector, or of the
 * petitions received by who resolved them. Negative parts are allowed (product taxes less
 * subsidies in a GRDP structure can be negative); the shares still add up to 1.
 *
 * Errors: `#VALUE!` (invalid-option) if `parts` is not a list; `#N/A` if the list is empty or
 * any part is blank (a structure with a missing part cannot add up to 100%, so it is not
 * computed from the others); `#DIV/0!` if the parts add up to 0 (or, with negative parts, to
 * less than the rounding error of their sum); `#VALUE!` for text, NaN or a logical value;
 * `#NUM!` for an infinite part; an error value, as the list or as a part, passes through.
 *
 * Method: [docs/method.md#coverage-shares-and-structure](../../../../docs/method.md#coverage-shares-and-structure).
 *
 * @param parts the parts of the total (thành phần), one number each
 *
 * @example
 * structure([139, 170, 41])  // Thái Bình: 350 petitions, 139 resolved by the Chairman, 170 by departments, 41 remaining (HĐND, 12/2023)
 * //=> [0.397143, 0.485714, 0.117143]
 * @example
 * structure([1, 3])
 * //=> [0.25, 0.75]
 * @example
 * structure([60, null, 30]).code
 * //=> '#N/A'
 */
export function structure(parts: Column<NumberInput> | ChitieuError): number[] | ChitieuError {
  return sharesOf(parts, 'structure', 'parts');
}

/**
 * Array form of {@link structure}: `partColumns` is a list of columns, one per part; each row
 * (an indicator, an area, a year) gets its own structure. Returns one result column per part,
 * in the order of the parts; a row that fails has the same error in every result column.
 *
 * Errors for the whole call: `#VALUE!` if `partColumns` is not a non-empty list of columns or
 * the columns differ in length.
 *
 * @example
 * structure.array([[139, 1], [170, 1], [41, 2]]).map((part) => rowsOf(part))
 * //=> [[0.397143, 0.25], [0.485714, 0.25], [0.117143, 0.5]]
 */
structure.array = function structureArray(
  partColumns: ReadonlyArray<Column<NumberInput>> | ChitieuError,
): NumberColumnResult[] | ChitieuError {
  if (isChitieuError(partColumns)) return partColumns;
  const rows = rowCountOfColumns('structure', partColumns, 'parts');
  if (typeof rows !== 'number') return rows;
  const columns = partColumns as ReadonlyArray<Column<NumberInput>>;
  const n = columns.length;
  const x: Float64Array[] = [];
  const results: NumberColumnResult[] = [];
  for (let k = 0; k < n; k++) {
    x.push(numbersOf(columns[k], rows));
    results.push(numberColumn(rows));
  }
  const noise = n * Number.EPSILON;
  for (let i = 0; i < rows; i++) {
    // Fast path: the sum and the shares inline, as sharesOf computes them. NaN or ±Infinity in
    // any part (check is then NaN), an overflowing or zero total sends the row to the scalar
    // function, which explains the error.
    let sum = 0;
    let size = 0;
    let check = 0;
    for (let k = 0; k < n; k++) {
      const v = x[k][i];
      sum += v;
      size += Math.abs(v);
      check += v - v;
    }
    if (check + (sum - sum) === 0 && Math.abs(sum) > noise * size) {
      for (let k = 0; k < n; k++) results[k].values[i] = x[k][i] / sum + 0;
    } else {
      const answer = structure(columns.map((column) => cell(column, i)));
      for (let k = 0; k < n; k++) {
        if (isChitieuError(answer)) setRow(results[k], i, answer);
        else results[k].values[i] = answer[k];
      }
    }
  }
  return results;
};
