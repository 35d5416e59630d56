/**
 * Stage 6: the method sheet (Thuyết minh): its title, its table of technical columns, the
 * editable settings the formulas read, the method notes.
 */
import { type CachedValue } from './compute.js';
import { FORMAT_CODES, word } from './labels.js';
import { linesOf, SheetBuilder } from './sheetPart.js';
import {
  BOLD_CAPITALS,
  METHOD_BLOCK,
  type Context,
  lastDataRow,
  SETTING_LABEL_SPAN,
  SETTING_VALUE_COLUMN,
  settingRow,
} from './context.js';
import { headerRow } from './titleBlock.js';
import { writeTable } from './writeTable.js';

/** Stage 6: the method sheet: title, its table (the report's rows, technical columns), settings, the method notes. */
export function* methodSheet(
  ctx: Context,
  sheet: SheetBuilder,
  table: Array<Record<string, CachedValue | null>>,
): Generator<void> {
  const { lang, template } = ctx;
  const last = Math.max(ctx.method.length, SETTING_VALUE_COLUMN);
  sheet.line(
    METHOD_BLOCK.title,
    1,
    last,
    `${word('methodTitle', lang)} (${word('formNumber', lang)} ${template.formCode})`,
    'title',
    BOLD_CAPITALS,
  );
  sheet.line(METHOD_BLOCK.subtitle, 1, last, word('methodSubtitle', lang), 'subtitle');
  headerRow(ctx, sheet, ctx.method);
  yield* writeTable(ctx, sheet, ctx.method, table);
  const heading = lastDataRow(ctx) + 2;
  if (template.settings.length > 0) sheet.line(heading, 1, last, word('settings', lang), 'heading');
  for (const setting of template.settings) {
    const row = settingRow(ctx, setting.name);
    sheet.put(row, 1, { value: setting.label[lang], style: 'settingLabel' });
    sheet.merge(row, 1, SETTING_LABEL_SPAN);
    sheet.fit(row, linesOf(setting.label[lang], sheet.width(1, SETTING_LABEL_SPAN)));
    sheet.put(row, SETTING_VALUE_COLUMN, {
      value: ctx.settings[setting.name],
      numFmt: FORMAT_CODES[setting.format === 'percent2' ? 'percent2' : 'integer'].replace('#,##0', '0'),
      style: 'setting',
    });
  }
  let row = lastDataRow(ctx) + 3 + template.settings.length + 1;
  for (const note of template.notes) sheet.line(row++, 1, last, `${word('note', lang)}: ${note[lang]}`, 'note');
}
