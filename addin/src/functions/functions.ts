/// <reference types="custom-functions-runtime" />
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads the
   parameter types from these signatures, and only `any[][]` tells Excel "a cell or a range of
   any values" (numbers, text, logicals, blanks, errors). */
/**
 * The CHITIEU custom functions: the entry of the functions bundle and the source of
 * functions.json (generated at build by custom-functions-metadata from the JSDoc below; the
 * Vietnamese functions.vi.json is generated from it and translations.vi.ts).
 *
 * Each function is a thin wrapper: the adapters (./adapters) do the work and are tested in
 * plain Node; here they get Excel's error value and Office's display language.
 */
import { createFunctions } from './adapters/index.js';
import type { ExcelErrorCode } from '@chitieu/core';
import { displayLanguage } from './language.js';

/**
 * Excel's error value. The adapters make only #VALUE!, #N/A, #DIV/0! and #NUM! (an error cell
 * with another code is turned into one of them by coerce.ts), all of CustomFunctions.ErrorCode.
 */
function makeError(code: ExcelErrorCode, message: string | undefined): CustomFunctions.Error {
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message);
}

const impl = createFunctions({ makeError, lang: displayLanguage });

/**
 * Percent of plan or target (so với kế hoạch): actual / target, as a fraction (format the cell as %).
 * @customfunction ATTAINMENT
 * @param actual Achieved value (thực hiện): a cell or a range.
 * @param target Plan or target value, greater than 0: a cell or a range.
 * @returns Actual / target, one value per cell.
 */
export function ATTAINMENT(actual: any[][], target: any[][]): any[][] {
  return impl.ATTAINMENT(actual, target);
}

/**
 * Gap to target: actual − target, in the indicator's unit (percentage points for rates).
 * @customfunction GAP
 * @param actual Achieved value: a cell or a range.
 * @param target Target value: a cell or a range.
 * @returns Actual − target, one value per cell.
 */
export function GAP(actual: any[][], target: any[][]): any[][] {
  return impl.GAP(actual, target);
}

/**
 * Progress from a baseline: the share of the distance from baseline to target already covered.
 * @customfunction PROGRESS
 * @param baseline Baseline value (start of the term): a cell or a range.
 * @param actual Achieved value: a cell or a range.
 * @param target Target value, different from the baseline: a cell or a range.
 * @returns (actual − baseline) / (target − baseline), one value per cell.
 */
export function PROGRESS(baseline: any[][], actual: any[][], target: any[][]): any[][] {
  return impl.PROGRESS(baseline, actual, target);
}

/**
 * Status against a target: Exceeded, Achieved, Nearly achieved, Not achieved or No data (Vietnamese labels by default).
 * @customfunction STATUS
 * @param actual Achieved value: a cell or a range.
 * @param target Target as a number or as text such as "95% trở lên", "dưới 4%", "6,5 - 7%".
 * @param [direction] "higher" (default) or "lower" is better.
 * @param [band] Nearly-achieved band as a fraction of the target (default 0.05; 0 turns it off).
 * @param [language] Label language: "vi" (default) or "en".
 * @returns The status label, one per cell.
 */
export function STATUS(
  actual: any[][],
  target: any[][],
  direction?: any[][],
  band?: any[][],
  language?: any[][],
): any[][] {
  return impl.STATUS(actual, target, direction, band, language);
}

/**
 * Cumulative attainment of a term-total target: sum of the yearly values / target; blank years are skipped.
 * @customfunction CUMATTAINMENT
 * @param values Yearly values: one row or one column is one series; a larger range is one series per row.
 * @param target Term-total target, greater than 0: one cell, or one per series.
 * @param termYears Number of years in the term (usually 5): one cell, or one per series.
 * @returns Sum / target, one value per series.
 */
export function CUMATTAINMENT(values: any[][], target: any[][], termYears: any[][]): any[][] {
  return impl.CUMATTAINMENT(values, target, termYears);
}

