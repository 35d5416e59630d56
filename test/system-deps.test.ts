// The first step of `npm test` (scripts/system-deps.mjs) on a machine without the Debian
// packages the tests drive. Without uninstalling anything here (other work needs them), a fresh
// machine is made by pointing the check away from them, as the tests themselves would look:
// PATH is an empty temporary folder (no soffice, no pdftoppm, no apt-get) and CHROMIUM_PATH a
// file that does not exist. Then an `apt-get` stub on that PATH stands in for Debian's: it
// records its arguments and "installs" by creating the programs where the check looks, so the
// whole path (find missing → apt-get update → apt-get install → check again) runs for real.
// The fonts are looked for at Debian's fixed path, so their absence is simulated in the pure
// check (a machine where nothing exists). The same state was checked by hand on the whole
// command: `env -i HOME=$HOME PATH=<a folder with only node, npm and sh> CHROMIUM_PATH=/none
// npm test` stops within a second, before lint and build, printing the one command to run.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { REQUIREMENTS, installCommand, missingPackages, provide } from '../scripts/system-deps.mjs';

const SCRIPT = join(import.meta.dirname, '..', 'scripts', 'system-deps.mjs');
const ALL = [
  'chromium',
  'libreoffice-calc-nogui',
  'libreoffice-writer-nogui',
  'poppler-utils',
  'fonts-dejavu-core',
  'fonts-liberation2',
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A machine on which nothing is installed and the user is not root. */
const bare = {
  chromium: () => '/usr/bin/chromium',
  soffice: () => 'soffice',
  isExecutable: () => false,
  exists: () => false,
  realpath: (file: string) => file,
  which: () => null,
  isRoot: () => false,
};

describe('npm test provides the programs the tests drive', () => {
  it('finds every package missing on a bare machine and, not root, stops with the one command', () => {
    expect(REQUIREMENTS.map((r: { pkg: string }) => r.pkg)).toEqual(ALL);
    expect(missingPackages(bare)).toEqual(ALL);
    const lines: string[] = [];
    expect(provide(bare, {}, (line: string) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).toContain(
      `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${ALL.join(' ')}\n`,
    );
  });

  it('as root without apt-get, also stops with the command instead of trying', () => {
    const lines: string[] = [];
    expect(provide({ ...bare, isRoot: () => true }, {}, (line: string) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).toContain(installCommand(ALL));
  });

  function freshMachine() {
    const root = mkdtempSync(join(tmpdir(), 'chitieu-fresh-'));
    dirs.push(root);
    const bin = join(root, 'bin');
    mkdirSync(bin);
    return { root, bin, env: { PATH: bin, CHROMIUM_PATH: join(root, 'chromium'), HOME: root } };
  }

  function run(env: Record<string, string>) {
    return spawnSync(process.execPath, [SCRIPT], { env, encoding: 'utf8', timeout: 30_000 });
  }

  it('on a machine without the programs and without apt-get, exits 1 at once naming the command', () => {
    const { env } = freshMachine();
    const result = run(env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils',
    );
  });

  it('with apt-get and root, installs the missing packages, then checks again', () => {
    const { root, bin, env } = freshMachine();
    const calls = join(root, 'apt-get.calls');
    // The stub "installs" what the real packages would put where the check looks.
    writeFileSync(
      join(bin, 'apt-get'),
      [
        '#!/bin/sh',
        'PATH=/usr/bin:/bin', // the stub's own tools; the PATH it is given is the empty fresh one
        `echo "$*" >> '${calls}'`,
        '[ "$1" = install ] || exit 0',
        `mkdir -p '${root}/lo/program'`,
        `for f in '${root}/chromium' '${bin}/pdftoppm' '${root}/lo/program/soffice'; do printf '#!/bin/sh\\n' > "$f"; chmod +x "$f"; done`,
        `touch '${root}/lo/program/libsclo.so' '${root}/lo/program/libswlo.so'`,
        `ln -s '${root}/lo/program/soffice' '${bin}/soffice'`,
      ].join('\n'),
    );
    chmodSync(join(bin, 'apt-get'), 0o755);
    const result = run(env);
    if (process.getuid?.() === 0) {
      expect(result.status).toBe(0);
      const lines = readFileSync(calls, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('update -qq');
      expect(lines[1].split(' ').slice(4)).toEqual([
        'chromium',
        'libreoffice-calc-nogui',
        'libreoffice-writer-nogui',
        'poppler-utils',
      ]);
      // Installed now: a second run finds nothing to do and does not call apt-get again.
      expect(run(env).status).toBe(0);
      expect(readFileSync(calls, 'utf8').trim().split('\n')).toHaveLength(2);
    } else {
      // Not root: apt-get cannot install, so the check stops and never calls it.
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('sudo apt-get install');
    }
  });

  it('when apt-get installs nothing, says what is still missing instead of going on', () => {
    const { bin, env } = freshMachine();
    symlinkSync('/bin/true', join(bin, 'apt-get'));
    const result = run(env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(process.getuid?.() === 0 ? /still missing after apt-get: chromium/ : /sudo apt-get/);
  });
});
