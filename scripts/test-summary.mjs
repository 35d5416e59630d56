// Prints the plain closing line of a test run ("tests: N passed, N failed, N skipped") from
// vitest's JSON report, for CI logs that are read by their last line. Exits 1 if the report
// is missing or says nothing ran, so a run that tested nothing cannot pass unnoticed.
import { readFileSync, existsSync } from 'node:fs';

const file = process.argv[2] ?? '.tmp/vitest-report.json';
if (!existsSync(file)) {
  console.error(`no test report at ${file}`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed + failed === 0) process.exit(1);
