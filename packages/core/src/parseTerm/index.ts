import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { shown } from '../_lib/shown.js';
import type { ColumnOrValue } from '../column/index.js';
import { cell, rowCount, rowErrors } from '../_lib/arrayForm.js';

/**
 * A five-year term. `baseYear` is the last year of the previous plan (năm gốc), the plan years
 * are `firstYear..lastYear`, and `years` (T) is how many there are.
 */
export interface Term {
  readonly baseYear: number;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly years: number;
}

/** How many plan years a term has: Vietnam's socio-economic plans run five years. */
const PLAN_YEARS = 5;

/**
 * Reads a term as officers name it (nhiệm kỳ, giai đoạn). A Party congress term is written
 * "nhiệm kỳ 2020-2025" and the five-year plan that carries it out "giai đoạn 2021-2025": both
 * mean base year 2020 and plan years 2021..2025. So a span of five
 * years (`2020-2025`) starts at the base year and a span of four (`2021-2025`) at the first plan
 * year; either gives the same term. Words before the years (`nhiệm kỳ`, `giai đoạn`, `term`,
 * `plan`) are allowed; dashes may be any of - – —.
 *
 * Errors: `#VALUE!` (invalid-option) for a single year, a span of another length (ambiguous: a
 * 2021-2023 mid-term span is not a term), years out of order, or text that is not a span of
 * years; `#N/A` for a blank; an error value passes through.
 *
 * Method: [docs/method.md#terms-target-scopes-and-mid-term-verdicts](../../../../docs/method.md#terms-target-scopes-and-mid-term-verdicts).
 *
 * @param text the term as written: `2020-2025`, `2021-2025`, `giai đoạn 2021 - 2025`
 *
 * @example
 * parseTerm('2021-2025')
 * //=> { baseYear: 2020, firstYear: 2021, lastYear: 2025, years: 5 }
 * @example
 * parseTerm('nhiệm kỳ 2020-2025')
 * //=> { baseYear: 2020, firstYear: 2021, lastYear: 2025, years: 5 }
 * @example
 * parseTerm('2025').code
 * //=> '#VALUE!'
 */
export function parseTerm(text: unknown): Term | ChitieuError {
  if (isChitieuError(text)) return text;
  if (text === null || text === undefined || (typeof text === 'string' && text.trim() === '')) {
    return chitieuError('no-data', 'parseTerm', { en: 'the term is blank', vi: 'nhiệm kỳ để trống' });
  }
  const bad = (en: string, vi: string) => chitieuError('invalid-option', 'parseTerm', { en, vi });
  if (typeof text !== 'string') {
    return bad(
      `a term is text such as 2021-2025 (got ${shown(text)})`,
      `nhiệm kỳ ghi dạng 2021-2025 (nhận được ${shown(text)})`,
    );
  }
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/^\s*(nhiệm kỳ|giai đoạn|kế hoạch|term|plan period|plan)\s*/u, '');
  const m = /^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$/u.exec(words);
  if (!m) {
    return bad(
      `"${text}" is not a term: write it as 2021-2025 (plan years) or 2020-2025 (congress term); a single year is not a term`,
      `"${text}" không phải nhiệm kỳ: ghi 2021-2025 (giai đoạn kế hoạch) hoặc 2020-2025 (nhiệm kỳ đại hội); một năm không phải nhiệm kỳ`,
    );
  }
  const from = Number(m[1]);
  const to = Number(m[2]);
  const span = to - from;
  if (span === PLAN_YEARS) return term(from, to);
  if (span === PLAN_YEARS - 1) return term(from - 1, to);
  return bad(
    `"${text}" spans ${span + 1} years: a term is five plan years, written 2021-2025 (giai đoạn) or 2020-2025 (nhiệm kỳ)`,
    `"${text}" gồm ${span + 1} năm: nhiệm kỳ có năm năm kế hoạch, ghi 2021-2025 (giai đoạn) hoặc 2020-2025 (nhiệm kỳ)`,
  );
}

function term(baseYear: number, lastYear: number): Term {
  return Object.freeze({ baseYear, firstYear: baseYear + 1, lastYear, years: lastYear - baseYear });
}

/**
 * The five-year plan period that holds a year, on Vietnam's national plan calendar (2016-2020,
 * 2021-2025, 2026-2030: plans start in years ending in 1 or 6). For a report with no term given,
 * the term of its latest year.
 *
 * @example
 * termOfYear(2024)
 * //=> { baseYear: 2020, firstYear: 2021, lastYear: 2025, years: 5 }
 */
export function termOfYear(year: unknown): Term | ChitieuError {
  if (isChitieuError(year)) return year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
    return chitieuError('invalid-option', 'termOfYear', {
      en: `the year must be a whole number from 1000 to 9999 (got ${shown(year)})`,
      vi: `năm phải là số nguyên từ 1000 đến 9999 (nhận được ${shown(year)})`,
    });
  }
  const firstYear = year - ((((year - 1) % PLAN_YEARS) + PLAN_YEARS) % PLAN_YEARS);
  return term(firstYear - 1, firstYear + PLAN_YEARS - 1);
}

/**
 * Array form of {@link parseTerm}: one term (or error) per row.
 *
 * @example
 * parseTerm.array(['2020-2025', '2021-2025']).values.map((t) => t?.baseYear)
 * //=> [2020, 2020]
 */
parseTerm.array = function parseTermArray(
  texts: ColumnOrValue<unknown>,
): { values: Array<Term | null>; errors: Map<number, ChitieuError> } | ChitieuError {
  const rows = rowCount('parseTerm', [texts], ['texts']);
  if (typeof rows !== 'number') return rows;
  const result = { values: new Array<Term | null>(rows).fill(null), errors: rowErrors() };
  for (let i = 0; i < rows; i++) {
    const answer = parseTerm(cell(texts, i));
    if (isChitieuError(answer)) result.errors.set(i, answer);
    else result.values[i] = answer;
  }
  return result;
};
