import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from './io.js';

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** A command line that cannot be run, said in both languages (the CLI prints the one asked for). */
export class UsageError extends Error {
  constructor(readonly text: { vi: string; en: string }) {
    super(text.en);
  }
}

/** node:util's parseArgs errors, said in both languages (its own messages are English only). */
function parseError(error: Error & { code?: string }): UsageError {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  const value = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError({ vi: `tùy chọn không có: ${option}`, en: `unknown option: ${option}` });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError({ vi: `tùy chọn ${option} cần một giá trị`, en: `option ${option} needs a value` });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError({ vi: `đối số thừa: ${value}`, en: `unexpected argument: ${value}` });
    default:
      return new UsageError({ vi: error.message, en: error.message });
  }
}

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
    throw parseError(error as Error & { code?: string });
  }
  if (parsed.positionals.length > positionals)
    throw new UsageError({
      vi: `đối số thừa: ${parsed.positionals[positionals]}`,
      en: `unexpected argument: ${parsed.positionals[positionals]}`,
    });
  const lang = (parsed.values as { lang?: string }).lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en')
    throw new UsageError({
      vi: `--lang phải là vi hoặc en (đã ghi ${lang})`,
      en: `--lang must be vi or en (got ${lang})`,
    });
  return { values: parsed.values, positionals: parsed.positionals, lang: lang as Lang };
}

/** The language asked for anywhere on the command line, before a full parse (for error messages). */
export function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? 'vi' : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}
