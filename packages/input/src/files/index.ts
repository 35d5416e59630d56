/**
 * `@chitieu/input/files` (Node only): reading input files as they come, within limits. CSV in
 * pieces, .xlsx through a bounded unzip (zip bombs refused), the long or the wide layout
 * (`readAnyInput`), and the blank input workbook `chitieu init` writes.
 */
export * from './inputWorkbook.js';
export * from './readAnyInput.js';
export * from './readInput.js';
export * from './xlsxGrid.js';
export * from './xlsxTable.js';
export * from './zip.js';
