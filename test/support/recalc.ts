/**
 * The LibreOffice cross-check: LibreOffice recalculates a portable report (a fresh profile set
 * to recalculate on load), and every formula cell it computes must equal the cached value the
 * core wrote: numbers within a relative 1e-9, labels exactly, errors as errors.
 */
import ExcelJS from 'exceljs';
import { convertWithLibreOffice } from '@chitieu/templates/excel';

export interface Mismatch {
  address: string;
  formula: string;
  cached: unknown;
  recalculated: unknown;
}

export interface CrossCheck {
  formulas: number;
  mismatches: Mismatch[];
}

function resultOf(value: ExcelJS.CellValue): unknown {
  // A shared formula's cells (ours, and LibreOffice's when it saves) carry the run's id, not its text.
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value))
    return (value as ExcelJS.CellFormulaValue).result;
  return value;
}

/** Whether two cached results agree (relative 1e-9 for numbers). */
export function same(cached: unknown, recalculated: unknown): boolean {
  if (typeof cached === 'number') {
    return (
      typeof recalculated === 'number' &&
      Math.abs(cached - recalculated) <= 1e-9 * Math.max(Math.abs(cached), Number.MIN_VALUE) + 1e-300
    );
  }
  if (cached !== null && typeof cached === 'object' && 'error' in cached) {
    return recalculated !== null && typeof recalculated === 'object' && 'error' in recalculated;
  }
  return cached === recalculated;
}

export async function crossCheck(file: string, outDir: string): Promise<CrossCheck> {
  const recalculatedFile = await convertWithLibreOffice(file, 'xlsx', outDir);
  const ours = new ExcelJS.Workbook();
  await ours.xlsx.readFile(file);
  const theirs = new ExcelJS.Workbook();
  await theirs.xlsx.readFile(recalculatedFile);
  const mismatches: Mismatch[] = [];
  let formulas = 0;
  // Every sheet: the report's formulas, and any on the method sheet they read.
  ours.worksheets.forEach((sheet, i) => {
    const other = theirs.worksheets[i];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cell.formula) return;
        formulas++;
        const cached = resultOf(cell.value);
        const recalculated = resultOf(other.getCell(cell.address).value);
        if (!same(cached, recalculated))
          mismatches.push({ address: cell.address, formula: cell.formula, cached, recalculated });
      }),
    );
  });
  return { formulas, mismatches };
}
