/**
 * The "Nhận xét" / "Assessment" section of a report: one sentence per row of the computed table
 * (`SheetLayout.table`), written by the core's `assessment` from the very values the table
 * shows, so the words under an annex can never drift from its numbers. Renderer-neutral: the
 * .xlsx (under the table), the Word document and the add-in's task pane all take these lines.
 */
import { assessment, type AssessmentInput } from '@chitieu/words';
import { isChitieuError, LABELLED_CODES, statusLabel, type ChitieuError, type VerdictCode } from '@chitieu/core';
import { type FigureStatus } from '@chitieu/input';
import type { CachedValue } from '../layout/compute.js';
import type { CellWrite } from '../layout/sheetPart.js';
import type { SheetLayout } from '../layout/sheetLayout.js';
import { labels } from '../layout/labels.js';

/** What the section needs besides the table; each field is read from the layout when not given. */
export interface AssessmentContext {
  /** The template's settings (baseYear, endYear, year, quarter), as the title block holds them. */
  settings?: Record<string, number>;
  /** Coverage: the period of the ratios (`2024`) and the indicator's name. */
  period?: string;
  indicator?: string;
}

/** The section: its heading and one line per table row (a sentence, or why there is none). */
export interface AssessmentSection {
  heading: string;
  lines: string[];
  /** Per row: the sentence, or the core's error when the row could not be put into words. */
  sentences: Array<string | ChitieuError>;
}

type Row = Record<string, CachedValue | null>;

const num = (v: CachedValue | null | undefined): number | null => (typeof v === 'number' ? v : null);
const text = (v: CachedValue | null | undefined): string => (typeof v === 'string' ? v : '');

/**
 * The assessment section of a report layout: heading "Nhận xét" / "Assessment" and one sentence
 * per indicator (or area), in the layout's language. A row whose verdict is an error value gets
 * the indicator's name and the error's message instead of a sentence.
 *
 * @example
 * assessmentSection(layoutTemplate(templates['term-review'], dataset, { mode: 'portable', lang: 'vi' })).lines[0]
 * // 'Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2024 ước đạt 7,64%/năm, bằng 76,4% mục tiêu Nghị quyết; …, khó đạt.'
 */
export function assessmentSection(
  layout: Pick<SheetLayout, 'templateId' | 'lang' | 'table' | 'settings' | 'period'>,
  context: AssessmentContext = {},
): AssessmentSection {
  const lang = layout.lang;
  const settings = { ...layout.settings, ...context.settings };
  const codes = verdictCodes(lang);
  const inputOf = INPUTS[layout.templateId];
  const sentences = layout.table.map((row) => {
    const input = inputOf(row, settings, codes, { ...context, period: context.period ?? layout.period }, lang);
    return isChitieuError(input) ? input : assessment({ ...input, lang });
  });
  const lines = sentences.map((s, i) =>
    typeof s === 'string' ? s : `${text(layout.table[i].indicator) || text(layout.table[i].area)}: ${s.message[lang]}`,
  );
  return { heading: lang === 'vi' ? 'Nhận xét' : 'Assessment', lines, sentences };
}

/**
 * The section as cells to add to a layout, for a renderer (the .xlsx, the add-in's sheet): the
 * heading (style `subtitle`) two rows under the last row the layout writes, then one sentence per
 * row (style `note`, text format) in column A, each merged across the table's columns so a
 * printed page wraps it. Nothing of the layout is changed; the caller appends these.
 *
 * @example
 * const { cells, merges } = assessmentCells(layout);  // cells[0]: { address: 'A30', value: 'Nhận xét', … }
 */
export function assessmentCells(
  layout: SheetLayout,
  context: AssessmentContext = {},
): { cells: CellWrite[]; merges: string[] } {
  const section = assessmentSection(layout, context);
  // A table that carries its assessment already (term review, annual plan) gets it rewritten in
  // place, so inserting the sentences again never leaves two copies; other tables get it below.
  const existing = layout.cells.find((c) => c.value === section.heading && c.column === 1);
  const start = existing?.row ?? layout.cells.reduce((m, c) => Math.max(m, c.row), 0) + 2;
  const last = layout.columns[layout.columns.length - 1]?.letter ?? 'A';
  const cells: CellWrite[] = [section.heading, ...section.lines].map((value, i) => ({
    address: `A${start + i}`,
    row: start + i,
    column: 1,
    value,
    numFmt: '@',
    style: i === 0 ? 'subtitle' : 'note',
  }));
  return { cells, merges: cells.map((c) => `A${c.row}:${last}${c.row}`) };
}

type InputOf = (
  row: Row,
  settings: Record<string, number>,
  codes: Map<string, VerdictCode>,
  context: AssessmentContext,
  lang: 'vi' | 'en',
) => Omit<AssessmentInput, 'lang'> | ChitieuError;

/** A verdict cell back to its code: the cell holds statusLabel's words; "–" and blanks are none. */
function verdictOf(cell: CachedValue | null, codes: Map<string, VerdictCode>): VerdictCode | null | ChitieuError {
  if (isChitieuError(cell)) return cell;
  return typeof cell === 'string' ? (codes.get(cell) ?? null) : null;
}

/** How final the row's figures are (layout's `figureStatus`), official when the table does not say. */
const statusOf = (row: Row): FigureStatus =>
  row.figureStatus === 'preliminary' || row.figureStatus === 'estimate' ? row.figureStatus : 'official';