/**
 * Term forecast (Statistics Canada / Open SDG ratio): Achieved, On track, Acceleration needed, Limited progress or Deterioration.
 * @customfunction ONTRACK
 * @param baseValue Value in the base year, greater than 0: a cell or a range.
 * @param baseYear Base year: a cell or a range.
 * @param latestValue Latest value: a cell or a range.
 * @param latestYear Year of the latest value: a cell or a range.
 * @param target Target level as a number or text such as "95% trở lên": a cell or a range.
 * @param targetYear Target year: a cell or a range.
 * @param [direction] "higher" (default) or "lower" is better.
 * @param [language] Label language: "vi" (default) or "en".
 * @returns The forecast label, one per cell.
 */
export function ONTRACK(
  baseValue: any[][],
  baseYear: any[][],
  latestValue: any[][],
  latestYear: any[][],
  target: any[][],
  targetYear: any[][],
  direction?: any[][],
  language?: any[][],
): any[][] {
  return impl.ONTRACK(baseValue, baseYear, latestValue, latestYear, target, targetYear, direction, language);
}

/**
 * Term verdict (đánh giá chỉ tiêu nhiệm kỳ): final (Vượt / Đạt / Xấp xỉ đạt / Không đạt) once the last plan year has a value, else mid-term (Đã đạt / Có khả năng đạt / Khó đạt / Không thể đạt).
 * @customfunction VERDICT
 * @param measure How the term sums up: "growth" (average of yearly rates), "level" (latest value) or "cumulative" (sum).
 * @param target Term target as a number or text such as "10% trở lên".
 * @param base Value in the base year (the start of a level's trend); may be blank.
 * @param values One value per plan year (usually 5 cells), blanks for years without data; a larger range is one indicator per row.
 * @param [direction] "higher" (default) or "lower" is better.
 * @param [rate] TRUE when the values are rates or shares (needed in percentage points; outside 0-100% is "check data").
 * @param [band] Nearly-achieved band and tolerance of "about" targets, as a fraction of the target (default 0.05).
 * @param [likely] Pace ratio from which a target is likely (default 0.95).
 * @param [ceiling] Yearly growth needed above which a target is out of reach (default 0.5).
 * @param [language] Label language: "vi" (default) or "en".
 * @returns The verdict label, one per indicator.
 */
export function VERDICT(
  measure: any[][],
  target: any[][],
  base: any[][],
  values: any[][],
  direction?: any[][],
  rate?: any[][],
  band?: any[][],
  likely?: any[][],
  ceiling?: any[][],
  language?: any[][],
): any[][] {
  return impl.VERDICT(measure, target, base, values, direction, rate, band, likely, ceiling, language);
}

/**
 * Assessment sentence (câu nhận xét) of an indicator, from its row of a report: "… bình quân giai đoạn 2021-2024 ước đạt 7,64%/năm, bằng 76,4% mục tiêu Nghị quyết; để hoàn thành mục tiêu, năm 2025 cần tăng 19,97%, khó đạt."
 * @customfunction ASSESSMENT
 * @param indicator Indicator name: a cell or a column.
 * @param measure "growth" (average growth over the years), "level" (a level or rate), "cumulative" (a term total) or "coverage".
 * @param verdict The verdict or status words ("Khó đạt", "Hard to achieve") or code, as CHITIEU.VERDICT or CHITIEU.STATUS give them.
 * @param period Period of the achieved figure: 2024, "2021-2024", "2025-9M", "2025-Q1".
 * @param achieved Achieved figure (a fraction for percents and growth rates).
 * @param [unit] Unit as written; one starting with % shows the figures as percents.
 * @param [percentOfTarget] Achieved / target (as CHITIEU.ATTAINMENT gives it).
 * @param [needed] Still needed in the remaining years, in the indicator's unit (growth rate, percentage points, amount, people).
 * @param [remaining] The remaining years: 2025 or "2024-2025".
 * @param [target] Target as written ("10% trở lên"), shown when no percent of target is.
 * @param [direction] "higher" (default) or "lower" is better.
 * @param [language] Sentence language: "vi" (default) or "en".
 * @param [status] How final the figure is: "chính thức"/"official" (default: "đạt"), "sơ bộ"/"preliminary" ("sơ bộ đạt") or "ước"/"estimate" ("ước đạt").
 * @returns One sentence per row.
 */
