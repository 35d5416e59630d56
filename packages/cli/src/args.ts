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

/**
 * The reading limits every command that reads an input takes (check, report): each refusal names
 * the flag that raises its limit. Defaults are in @chitieu/templates/excel (DEFAULT_LIMITS).
 */
export const LIMIT_OPTIONS = {
  'max-size': { type: 'string' },
  'max-unzipped': { type: 'string' },
  'max-rows': { type: 'string' },
  'max-columns': { type: 'string' },
  'max-cell-chars': { type: 'string' },
  'max-years': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export interface ReadLimits {
  maxBytes?: number;
  maxUnzippedBytes?: number;
  maxRows?: number;
  maxColumns?: number;
  maxCellChars?: number;
  maxYears?: number;
}

export const LIMITS_HELP = {
  vi: `  --max-size MB        giới hạn kích thước tệp vào (mặc định 400)
  --max-unzipped MB    giới hạn dung lượng .xlsx khi giải nén (mặc định 200)
  --max-rows N         giới hạn số dòng số liệu (mặc định 2000000)
  --max-columns N      giới hạn số cột (mặc định 100)
  --max-cell-chars N   giới hạn ký tự một ô (mặc định 32767, như Excel)
  --max-years N        giới hạn số năm một chỉ tiêu trải qua (mặc định 100)`,
  en: `  --max-size MB        refuse larger inputs (default 400)
  --max-unzipped MB    refuse an .xlsx that unpacks to more (default 200)
  --max-rows N         refuse more data rows (default 2000000)
  --max-columns N      refuse more columns (default 100)
  --max-cell-chars N   refuse longer cells (default 32767, as Excel)
  --max-years N        refuse an indicator spanning more years (default 100)`,
};

/** The limits given on the command line; each must be a positive number (MB may be fractional). */
export function readLimits(
  values: Partial<Record<keyof typeof LIMIT_OPTIONS, string | boolean | undefined>>,
): ReadLimits {
  const positive = (name: keyof typeof LIMIT_OPTIONS, whole: boolean): number | undefined => {
    const text = values[name];
    if (text === undefined || typeof text === 'boolean') return undefined;
    const n = Number(text);
    if (!(n > 0) || !Number.isFinite(n) || (whole && !Number.isInteger(n)))
      throw new UsageError({
        vi: `--${name} phải là ${whole ? 'số nguyên' : 'số'} dương (đã ghi ${text})`,
        en: `--${name} must be a positive ${whole ? 'whole number' : 'number'} (got ${text})`,
      });
    return n;
  };
  const mb = (n: number | undefined) => (n === undefined ? undefined : Math.floor(n * 1024 * 1024));
  return {
    maxBytes: mb(positive('max-size', false)),
    maxUnzippedBytes: mb(positive('max-unzipped', false)),
    maxRows: positive('max-rows', true),
    maxColumns: positive('max-columns', true),
    maxCellChars: positive('max-cell-chars', true),
    maxYears: positive('max-years', true),
  };
}
