#!/usr/bin/env node
/** The `chitieu` command line (bin). Everything is in run.ts; this only wires the process. */
import { processIo } from './io.js';
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), processIo);
