/**
 * Stage 5: what goes under the table: the legend, the source line, and the assessment sentences.
 */
import type { TemplateDefinition } from '../definition.js';
import { type CachedValue } from './compute.js';
import { assessmentSection } from '../narrative/assessment.js';
import { word } from './labels.js';
import { SheetBuilder } from './sheetPart.js';
import type { Context } from './context.js';

/**
 * Stage 5: what goes under the table on the report sheet: the legend of the symbols, then the
 * source line. Returns the next free row, where a section under the table (an assessment) goes.
 */
export function notesUnderTable(ctx: Context, sheet: SheetBuilder, first: number): number {
  const last = ctx.report.length;
  let row = first;
  sheet.line(row++, 1, last, word('legend', ctx.lang), 'note');
  if (Object.keys(ctx.data.yearStatus ?? {}).length > 0)
    sheet.line(row++, 1, last, word('statusLegend', ctx.lang), 'note');
  const file = ctx.options.sourceFile ?? word('inputFile', ctx.lang);
  sheet.line(row++, 1, last, word('source', ctx.lang, { file }), 'source');
  return row + 1;
}

/** The tables whose sentences officers write under them (Nhận xét / Assessment). */
export const ASSESSED = new Set<TemplateDefinition['id']>(['term-review', 'annual-plan']);

/**
 * Stage 5b: the assessment under the table: the heading, then one sentence per indicator
 * (narrative/assessment.ts), each across the table's width so a printed page wraps it.
 */
export function* assessmentUnderTable(
  ctx: Context,
  sheet: SheetBuilder,
  table: Array<Record<string, CachedValue | null>>,
  first: number,
): Generator<void, number> {
  const section = assessmentSection({
    templateId: ctx.template.id,
    lang: ctx.lang,
    table,
    settings: ctx.settings,
    period: ctx.data.period,
  });
  const last = ctx.report.length;
  let row = first;
  sheet.line(row++, 1, last, section.heading, 'heading');
  for (const line of section.lines) {
    sheet.line(row++, 1, last, line, 'note');
    yield;
  }
  return row + 1;
}
