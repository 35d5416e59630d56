// The programs the tests drive that npm cannot install: the first step of `npm test`, so that
// README's two commands are all a fresh Debian machine needs. Each is looked for where the tests
// look for it (CHROMIUM_PATH, SOFFICE and PATH are honoured as the tests honour them). What is
// missing is installed from Debian when this runs as root with apt-get (as on CI or in a
// container); otherwise it stops at once, before the two-minute build, printing the one command
// that installs it. Never a downloaded browser or office suite: the tests run what users have.
import { accessSync, constants, existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * What the tests need, the Debian package that provides it, and how to tell it is here:
 * - Chromium runs Microsoft's office.js and custom-functions runtime for the add-in tests;
 * - LibreOffice Calc recalculates every portable report (the cross-check of our cached values);
 *   Writer converts the .docx reports (the calc and writer components are separate packages,
 *   each a library beside soffice);
 * - pdftoppm (poppler-utils) turns rendered pages into pictures;
 * - DejaVu has the Vietnamese glyphs for screenshots and rendered pages;
 * - Liberation Serif is Times New Roman's metric twin (same widths), which LibreOffice prints the
 *   Word document and the annex with when Times New Roman itself is absent, as on Debian: the
 *   print test measures the decree's fonts and margins on that page.
 */
export const REQUIREMENTS = [
  { pkg: 'chromium', what: 'Chromium', present: (probe) => probe.isExecutable(probe.chromium()) },
  { pkg: 'libreoffice-calc-nogui', what: 'LibreOffice Calc', present: (probe) => officeHas(probe, 'libsclo.so') },
  { pkg: 'libreoffice-writer-nogui', what: 'LibreOffice Writer', present: (probe) => officeHas(probe, 'libswlo.so') },
  { pkg: 'poppler-utils', what: 'pdftoppm', present: (probe) => probe.which('pdftoppm') !== null },
  {
    pkg: 'fonts-dejavu-core',
    what: 'DejaVu fonts',
    present: (probe) => probe.exists('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'),
  },
  {
    // Version 2: version 1 (fonts-liberation) lacks the Vietnamese letters with two marks (ộ, ẩ),
    // which LibreOffice then prints in DejaVu, so a Vietnamese report would not be all Times.
    pkg: 'fonts-liberation2',
    what: 'Liberation fonts 2 (with Vietnamese)',
    present: (probe) => probe.exists('/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf'),
  },
];

/** LibreOffice's component libraries sit in its program folder, beside the real soffice. */
function officeHas(probe, library) {
  const soffice = probe.which(probe.soffice());
  return soffice !== null && probe.exists(join(dirname(probe.realpath(soffice)), library));
}

/** The probes of this machine, as the tests see it through `env`. */
export function machine(env = process.env) {
  const isExecutable = (file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  return {
    chromium: () => env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    soffice: () => env.SOFFICE ?? 'soffice',
    isExecutable,
    exists: existsSync,
    realpath: (file) => realpathSync(file),
    which: (command) => {
      if (isAbsolute(command)) return isExecutable(command) ? command : null;
      for (const folder of (env.PATH ?? '').split(delimiter)) {
        if (folder !== '' && isExecutable(join(folder, command))) return join(folder, command);
      }
      return null;
    },
    isRoot: () => process.getuid?.() === 0,
  };
}

/** The Debian packages to install, in REQUIREMENTS order. */
export function missingPackages(probe) {
  return REQUIREMENTS.filter((r) => !r.present(probe)).map((r) => r.pkg);
}

/** The one command a user runs to install `packages` (a fresh machine has no package lists yet). */
export function installCommand(packages) {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/**
 * Installs what is missing when it can; returns the exit code. `log` receives what a user reads.
 */
export function provide(probe, env = process.env, log = console.error) {
  const missing = missingPackages(probe);
  if (missing.length === 0) return 0;
  const aptGet = probe.which('apt-get');
  if (!probe.isRoot() || aptGet === null) {
    log(`npm test needs ${missing.join(', ')} (Debian packages), which are not installed. Install them with:`);
    log(`  ${installCommand(missing)}`);
    log('then run npm test again.');
    return 1;
  }
  log(`installing Debian packages the tests need: ${missing.join(' ')}`);
  const options = { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
  try {
    execFileSync(aptGet, ['update', '-qq'], options);
    execFileSync(aptGet, ['install', '-y', '-qq', '--no-install-recommends', ...missing], options);
  } catch (error) {
    log(`apt-get failed (${error.message}); install them with:\n  ${installCommand(missing)}`);
    return 1;
  }
  const still = missingPackages(probe);
  if (still.length > 0) {
    log(`still missing after apt-get: ${still.join(', ')}; install them with:\n  ${installCommand(still)}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  process.exitCode = provide(machine());
}
