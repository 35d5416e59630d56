import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { shown } from '../_lib/shown.js';
import type { StatusCode } from '../status/index.js';
import type { OnTrackCategory } from '../onTrack/index.js';
import { cell, rowCount, rowErrors } from '../_lib/arrayForm.js';
import { badLang, langOf, type Lang } from '../_lib/lang.js';

const LABELS: Readonly<Record<StatusCode | OnTrackCategory, { vi: string; en: string }>> = {
  exceeded: { vi: 'Vượt', en: 'Exceeded' },
  achieved: { vi: 'Đạt', en: 'Achieved' },
  'nearly-achieved': { vi: 'Xấp xỉ đạt', en: 'Nearly achieved' },
  'not-achieved': { vi: 'Không đạt', en: 'Not achieved' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data' },
  'on-track': { vi: 'Đúng tiến độ', en: 'On track' },
  'acceleration-needed': { vi: 'Cần tăng tốc', en: 'Acceleration needed' },
  'limited-progress': { vi: 'Tiến độ chậm', en: 'Limited progress' },
  deterioration: { vi: 'Đi ngược', en: 'Deterioration' },
};

/** The label of an on-track category: `achieved` there reads "Đã đạt" (already achieved). */
const ON_TRACK_ACHIEVED = { vi: 'Đã đạt', en: 'Already achieved' };

/**
 * The words a report prints for a status code or an on-track category, in Vietnamese (default)
 * or English: Vượt / Đạt / Xấp xỉ đạt / Không đạt / Chưa có số liệu; Exceeded / Achieved /
 * Nearly achieved / Not achieved / No data; and for the term forecast Đúng tiến độ / Cần tăng tốc
 * / Tiến độ chậm / Đi ngược (On track / Acceleration needed / Limited progress / Deterioration).
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
  code: StatusCode | OnTrackCategory | ChitieuError,
  lang: Lang = 'vi',
  kind: 'status' | 'onTrack' = 'status',
): string | ChitieuError {
  if (isChitieuError(code)) return code;
  const language = langOf(lang);
  if (language === null) return badLang('statusLabel', lang, 'lang');
  if (typeof code !== 'string' || !Object.hasOwn(LABELS, code)) {
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
  codes: ArrayLike<StatusCode | OnTrackCategory | ChitieuError | null>,
  lang: Lang = 'vi',
  kind: 'status' | 'onTrack' = 'status',
): { values: Array<string | null>; errors: Map<number, ChitieuError> } | ChitieuError {
  const rows = rowCount('statusLabel', [codes], ['codes']);
  if (typeof rows !== 'number') return rows;
  const result = { values: new Array<string | null>(rows).fill(null), errors: rowErrors() };
  for (let i = 0; i < rows; i++) {
    const label = statusLabel(cell(codes, i) as StatusCode, lang, kind);
    if (typeof label === 'string') result.values[i] = label;
    else result.errors.set(i, label);
  }
  return result;
};
