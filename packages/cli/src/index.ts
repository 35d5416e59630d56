/** @chitieu/cli as a library: run a command line in-process (tests, other tools). */
export { run, HELP } from './run.js';
export { EXIT, EXIT_HELP, type ExitCode } from './exitCodes.js';
export { writeAtomic, type WriteRefusal } from './atomicWrite.js';
export { buildReport, type ReportRequest, type ReportResult } from './buildReport.js';
export { summarize, textTable, type SummaryRow } from './summary.js';
export type { Io, Lang } from './io.js';
