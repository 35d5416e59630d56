/**
 * Stage 7: conditional formatting by intent: the tone of every status and verdict label, and
 * the bars of coverage.
 */
import type { Colours, Highlight } from './sheetLayout.js';
import { type Context, FIRST_DATA_ROW, lastDataRow } from './context.js';

/** Stage 7: conditional formatting by intent: status tones, and the bars of coverage. */
export function highlights(ctx: Context): Highlight[] {
  const list: Highlight[] = [];
  const status = ctx.report.find((p) => p.column.highlight === 'status' || p.column.highlight === 'verdict');
  for (const p of ctx.report) {
    const range = `${p.letter}${FIRST_DATA_ROW}:${p.letter}${lastDataRow(ctx)}`;
    const kind = p.column.highlight;
    if (kind === 'bar') list.push({ kind: 'bar', range, max: 1 });
    if (kind === 'status' || kind === 'verdict') list.push({ kind: 'status', range, colours: statusTones(ctx.text) });
    if (kind === 'onTrack') list.push({ kind: 'onTrack', range, colours: onTrackTones(ctx.text) });
    if (kind === 'byStatus' && status)
      list.push({ kind: 'byStatus', range, statusColumn: status.letter, colours: statusTones(ctx.text) });
  }
  return list;
}

/** The tone of every status and verdict label: good green, "nearly" and "hard" amber, bad red. */
export function statusTones(text: Record<string, string>): Colours {
  return [
    { equals: text.exceeded, tone: 'good' },
    { equals: text.achieved, tone: 'good' },
    { equals: text.alreadyAchieved, tone: 'good' },
    { equals: text.likely, tone: 'good' },
    { equals: text.nearlyAchieved, tone: 'warn' },
    { equals: text.hard, tone: 'warn' },
    { equals: text.notAchieved, tone: 'bad' },
    { equals: text.outOfReach, tone: 'bad' },
    { equals: text.checkData, tone: 'bad' },
    { equals: text.tooLittleData, tone: 'none' },
  ];
}

function onTrackTones(text: Record<string, string>): Colours {
  return [
    { equals: text.onTrackAchieved, tone: 'good' },
    { equals: text.onTrack, tone: 'good' },
    { equals: text.accelerationNeeded, tone: 'warn' },
    { equals: text.limitedProgress, tone: 'bad' },
    { equals: text.deterioration, tone: 'bad' },
  ];
}
