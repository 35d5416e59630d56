import { isChitieuError, type ChitieuError } from '../errors/index.js';
import type { CodeColumnResult, NumberColumnResult } from '../column/index.js';
import { cell, codeColumn, numberColumn, rowCount, setRow } from '../_lib/arrayForm.js';
import { categoryOf, readTermTrend, type TermInput, type TrendCategory } from '../_lib/termTrend.js';
import { chitieuError } from '../errors/index.js';

/** The term forecast: already achieved, on track, acceleration needed, limited progress, deterioration. */
export type OnTrackCategory = TrendCategory;

export type { TermInput };

/** The ratio R and its category; `ratio` is null where R is undefined (target equals the base value). */
export interface OnTrackResult {
  ratio: number | null;
  category: OnTrackCategory;
}

/**
 * Will the term finish on target? (khả năng đạt chỉ tiêu nhiệm kỳ), by the method Statistics
 * Canada publishes and the Open SDG platform uses: with base y₀ (year 0), latest y_k (year k)
 * and target Y* (year T),
 *
 *     CAGR_a = (y_k / y₀)^(1/k) − 1      actual pace
 *     CAGR_r = (Y* / y₀)^(1/T) − 1       pace needed over the whole term
 *     R = CAGR_a / CAGR_r
 *
 * Categories: `achieved` (Đã đạt) if the latest value already meets the target; else
 * `on-track` (Đúng tiến độ) R ≥ 95%, `acceleration-needed` (Cần tăng tốc) 60% ≤ R < 95%,
 * `limited-progress` (Tiến độ chậm) 0 ≤ R < 60%, `deterioration` (Đi ngược) R < 0. For a
 * lower-is-better indicator both rates are negative when moving the right way, so R reads the
 * same. If the base already met the target and the latest value no longer does, the category
 * is `deterioration`. For `unit: 'rate'` and a 0% or 100% target, within 1 pp counts as
 * achieved (UNSD). See {@link projectedAttainment} for UNSD's alternative.
 *
 * Errors: `#NUM!` if years are not in order, the base is ≤ 0, or a value is negative;
 * `#VALUE!`/`#N/A` for unreadable or blank inputs.
 *
 * Method: [docs/method.md#on-track](../../../../docs/method.md#on-track).
 *
 * @param input `{ baseValue, baseYear, latestValue, latestYear, target, targetYear, direction?, unit? }`
 *
 * @example
 * onTrack({ baseValue: 100, baseYear: 2020, latestValue: 115, latestYear: 2023, target: 130, targetYear: 2025 }).category
 * //=> 'acceleration-needed'
 * @example
 * onTrack({ baseValue: 0.9, baseYear: 2020, latestValue: 0.925, latestYear: 2024, target: '95% trở lên', targetYear: 2025 })
 * //=> { ratio: 0.632, category: 'acceleration-needed' }
 * @example
 * onTrack({ baseValue: 0.05, baseYear: 2020, latestValue: 0.03, latestYear: 2023, target: 'dưới 4%', targetYear: 2025 }).category
 * //=> 'achieved'
 */
export function onTrack(input: TermInput): OnTrackResult | ChitieuError {
  const trend = readTermTrend('onTrack', input);
  if (isChitieuError(trend)) return trend;
  const { actualRate, requiredRate, achieved, higher } = trend;
  const ratio = requiredRate === 0 ? null : actualRate / requiredRate + 0;
  // A target year so far away (≥ 1e16) that the required pace underflows to 0 although the
  // target differs from the base: too small to represent, as projectedAttainment answers, never
  // a "deterioration" of an improving series.
  if ((ratio !== null && !Number.isFinite(ratio)) || (requiredRate === 0 && trend.goal !== trend.y0)) {
    return chitieuError('not-finite', 'onTrack', {
      en: 'the ratio R is too large to represent',
      vi: 'tỷ số R quá lớn, không biểu diễn được',
    });
  }
  if (achieved) return Object.freeze({ ratio, category: 'achieved' as const });
  // Target at or behind the base in the good direction, yet not met now: the value went backwards.
  const requiredPointsForward = higher ? requiredRate > 0 : requiredRate < 0;
  if (!requiredPointsForward || ratio === null) return Object.freeze({ ratio, category: 'deterioration' as const });
  return Object.freeze({ ratio, category: categoryOf(ratio, 0.95, 0.6) });
}

/** Columns for the array form of {@link onTrack}: each field a column or one value for every row. */
export type TermColumns = { [K in keyof TermInput]: TermInput[K] | ArrayLike<TermInput[K]> };

/**
 * Array form of {@link onTrack}: `ratio` and `category` columns. A row whose R is undefined
 * (target equals base) has a `#DIV/0!` in `ratio.errors` and its category in `category`.
 *
 * @example
 * onTrack.array({ baseValue: [100, 100], baseYear: 2020, latestValue: [120, 90], latestYear: 2023, target: 130, targetYear: 2025 }).category.values
 * //=> ['on-track', 'deterioration']
 */
onTrack.array = function onTrackArray(
  columns: TermColumns,
): { ratio: NumberColumnResult; category: CodeColumnResult<OnTrackCategory> } | ChitieuError {
  const keys = Object.keys(columns ?? {}) as Array<keyof TermInput>;
  const rows = rowCount(
    'onTrack',
    keys.map((key) => columns[key]),
    keys,
  );
  if (typeof rows !== 'number') return rows;
  const ratio = numberColumn(rows);
  const category = codeColumn<OnTrackCategory>(rows);
  for (let i = 0; i < rows; i++) {
    const row = {} as TermInput;
    for (const key of keys) (row as unknown as Record<string, unknown>)[key] = cell(columns[key] as unknown, i);
    const answer = onTrack(row);
    if (isChitieuError(answer)) {
      ratio.errors.set(i, answer);
      category.errors.set(i, answer);
      continue;
    }
    category.values[i] = answer.category;
    setRow(
      ratio,
      i,
      answer.ratio ??
        chitieuError('division-by-zero', 'onTrack', {
          en: 'R is undefined: the target equals the base value',
          vi: 'không tính được R: chỉ tiêu bằng giá trị năm gốc',
        }),
    );
  }
  return { ratio, category };
};
