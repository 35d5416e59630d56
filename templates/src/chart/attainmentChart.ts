/**
 * The chart leaders look at before they read a row: percent of target per indicator, a bar
 * from 0 with the 100% line, coloured by the row's status as the sheet colours it. A target
 * where lower is better (a ceiling, a poverty rate) has its percent mirrored about 100% by the
 * table itself (templates' `percentOfTarget`, 2 − actual / target), so that right of the 100%
 * line is always good and the bar ends where the cell's figure says.
 *
 * Drawn as SVG (text, testable) and rendered to PNG by resvg (@resvg/resvg-js: a Rust renderer
 * shipped as prebuilt per-platform npm packages, no install script, no download).
 */
import { formatNumber } from '@chitieu/core';
import { percentOfTarget, type CachedValue } from '../layout/compute.js';
import type { SheetLayout } from '../layout/sheetLayout.js';
import { Resvg } from '@resvg/resvg-js';
import type { reportWorkbook } from '../excel/render.js';

export type Tone = 'good' | 'ok' | 'warn' | 'bad' | 'none';

/** One bar: the row's name, its percent of target as the table holds it, and how it is drawn. */
export interface ChartBar {
  name: string;
  percent: number;
  lower: boolean;
  tone: Tone;
  /** Where the bar ends on the axis: the percent (already mirrored where lower is better), at least 0. */
  position: number;
}

/** The colours of the sheet's status highlights (render.ts TONES), as bar fills. */
export const TONE_COLOURS: Readonly<Record<Tone, string>> = {
  good: '#2e8b57',
  ok: '#1f4e79',
  warn: '#d08c00',
  bad: '#c0392b',
  none: '#9e9e9e',
};

/** The column holding each template's percent of target, and its judgement column. */
const COLUMNS: Record<SheetLayout['templateId'], { percent: string; judgement?: string; name: string }> = {
  'term-review': { percent: 'percentOfTarget', judgement: 'verdict', name: 'indicator' },
  'annual-plan': { percent: 'percentOfPlan', judgement: 'status', name: 'indicator' },
  quarterly: { percent: 'percentOfPlan', name: 'indicator' },
  coverage: { percent: 'ratio', judgement: 'status', name: 'area' },
};

/**
 * The bars of a report: every row whose percent of target is a number. Coverage rows have no
 * percent column: their ratio is divided by the level to reach. The tone is the one the sheet's
 * conditional formatting gives the row's judgement words.
 */
export function chartBars(layout: SheetLayout): ChartBar[] {
  const columns = COLUMNS[layout.templateId];
  const judgementLetter = layout.columns.find((c) => c.key === columns.judgement)?.letter;
  const highlight = layout.highlights.find(
    (h) =>
      (h.kind === 'status' || h.kind === 'onTrack') &&
      judgementLetter !== undefined &&
      new RegExp(`^${judgementLetter}\\d`).test(h.range),
  );
  const toneOf = (label: CachedValue | null): Tone => {
    // A table that judges nothing (the quarterly year to date) draws its bars as not judged.
    if (!highlight || (highlight.kind !== 'status' && highlight.kind !== 'onTrack')) return 'none';
    return highlight.colours.find((c) => c.equals === label)?.tone ?? 'none';
  };
  const bars: ChartBar[] = [];
  for (const row of layout.table) {
    const raw = row[columns.percent];
    const target = row.targetValue;
    const kind = row.targetKind;
    // The quarterly share of the year plan is not mirrored (a share used, not a judgement).
    const lower = layout.templateId !== 'quarterly' && (row.direction === 'lower' || kind === '≤' || kind === '<');
    // The percent of target the table's cell holds (already mirrored where lower is better);
    // coverage has no such column: the same computation over its ratio and target.
    const computed =
      layout.templateId === 'coverage' && typeof raw === 'number' && typeof target === 'number' && target > 0
        ? percentOfTarget(raw, target, lower)
        : raw;
    const percent = typeof computed === 'number' ? computed : null;
    if (percent === null || !Number.isFinite(percent)) continue;
    bars.push({
      name: String(row[columns.name] ?? ''),
      percent,
      lower,
      tone: toneOf(columns.judgement ? (row[columns.judgement] ?? null) : null),
      position: Math.max(0, percent),
    });
  }
  return bars;
}

