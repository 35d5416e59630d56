import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../packages/core/src/index.js';
import { CORE_FUNCTIONS } from './support/api.js';

const root = join(__dirname, '..');

describe('public API of @chitieu/core', () => {
  for (const [area, names] of Object.entries(CORE_FUNCTIONS)) {
    for (const name of names) {
      it(`${area}: ${name} exists with scalar and array forms`, () => {
        const fn = (core as Record<string, unknown>)[name] as { array?: unknown } | undefined;
        expect(typeof fn, `${name} is not exported`).toBe('function');
        expect(typeof fn?.array, `${name}.array is missing`).toBe('function');
      });
    }
  }

  it('the generated index is up to date', () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'generate-index.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('plain Node imports { cagr, status } from "@chitieu/core" at the repository root after the build', () => {
    expect(existsSync(join(root, 'packages', 'core', 'dist', 'index.js')), 'run npm run build first').toBe(true);
    const script =
      "import { cagr, status } from '@chitieu/core'; console.log(JSON.stringify([cagr(100, 121, 2), status(0.925, '95% trở lên')]));";
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    const [rate, verdict] = JSON.parse(output) as [number, string];
    expect(rate).toBeCloseTo(0.1, 12);
    expect(verdict).toBe('nearly-achieved');
  });
});
