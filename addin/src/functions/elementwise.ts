import { isChitieuError, type ChitieuError, type CodeColumnResult, type NumberColumnResult } from '@chitieu/core';
import type { ExcelArg, ExcelCell, ExcelMatrix, Host } from './excel.js';
import { broadcastShape, cellAt, columnOf, shapeOf } from './shape.js';
import { excelError, excelValue, single, spillOf } from './result.js';

/** How one argument is read: its name (for messages) and its coercion. */
export interface ArgSpec {
  readonly name: string;
  readonly read: (cell: ExcelCell) => unknown;
}

/**
 * Runs a core array form over arguments combined cell by cell: every argument is a cell or a
 * range, broadcast to one shape, read once into a column (row-major), and the core computes
 * all cells in one call; the answer spills in the same shape. This is what makes one formula
 * over 100,000 rows fast (see docs/benchmarks.md).
 */
export function elementwise(
  host: Host,
  where: string,
  specs: readonly ArgSpec[],
  args: readonly ExcelArg[],
  run: (columns: unknown[]) => NumberColumnResult | CodeColumnResult<string> | ChitieuError,
  label?: (code: string) => unknown,
): ExcelMatrix {
  const shape = broadcastShape(
    where,
    args,
    specs.map((spec) => spec.name),
  );
  if (isChitieuError(shape)) return single(shape, host);
  const columns = specs.map((spec, k) => columnOf(args[k], shape, spec.read));
  // A single cell that is already an error (an error cell, unreadable text) answers for every
  // cell, as in Excel, even where the core takes that argument as an option for the whole call.
  const whole = columns.find(isChitieuError);
  if (whole !== undefined) {
    const answer = excelError(whole, host);
    return Array.from({ length: shape.rows }, () => new Array<unknown>(shape.cols).fill(answer));
  }
  return spillOf(run(columns), shape, host, label);
}

/**
 * The same broadcasting, one cell at a time through a scalar computation: for arguments the
 * core's array form takes as one value for all rows (options such as a direction) when the
 * user gives them as a range.
 */
export function cellwise(
  host: Host,
  where: string,
  specs: readonly ArgSpec[],
  args: readonly ExcelArg[],
  compute: (cells: unknown[]) => unknown,
): ExcelMatrix {
  const shape = broadcastShape(
    where,
    args,
    specs.map((spec) => spec.name),
  );
  if (isChitieuError(shape)) return single(shape, host);
  const out: unknown[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < shape.cols; c++) {
      const cells = specs.map((spec, k) => spec.read(cellAt(args[k], r, c)));
      // An argument that is already an error (an error cell, unreadable text) answers for its
      // cell, as in Excel's own functions, whatever the computation would say of it as an option.
      row.push(excelValue(cells.find(isChitieuError) ?? compute(cells), host));
    }
    out.push(row);
  }
  return out;
}

/** True when an argument is one cell (or left out), so a core option can take it as is. */
export function isOneCell(arg: ExcelArg): boolean {
  const { rows, cols } = shapeOf(arg);
  return rows === 1 && cols === 1;
}