const WIDTH = 1000;
const NAME_WIDTH = 330;
const LABEL_WIDTH = 100;
const ROW = 30;
/** A name's lines: 12 px text, 14 px apart, about 44 DejaVu Sans letters to the name column. */
const NAME_LINE = 14;
const NAME_CHARS = 44;
/** A name longer than this many lines (over 260 letters) ends in "…": a row stays a row. */
const NAME_LINES = 6;
const TOP = 70;
const BOTTOM = 90;
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A bar's name on as many lines as it needs, broken at spaces (a word longer than a line is
 * broken inside), never cut: "Tổng vốn đầu tư phát triển toàn xã hội (5 năm)" is two lines, not
 * "… (5 n…". Only past {@link NAME_LINES} lines does the last one end in "…".
 *
 * @example
 * nameLines('Tổng vốn đầu tư phát triển toàn xã hội (5 năm 2021-2025)', 30)
 * // ['Tổng vốn đầu tư phát triển', 'toàn xã hội (5 năm 2021-2025)']
 */
export function nameLines(name: string, perLine = NAME_CHARS, most = NAME_LINES): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of name.trim().split(/\s+/)) {
    let rest = [...word];
    if (current !== '' && [...current].length + 1 + rest.length <= perLine) {
      current += ` ${word}`;
      continue;
    }
    if (current !== '') lines.push(current);
    for (; rest.length > perLine; rest = rest.slice(perLine)) lines.push(rest.slice(0, perLine).join(''));
    current = rest.join('');
  }
  if (current !== '') lines.push(current);
  if (lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  kept[most - 1] = `${[...kept[most - 1]].slice(0, perLine - 1).join('')}…`;
  return kept;
}

/** The height (px) of a bar's row: the bar's, or its name's lines and some room. */
const rowHeight = (lines: number) => Math.max(ROW, lines * NAME_LINE + 12);

/** At most this many bars: a coverage table of 3,300 communes would otherwise be a 100,000-pixel picture. */
export const MAX_BARS = 60;

/**
 * The bars drawn: all of them, or when there are more than {@link MAX_BARS} the MAX_BARS furthest
 * behind (smallest position: the ones a reader must act on), in the table's order.
 */
export function drawnBars(bars: ChartBar[]): ChartBar[] {
  if (bars.length <= MAX_BARS) return bars;
  const kept = new Set(
    bars
      .map((bar, i) => ({ bar, i }))
      .sort((a, b) => a.bar.position - b.bar.position || a.i - b.i)
      .slice(0, MAX_BARS)
      .map((x) => x.i),
  );
  return bars.filter((_, i) => kept.has(i));
}

/**
 * The chart as SVG: title, one bar per indicator, grid at every 25% with the 100% line drawn
 * heavy, the percent at the end of each bar, and a legend of colours and of the mirrored bars.
 * The axis runs from 0 to max(125%, the longest bar + 5%), at most 300%.
 */
