import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { shown } from '../_lib/shown.js';
import type { StatusCode } from '../status/index.js';
import type { OnTrackCategory } from '../onTrack/index.js';
import type { VerdictCode } from '../termVerdict/index.js';
import { cell, rowCount, rowErrors } from '../_lib/arrayForm.js';
import { badLang, langOf, type Lang } from '../_lib/lang.js';

/** Every code a report prints a label for. */
export type LabelledCode = StatusCode | OnTrackCategory | VerdictCode;

const LABELS: Readonly<Record<LabelledCode, { vi: string; en: string }>> = {
  exceeded: { vi: 'Vượt', en: 'Exceeded' },
  achieved: { vi: 'Đạt', en: 'Achieved' },
  'nearly-achieved': { vi: 'Xấp xỉ đạt', en: 'Nearly achieved' },
  'not-achieved': { vi: 'Không đạt', en: 'Not achieved' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data' },
  'no-target': { vi: 'Chưa có chỉ tiêu', en: 'No target' },
  'check-data': { vi: 'Kiểm tra số liệu', en: 'Check data' },
  'already-achieved': { vi: 'Đã đạt', en: 'Already achieved' },
  likely: { vi: 'Có khả năng đạt', en: 'Likely' },
  hard: { vi: 'Khó đạt', en: 'Hard to achieve' },
  'out-of-reach': { vi: 'Không thể đạt', en: 'Out of reach' },
  'too-little-data': { vi: 'Chưa đủ số liệu', en: 'Too little data' },
  'on-track': { vi: 'Đúng tiến độ', en: 'On track' },
  'acceleration-needed': { vi: 'Cần tăng tốc', en: 'Acceleration needed' },
  'limited-progress': { vi: 'Tiến độ chậm', en: 'Limited progress' },
  deterioration: { vi: 'Đi ngược', en: 'Deterioration' },
};

/**
 * Every code that has a label, in the order a legend lists them.
 *
 * @example
 * LABELLED_CODES.includes('likely')
 * //=> true
 */
export const LABELLED_CODES = Object.freeze(Object.keys(LABELS) as LabelledCode[]);

/** The label of an on-track category: `achieved` there reads "Đã đạt" (already achieved). */
const ON_TRACK_ACHIEVED = { vi: 'Đã đạt', en: 'Already achieved' };

/**
 * The words a report prints for a status code, a term verdict or an on-track category, in
 * Vietnamese (default) or English: Vượt / Đạt / Xấp xỉ đạt / Không đạt / Chưa có số liệu /
 * Chưa có chỉ tiêu / Kiểm tra số liệu; Exceeded / Achieved / Nearly achieved / Not achieved /
 * No data / No target / Check data; the mid-term verdicts Đã đạt / Có khả năng đạt / Khó đạt /
 * Không thể đạt / Chưa đủ số liệu (Already achieved / Likely / Hard to achieve / Out of reach /
 * Too little data); and for the term forecast Đúng tiến độ / Cần tăng tốc / Tiến độ chậm / Đi
 * ngược (On track / Acceleration needed / Limited progress / Deterioration).
 * With `kind: 'onTrack'`, `achieved` reads Đã đạt / Already achieved.
 *
 * Errors: `#VALUE!` for an unknown code or language; an error value passes through.
 *
 * @example
 * statusLabel('nearly-achieved')
 * //=> 'Xấp xỉ đạt'
 * @example
 * statusLabel('exceeded', 'en')
 * //=> 'Exceeded'
 * @example
 * statusLabel('achieved', 'vi', 'onTrack')
 * //=> 'Đã đạt'
 */
export function statusLabel(
  code: LabelledCode | ChitieuError,
  lang: Lang = 'vi',
  kind: 'status' | 'onTrack' = 'status',
): string | ChitieuError {
  if (isChitieuError(code)) return code;
  const language = langOf(lang);
  if (language === null) return badLang('statusLabel', lang, 'lang');
  if (typeof code !== 'string' || !Object.prototype.hasOwnProperty.call(LABELS, code)) {
    return chitieuError('invalid-option', 'statusLabel', {
      en: `unknown status code ${shown(code)}`,
      vi: `mã trạng thái không hợp lệ ${shown(code)}`,
    });
  }
  if (kind === 'onTrack' && code === 'achieved') return ON_TRACK_ACHIEVED[language];
  return LABELS[code][language];
}

/**
 * Array form of {@link statusLabel}: labels for a column of codes.
 *
 * @example
 * statusLabel.array(['exceeded', 'no-data'], 'en').values
 * //=> ['Exceeded', 'No data']
 */
statusLabel.array = function statusLabelArray(
  codes: ArrayLike<LabelledCode | ChitieuError | null>,
  lang: Lang = 'vi',
  kind: 'status' | 'onTrack' = 'status',
): { values: Array<string | null>; errors: Map<number, ChitieuError> } | ChitieuError {
  const rows = rowCount('statusLabel', [codes], ['codes']);
  if (typeof rows !== 'number') return rows;
  const result = { values: new Array<string | null>(rows).fill(null), errors: rowErrors() };
  for (let i = 0; i < rows; i++) {
    const label = statusLabel(cell(codes, i) as LabelledCode, lang, kind);
    if (typeof label === 'string') result.values[i] = label;
    else result.errors.set(i, label);
  }
  return result;
};
