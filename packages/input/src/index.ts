/**
 * @chitieu/input: what an officer's file must say and how it is read. The long layout's column
 * schema (`schema`), the records a report is computed from, the checks of a table (validation,
 * consistency between indicators, table limits), every problem as a typed record with its
 * message in both languages, and the reader of the wide tables officers already keep (`wide`).
 * This entry point has no dependency on Node's file system, so the add-in can bundle it; the
 * file readers (CSV, .xlsx, .zip limits) are `@chitieu/input/files`.
 */
export * from './cellAddress.js';
export * from './consistency.js';
export * from './csv.js';
export * from './problemSchema.js';
export * from './problems.js';
export * from './records.js';
export * from './schema.js';
export * from './tableChecks.js';
export * from './targets.js';
export * from './validate.js';
export * from './wide/index.js';