export function ASSESSMENT(
  indicator: any[][],
  measure: any[][],
  verdict: any[][],
  period: any[][],
  achieved: any[][],
  unit?: any[][],
  percentOfTarget?: any[][],
  needed?: any[][],
  remaining?: any[][],
  target?: any[][],
  direction?: any[][],
  language?: any[][],
  status?: any[][],
): any[][] {
  return impl.ASSESSMENT(
    indicator,
    measure,
    verdict,
    period,
    achieved,
    unit,
    percentOfTarget,
    needed,
    remaining,
    target,
    direction,
    language,
    status,
  );
}

/**
 * Development index (chỉ số phát triển): current / previous.
 * @customfunction GROWTHINDEX
 * @param previous Value of the previous period, greater than 0: a cell or a range.
 * @param current Value of the current period: a cell or a range.
 * @returns Current / previous, one value per cell.
 */
export function GROWTHINDEX(previous: any[][], current: any[][]): any[][] {
  return impl.GROWTHINDEX(previous, current);
}

/**
 * Growth rate (tốc độ tăng): current / previous − 1.
 * @customfunction GROWTHRATE
 * @param previous Value of the previous period, greater than 0: a cell or a range.
 * @param current Value of the current period: a cell or a range.
 * @returns Current / previous − 1, one value per cell.
 */
export function GROWTHRATE(previous: any[][], current: any[][]): any[][] {
  return impl.GROWTHRATE(previous, current);
}

/**
 * Average annual growth between two levels, as Excel RRI: (end / start)^(1 / years) − 1.
 * @customfunction CAGR
 * @param start Start value, greater than 0: a cell or a range.
 * @param end End value, 0 or more: a cell or a range.
 * @param years Number of years, greater than 0: a cell or a range.
 * @returns The average growth rate, one value per cell.
 */
export function CAGR(start: any[][], end: any[][], years: any[][]): any[][] {
  return impl.CAGR(start, end, years);
}

/**
 * Average of yearly growth rates (tốc độ tăng bình quân), geometric; blank years are skipped.
 * @customfunction AVGGROWTH
 * @param rates Yearly growth rates: one row or one column is one series; a larger range is one series per row.
 * @returns The average rate, one value per series.
 */
export function AVGGROWTH(rates: any[][]): any[][] {
  return impl.AVGGROWTH(rates);
}

/**
 * Constant growth needed each year to reach a level target: (target / current)^(1 / years) − 1.
 * @customfunction REQUIREDGROWTH
 * @param current Latest value, greater than 0: a cell or a range.
 * @param target Target level: a cell or a range.
 * @param years Years left to the target year, greater than 0: a cell or a range.
 * @returns The required growth rate, one value per cell.
 */
export function REQUIREDGROWTH(current: any[][], target: any[][], years: any[][]): any[][] {
  return impl.REQUIREDGROWTH(current, target, years);
}

/**
 * Growth needed in each remaining year to meet an average-growth target over the term.
 * @customfunction REQUIREDAVG
 * @param targetRate Average growth target of the term (e.g. 9%): one cell, or one per series.
 * @param termYears Number of years in the term (usually 5): one cell, or one per series.
 * @param [achievedRates] Growth rates already achieved: one row or one column is one series; a larger range is one series per row.
 * @returns The required rate, one value per series.
 */
export function REQUIREDAVG(targetRate: any[][], termYears: any[][], achievedRates?: any[][]): any[][] {
  return impl.REQUIREDAVG(targetRate, termYears, achievedRates);
}

/**
 * Projected value after some years at a constant rate: value × (1 + rate)^years.
 * @customfunction PROJECT
 * @param value Latest value: a cell or a range.
 * @param rate Growth rate per year, greater than −100%: a cell or a range.
 * @param years Number of years: a cell or a range.
 * @returns The projected value, one per cell.
 */
export function PROJECT(value: any[][], rate: any[][], years: any[][]): any[][] {
  return impl.PROJECT(value, rate, years);
}

