/**
 * The layout engine: a template over a data set, as the stages of its own files in order
 * (prepare, title block, compute, table, under the table, method sheet, highlights), run into
 * lists (`layoutTemplate`, for the add-in and the tests) or row by row into file sinks
 * (`layoutSteps`, for the CLI's streamed writer).
 */
import type { TemplateDefinition } from '../definition.js';
import { type Dataset } from '@chitieu/input';
import { word } from './labels.js';
import { SheetBuilder } from './sheetPart.js';
import { signatureBlock, signatureUnderTable } from './signature.js';
import type { SheetLayout, LayoutOptions, LayoutSinks, SheetFrame } from './sheetLayout.js';
import { TITLE_BLOCK, FIRST_DATA_ROW, lastDataRow, sheetNameOf } from './context.js';
import { columnsOf, prepare } from './prepare.js';
import { titleBlock } from './titleBlock.js';
import { computeTable } from './computeTable.js';
import { writeTable, writeTotal } from './writeTable.js';
import { notesUnderTable, ASSESSED, assessmentUnderTable } from './underTable.js';
import { methodSheet } from './methodSheet.js';
import { highlights } from './highlights.js';

export type { CellStyle, CellWrite, SheetPart, SheetSink } from './sheetPart.js';
export type { Colours, Highlight, LayoutOptions, LayoutSinks, Mode, SheetFrame, SheetLayout } from './sheetLayout.js';

/**
 * Lays a template out over a data set: every cell of both sheets with its value or formula, its
 * cached value computed by the core, its number format and style, plus merges, row heights,
 * frozen panes and conditional formatting. Both renderers consume this; neither decides
 * anything itself. The stages, in order: place the columns and the highlights, the title block,
 * compute the table, write the table, the notes under it, the method sheet (`layoutSteps`).
 */
export function layoutTemplate(template: TemplateDefinition, dataset: Dataset, options: LayoutOptions): SheetLayout {
  const steps = layoutSteps(template, dataset, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The layout as steps, one per table row (the few rows above and below come with the first and
 * last): every write goes to the sinks in row order, the report sheet first, then the method
 * sheet, so that a file writer can write and forget each row; the generator's value is the
 * layout (its cells empty when the sinks were files). `layoutTemplate` runs it into lists.
 */
export function* layoutSteps(
  template: TemplateDefinition,
  dataset: Dataset,
  options: LayoutOptions,
  sinks?: LayoutSinks,
): Generator<void, SheetLayout> {
  const ctx = prepare(template, dataset, options);
  const nameColumn = ctx.report.findIndex((p) => p.column.key === 'indicator' || p.column.key === 'area');
  const frame: SheetFrame = {
    templateId: template.id,
    mode: options.mode,
    lang: ctx.lang,
    sheetName: sheetNameOf(template.title[ctx.lang]),
    cells: [],
    columns: columnsOf(ctx.report),
    merges: [],
    rowHeights: {},
    headerRow: TITLE_BLOCK.header,
    firstDataRow: FIRST_DATA_ROW,
    lastDataRow: lastDataRow(ctx),
    freeze: { row: TITLE_BLOCK.header, column: nameColumn + 1 },
    highlights: highlights(ctx),
    settings: ctx.settings,
    period: ctx.data.period,
    footer: word('footer', ctx.lang),
  };
  const report = new SheetBuilder(frame.sheetName, frame.columns, sinks?.report(frame));
  titleBlock(ctx, report);
  const table = computeTable(ctx);
  yield* writeTable(ctx, report, ctx.report, table);
  const totalRow = writeTotal(ctx, report, table);
  const notesEnd = notesUnderTable(ctx, report, (totalRow ?? lastDataRow(ctx)) + 2);
  const assessed = ASSESSED.has(template.id) ? yield* assessmentUnderTable(ctx, report, table, notesEnd) : notesEnd;
  const signature = signatureBlock(ctx.lang, options);
  const nextRow = signatureUnderTable(report, signature, assessed, ctx.report.length, TITLE_BLOCK.header);
  const methodColumns = columnsOf(ctx.method);
  const method = new SheetBuilder(
    ctx.methodSheet,
    methodColumns,
    sinks?.method({ sheetName: ctx.methodSheet, columns: methodColumns, cells: [], merges: [], rowHeights: {} }),
  );
  yield* methodSheet(ctx, method, table);
  return { ...frame, ...report.part(), table, nextRow, method: method.part(), signature };
}
