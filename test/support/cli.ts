/**
 * The `chitieu` command line run in-process, as the tests drive it: `run()` with its output
 * captured, in a working folder of the test's own. One runner for every suite that calls the CLI.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { run } from '../../packages/cli/src/run.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** A runner whose commands work in `cwd`: `const chitieu = cliIn(dir); await chitieu('check', file)`. */
export function cliIn(cwd: string): (...argv: string[]) => Promise<CliResult> {
  return async (...argv) => {
    let out = '';
    let err = '';
    const code = await run(argv, { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false, cwd });
    return { code, out, err };
  };
}

/** A file's SHA-256, to show an input is unchanged. */
export const hash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
