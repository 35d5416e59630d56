/**
 * What the build adds to the functions metadata that custom-functions-metadata does not write.
 */
import type { FunctionsMetadata } from './locales.js';

/**
 * The metadata with `allowErrorForDataTypeAny: true`. Without it Excel does not call a function
 * whose `any` argument holds an error value: one #N/A in C5:C40 would turn the whole spill into
 * #N/A. With it the runtime passes error cells in (as CustomFunctions.Error) and each row
 * answers for itself. custom-functions-metadata has no JSDoc tag for this root-level option.
 */
export function withErrorCells(metadata: FunctionsMetadata): FunctionsMetadata {
  return { allowErrorForDataTypeAny: true, ...metadata };
}