export function attainmentChartSvg(layout: SheetLayout, title: string): string {
  const lang = layout.lang;
  const all = chartBars(layout);
  const bars = drawnBars(all);
  const subtitle =
    lang === 'vi'
      ? `% so với chỉ tiêu; bên phải vạch 100% là tốt${bars.length < all.length ? `; ${bars.length} dòng thấp nhất trên ${formatNumber(all.length, lang)}` : ''}`
      : `% of target; right of the 100% line is good${bars.length < all.length ? `; the ${bars.length} lowest of ${formatNumber(all.length, lang)} rows` : ''}`;
  const names = bars.map((bar) => nameLines(bar.name));
  const rows = names.map((lines) => rowHeight(lines.length));
  const tops = rows.map((_, i) => TOP + rows.slice(0, i).reduce((sum, h) => sum + h, 0));
  const plotBottom = TOP + rows.reduce((sum, h) => sum + h, 0);
  const height = Math.max(plotBottom, TOP + ROW) + BOTTOM;
  const plotLeft = NAME_WIDTH;
  const plotRight = WIDTH - LABEL_WIDTH;
  const axisMax = Math.min(3, Math.max(1.25, ...bars.map((b) => b.position * 1.05)));
  const x = (p: number) => plotLeft + (Math.min(p, axisMax) / axisMax) * (plotRight - plotLeft);
  const pct = (p: number, decimals: number) => formatNumber(p, lang, { percent: true, decimals }) as string;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="28" font-size="18" font-weight="bold" text-anchor="middle">${escape(title)}</text>`,
    `<text x="${WIDTH / 2}" y="50" font-size="13" text-anchor="middle" fill="#444">${escape(subtitle)}</text>`,
  ];
  for (let tick = 0; tick <= axisMax + 1e-9; tick += 0.25) {
    const tx = x(tick);
    const heavy = Math.abs(tick - 1) < 1e-9;
    parts.push(
      `<line x1="${tx}" y1="${TOP - 6}" x2="${tx}" y2="${plotBottom}" stroke="${heavy ? '#000' : '#ddd'}" stroke-width="${heavy ? 2.5 : 1}"${heavy ? ' stroke-dasharray="6 3"' : ''}/>`,
      `<text x="${tx}" y="${plotBottom + 16}" font-size="11" text-anchor="middle" fill="#555">${pct(tick, 0)}</text>`,
    );
  }
  bars.forEach((bar, i) => {
    const middle = tops[i] + rows[i] / 2;
    const end = x(bar.position);
    const lines = names[i];
    // The name's lines centred on the bar, the arrow of a lower-is-better row after the last.
    const first = middle + 4 - ((lines.length - 1) * NAME_LINE) / 2;
    const tspans = lines
      .map(
        (text, l) =>
          `<tspan x="${plotLeft - 8}" y="${first + l * NAME_LINE}">${escape(text)}${bar.lower && l === lines.length - 1 ? ' ↓' : ''}</tspan>`,
      )
      .join('');
    parts.push(
      `<text font-size="12" text-anchor="end">${tspans}</text>`,
      `<rect x="${plotLeft}" y="${middle - (ROW - 12) / 2}" width="${Math.max(0, end - plotLeft)}" height="${ROW - 12}" fill="${TONE_COLOURS[bar.tone]}"/>`,
      `<text x="${WIDTH - 12}" y="${middle + 4}" font-size="12" text-anchor="end">${pct(bar.percent, 2)}</text>`,
    );
  });
  if (bars.length === 0)
    parts.push(
      `<text x="${WIDTH / 2}" y="${TOP + ROW / 2}" font-size="13" text-anchor="middle" fill="#555">${escape(
        lang === 'vi' ? 'Chưa chỉ tiêu nào có % so với chỉ tiêu' : 'No indicator has a percent of target yet',
      )}</text>`,
    );
  const legendY = height - 42;
  const legend: Array<[Tone, string]> =
    lang === 'vi'
      ? [
          ['good', 'Đạt, vượt, có khả năng đạt'],
          ['warn', 'Xấp xỉ đạt, khó đạt'],
          ['bad', 'Không đạt, không thể đạt'],
          ['none', 'Chưa đánh giá'],
        ]
      : [
          ['good', 'Achieved, exceeded, likely'],
          ['warn', 'Nearly achieved, hard'],
          ['bad', 'Not achieved, out of reach'],
          ['none', 'Not judged'],
        ];
  let lx = 20;
  for (const [tone, text] of legend) {
    parts.push(
      `<rect x="${lx}" y="${legendY - 11}" width="14" height="14" fill="${TONE_COLOURS[tone]}"/>`,
      `<text x="${lx + 20}" y="${legendY}" font-size="12">${escape(text)}</text>`,
    );
    lx += 48 + text.length * 7;
  }
  parts.push(
    `<text x="20" y="${legendY + 22}" font-size="12">${escape(
      lang === 'vi' ? '↓ giảm là tốt: vẽ đối xứng qua 100%' : '↓ lower is better: drawn mirrored about 100%',
    )}</text>`,
    '</svg>',
  );
  return parts.join('\n');
}

/** PNG bytes of an SVG, with the system fonts (DejaVu Sans has every Vietnamese letter). */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The chart of a report as PNG, and its size in pixels (for embedding at its own proportions). */
export function attainmentChartPng(
  layout: SheetLayout,
  title: string,
): { png: Uint8Array; width: number; height: number } {
  const svg = attainmentChartSvg(layout, title);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
  return { png: svgToPng(svg), width: WIDTH, height };
}

/** The chart of a report under its own title (the sheet's title cell). */
export function reportChart(layout: SheetLayout): { png: Uint8Array; width: number; height: number } {
  const title = layout.cells.find((c) => c.style === 'title')?.value;
  return attainmentChartPng(layout, String(title ?? ''));
}

/**
 * Puts the chart into the report's workbook as a picture (exceljs writes images, not charts),
 * two rows under the last row the layout writes (the source line), at its own size.
 */
export function embedChart(
  workbook: ReturnType<typeof reportWorkbook>,
  layout: SheetLayout,
  chart: { png: Uint8Array; width: number; height: number },
): void {
  const sheet = workbook.worksheets[0];
  const lastRow = layout.cells.reduce((m, c) => Math.max(m, c.row), 0);
  const image = workbook.addImage({ buffer: Buffer.from(chart.png) as never, extension: 'png' });
  sheet.addImage(image, { tl: { col: 0, row: lastRow + 1 }, ext: { width: chart.width, height: chart.height } });
}
