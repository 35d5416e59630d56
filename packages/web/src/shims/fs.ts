/**
 * The files the page was given, for the CLI's readers, which open a path: the worker puts the
 * chosen file's bytes here under its name and the readers' `node:fs/promises` calls (aliased to
 * this module by scripts/build.ts) read them back. Nothing else is reachable: any other path is
 * ENOENT, as a missing file is to the CLI. This is the page's only seam into the readers, so
 * the CLI's size checks and messages apply unchanged.
 */
import { Buffer } from 'buffer';

export const files = new Map<string, Uint8Array>();

function missing(path: string): Error {
  return Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
}

function bytesOf(path: string): Uint8Array {
  const bytes = files.get(path);
  if (!bytes) throw missing(path);
  return bytes;
}

const info = (bytes: Uint8Array) => ({
  size: bytes.length,
  isFile: () => true,
  isDirectory: () => false,
});

export async function stat(path: string) {
  return info(bytesOf(path));
}

export async function access(path: string): Promise<void> {
  bytesOf(path);
}

export async function readFile(path: string, encoding?: string) {
  const bytes = Buffer.from(bytesOf(path));
  return encoding ? bytes.toString(encoding as BufferEncoding) : bytes;
}

/** The bytes behind each open handle's descriptor, for readSync (the CSV reader reads its pieces through the fd). */
const descriptors = new Map<number, Uint8Array>();
let lastDescriptor = 2;

/** `readSync(fd, buffer, offset, length, position)` over an open handle's bytes. */
export function readSync(
  fd: number,
  buffer: Uint8Array,
  offset: number,
  length: number,
  position: number | null,
): number {
  const bytes = descriptors.get(fd);
  if (!bytes) throw Object.assign(new Error(`EBADF: ${fd}`), { code: 'EBADF' });
  const start = position ?? 0;
  const part = bytes.subarray(start, Math.min(bytes.length, start + length));
  buffer.set(part, offset);
  return part.length;
}

/** A file handle over the stored bytes: stat, readFile, positioned reads, fd and close, as the readers use them. */
export async function open(path: string) {
  const bytes = bytesOf(path);
  const fd = ++lastDescriptor;
  descriptors.set(fd, bytes);
  return {
    fd,
    stat: async () => info(bytes),
    readFile: async (encoding?: string) => {
      const all = Buffer.from(bytes);
      return encoding ? all.toString(encoding as BufferEncoding) : all;
    },
    read: async (buffer: Uint8Array, offset: number, length: number, position: number | null) => {
      const start = position ?? 0;
      const part = bytes.subarray(start, Math.min(bytes.length, start + length));
      buffer.set(part, offset);
      return { bytesRead: part.length, buffer };
    },
    close: async () => void descriptors.delete(fd),
  };
}

/** Writing is the page's downloads, never the file system: the CLI's writers are not run here. */
function noWriting(): never {
  throw new Error('chitieu web: the page writes nothing to disk (downloads only)');
}
export const mkdir = noWriting;
export const mkdtemp = noWriting;
export const rm = noWriting;
export const writeFile = noWriting;
export const createWriteStream = noWriting;
export const rmSync = noWriting;
export const link = noWriting;
export const rename = noWriting;
export const readdir = noWriting;
export const realpath = noWriting;

export const constants = { F_OK: 0 };
export default {
  stat,
  access,
  readFile,
  readSync,
  open,
  mkdir,
  mkdtemp,
  rm,
  writeFile,
  createWriteStream,
  rmSync,
  link,
  rename,
  readdir,
  realpath,
  constants,
};
