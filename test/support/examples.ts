/**
 * Reads the `@example` blocks of JSDoc comments so that documented examples run as tests
 * (mathjs style). An example is code lines followed by a line `//=> expected`:
 *
 *     * @example
 *     * cagr(100, 121, 2)
 *     * //=> 0.1
 *
 * Numbers compare to the digits the expected value shows: `0.0009933` passes for 0.00099331…,
 * so an example can print a rounded figure without hiding a wrong one.
 */
export interface Example {
  file: string;
  line: number;
  code: string;
  expected: string;
}

export function extractExamples(file: string, source: string): Example[] {
  const examples: Example[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i])) continue;
    const code: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j].replace(/^\s*\*\s?/, '');
      if (/^\s*\*\//.test(lines[j]) || /^\s*\*\s*@/.test(lines[j])) break;
      const arrow = text.match(/^\s*\/\/=>\s?(.*)$/);
      if (arrow) {
        examples.push({ file, line: i + 1, code: code.join('\n'), expected: arrow[1] });
        break;
      }
      code.push(text.replace(/\s\/\/ .*$/, ''));
    }
  }
  return examples;
}

/** Number of decimals written in a numeric literal (`0.0009933` → 7, `12` → 0). */
function decimalsShown(literal: string): number {
  const match = literal.match(/\.(\d+)/);
  return match ? match[1].length : 0;
}

/**
 * Compares an actual result with the expected value parsed from the example text. Numbers
 * must agree to the decimals shown in the text for that number; everything else is deep
 * equality over the keys the expected value names (so `{ code: '#NUM!' }` checks the code).
 */
export function matches(actual: unknown, expected: unknown, expectedText: string): boolean {
  const numbers = expectedText.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? [];
  let next = 0;
  const walk = (a: unknown, e: unknown): boolean => {
    if (typeof e === 'number') {
      const literal = numbers[next++] ?? String(e);
      if (typeof a !== 'number' || !Number.isFinite(a)) return false;
      if (/e/.test(literal)) return Math.abs(a - e) <= Math.abs(e) * 1e-12;
      const digits = decimalsShown(literal);
      return Math.abs(a - e) <= 0.5 * 10 ** -digits + Math.abs(e) * 1e-15;
    }
    if (Array.isArray(e)) {
      if (!Array.isArray(a) || a.length !== e.length) return false;
      return e.every((item, k) => walk(a[k], item));
    }
    if (e !== null && typeof e === 'object') {
      if (a === null || typeof a !== 'object') return false;
      return Object.keys(e).every((key) =>
        walk((a as Record<string, unknown>)[key], (e as Record<string, unknown>)[key]),
      );
    }
    return Object.is(a, e);
  };
  return walk(actual, expected);
}
