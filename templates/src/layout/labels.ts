import { statusLabel } from '@chitieu/core';

/**
 * The labels formulas write (`{text:name}`): taken from the core's `statusLabel`, so a status
 * computed by a portable formula reads exactly like the one the core computes.
 */
export function labels(lang: 'vi' | 'en'): Record<string, string> {
  const s = (code: Parameters<typeof statusLabel>[0], kind: 'status' | 'onTrack' = 'status') =>
    statusLabel(code, lang, kind) as string;
  return {
    /** The report's language, passed to CHITIEU.STATUS / ONTRACK so a live sheet keeps its labels. */
    language: lang,
    noData: s('no-data'),
    /** A figure with no target to judge it against: not the same as a missing figure. */
    noTarget: s('no-target'),
    checkData: s('check-data'),
    alreadyAchieved: s('already-achieved'),
    likely: s('likely'),
    hard: s('hard'),
    outOfReach: s('out-of-reach'),
    tooLittleData: s('too-little-data'),
    exceeded: s('exceeded'),
    achieved: s('achieved'),
    nearlyAchieved: s('nearly-achieved'),
    notAchieved: s('not-achieved'),
    onTrackAchieved: s('achieved', 'onTrack'),
    onTrack: s('on-track', 'onTrack'),
    accelerationNeeded: s('acceleration-needed', 'onTrack'),
    limitedProgress: s('limited-progress', 'onTrack'),
    deterioration: s('deterioration', 'onTrack'),
  };
}

/** Excel number format codes (file syntax; Excel shows them with the reader's separators: 1.234,5 in Vietnamese). */
export const FORMAT_CODES = {
  text: '@',
  integer: '#,##0',
  year: '0',
  number: '#,##0.0#',
  decimal2: '#,##0.00',
  percent2: '0.00%',
} as const;

/** Percentage points, signed (+2,50 điểm % to gain, −1,20 điểm % to shed), in the report's language. */
export function pointsFormat(lang: 'vi' | 'en'): string {
  const unit = lang === 'vi' ? ' điểm %' : ' pp';
  return `+0.00"${unit}";-0.00"${unit}";0.00"${unit}"`;
}
