import type { Language } from '@chitieu/core';
/** Where a command writes: the process's streams, or a capture in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard error is a terminal (a progress bar may be drawn). */
  errIsTTY: boolean;
  cwd: string;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
};

/** The two languages of the product (the core's): messages and number formats follow `--lang`. */
export type Lang = Language;

/** A text in the user's language. */
export const say = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);
