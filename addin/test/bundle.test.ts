import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The functions bundle loads every time Excel starts the add-in's runtime, so its size is a
 * budget. Size is deterministic (unlike time), so a test enforces it: minified by the build,
 * gzipped here at level 9 as a CDN would serve it. Budget: 40 KB (measured 19 KB when set).
 */
const FUNCTIONS_BUDGET_GZIP = 40 * 1024;

const file = join(__dirname, '..', 'dist', 'functions.js');

describe('functions bundle size budget', () => {
  it(`dist/functions.js is at most ${FUNCTIONS_BUDGET_GZIP / 1024} KB minified and gzipped`, () => {
    expect(existsSync(file), 'run npm run build first').toBe(true);
    const code = readFileSync(file);
    const gzipped = gzipSync(code, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(FUNCTIONS_BUDGET_GZIP);
  });

  it('is minified and carries no formula library (mathjs, formulajs) nor office.js', () => {
    const code = readFileSync(file, 'utf8');
    expect(code.split('\n').length).toBeLessThan(20);
    expect(code).not.toMatch(/mathjs|formulajs|appsforoffice/i);
  });
});
