import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import type { CodeColumnResult, NumberColumnResult } from '../column/index.js';
import { cell, codeColumn, numberColumn, rowCount, setRow } from '../_lib/arrayForm.js';
import { categoryOf, readTermTrend, type TermInput, type TrendCategory } from '../_lib/termTrend.js';
import type { TermColumns } from '../onTrack/index.js';

/** The thresholds of the projected score; UNSD's progress chart uses 0.95 and 0.10. */
export interface ProjectionThresholds {
  onTrack?: number;
  acceleration?: number;
}

/** The projected end-of-term value, its score and category. */
export interface ProjectedAttainment {
  projected: number;
  score: number;
  category: TrendCategory;
}

/**
 * The term forecast by the UNSD progress-chart method (dự báo khả năng đạt): project the
 * end-of-term value at the current pace and score the share of the planned change it reaches.
 *
 *     CAGR_a = (y_k / y₀)^(1/k) − 1
 *     ŷ_T = y_k × (1 + CAGR_a)^(T − k)
 *     score = (ŷ_T − y₀) / (Y* − y₀)
 *
 * Categories: `achieved` if the latest value already meets the target; else `on-track` for
 * score ≥ 0.95, `acceleration-needed` for 0.10 ≤ score < 0.95, `limited-progress` for
 * 0 ≤ score < 0.10, `deterioration` below 0. The thresholds can be changed; the direction
 * is built into the score (a lower-is-better indicator moving down scores positive).
 * {@link onTrack} is the Statistics Canada alternative; both are legitimate.
 *
 * Errors: as {@link onTrack}; `#DIV/0!` if the target equals the base value (no planned change).
 *
 * Method: [docs/method.md#on-track](../../../../docs/method.md#on-track).
 *
 * @param input as for {@link onTrack}
 * @param thresholds `{ onTrack = 0.95, acceleration = 0.10 }`
 *
 * @example
 * projectedAttainment({ baseValue: 100, baseYear: 2020, latestValue: 115, latestYear: 2023, target: 130, targetYear: 2025 })
 * //=> { projected: 126.23, score: 0.874, category: 'acceleration-needed' }
 */
export function projectedAttainment(
  input: TermInput,
  thresholds: ProjectionThresholds = {},
): ProjectedAttainment | ChitieuError {
  const { onTrack = 0.95, acceleration = 0.1 } = thresholds ?? {};
  if (!(Number.isFinite(onTrack) && Number.isFinite(acceleration) && acceleration >= 0 && onTrack >= acceleration)) {
    return chitieuError('invalid-option', 'projectedAttainment', {
      en: 'thresholds must be finite numbers with 0 ≤ acceleration ≤ onTrack',
      vi: 'ngưỡng phải là số hữu hạn với 0 ≤ acceleration ≤ onTrack',
    });
  }
  const trend = readTermTrend('projectedAttainment', input);
  if (isChitieuError(trend)) return trend;
  const { y0, yk, goal, k, T, actualRate, achieved } = trend;
  if (goal === y0) {
    return chitieuError('division-by-zero', 'projectedAttainment', {
      en: 'the target equals the base value, so there is no planned change to score',
      vi: 'chỉ tiêu bằng giá trị năm gốc nên không có mức thay đổi kế hoạch để chấm điểm',
    });
  }
  const projected = yk * Math.pow(1 + actualRate, T - k) + 0;
  const score = (projected - y0) / (goal - y0) + 0;
  if (!Number.isFinite(projected) || !Number.isFinite(score)) {
    return chitieuError('not-finite', 'projectedAttainment', {
      en: 'the projection is too large to represent',
      vi: 'giá trị dự báo quá lớn, không biểu diễn được',
    });
  }
  const category = achieved ? 'achieved' : categoryOf(score, onTrack, acceleration);
  return Object.freeze({ projected, score, category });
}

/**
 * Array form of {@link projectedAttainment}: `projected`, `score` and `category` columns.
 *
 * @example
 * projectedAttainment.array({ baseValue: 100, baseYear: 2020, latestValue: [115, 95], latestYear: 2023, target: 130, targetYear: 2025 }).category.values
 * //=> ['acceleration-needed', 'deterioration']
 */
projectedAttainment.array = function projectedAttainmentArray(
  columns: TermColumns,
  thresholds: ProjectionThresholds = {},
):
  | { projected: NumberColumnResult; score: NumberColumnResult; category: CodeColumnResult<TrendCategory> }
  | ChitieuError {
  const keys = Object.keys(columns ?? {}) as Array<keyof TermInput>;
  const rows = rowCount(
    'projectedAttainment',
    keys.map((key) => columns[key]),
    keys,
  );
  if (typeof rows !== 'number') return rows;
  const projected = numberColumn(rows);
  const score = numberColumn(rows);
  const category = codeColumn<TrendCategory>(rows);
  for (let i = 0; i < rows; i++) {
    const row = {} as TermInput;
    for (const key of keys) (row as unknown as Record<string, unknown>)[key] = cell(columns[key] as unknown, i);
    const answer = projectedAttainment(row, thresholds);
    if (isChitieuError(answer)) {
      projected.errors.set(i, answer);
      score.errors.set(i, answer);
      category.errors.set(i, answer);
      continue;
    }
    setRow(projected, i, answer.projected);
    setRow(score, i, answer.score);
    category.values[i] = answer.category;
  }
  return { projected, score, category };
};
