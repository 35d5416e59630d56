import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../packages/core/src/index.js';
import { extractExamples, matches } from './support/examples.js';

const src = join(__dirname, '..', 'packages', 'core', 'src');
const files = readdirSync(src)
  .map((name) => join(src, name, 'index.ts'))
  .filter((file) => existsSync(file));
const examples = files.flatMap((file) => extractExamples(file, readFileSync(file, 'utf8')));
const names = Object.keys(core);
const values = Object.values(core);

describe('documented @example values', () => {
  it('every exported function has at least one example', () => {
    const documented = new Set(examples.map((example) => example.code));
    for (const [name, value] of Object.entries(core)) {
      if (typeof value !== 'function') continue;
      const used = [...documented].some((code) => new RegExp(`\\b${name}\\b`).test(code));
      expect(used, `${name} has no @example`).toBe(true);
    }
  });

  for (const example of examples) {
    const where = `${example.file.replace(src, 'src')}:${example.line}`;
    it(`${where}: ${example.code.replace(/\n/g, ' ')} → ${example.expected}`, () => {
      const actual = new Function(...names, `return (${example.code});`)(...values);
      const expected = new Function(`return (${example.expected});`)();
      expect(matches(actual, expected, example.expected), `got ${JSON.stringify(actual)}`).toBe(true);
    });
  }
});
