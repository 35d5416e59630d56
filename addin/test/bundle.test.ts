import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { computations, templates } from '@chitieu/templates';
import { reviveComputation, validatedTemplatesModule } from '../scripts/pane-templates.js';
import { tooNewCalls } from '../scripts/webviews.js';

/**
 * Both bundles load every time Excel starts the add-in's runtime (one shared page), so their
 * sizes are budgets. Size is deterministic (unlike time), so a test enforces it: minified by the
 * build, gzipped here at level 9 as a CDN would serve it.
 * - functions.js: 40 KB (measured 19 KB when set);
 * - taskpane.js: 60 KB (123 KB with zod; 28 KB once the pane stopped carrying it; 61 KB, over,
 *   once it carried the wide-table reader too: the reader went to a bundle of its own);
 * - tablereader.js: 40 KB, the wide-table reader the pane loads when the officer first reads a
 *   table (35 KB when set: its header words and rule tables, and the core it reads numbers with).
 */
const BUDGETS_GZIP: Readonly<Record<string, number>> = {
  'functions.js': 40 * 1024,
  'taskpane.js': 60 * 1024,
  'tablereader.js': 40 * 1024,
};

const dist = join(__dirname, '..', 'dist');

describe('bundle size budgets', () => {
  for (const [file, budget] of Object.entries(BUDGETS_GZIP)) {
    it(`dist/${file} is at most ${budget / 1024} KB minified and gzipped`, () => {
      expect(existsSync(join(dist, file)), 'run npm run build first').toBe(true);
      const gzipped = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
      expect(gzipped).toBeLessThanOrEqual(budget);
    });

    it(`dist/${file} calls nothing a webview of Office lacks (the build refuses it too)`, () => {
      expect(tooNewCalls(readFileSync(join(dist, file), 'utf8'))).toEqual([]);
    });

    it(`dist/${file} is minified and carries no formula library (mathjs, formulajs) nor office.js`, () => {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code.split('\n').length).toBeLessThan(20);
      expect(code).not.toMatch(/mathjs|formulajs|appsforoffice/i);
    });
  }

  it('the webview check finds library calls Safari 14.1 lacks, in minified code', () => {
    expect(tooNewCalls('if(!Object.hasOwn(t,e))return r.at(-1)')).toEqual([
      'Object.hasOwn (ES2022, Safari 15.4)',
      'Array/String.prototype.at (ES2022, Safari 15.4)',
    ]);
    expect(tooNewCalls('e.findLast(n=>n>0);structuredClone(x);a.toSorted()')).toHaveLength(3);
    expect(tooNewCalls('Object.prototype.hasOwnProperty.call(t,e);e.find(n=>n);x.attr(1)')).toEqual([]);
  });

  it('the task pane carries no zod: the templates come validated at build time', () => {
    const code = readFileSync(join(dist, 'taskpane.js'), 'utf8');
    // zod's error class and its issue codes, which survive minification as strings.
    expect(code).not.toMatch(/ZodError|invalid_type|too_small/);
  });

  it('the templates the pane carries are exactly the package templates, after validation', async () => {
    const module = await validatedTemplatesModule();
    const data = /^const data = (.*);$/m.exec(module)?.[1] as string;
    // A formula's computation travels as its name and comes back as the same function.
    const revived: unknown = JSON.parse(data, (key, value: unknown) => reviveComputation(computations, key, value));
    expect(revived).toEqual(templates);
    // The bundle's string literals with esbuild's escapes undone (\uXXXX for non-ASCII, \" inside
    // double quotes; a literal holding " is written in single quotes instead).
    const code = readFileSync(join(dist, 'taskpane.js'), 'utf8')
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/\\"/g, '"');
    // The live formulas of every template, as string literals of the bundle.
    const live = Object.values(templates).flatMap((t) =>
      t.columns.flatMap((c) => [c.formula, ...Object.values(c.byKind ?? {})].flatMap((f) => (f ? [f.live] : []))),
    );
    expect(live.length).toBeGreaterThan(10);
    for (const formula of live) expect(code).toContain(formula);
  });
});
