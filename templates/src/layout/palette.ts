/**
 * The colours of a report, shared by the exceljs renderer and the task pane so a status looks
 * the same in a written file and in a live sheet. Tones follow Excel's own "Good / Neutral /
 * Bad" cell styles: green for good whatever the indicator's direction, red for bad.
 * Colours are `#RRGGBB`; exceljs wants `FFRRGGBB` (see `argb`).
 */
export type Tone = 'good' | 'warn' | 'bad' | 'none';

export const PALETTE = {
  tones: {
    good: { fill: '#C6EFCE', font: '#006100' },
    warn: { fill: '#FFEB9C', font: '#9C5700' },
    bad: { fill: '#FFC7CE', font: '#9C0006' },
    none: { fill: '#F2F2F2', font: '#7F7F7F' },
  } satisfies Record<Tone, { fill: string; font: string }>,
  header: '#D9E1F2',
  setting: '#FFF2CC',
  settingFont: '#1F4E79',
  border: '#BFBFBF',
  muted: '#595959',
  /** Coverage bars: one neutral colour, scaled from the lowest area to 100%. */
  bar: '#5B9BD5',
} as const;

/** `#RRGGBB` as exceljs's opaque `FFRRGGBB`. */
export function argb(colour: string): string {
  return `FF${colour.slice(1).toUpperCase()}`;
}
