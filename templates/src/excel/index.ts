/**
 * `@chitieu/templates/excel`: writing reports with exceljs (Node only).
 */
export { renderLayout, reportWorkbook, streamReport } from './render.js';
export { convertWithLibreOffice, hasLibreOffice, SOFFICE } from './libreoffice.js';
