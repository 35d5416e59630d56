import type { ExcelArg, ExcelMatrix, Host } from '../excel.js';
import { assessmentFunctions } from './assessment.js';
import { attainmentFunctions } from './attainment.js';
import { coverageFunctions } from './coverage.js';
import { growthFunctions } from './growth.js';
import { numberFunctions } from './numbers.js';

/** A CHITIEU function as Excel calls it: matrices (or null for a left-out argument) in, a spill out. */
export type ExcelFunction = (...args: ExcelArg[]) => ExcelMatrix;

/**
 * Every CHITIEU custom function by its id, for one host. The ids are the Excel names (the
 * namespace CHITIEU is added by Excel); the browser test checks they are exactly the ids of
 * the generated functions.json.
 */
export function createFunctions(host: Host): Record<string, ExcelFunction> {
  return {
    ...attainmentFunctions(host),
    ...assessmentFunctions(host),
    ...growthFunctions(host),
    ...coverageFunctions(host),
    ...numberFunctions(host),
  } as Record<string, ExcelFunction>;
}
