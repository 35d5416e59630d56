import type { Label } from '@chitieu/words';
import type { Problem, ProblemReason } from './problemSchema.js';

// The schemas are in problemSchema.ts, apart from the functions below, so that a bundle that only
// makes and prints problems (the add-in's task pane) does not carry zod.
export { Problem, ProblemReason } from './problemSchema.js';

/** Builds a problem record; `where` gives its place in the file. */
export function problem(
  severity: Problem['severity'],
  reason: ProblemReason,
  where: { file: string; sheet?: string | null; row?: number | null; column?: string | null },
  message: Label,
): Problem {
  return {
    severity,
    reason,
    file: where.file,
    sheet: where.sheet ?? null,
    row: where.row ?? null,
    column: where.column ?? null,
    message,
  };
}

/**
 * Why the core refused a value, for an officer: its message without the name of the core
 * function in front ("parseLocaleNumber: không đọc được…" → "không đọc được…"), which names
 * code, not anything in the file.
 *
 * @example
 * coreReason({ message: { vi: 'parseTerm: "20x" không phải nhiệm kỳ', en: 'parseTerm: "20x" is not a term' } })
 * //=> { vi: '"20x" không phải nhiệm kỳ', en: '"20x" is not a term' }
 */
export function coreReason(error: { message: Label }): Label {
  const reason = (text: string) => text.replace(/^[A-Za-z][A-Za-z0-9.]*: /u, '');
  return { vi: reason(error.message.vi), en: reason(error.message.en) };
}

/**
 * Problems as readable text, one per line: `data.csv, dòng 7, cột value: ...`. Sorted by place
 * so that a user fixes the file top to bottom.
 */
export function renderProblems(problems: readonly Problem[], lang: 'vi' | 'en'): string {
  const words =
    lang === 'vi'
      ? { sheet: 'trang', row: 'dòng', column: 'cột', error: 'lỗi', warning: 'cảnh báo' }
      : { sheet: 'sheet', row: 'row', column: 'column', error: 'error', warning: 'warning' };
  return [...problems]
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''))
    .map((p) => {
      const place = [
        p.file,
        p.sheet ? `${words.sheet} ${p.sheet}` : null,
        p.row ? `${words.row} ${p.row}` : null,
        p.column ? `${words.column} ${p.column}` : null,
      ]
        .filter((part) => part !== null)
        .join(', ');
      return `${place}: [${words[p.severity]}] ${p.message[lang]}`;
    })
    .join('\n');
}
