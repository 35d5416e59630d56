import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from './io.js';

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export class UsageError extends Error {}

/**
 * Parses a command's arguments strictly (an unknown option is a usage error, exit 1) with
 * node:util's parseArgs; `--lang` must be vi or en.
 */
export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: positionals > 0,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length > positionals)
    throw new UsageError(`unexpected argument: ${parsed.positionals[positionals]}`);
  const lang = (parsed.values as { lang?: string }).lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en (got ${lang})`);
  return { values: parsed.values, positionals: parsed.positionals, lang: lang as Lang };
}

/** The language asked for anywhere on the command line, before a full parse (for error messages). */
export function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? 'vi' : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}
