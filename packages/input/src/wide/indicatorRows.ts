import { INPUT_COLUMNS, type FigureStatus, type IndicatorKind } from '../schema.js';
import type { RawRow } from '../records.js';
import type { FigureCell, IndicatorRow } from './rows.js';
import type { RowOrigin, WideGrid } from './types.js';

/** The long layout's columns, in `chitieu init`'s order: the header of the table a wide reading gives. */
export const HEADER = INPUT_COLUMNS.map((c) => c.name);

/** Words an officer writes beside an estimated figure: "93,8 (ước)", "12,5 (sơ bộ)". */
const STATUS_SUFFIX = /\s*\((ước|ước tính|ước th|sơ bộ|sb|est\.?|prel\.?)\)\s*$/u;

/**
 * The long rows of one indicator: one per period with a figure or a target, a year's plan on
 * its year's row, the term target on the term's row, the figure's cell in `source`.
 */
export function longRows(
  grid: WideGrid,
  indicator: IndicatorRow,
  decided: { code: string; kind: IndicatorKind | null; direction: 'higher' | 'lower' | null },
  locale: 'vi' | 'en',
  lang: 'vi' | 'en',
  listedPeriod: string | undefined,
): Array<{ cells: RawRow['cells']; percent: boolean[]; origin: RowOrigin }> {
  const byPeriod = new Map<string, { value?: FigureCell; target?: FigureCell }>();
  for (const f of indicator.figures) {
    const period = f.column.period;
    if (period === undefined) continue;
    const entry = byPeriod.get(period) ?? {};
    if (f.column.role === 'value') entry.value = f;
    else entry.target = f;
    byPeriod.set(period, entry);
  }
  if (byPeriod.size === 0 && listedPeriod !== undefined) byPeriod.set(listedPeriod, {});
  const sourceText = indicator.cells.source?.text;
  const noteText = indicator.cells.note?.text;
  const out: Array<{ cells: RawRow['cells']; percent: boolean[]; origin: RowOrigin }> = [];
  for (const [period, { value, target }] of byPeriod) {
    let figure: string | number | null = null;
    let status: FigureStatus = value?.column.figureStatus ?? 'official';
    if (value) {
      figure = typeof value.value === 'boolean' ? String(value.value) : value.value;
      if (typeof figure === 'string') {
        const suffix = STATUS_SUFFIX.exec(figure);
        if (suffix) {
          status = /sơ bộ|sb|prel/u.test(suffix[1]) ? 'preliminary' : 'estimate';
          figure = figure.slice(0, suffix.index).trim();
        }
      }
    }
    const cellOf = (value ?? target)?.cell ?? indicator.nameCell;
    const place = `${grid.file} › ${grid.sheet}!${cellOf}`;
    const statusNote =
      status === 'official'
        ? ''
        : lang === 'vi'
          ? `${status === 'estimate' ? 'ước thực hiện' : 'số sơ bộ'} (cột "${value!.column.header}")`
          : `${status === 'estimate' ? 'estimate' : 'preliminary'} (column "${value!.column.header}")`;
    const written = target ? targetText(target, locale) : null;
    const growthTarget = written !== null && decided.kind === 'growth' ? averageGrowthTarget(written) : undefined;
    const values: Record<string, string | number | null> = {
      code: decided.code,
      indicator_vi: indicator.name,
      indicator_en: indicator.cells.indicator_en?.text ?? '',
      unit: indicator.unit,
      direction: decided.direction ?? '',
      kind: decided.kind ?? '',
      target: written === null ? '' : (growthTarget ?? written),
      period,
      value: figure,
      source: sourceText ? `${sourceText}; ${place}` : place,
      note: [
        statusNote,
        growthTarget ? `${lang === 'vi' ? 'chỉ tiêu ghi' : 'target written'} "${written}"` : '',
        noteText,
      ]
        .filter((t) => t)
        .join('; '),
      area: '',
      part_of: '',
      target_scope: target?.column.scope ?? '',
      growth_of: '',
      group: indicator.group ?? '',
      figure_status: status === 'official' ? '' : status,
    };
    const percent = HEADER.map((h) => h === 'value' && value !== undefined && value.percent);
    const nameCell = indicator.nameCell;
    out.push({
      cells: HEADER.map((h) => values[h] ?? null),
      percent,
      origin: {
        row: indicator.row,
        cells: {
          code: indicator.cells.code?.cell ?? nameCell,
          indicator_vi: nameCell,
          indicator_en: indicator.cells.indicator_en?.cell ?? nameCell,
          unit: indicator.unitCell,
          kind: indicator.cells.kind?.cell ?? nameCell,
          direction: indicator.cells.direction?.cell ?? nameCell,
          target: target?.cell ?? nameCell,
          target_scope: target?.cell ?? nameCell,
          period: (value ?? target)?.column.cell ?? nameCell,
          value: value?.cell ?? cellOf,
          figure_status: value?.cell ?? cellOf,
          source: indicator.cells.source?.cell ?? cellOf,
          note: indicator.cells.note?.cell ?? cellOf,
          group: nameCell,
        },
      },
    });
  }
  return out;
}

/**
 * A target cell as the text the validator reads: as typed (an annex's "= 22%" as "22%"), or a number written in the file's
 * number locale (6,5 in Vietnamese: "6.5" would read as sixty-five), a percent-formatted number
 * as its percent (0.95 shown as 95% → "95%").
 */
export function targetText(f: FigureCell, locale: 'vi' | 'en'): string {
  // Annexes (chitieu's own among them) mark a point target "= 22%" and an approximate one "≈ 4%".
  if (typeof f.value === 'string')
    return f.value
      .trim()
      .replace(/^=\s*(?=[\d.,])/u, '')
      .replace(/^≈\s*/u, '~');
  if (typeof f.value !== 'number') return '';
  const shown = f.percent ? Number((f.value * 100).toPrecision(12)) : Number(f.value.toPrecision(15));
  const text = String(shown);
  return `${locale === 'vi' ? text.replace('.', ',') : text}${f.percent ? '%' : ''}`;
}

/**
 * A growth indicator's term target is its average yearly growth, so resolutions write it
 * "Bình quân 9%/năm", "tăng bình quân 7,5-8%/năm": read as "9%", "7,5-8%" (the text as written is
 * kept in the note). Undefined when there is nothing to take off.
 *
 * @example
 * averageGrowthTarget('Bình quân 9%/năm') //=> '9%'
 */
export function averageGrowthTarget(text: string): string | undefined {
  const core = text
    .replace(/^\s*(tăng\s+)?(bình quân\s+)?(tăng\s+)?(mỗi năm\s+)?/iu, '')
    .replace(/\s*(\/\s*năm|mỗi năm|hằng năm|hàng năm|một năm)\s*$/iu, '')
    .trim();
  return core !== text.trim() && core !== '' ? core : undefined;
}
