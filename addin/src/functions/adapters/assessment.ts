// CHITIEU.ASSESSMENT: the sentence an officer writes under the table, one per indicator row.
import { assessment, type AssessmentInput, type AssessmentMeasure, type AssessmentNeededUnit } from '@chitieu/words';
import { LABELLED_CODES, parseLocaleNumber, statusLabel, type Direction, type VerdictCode } from '@chitieu/core';
import type { FigureStatus } from '@chitieu/input';
import { isExcelError, type ExcelArg, type ExcelCell, type ExcelMatrix, type Host } from '../excel.js';
import { errorFromExcel, invalidArgument, optionFromExcel, textFromExcel } from '../coerce.js';
import { cellwise, type ArgSpec } from '../elementwise.js';

/** Status words in either language back to their code: a sheet's verdict cell holds the words. */
const CODES = new Map<string, string>(
  LABELLED_CODES.flatMap((code) =>
    (['vi', 'en'] as const).map((lang) => [String(statusLabel(code, lang)).toLowerCase(), code] as const),
  ),
);

/**
 * A figure of a report row: a number, or text read as a Vietnamese number; a label in a figure
 * cell ("Chưa có chỉ tiêu", "–", "Đã đạt") means there is no figure, never an error; an error
 * cell passes through.
 */
function figureFromExcel(value: ExcelCell): unknown {
  if (typeof value === 'number') return value;
  if (isExcelError(value)) return errorFromExcel(value);
  if (typeof value !== 'string' || value.trim() === '') return null;
  const x = parseLocaleNumber(value, 'vi');
  return typeof x === 'number' ? x : null;
}

/** A verdict cell: the words (either language, any case) or the code; anything else goes to the core to refuse. */
function verdictFromExcel(value: ExcelCell): unknown {
  if (isExcelError(value)) return errorFromExcel(value);
  if (typeof value !== 'string') return value ?? null;
  return CODES.get(value.trim().toLowerCase()) ?? value.trim();
}

/**
 * The words of a figure's status a cell may hold, as the input layout reads them (templates'
 * `figure_status` column: its words and the common aliases), and the core's codes. Kept here
 * rather than imported: the functions bundle carries no template code.
 */
const STATUSES = new Map<string, FigureStatus>([
  ['official', 'official'],
  ['preliminary', 'preliminary'],
  ['estimate', 'estimate'],
  ['estimated', 'estimate'],
  ['chính thức', 'official'],
  ['số chính thức', 'official'],
  ['sơ bộ', 'preliminary'],
  ['số sơ bộ', 'preliminary'],
  ['ước', 'estimate'],
  ['ước tính', 'estimate'],
  ['ước thực hiện', 'estimate'],
  ['ưth', 'estimate'],
  ['uth', 'estimate'],
]);

/** A status cell: its word in either language (any case), blank for official; anything else goes to the core to refuse. */
function statusFromExcel(value: ExcelCell): unknown {
  if (isExcelError(value)) return errorFromExcel(value);
  if (typeof value !== 'string' || value.trim() === '') return value ?? null;
  const word = value.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  return STATUSES.get(word) ?? value.trim();
}

/** A period cell: 2024 typed as a number is the year 2024. */
function periodFromExcel(value: ExcelCell): unknown {
  if (typeof value === 'number') return String(value);
  return textFromExcel(value);
}

/**
 * What is still needed is in the indicator's unit (issue 7): a growth rate for average-rate
 * targets and levels, percentage points for rates (unit %), the amount for term totals,
 * people for coverage.
 */
function neededUnitOf(measure: unknown, unit: unknown): AssessmentNeededUnit | null {
  if (measure === 'cumulative') return 'amount';
  if (measure === 'coverage') return 'people';
  if (measure === 'level') return typeof unit === 'string' && unit.trim().startsWith('%') ? 'points' : 'growth';
  return measure === 'growth' ? 'growth' : null;
}

const spec = (name: string, read: (v: ExcelCell) => unknown): ArgSpec => ({ name, read });

/** Factory of the assessment adapter for one host. */
export function assessmentFunctions(host: Host) {
  return {
    ASSESSMENT: (
      indicator: ExcelArg,
      measure: ExcelArg,
      verdict: ExcelArg,
      period: ExcelArg,
      achieved: ExcelArg,
      unit?: ExcelArg,
      percentOfTarget?: ExcelArg,
      needed?: ExcelArg,
      remaining?: ExcelArg,
      target?: ExcelArg,
      direction?: ExcelArg,
      language?: ExcelArg,
      status?: ExcelArg,
    ): ExcelMatrix => {
      const specs = [
        spec('indicator', textFromExcel),
        spec('measure', optionFromExcel),
        spec('verdict', verdictFromExcel),
        spec('period', periodFromExcel),
        spec('achieved', figureFromExcel),
        spec('unit', textFromExcel),
        spec('percentOfTarget', figureFromExcel),
        spec('needed', figureFromExcel),
        spec('remaining', periodFromExcel),
        spec('target', textFromExcel),
        spec('direction', optionFromExcel),
        spec('language', optionFromExcel),
        spec('status', statusFromExcel),
      ];
      const args = [
        indicator,
        measure,
        verdict,
        period,
        achieved,
        unit ?? null,
        percentOfTarget ?? null,
        needed ?? null,
        remaining ?? null,
        target ?? null,
        direction ?? null,
        language ?? null,
        status ?? null,
      ];
      return cellwise(host, 'assessment', specs, args, ([i, m, v, p, a, u, pct, n, rem, t, d, l, s]) => {
        const lang =
          l === undefined ? 'vi' : l === 'vi' || l === 'vi-vn' ? 'vi' : l === 'en' || l === 'en-us' ? 'en' : l;
        if (lang !== 'vi' && lang !== 'en')
          return invalidArgument(
            'assessment',
            `language must be "vi" or "en" (got ${String(l)})`,
            `ngôn ngữ phải là "vi" hoặc "en" (nhận được ${String(l)})`,
          );
        const input: AssessmentInput = {
          indicator: i as string,
          measure: m as AssessmentMeasure,
          verdict: v as VerdictCode,
          period: p as string,
          achieved: a as number | null,
          unit: (u as string | null) ?? undefined,
          percentOfTarget: pct as number | null,
          needed: n as number | null,
          neededUnit: n === null ? null : neededUnitOf(m, u),
          remaining: (rem as string | null) ?? undefined,
          target: t as string | null,
          direction: d as Direction | undefined,
          figureStatus: s === null || s === undefined ? undefined : (s as FigureStatus),
          lang,
        };
        return assessment(input);
      });
    },
  };
}
