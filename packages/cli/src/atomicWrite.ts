import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Why a write did not happen. */
export type WriteRefusal = { kind: 'exists'; path: string } | { kind: 'failed'; path: string; message: string };

/**
 * Writes a file atomically: the bytes go to a temporary file in the same directory, which is
 * then renamed over the target, so a reader never sees half a report and a failure leaves no
 * partial file. Without `force`, an existing file is never replaced: the temporary file is
 * linked into place, which fails if the target exists even when another process created it a
 * moment ago.
 */
export async function writeAtomic(path: string, bytes: Uint8Array, force: boolean): Promise<WriteRefusal | null> {
  if (!force && (await exists(path))) return { kind: 'exists', path };
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, bytes, { flag: 'wx' });
    if (force) await rename(temporary, path);
    else {
      try {
        await link(temporary, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { kind: 'exists', path };
        throw error;
      }
    }
    return null;
  } catch (error) {
    return { kind: 'failed', path, message: (error as Error).message };
  } finally {
    await rm(temporary, { force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}
