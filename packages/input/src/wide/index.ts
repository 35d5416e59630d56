/**
 * Wide tables: the annexes and yearbook tables officers already keep (indicators down the rows,
 * years across), read into the long input layout. Browser-safe (no file system, no exceljs): the
 * CLI and the Excel task pane share it.
 */
export { readWideTable } from './readWideTable.js';
export { targetText, averageGrowthTarget } from './indicatorRows.js';
export { validateWideTable } from './validateWide.js';
export { readMapping, mappingCsv, mappingOf } from './mapping.js';
export { longRecords, longCsv } from './longRows.js';
export { gridOfCsv } from './csvGrid.js';
export { previewText } from './previewText.js';
export { inferKind, inferDirection, KIND_RULES, DIRECTION_RULES } from './kindRules.js';
export { indicatorCode, slug } from './code.js';
export type {
  ColumnRole,
  ColumnRoleName,
  Decision,
  GridValue,
  MappingEntry,
  MappingPreview,
  NumberReading,
  RowOrigin,
  WideGrid,
  WideIndicator,
  WideOptions,
  WideQuestion,
  WideReading,
} from './types.js';
