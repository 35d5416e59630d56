import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

/**
 * LibreOffice headless, as the spreadsheet peer that recalculates our portable files. By default
 * LibreOffice keeps the cached values of an .xlsx on load; a fresh profile whose registry sets
 * Calc's OOXML (and ODF) recalculation mode to "always" makes it recompute every formula, so a
 * converted copy holds LibreOffice's own results. Conversions run one at a time (LibreOffice
 * shares its profile) with a time limit.
 */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export const SOFFICE = process.env.SOFFICE ?? 'soffice';

let queue: Promise<unknown> = Promise.resolve();

/** Whether LibreOffice can be run here. */
export async function hasLibreOffice(): Promise<boolean> {
  return new Promise((resolve) => execFile(SOFFICE, ['--version'], { timeout: 30_000 }, (error) => resolve(!error)));
}

/**
 * Converts `file` with LibreOffice (`xlsx` recalculated, `pdf`, `csv`, ...) into `outDir` and
 * returns the new file's path. Every formula is recalculated on load.
 */
export async function convertWithLibreOffice(
  file: string,
  format: string,
  outDir: string,
  timeoutMs = 180_000,
): Promise<string> {
  const run = async () => {
    const profile = await mkdtemp(join(tmpdir(), 'chitieu-lo-'));
    try {
      await mkdir(join(profile, 'user'), { recursive: true });
      await writeFile(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
      await mkdir(outDir, { recursive: true });
      const filter = format === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : format;
      await new Promise<void>((resolve, reject) =>
        execFile(
          SOFFICE,
          [
            `-env:UserInstallation=file://${profile}`,
            '--headless',
            '--norestore',
            '--convert-to',
            filter,
            '--outdir',
            outDir,
            file,
          ],
          { timeout: timeoutMs },
          (error, _stdout, stderr) =>
            error ? reject(new Error(`LibreOffice failed on ${file}: ${error.message} ${stderr}`)) : resolve(),
        ),
      );
      return join(outDir, `${basename(file, extname(file))}.${format}`);
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