/** A row in percent (a rate): its changes are in percentage points. */
const rateUnit = (row: Row) => text(row.unit).trim().startsWith('%');

/** A year span as the input layout writes it: `2021-2024`, or `2024` for one year. */
const span = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);

const INPUTS: Record<SheetLayout['templateId'], InputOf> = {
  'term-review': (row, settings, codes) => {
    const verdict = verdictOf(row.verdict, codes);
    if (isChitieuError(verdict)) return verdict;
    const kind = text(row.kind);
    const measure = kind === 'growth' ? 'growth' : kind === 'cumulative' ? 'cumulative' : 'level';
    const base = settings.baseYear;
    const end = settings.endYear;
    const asOf = num(row.asOf);
    const percent = text(row.unit).trim().startsWith('%');
    const whole = measure === 'level' ? (asOf ?? end) : undefined;
    const period = asOf === null ? span(base + 1, end) : whole !== undefined ? String(whole) : span(base + 1, asOf);
    // As the needed column holds it: points for a rate, growth for a level or an average rate.
    const neededUnit = measure === 'cumulative' ? 'amount' : kind === 'rate' && percent ? 'points' : 'growth';
    const midTerm = asOf !== null && asOf < end;
    return {
      indicator: text(row.indicator),
      measure,
      verdict: verdict ?? 'no-data',
      period,
      achieved: num(row.achieved),
      unit: text(row.unit),
      target: text(row.targetShown) || text(row.target) || null,
      scope: 'term',
      direction: row.direction === 'lower' ? 'lower' : 'higher',
      percentOfTarget: num(row.percentOfTarget),
      needed: midTerm ? num(row.needed) : null,
      neededUnit: midTerm && num(row.needed) !== null ? neededUnit : null,
      remaining: midTerm ? span(asOf + 1, end) : undefined,
      projected: midTerm && measure === 'level' ? num(row.projected) : null,
      projectedYear: end,
      yearsElapsed: asOf === null ? null : asOf - base,
      termYears: end - base,
      figureStatus: statusOf(row),
    };
  },
  'annual-plan': (row, settings, codes) => {
    const verdict = verdictOf(row.status, codes);
    if (isChitieuError(verdict)) return verdict;
    return {
      indicator: text(row.indicator),
      measure: 'level',
      verdict: num(row.estimated) === null ? 'no-data' : (verdict ?? 'no-target'),
      period: String(settings.year),
      achieved: num(row.estimated),
      unit: text(row.unit),
      target: text(row.targetShown) || text(row.target) || null,
      scope: 'year',
      direction: row.direction === 'lower' ? 'lower' : 'higher',
      percentOfTarget: num(row.percentOfPlan),
      // A rate's year on year is a change in points (the gap, a fraction); a level's an index.
      yearOnYear: num(row.yearOnYear),
      yearOnYearUnit: rateUnit(row) ? 'points' : 'index',
      figureStatus: statusOf(row),
    };
  },
  quarterly: (row, settings) => ({
    indicator: text(row.indicator),
    measure: 'level',
    // The quarterly table judges nothing (a year to date is not a year): the sentence says the
    // share of the year's plan and no judgement word.
    verdict: num(row.yearToDate) === null ? 'no-data' : text(row.target) ? null : 'no-target',
    period: `${settings.year}-${settings.quarter * 3}M`,
    achieved: num(row.yearToDate),
    unit: text(row.unit),
    target: text(row.targetShown) || text(row.target) || null,
    scope: 'year',
    direction: row.direction === 'lower' ? 'lower' : 'higher',
    percentOfTarget: num(row.percentOfPlan),
    yearOnYear: num(row.yearOnYear),
    yearOnYearUnit: 'index',
    figureStatus: statusOf(row),
  }),
  coverage: (row, _settings, codes, context, lang) => {
    const verdict = verdictOf(row.status, codes);
    if (isChitieuError(verdict)) return verdict;
    const still = num(row.stillNeeded);
    return {
      indicator: context.indicator ?? (lang === 'vi' ? 'Tỷ lệ bao phủ' : 'Coverage'),
      area: text(row.area),
      measure: 'coverage',
      verdict: num(row.ratio) === null ? 'no-data' : (verdict ?? 'no-target'),
      period: context.period ?? '',
      achieved: num(row.ratio),
      unit: '%',
      target: text(row.targetShown) || text(row.target) || null,
      scope: 'year',
      direction: row.direction === 'lower' ? 'lower' : 'higher',
      needed: still !== null && still > 0 ? still : null,
      neededUnit: still !== null && still > 0 ? 'people' : null,
      figureStatus: statusOf(row),
    };
  },
};

/** Label → code, for the report's language (the status words: "Đã đạt" is already-achieved). */
function verdictCodes(lang: 'vi' | 'en'): Map<string, VerdictCode> {
  // The sheet writes "no figure" and "no target" as the yearbook's symbols (… and x).
  const text = labels(lang);
  const codes = new Map<string, VerdictCode>([
    [text.noData, 'no-data'],
    [text.noTarget, 'no-target'],
  ]);
  for (const code of LABELLED_CODES) {
    const label = statusLabel(code, lang);
    if (typeof label === 'string' && !codes.has(label)) codes.set(label, code as VerdictCode);
  }
  return codes;
}