/**
 * Years needed to reach a target at a constant rate; #NUM! if it is never reached.
 * @customfunction YEARSTOTARGET
 * @param current Latest value, greater than 0: a cell or a range.
 * @param target Target level, greater than 0: a cell or a range.
 * @param rate Growth rate per year: a cell or a range.
 * @returns The number of years, one value per cell.
 */
export function YEARSTOTARGET(current: any[][], target: any[][], rate: any[][]): any[][] {
  return impl.YEARSTOTARGET(current, target, rate);
}

/**
 * Contribution of each part to the growth of the total, in points of the previous total.
 * @customfunction CONTRIBUTIONS
 * @param previousParts Parts in the previous period: one row or one column is one total; a larger range is one total per row.
 * @param currentParts Parts in the current period, a range of the same size.
 * @returns One contribution per part, in the shape of the parts.
 */
export function CONTRIBUTIONS(previousParts: any[][], currentParts: any[][]): any[][] {
  return impl.CONTRIBUTIONS(previousParts, currentParts);
}

/**
 * Coverage ratio (tỷ lệ bao phủ): covered / population.
 * @customfunction COVERAGE
 * @param covered People covered: a cell or a range.
 * @param population Population, greater than 0: a cell or a range.
 * @returns Covered / population, one value per cell.
 */
export function COVERAGE(covered: any[][], population: any[][]): any[][] {
  return impl.COVERAGE(covered, population);
}

/**
 * Rate per population (trên 1 vạn dân): count / population × per.
 * @customfunction PERPOP
 * @param count Count (e.g. doctors): a cell or a range.
 * @param population Population, greater than 0: a cell or a range.
 * @param [per] Base of the rate (default 10,000).
 * @returns The rate, one value per cell.
 */
export function PERPOP(count: any[][], population: any[][], per?: any[][]): any[][] {
  return impl.PERPOP(count, population, per);
}

/**
 * Share of a part in a total (tỷ trọng): part / total.
 * @customfunction SHARE
 * @param part Part: a cell or a range.
 * @param total Total, not 0: a cell or a range.
 * @returns Part / total, one value per cell.
 */
export function SHARE(part: any[][], total: any[][]): any[][] {
  return impl.SHARE(part, total);
}

/**
 * Structure (cơ cấu): the share of each part in the sum of the parts.
 * @customfunction STRUCTURE
 * @param parts Parts: one row or one column is one total; a larger range is one total per row.
 * @returns One share per part, in the shape of the parts.
 */
export function STRUCTURE(parts: any[][]): any[][] {
  return impl.STRUCTURE(parts);
}

/**
 * People still needed to reach a coverage target: max(0, ceil(target × population − covered)).
 * @customfunction COVERAGEGAP
 * @param covered People covered now: a cell or a range.
 * @param population Population, greater than 0: a cell or a range.
 * @param targetRatio Coverage target as a fraction (95% is 0.95): a cell or a range.
 * @returns The number of people, one value per cell.
 */
export function COVERAGEGAP(covered: any[][], population: any[][], targetRatio: any[][]): any[][] {
  return impl.COVERAGEGAP(covered, population, targetRatio);
}

/**
 * Reads numbers typed as text the Vietnamese way ("1.234,5", "8,56%") or the English way.
 * @customfunction PARSEVN
 * @param text Text of a cell, or a range of them.
 * @param [locale] "vi" (default) or "en".
 * @returns The number, one per cell; #VALUE! says why a text is not a number.
 */
export function PARSEVN(text: any[][], locale?: any[][]): any[][] {
  return impl.PARSEVN(text, locale);
}

/** The functions by id, as associated with Excel (the ids of functions.json). */
export const FUNCTIONS = {
  ATTAINMENT,
  GAP,
  PROGRESS,
  STATUS,
  CUMATTAINMENT,
  ONTRACK,
  VERDICT,
  ASSESSMENT,
  GROWTHINDEX,
  GROWTHRATE,
  CAGR,
  AVGGROWTH,
  REQUIREDGROWTH,
  REQUIREDAVG,
  PROJECT,
  YEARSTOTARGET,
  CONTRIBUTIONS,
  COVERAGE,
  PERPOP,
  SHARE,
  STRUCTURE,
  COVERAGEGAP,
  PARSEVN,
};

for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
