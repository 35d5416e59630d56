/**
 * From the user's input table to a report layout, with no office.js: the input sheet's cells
 * become the templates' raw table, are validated by @chitieu/templates (every problem listed
 * with its row and column), and the chosen template is laid out for the chosen period and
 * language in `live` mode (formulas call CHITIEU.*). The task pane then only writes the layout.
 */
import { isChitieuError, parseTerm } from '@chitieu/core';
import {
  assessmentCells,
  layoutTemplate,
  templates,
  type FillOptions,
  type SheetLayout,
  type TemplateId,
} from '@chitieu/templates';
import { readPeriod, renderProblems, validateTable, type Dataset, type RawTable } from '@chitieu/input';
import type { Lang } from '../functions/excel.js';

export type { SheetLayout, TemplateId };

/** The used range of the input sheet: its name and cell values, header row first. */
export interface InputSheet {
  readonly name: string;
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
}

/** The input sheet as the templates' raw table: header texts, then rows of text or numbers. */
export function rawTable(sheet: InputSheet): RawTable {
  const [header = [], ...rows] = sheet.values;
  return {
    file: sheet.name,
    sheet: sheet.name,
    header: header.map((h) => String(h ?? '').trim()),
    rows: rows
      .map((cells, i) => ({
        row: i + 2,
        cells: cells.map((c) =>
          typeof c === 'number' || typeof c === 'string' ? c : c === null || c === undefined ? null : String(c),
        ),
      }))
      .filter((row) => row.cells.some((c) => c !== null && c !== '')),
  };
}

/**
 * What the period field means for each template: a term (`2020-2025`) for the term review, a
 * year for the annual plan, a quarter (`2025-Q3`) for the quarterly table, any period for
 * coverage. Blank: the template's default (the latest in the data). Null: not a period.
 */
export function fillOptions(templateId: TemplateId, periodText: string): FillOptions | null {
  const text = periodText.trim();
  if (text === '') return {};
  if (templateId === 'term-review') {
    // 2020-2025 (nhiệm kỳ) and 2021-2025 (giai đoạn) are the same term; a single year is not one.
    const term = parseTerm(text);
    return isChitieuError(term) ? null : { term };
  }
  const period = readPeriod(text);
  if (period === null) return null;
  switch (templateId) {
    case 'annual-plan':
      return period.type === 'year' ? { year: period.year } : null;
    case 'quarterly':
      return period.type === 'quarter'
        ? { year: period.year, quarter: period.quarter }
        : period.type === 'year'
          ? { year: period.year }
          : null;
    case 'coverage':
      return { period: text };
  }
}

/** The example of a period for each template, shown in the field. */
export const PERIOD_HINT: Readonly<Record<TemplateId, string>> = {
  'term-review': '2020-2025',
  'annual-plan': '2025',
  quarterly: '2025-Q3',
  coverage: '2024',
};

/** The templates as the picker lists them. */
export function templateChoices(lang: Lang): Array<{ id: TemplateId; title: string }> {
  return (Object.keys(templates) as TemplateId[]).map((id) => ({ id, title: templates[id].title[lang] }));
}

export type LayoutOutcome = { ok: true; layout: SheetLayout } | { ok: false; problems: string };

/** The problem of a period field that is not a period of this template, in `lang`. */
function periodProblem(templateId: TemplateId, periodText: string, lang: Lang): LayoutOutcome {
  return {
    ok: false,
    problems:
      lang === 'vi'
        ? `"${periodText}" không phải là kỳ hợp lệ cho biểu này (ví dụ: ${PERIOD_HINT[templateId]})`
        : `"${periodText}" is not a period for this table (e.g. ${PERIOD_HINT[templateId]})`,
  };
}

/** Validates the input and lays the template out, or says what is wrong, in `lang`. */
export function makeLayout(templateId: TemplateId, input: InputSheet, periodText: string, lang: Lang): LayoutOutcome {
  if (fillOptions(templateId, periodText) === null) return periodProblem(templateId, periodText, lang);
  const { dataset, problems } = validateTable(rawTable(input), { numberLocale: 'vi' });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: renderProblems(errors, lang) };
  return layoutDataset(templateId, dataset, periodText, lang, input.name);
}

/**
 * Lays the template out from a validated dataset (the input sheet's, or the officer's own table
 * read by the wide reader) for the period typed, or says why not, in `lang`. `source` names
 * where the figures come from, for the report's source line.
 */
export function layoutDataset(
  templateId: TemplateId,
  dataset: Dataset,
  periodText: string,
  lang: Lang,
  source: string,
): LayoutOutcome {
  const options = fillOptions(templateId, periodText);
  if (options === null) return periodProblem(templateId, periodText, lang);
  if (dataset.records.length === 0)
    return {
      ok: false,
      problems: lang === 'vi' ? 'Trang tính đang mở không có số liệu đầu vào.' : 'The active sheet has no input rows.',
    };
  return {
    ok: true,
    layout: layoutTemplate(templates[templateId], dataset, { ...options, mode: 'live', lang, sourceFile: source }),
  };
}

/** One line of text to write under an inserted table. */
export interface SentenceWrite {
  address: string;
  value: string;
}

/**
 * The assessment section of an inserted table, as cells to write under it: the heading two
 * rows below the last row the layout writes (its source line), then one sentence per row of
 * the table, in column A, from the same computed table the sheet shows (templates'
 * assessmentCells, which the reports use too).
 */
export function sentenceWrites(layout: SheetLayout): SentenceWrite[] {
  return assessmentCells(layout).cells.map((c) => ({ address: c.address, value: String(c.value) }));
}

/**
 * Where the chart of percent of target reads from an inserted table: indicator (or area)
 * names, and the column of percent of target (coloured by the row's status) or of coverage
 * (bars). Undefined when the table has no such column.
 */
export function chartRanges(layout: SheetLayout): { categories: string; values: string } | undefined {
  const bar = layout.highlights.find((h) => h.kind === 'byStatus' || h.kind === 'bar');
  const names = layout.columns.find((c) => c.key === 'indicator' || c.key === 'area');
  if (bar === undefined || names === undefined) return undefined;
  return {
    categories: `${names.letter}${layout.firstDataRow}:${names.letter}${layout.lastDataRow}`,
    values: bar.range,
  };
}
