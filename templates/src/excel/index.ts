/**
 * `@chitieu/templates/excel`: reading input files and writing reports with exceljs (Node only).
 */
export { readInput, DEFAULT_MAX_BYTES, DEFAULT_LIMITS, type ReadOptions } from './readInput.js';
export { renderLayout, reportWorkbook, streamReport } from './render.js';
export { inputWorkbook } from './inputWorkbook.js';
export { readAnyInput, readWideFile, type AnyReading, type AnyReadOptions } from './readAnyInput.js';
export { readWorkbookGrid } from './xlsxGrid.js';
export { convertWithLibreOffice, hasLibreOffice, SOFFICE } from './libreoffice.js';
