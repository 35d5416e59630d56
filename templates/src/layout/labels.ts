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
    noTarget: lang === 'vi' ? 'Chưa có chỉ tiêu' : 'No target',
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
  number: '#,##0.0#',
  decimal2: '#,##0.00',
  percent2: '0.00%',
} as const;
