/**
 * The command line's own parts: atomic writes (no partial file, no leftover temporary file, no
 * replacement without force) and the progress bar (only on a terminal).
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomic } from './atomicWrite.js';
import { progressBar } from './progress.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAtomic', () => {
  it('writes, refuses to replace without force, replaces with force, and leaves no temporary file', async () => {
    const path = join(dir, 'a.xlsx');
    expect(await writeAtomic(path, new TextEncoder().encode('one'), false)).toBeNull();
    expect(await writeAtomic(path, new TextEncoder().encode('two'), false)).toEqual({ kind: 'exists', path });
    expect(readFileSync(path, 'utf8')).toBe('one');
    expect(await writeAtomic(path, new TextEncoder().encode('three'), true)).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe('three');
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('reports a directory it cannot write to as a failure, leaving nothing behind', async () => {
    const locked = join(dir, 'locked');
    await writeAtomic(join(locked, 'x'), new Uint8Array([1]), false);
    chmodSync(locked, 0o500);
    try {
      const refused = await writeAtomic(join(locked, 'b.xlsx'), new Uint8Array([1]), true);
      // root may write anyway; anyone else gets a failure record, never an exception.
      if (refused) expect(refused.kind).toBe('failed');
      expect(readdirSync(locked).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

describe('progressBar', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, write: (t: string) => written.push(t) } as unknown as NodeJS.WriteStream };
  };

  it('draws on a terminal and ends the line', () => {
    const s = stream(true);
    const bar = progressBar(true, s.stream);
    bar.update(50, 100, 'reading');
    bar.update(50, 100, 'reading');
    bar.update(100, 100, 'reading');
    bar.done();
    expect(s.written).toHaveLength(3);
    expect(s.written[0]).toContain(' 50%');
    expect(s.written[2]).toBe('\n');
  });

  it('stays silent in a pipe or when disabled', () => {
    for (const [tty, enabled] of [
      [false, true],
      [true, false],
    ] as const) {
      const s = stream(tty);
      const bar = progressBar(enabled, s.stream);
      bar.update(1, 2, 'x');
      bar.done();
      expect(s.written).toEqual([]);
    }
  });
});
