/**
 * Stage 2: the report sheet's title block (issuer, form, title, period, unit line) and the
 * header row of a sheet's table.
 */
import { word } from './labels.js';
import { linesOf, SheetBuilder } from './sheetPart.js';
import { TITLE_BLOCK, BOLD_CAPITALS, CORNER_WIDTH, type PlacedColumn, type Context } from './context.js';

/** Stage 2: the title block of the report sheet. */
export function titleBlock(ctx: Context, sheet: SheetBuilder): void {
  const { lang, template, options } = ctx;
  const last = ctx.report.length;
  // The two corners span as many columns as their text needs, and wrap rather than clip.
  let left = 1;
  while (left < last - 1 && sheet.width(1, left) < CORNER_WIDTH.issuer) left++;
  let right = last;
  while (right > left + 1 && sheet.width(right, last) < CORNER_WIDTH.annex) right--;
  const issuer = options.province
    ? word('province', lang, { name: options.province.toLocaleUpperCase(lang) })
    : word('issuerUnknown', lang);
  sheet.line(TITLE_BLOCK.issuer, 1, left, issuer, 'issuer', BOLD_CAPITALS);
  sheet.line(TITLE_BLOCK.issuer, right, last, word('annex', lang), 'annex');
  sheet.line(TITLE_BLOCK.form, right, last, `${word('formNumber', lang)}: ${template.formCode}`, 'annex');
  sheet.line(TITLE_BLOCK.title, 1, last, template.title[lang], 'title', BOLD_CAPITALS);
  sheet.line(TITLE_BLOCK.period, 1, last, ctx.data.period, 'subtitle');
  // An editable cell: the officer types the report's number and date here.
  sheet.line(TITLE_BLOCK.attached, 1, last, word('attachedTo', lang), 'attached');
  const units = template.unitLine?.[lang] ?? word('unitByRow', lang);
  const target = ctx.once.size > 0 ? `; ${word('targetForAll', lang)}: ${[...ctx.once.values()].join('; ')}` : '';
  sheet.line(TITLE_BLOCK.unit, 1, last, `${units}${target}`, 'unitLine');
  headerRow(ctx, sheet, ctx.report);
}

/** The header row of a sheet's table: column headers, term years as years, wrapped. */
export function headerRow(ctx: Context, sheet: SheetBuilder, placed: PlacedColumn[]): void {
  let lines = 1;
  for (const p of placed) {
    let header = p.column.header[ctx.lang];
    if (p.year !== undefined) header = yearHeader(p.year, ctx);
    else if (p.column.key === 'estimated' && ctx.data.estimatedStatus && ctx.data.estimatedStatus !== 'estimate')
      header = word(ctx.data.estimatedStatus === 'official' ? 'actualOfficial' : 'actualPreliminary', ctx.lang);
    else if (p.column.key === 'base' && ctx.settings.baseYear !== undefined)
      header = `${header} ${ctx.settings.baseYear}`;
    sheet.put(TITLE_BLOCK.header, p.index, { value: header, style: 'header' });
    // A collapsed step column does not print: its header does not size the row.
    if (!p.column.grouped) lines = Math.max(lines, linesOf(header, p.column.width));
  }
  sheet.fit(TITLE_BLOCK.header, lines);
}

/** A year column's header, marked when its figures are preliminary or estimates: "2025 (ước)". */
function yearHeader(year: number, ctx: Context): string {
  const status = ctx.data.yearStatus?.[year];
  if (!status) return String(year);
  return word(status === 'estimate' ? 'yearEstimate' : 'yearPreliminary', ctx.lang, { year: String(year) });
}
