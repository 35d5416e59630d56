#!/usr/bin/env node
/** The `chitieu` command line (bin). Everything is in run.ts; this only wires the process. */
import { removePendingTemporaries } from './atomicWrite.js';
import { processIo } from './io.js';
import { run } from './run.js';

// An interrupted run (Ctrl+C, a scheduler's kill) removes its temporary files before it ends, then
// exits the way a shell expects of a signal (128 + its number): nothing is left beside the output.
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
] as const) {
  process.once(signal, () => {
    removePendingTemporaries();
    process.exit(128 + number);
  });
}

// A reader that stops early (`chitieu report … | head`) closes the pipe: that is no failure, and
// the report file, written atomically, is already there or not at all.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    removePendingTemporaries();
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await run(process.argv.slice(2), processIo);
