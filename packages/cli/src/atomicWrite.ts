import { randomBytes } from 'node:crypto';
import { constants, rmSync } from 'node:fs';
import { access, link, mkdir, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Why a write did not happen. */
export type WriteRefusal =
  { kind: 'exists'; path: string } | { kind: 'failed'; path: string; message: string; why: { vi: string; en: string } };

/** A content writer decided, once done, that its file must not be placed (an invalid report): nothing was written. */
export type Withheld = { kind: 'withheld'; path: string };

/** Writes the whole content into `temporary` (a new file); false withholds it. */
export type ContentWriter = (temporary: string) => Promise<boolean>;

/** Why a write failed, by the system's error code, in the user's words (the raw message otherwise). */
const WRITE_ERRORS: Record<string, { vi: string; en: string }> = {
  EACCES: { vi: 'không có quyền ghi vào đây', en: 'permission denied: you may not write here' },
  EPERM: { vi: 'không có quyền ghi vào đây', en: 'permission denied: you may not write here' },
  EISDIR: { vi: 'đây là một thư mục', en: 'this is a folder' },
  ENOTDIR: { vi: 'một phần của đường dẫn không phải thư mục', en: 'part of the path is not a folder' },
  ENOSPC: { vi: 'ổ đĩa đầy', en: 'the disk is full' },
  EDQUOT: { vi: 'hết hạn mức ổ đĩa', en: 'the disk quota is used up' },
  EROFS: { vi: 'ổ đĩa chỉ đọc', en: 'the disk is read-only' },
  ENAMETOOLONG: { vi: 'tên tệp quá dài', en: 'the file name is too long' },
};

/**
 * Temporary files of this process not yet renamed into place. A SIGINT/SIGTERM handler (main.ts)
 * removes them before the process ends, so an interrupted run leaves nothing beside the output.
 */
const pending = new Set<string>();

/** Removes this process's temporary files; synchronous because it runs from a signal handler. */
export function removePendingTemporaries(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

/**
 * `.report.xlsx.chitieu-PID-HEX.tmp`: the owner's process id is in the name, so that a later run
 * can tell a leftover of a killed run (its process is gone) from a write in progress.
 */
const TEMPORARY = /^\.(.+)\.chitieu-(\d+)-[0-9a-f]+\.tmp$/;

/**
 * Writes a file atomically: the bytes go to a temporary file in the same directory, which is
 * then renamed over the target, so a reader never sees half a report and a failure leaves no
 * partial file. Without `force`, an existing file is never replaced: the temporary file is
 * linked into place, which fails if the target exists even when another process created it a
 * moment ago. Leftover temporary files of killed runs (SIGKILL cannot be caught) are removed.
 * `content` is the bytes, or a writer that streams them into the temporary file itself.
 */
export async function writeAtomic(path: string, content: Uint8Array, force: boolean): Promise<WriteRefusal | null>;
export async function writeAtomic(
  path: string,
  content: ContentWriter,
  force: boolean,
): Promise<WriteRefusal | Withheld | null>;
export async function writeAtomic(
  path: string,
  content: Uint8Array | ContentWriter,
  force: boolean,
): Promise<WriteRefusal | Withheld | null> {
  if (!force && (await exists(path))) return { kind: 'exists', path };
  const temporary = join(
    dirname(path),
    `.${basename(path)}.chitieu-${process.pid}-${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await mkdir(dirname(path), { recursive: true });
    await removeStaleTemporaries(path);
    pending.add(temporary);
    if (typeof content !== 'function') await writeFile(temporary, content, { flag: 'wx' });
    else if (!(await content(temporary))) return { kind: 'withheld', path };
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
    const message = (error as Error).message;
    const why = WRITE_ERRORS[(error as NodeJS.ErrnoException).code ?? ''] ?? { vi: message, en: message };
    return { kind: 'failed', path, message, why };
  } finally {
    await rm(temporary, { force: true });
    pending.delete(temporary);
  }
}

/** Removes temporary files left beside `path` by chitieu runs whose process no longer exists. */
async function removeStaleTemporaries(path: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match || match[1] !== basename(path)) continue;
    const owner = Number(match[2]);
    if (owner !== process.pid && !alive(owner)) await rm(join(dirname(path), name), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
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

/**
 * Whether writing `output` could replace `input`: the same real path (symlinks resolved, on
 * either side) or the same file under another name (a hard link: same device and inode). An
 * output that does not exist yet can still be the input through a symlinked directory, so its
 * directory is resolved too.
 */
export async function sameFile(input: string, output: string): Promise<boolean> {
  const real = async (path: string) => {
    try {
      return await realpath(path);
    } catch {
      try {
        return join(await realpath(dirname(path)), basename(path));
      } catch {
        return resolve(path);
      }
    }
  };
  if ((await real(input)) === (await real(output))) return true;
  try {
    const [a, b] = await Promise.all([stat(input), stat(output)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}
