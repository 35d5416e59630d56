import {
  chitieuError,
  isChitieuError,
  type ChitieuError,
  toNumber,
  isBlank,
  type NumberInput,
  formatNumber,
  roundHalfAwayFromZero,
  parseTarget,
  statusLabel,
  type Direction,
  type NeededUnit,
  type VerdictCode,
  type ColumnOrValue,
} from '@chitieu/core';
import { cell, rowCount, rowErrors, badLang, langOf, type Lang, type Language, shown } from '@chitieu/core/internal';

/**
 * What the achieved figure is, which decides the words around it: an average growth rate over
 * the years (`growth`), a level or rate at a date (`level`), a total over the years
 * (`cumulative`), or an area's coverage ratio (`coverage`).
 */
export type AssessmentMeasure = 'growth' | 'level' | 'cumulative' | 'coverage';

/** Whose target it is: the term resolution's (Nghị quyết), the year's plan or the quarter's plan. */
export type TargetScope = 'term' | 'year' | 'quarter';

/**
 * How final the achieved figure is (tình trạng số liệu): it decides the verb, "đạt" (official),
 * "sơ bộ đạt" (preliminary), "ước đạt" (an estimate).
 */
export type FigureStatus = 'official' | 'preliminary' | 'estimate';

/** The unit of what is still needed; `people` for coverage (persons still to enrol). */
export type AssessmentNeededUnit = NeededUnit | 'people';

export interface AssessmentInput {
  /** The indicator as the table names it (`Tốc độ tăng trưởng GRDP`). */
  indicator: string;
  measure: AssessmentMeasure;
  /**
   * The verdict code (from {@link termVerdict} or {@link status}); its label is the sentence's
   * judgement. `null` for a table that judges nothing (a quarter's year to date): no judgement word.
   */
  verdict: VerdictCode | null;
  /**
   * The period the achieved figure covers, written as in the input layout: `2021-2024` (plan
   * years so far), `2024`, `2025-9M`, `2025-Q1`. Named as officers name it: "giai đoạn
   * 2021-2024", "năm 2024", "9 tháng năm 2025", "quý I năm 2025".
   */
  period: string;
  /** The achieved figure: a fraction for percents and growth (0.0764), else in `unit`. */
  achieved?: NumberInput;
  /** The unit as written; one starting with `%` means the figures are fractions shown as percents. */
  unit?: string;
  /** The target as written (`10% trở lên`), shown when no percent of target is. */
  target?: string | number | null;
  /** Default `term`: "mục tiêu Nghị quyết"; `year`: "kế hoạch năm"; `quarter`: "kế hoạch quý". */
  scope?: TargetScope;
  /** `higher` (default) or `lower` is better. */
  direction?: Direction;
  /** The achieved figure as a share of the target (0.764), shown with one decimal. */
  percentOfTarget?: NumberInput;
  /** What the remaining years still need, in `neededUnit` (growth and points as fractions: 0.025 is 2,5 điểm %; amount or people). */
  needed?: NumberInput;
  neededUnit?: AssessmentNeededUnit | null;
  /** The remaining plan years, as a period (`2025`, `2024-2025`), for the needed clause. */
  remaining?: string;
  /** A level's projection at the end of the term, at the pace so far, and the year it is for. */
  projected?: NumberInput;
  projectedYear?: NumberInput;
  /** Cumulative totals: plan years passed (k) and in the term (T), to show the pace k/T. */
  yearsElapsed?: NumberInput;
  termYears?: NumberInput;
  /**
   * The change on the previous year (or, for months and quarters, on the same period of the
   * previous year): a development index (1.085: "tăng 8,5%") or, with `yearOnYearUnit: 'points'`,
   * a change in percentage points, as a fraction like every rate (0.012: "tăng 1,2 điểm phần trăm").
   */
  yearOnYear?: NumberInput;
  yearOnYearUnit?: 'index' | 'points';
  /** Coverage: the area (commune, ward) the ratio is for. */
  area?: string;
  /** How final the achieved figure is; default `official` ("đạt"), as a blank status column reads. */
  figureStatus?: FigureStatus;
  lang?: Lang;
}

const VERDICTS: ReadonlySet<string> = new Set([
  'exceeded',
  'achieved',
  'nearly-achieved',
  'not-achieved',
  'no-data',
  'no-target',
  'check-data',
  'already-achieved',
  'likely',
  'hard',
  'out-of-reach',
  'too-little-data',
]);

const QUARTERS = ['I', 'II', 'III', 'IV'];

/**
 * The sentence an officer writes under an annex table for one indicator (câu nhận xét), from
 * the indicator's results, in Vietnamese (default) or English. Every number comes from the
 * input and is written with {@link formatNumber} after {@link roundHalfAwayFromZero} (percents
 * and growth to 2 decimals, percent of target to 1, amounts to at most 2), and the judgement is
 * the verdict's {@link statusLabel}, so the sentence never says more than the table:
 *
 * subject + period + "đạt" | "sơ bộ đạt" | "ước đạt" (the figure's status) achieved (+ "/năm"
 * for an average over several years)
 * + ", tăng/giảm" the change on the previous year (or the same period of it), when given
 * + ", bằng" percent of target (higher is better, not a range) or "(mục tiêu …: target as written)"
 * + pace "(đã qua k/T năm)" for a term total
 * + "; để hoàn thành mục tiêu, <remaining years> cần tăng <growth> | tăng thêm <points> điểm
 *   phần trăm | thêm <amount>" (mid-term, while something is needed)
 * + "; nếu giữ tốc độ như hiện nay, năm Y dự kiến đạt <projection>" (levels)
 * + ", " judgement.
 *
 * No data, no target and a data error read "<subject> <period>: chưa có số liệu", "…; chưa có
 * chỉ tiêu" (both when neither is there), "…: kiểm tra số liệu". Rules and wording: docs/method.md, "Assessment sentences".
 *
 * Errors: `#VALUE!` for an input that is not an object, a blank indicator, an unknown measure,
 * verdict, scope, unit of need or language, a period not written as in the input layout, or a
 * figure that is not a number; `#N/A` when the verdict needs an achieved figure and it is
 * blank; an error value among the inputs passes through.
 *
 * @param input `{ indicator, measure, verdict, period, achieved?, unit?, target?, scope?, direction?, percentOfTarget?, needed?, neededUnit?, remaining?, projected?, projectedYear?, yearsElapsed?, termYears?, yearOnYear?, yearOnYearUnit?, area?, lang? }`
 *
 * @example
 * assessment({ indicator: 'Tốc độ tăng trưởng GRDP', measure: 'growth', verdict: 'hard', period: '2021-2024', achieved: 0.0764, unit: '%', percentOfTarget: 0.764, needed: 0.1997, neededUnit: 'growth', remaining: '2025', figureStatus: 'estimate' })  // Thái Bình, data/
 * //=> 'Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2024 ước đạt 7,64%/năm, bằng 76,4% mục tiêu Nghị quyết; để hoàn thành mục tiêu, năm 2025 cần tăng 19,97%, khó đạt.'
 * @example
 * assessment({ indicator: 'GRDP growth', measure: 'growth', verdict: 'hard', period: '2021-2024', achieved: 0.0764, unit: '%', percentOfTarget: 0.764, needed: 0.1997, neededUnit: 'growth', remaining: '2025', lang: 'en', figureStatus: 'estimate' })
 * //=> 'GRDP growth averaged an estimated 7.64% a year over 2021-2024, 76.4% of the resolution\'s target; to meet the target, growth of 19.97% is needed in 2025: hard to achieve.'
 * @example
 * assessment({ indicator: 'Tỷ lệ dân số tham gia bảo hiểm y tế', measure: 'level', verdict: 'likely', period: '2024', achieved: 0.925, unit: '%', percentOfTarget: 0.9737, needed: 0.025, neededUnit: 'points', remaining: '2025', figureStatus: 'preliminary' })
 * //=> 'Tỷ lệ dân số tham gia bảo hiểm y tế năm 2024 sơ bộ đạt 92,5%, bằng 97,4% mục tiêu Nghị quyết; để hoàn thành mục tiêu, năm 2025 cần tăng thêm 2,5 điểm phần trăm, có khả năng đạt.'
 * @example
 * assessment({ indicator: 'Vốn đầu tư toàn xã hội', measure: 'cumulative', verdict: 'likely', period: '2021-2024', achieved: 120000, unit: 'tỷ đồng', percentOfTarget: 0.8, needed: 30000, neededUnit: 'amount', remaining: '2025', yearsElapsed: 4, termYears: 5 })
 * //=> 'Vốn đầu tư toàn xã hội giai đoạn 2021-2024 đạt 120.000 tỷ đồng, bằng 80,0% mục tiêu Nghị quyết (đã qua 4/5 năm của giai đoạn); để hoàn thành mục tiêu, năm 2025 cần thêm 30.000 tỷ đồng, có khả năng đạt.'
 * @example
 * assessment({ indicator: 'Thu ngân sách nhà nước', measure: 'level', verdict: 'nearly-achieved', period: '2025-9M', achieved: 17100, unit: 'tỷ đồng', percentOfTarget: 0.96, scope: 'year', figureStatus: 'estimate' })
 * //=> 'Thu ngân sách nhà nước 9 tháng năm 2025 ước đạt 17.100 tỷ đồng, bằng 96,0% kế hoạch năm, xấp xỉ đạt.'
 * @example
 * assessment({ indicator: 'GRDP bình quân đầu người', measure: 'level', verdict: 'no-data', period: '2021-2025', target: '90 trở lên' })
 * //=> 'GRDP bình quân đầu người giai đoạn 2021-2025: chưa có số liệu (mục tiêu Nghị quyết: 90 trở lên).'
 * @example
 * assessment({ indicator: 'Tỷ lệ hộ nghèo', measure: 'level', verdict: 'not-achieved', period: '2025', achieved: 0.032, unit: '%', target: 'dưới 3%', direction: 'lower', figureStatus: 'estimate' })
 * //=> 'Tỷ lệ hộ nghèo năm 2025 ước đạt 3,2% (mục tiêu Nghị quyết: dưới 3%), không đạt.'
 * @example
 * assessment({ indicator: 'Tỷ lệ bao phủ bảo hiểm y tế', area: 'xã An Bình', measure: 'coverage', verdict: 'nearly-achieved', period: '2024', achieved: 0.93, unit: '%', percentOfTarget: 0.9789, needed: 190, neededUnit: 'people', scope: 'year' })
 * //=> 'Tỷ lệ bao phủ bảo hiểm y tế của xã An Bình năm 2024 đạt 93%, bằng 97,9% kế hoạch năm; để đạt kế hoạch cần thêm 190 người tham gia, xấp xỉ đạt.'
 * @example
 * assessment({ indicator: 'Kim ngạch xuất khẩu', measure: 'level', verdict: 'achieved', period: '2024', achieved: 3250, unit: 'triệu USD', yearOnYear: 1.085, percentOfTarget: 1.016, scope: 'year' })
 * //=> 'Kim ngạch xuất khẩu năm 2024 đạt 3.250 triệu USD, tăng 8,5% so với năm trước, bằng 101,6% kế hoạch năm, đạt.'
 * @example
 * assessment({ indicator: 'Thu ngân sách nhà nước', measure: 'level', verdict: null, period: '2025-Q3', achieved: 6200, unit: 'tỷ đồng', percentOfTarget: 0.243, scope: 'year', figureStatus: 'estimate', lang: 'en' })  // a quarter judges nothing
 * //=> "Thu ngân sách nhà nước in Q3 2025 is estimated at 6,200 tỷ đồng, 24.3% of the year's plan."
 * @example
 * assessment({ indicator: 'Tổng vốn đầu tư', measure: 'level', verdict: 'achieved', period: '2023', achieved: 53200, unit: 'tỷ đồng', lang: 'en' })
 * //=> 'Tổng vốn đầu tư in 2023 reached 53,200 tỷ đồng: achieved.'
 * @example
 * assessment({ indicator: 'Tỷ lệ hộ nghèo', measure: 'level', verdict: 'maybe', period: '2025' }).code
 * //=> '#VALUE!'
 */
export function assessment(input: AssessmentInput): string | ChitieuError {
  const read = readInput(input);
  if (isChitieuError(read)) return read;
  const { lang, figures } = read;
  const words = WORDS[lang];
  const subject = subjectOf(input, lang);
  const period = periodName(
    input.period,
    lang,
    input.measure === 'growth' && !/bình quân|average/iu.test(input.indicator),
  );
  if (isChitieuError(period)) return period;
  const label = input.verdict === null ? '' : (statusLabel(input.verdict, lang) as string);
  // "Chưa đủ số liệu" alone would read as if the figure were missing: say what it is too little for.
  const judgement =
    label.charAt(0).toLowerCase() +
    label.slice(1) +
    (input.verdict === 'too-little-data'
      ? lang === 'vi'
        ? ' để đánh giá khả năng đạt'
        : ' to judge the likelihood'
      : '');
  const targetText = isBlank(input.target) ? '' : String(input.target);
  const scope = words.scope[input.scope ?? 'term'];
  if (input.verdict === 'no-data') {
    const aim = targetText ? ` (${scope}: ${targetText})` : '';
    return `${subject} ${period.name}: ${judgement}${aim}.`;
  }
  if (input.verdict === 'no-target' && figures.achieved === null) {
    const noData = statusLabel('no-data', lang) as string;
    return `${subject} ${period.name}: ${noData.charAt(0).toLowerCase()}${noData.slice(1)}${words.noTarget(judgement)}.`;
  }
  const percent = isPercent(input);
  const achieved = amount(figures.achieved as number, percent, input.unit, lang);
  const opening = words.opening(subject, period, achieved, input.figureStatus ?? 'official');
  if (input.verdict === 'no-target') return `${opening}${words.noTarget(judgement)}.`;
  if (input.verdict === 'check-data') return `${opening}${words.end(judgement)}.`;
  const comparison = changeClause(input, figures, lang) + comparisonOf(input, figures, scope, targetText, lang);
  const need = neededClause(input, figures, percent, lang);
  if (isChitieuError(need)) return need;
  const projection = figures.projected === null ? '' : projectionClause(input, figures, percent, lang);
  return `${opening}${comparison}${need}${projection}${judgement ? words.end(judgement) : ''}.`;
}

/** The verb of each status: "ước đạt" only for an estimate, "sơ bộ đạt" for a preliminary figure. */
const VERBS = {
  vi: { official: 'đạt', preliminary: 'sơ bộ đạt', estimate: 'ước đạt' },
  en: {
    level: { official: 'reached', preliminary: 'reached a preliminary', estimate: 'is estimated at' },
    average: { official: '', preliminary: 'a preliminary ', estimate: 'an estimated ' },
  },
} as const satisfies { vi: Record<FigureStatus, string>; en: Record<string, Record<FigureStatus, string>> };

const FIGURE_STATUSES: readonly FigureStatus[] = ['official', 'preliminary', 'estimate'];

interface Figures {
  achieved: number | null;
  percentOfTarget: number | null;
  needed: number | null;
  projected: number | null;
  projectedYear: number | null;
  yearsElapsed: number | null;
  termYears: number | null;
  yearOnYear: number | null;
}

/** A period as officers name it, and whether it spans several years (an average is "/năm"). */
interface PeriodName {
  name: string;
  years: number;
  perYear: boolean;
}

const WORDS = {
  vi: {
    scope: { term: 'mục tiêu Nghị quyết', year: 'kế hoạch năm', quarter: 'kế hoạch quý' },
    opening: (subject: string, period: PeriodName, achieved: string, status: FigureStatus) =>
      `${subject} ${period.name} ${VERBS.vi[status]} ${achieved}${period.perYear ? '/năm' : ''}`,
    noTarget: (judgement: string) => `; ${judgement}`,
    end: (judgement: string) => `, ${judgement}`,
    percentOf: (p: string, scope: string) => `, bằng ${p} ${scope}`,
    targetAside: (scope: string, target: string) => ` (${scope}: ${target})`,
    pace: (k: number, T: number) => ` (đã qua ${k}/${T} năm của giai đoạn)`,
  },
  en: {
    scope: { term: "the resolution's target", year: "the year's plan", quarter: "the quarter's plan" },
    opening: (subject: string, period: PeriodName, achieved: string, status: FigureStatus) =>
      period.perYear
        ? `${subject} averaged ${VERBS.en.average[status]}${achieved} a year ${period.name}`
        : `${subject} ${period.name} ${VERBS.en.level[status]} ${achieved}`,
    noTarget: (judgement: string) => `; ${judgement}`,
    end: (judgement: string) => `: ${judgement}`,
    percentOf: (p: string, scope: string) => `, ${p} of ${scope}`,
    targetAside: (scope: string, target: string) => ` (${scope}: ${target})`,
    pace: (k: number, T: number) => ` (${k} of the term's ${T} years have passed)`,
  },
} as const;

function subjectOf(input: AssessmentInput, lang: Language): string {
  const name = input.indicator.trim();
  if (isBlank(input.area) || typeof input.area !== 'string') return name;
  return lang === 'vi' ? `${name} của ${input.area.trim()}` : `${name} in ${input.area.trim()}`;
}

/** Figures whose unit starts with `%` (and every growth rate) are fractions shown as percents. */
function isPercent(input: AssessmentInput): boolean {
  return input.measure === 'growth' || (typeof input.unit === 'string' && input.unit.trim().startsWith('%'));
}

/** A figure as the sentence writes it: a percent to 2 decimals, else at most 2 decimals and its unit. */
function amount(x: number, percent: boolean, unit: string | undefined, lang: Language): string {
  if (percent) return shortPercent(x, 2, lang);
  const text = formatNumber(roundHalfAwayFromZero(x, 2) as number, lang) as string;
  const u = typeof unit === 'string' ? unit.trim() : '';
  return u ? `${text} ${u}` : text;
}

/** A fraction as a percent rounded to `decimals`, without trailing zeros (92,5%, 7,64%, 93%). */
function shortPercent(x: number, decimals: number, lang: Language): string {
  const rounded = roundHalfAwayFromZero(x, decimals + 2) as number;
  return formatNumber(rounded, lang, { percent: true }) as string;
}

/** Percent of target (one decimal, as officers write it) or, where a percent would mislead, the target as written. */
function comparisonOf(
  input: AssessmentInput,
  figures: Figures,
  scope: string,
  targetText: string,
  lang: Language,
): string {
  const words = WORDS[lang];
  // The target as written is read in the Vietnamese notation first (resolutions are written so),
  // whatever the sentence's language: only its kind matters here.
  const written = input.target as string | number;
  const vi = isBlank(input.target) ? null : parseTarget(written, 'vi');
  const target = vi !== null && isChitieuError(vi) ? parseTarget(written, 'en') : vi;
  const bounded = target !== null && !isChitieuError(target) && (target.kind === 'ceiling' || target.kind === 'range');
  let text = '';
  if (figures.percentOfTarget !== null && input.direction !== 'lower' && !bounded) {
    const p = formatNumber(figures.percentOfTarget, lang, { percent: true, decimals: 1 }) as string;
    text = words.percentOf(p, scope);
  } else if (targetText) text = words.targetAside(scope, targetText);
  if (input.measure === 'cumulative' && figures.yearsElapsed !== null && figures.termYears !== null)
    text += words.pace(figures.yearsElapsed, figures.termYears);
  return text;
}

/** ", tăng 8,5% so với năm trước" (cùng kỳ năm trước for months and quarters); nothing without a change. */
function changeClause(input: AssessmentInput, figures: Figures, lang: Language): string {
  const change = figures.yearOnYear;
  if (change === null) return '';
  const points = input.yearOnYearUnit === 'points';
  const delta = points ? change : change - 1;
  const samePeriod = /-(Q[1-4]|\d+M)\s*$/u.test(input.period);
  const vi = lang === 'vi';
  const against = vi
    ? samePeriod
      ? 'so với cùng kỳ năm trước'
      : 'so với năm trước'
    : samePeriod
      ? 'on the same period of the previous year'
      : 'on the previous year';
  const size = points
    ? `${pointsNumber(Math.abs(delta), lang)} ${vi ? 'điểm phần trăm' : 'percentage points'}`
    : shortPercent(Math.abs(delta), 2, lang);
  if (size.startsWith('0 ') || size === '0%')
    return vi ? `, bằng ${samePeriod ? 'cùng kỳ năm trước' : 'năm trước'}` : `, level ${against}`;
  return vi
    ? `, ${delta > 0 ? 'tăng' : 'giảm'} ${size} ${against}`
    : `, ${delta > 0 ? 'up' : 'down'} ${size} ${against}`;
}

/** "; để hoàn thành mục tiêu, năm 2025 cần tăng 19,97%": only while something is still needed. */
function neededClause(
  input: AssessmentInput,
  figures: Figures,
  percent: boolean,
  lang: Language,
): string | ChitieuError {
  const needed = figures.needed;
  if (needed === null || isBlank(input.neededUnit) || input.verdict === 'already-achieved') return '';
  const unit = input.neededUnit as AssessmentNeededUnit;
  if (unit === 'people') {
    const people = formatNumber(roundHalfAwayFromZero(needed, 0) as number, lang) as string;
    const aim = input.scope === 'term' || input.scope === undefined ? 'mục tiêu' : 'kế hoạch';
    return lang === 'vi'
      ? `; để đạt ${aim} cần thêm ${people} người tham gia`
      : `; ${people} more people must be covered to meet the ${aim === 'mục tiêu' ? 'target' : 'plan'}`;
  }
  const when = isBlank(input.remaining) ? null : periodName(input.remaining as string, lang, false);
  if (isChitieuError(when)) return when;
  const several = when !== null && when.years > 1;
  const whenVi =
    when === null ? 'các năm còn lại' : several ? `các năm ${when.name.replace(/^giai đoạn /u, '')}` : when.name;
  const whenEn = when === null ? 'in the remaining years' : when.name;
  const up = needed >= 0;
  const size = Math.abs(needed);
  if (unit === 'growth') {
    const g = shortPercent(size, 2, lang);
    if (lang === 'vi')
      return `; để hoàn thành mục tiêu, ${whenVi} cần ${up ? 'tăng' : 'giảm'}${several ? ' bình quân' : ''} ${g}${several ? '/năm' : ''}`;
    return `; to meet the target, ${several ? 'an average ' : ''}${up ? 'growth' : 'fall'} of ${g}${several ? ' a year' : ''} is needed ${whenEn}`;
  }
  if (unit === 'points') {
    const p = pointsNumber(size, lang);
    if (lang === 'vi')
      return `; để hoàn thành mục tiêu, ${whenVi} cần ${up ? 'tăng' : 'giảm'} thêm ${p} điểm phần trăm`;
    return `; to meet the target, a further ${up ? 'rise' : 'fall'} of ${p} percentage points is needed ${whenEn}`;
  }
  const rest = amount(size, percent, input.unit, lang);
  return lang === 'vi'
    ? `; để hoàn thành mục tiêu, ${whenVi} cần thêm ${rest}`
    : `; to meet the target, a further ${rest} is needed ${whenEn}`;
}

/**
 * Percentage points held as a fraction (0.025), written as points to 2 decimals without
 * trailing zeros ("2,5"): the decimal point moved in the text, as for a percent.
 */
function pointsNumber(points: number, lang: Language): string {
  return shortPercent(points, 2, lang).replace(/%$/u, '');
}

/** "; nếu giữ tốc độ như hiện nay, năm 2025 dự kiến đạt 13,1 bác sĩ/vạn dân". */
function projectionClause(input: AssessmentInput, figures: Figures, percent: boolean, lang: Language): string {
  const value = amount(figures.projected as number, percent, input.unit, lang);
  const year = figures.projectedYear === null ? '' : String(figures.projectedYear);
  // A rate is projected no further than 100%, its natural bound: said as a most.
  const bound = percent && input.measure !== 'growth' && figures.projected === 1;
  if (lang === 'vi')
    return `; nếu giữ tốc độ như hiện nay, ${year ? `năm ${year}` : 'cuối giai đoạn'} dự kiến đạt ${bound ? 'tối đa ' : ''}${value}`;
  return `; at the pace so far it would reach ${bound ? 'at most ' : ''}${value} ${year ? `in ${year}` : 'at the end of the term'}`;
}

/**
 * A period as officers name it: `2021-2024` → "giai đoạn 2021-2024" (with "bình quân" before it
 * for an average), `2024` → "năm 2024", `2025-9M` → "9 tháng năm 2025", `2025-6M` → "6 tháng đầu
 * năm 2025", `2025-Q1` → "quý I năm 2025"; in English "over 2021-2024", "in 2024", "in the first
 * nine months of 2025", "in Q1 2025".
 */
function periodName(text: string, lang: Language, average: boolean): PeriodName | ChitieuError {
  const m = /^\s*(\d{4})(?:\s*[-–]\s*(\d{4})|-Q([1-4])|-(3|6|9|12)M)?\s*$/u.exec(String(text));
  if (!m) {
    return chitieuError(
      'invalid-option',
      'assessment',
      {
        en: `period ${shown(text)} is not written as in the input layout (2024, 2021-2024, 2025-9M, 2025-Q1)`,
        vi: `kỳ ${shown(text)} không ghi theo bố cục đầu vào (2024, 2021-2024, 2025-9M, 2025-Q1)`,
      },
      { argument: 'period' },
    );
  }
  const [, from, to, quarter, months] = m;
  const vi = lang === 'vi';
  if (to !== undefined && to !== from) {
    const years = Number(to) - Number(from) + 1;
    const perYear = average && years > 1;
    const name = vi
      ? `${perYear ? 'bình quân ' : ''}giai đoạn ${from}-${to}`
      : `${perYear ? 'over' : 'in'} ${from}-${to}`;
    return { name, years, perYear };
  }
  if (quarter !== undefined) {
    const q = Number(quarter);
    return { name: vi ? `quý ${QUARTERS[q - 1]} năm ${from}` : `in Q${q} ${from}`, years: 1, perYear: false };
  }
  if (months !== undefined) {
    const n = Number(months);
    const en = { 3: 'three months', 6: 'six months', 9: 'nine months', 12: 'twelve months' }[n];
    const name = vi
      ? n === 12
        ? `cả năm ${from}`
        : n === 9
          ? `9 tháng năm ${from}`
          : `${n} tháng đầu năm ${from}`
      : n === 12
        ? `in the whole of ${from}`
        : `in the first ${en} of ${from}`;
    return { name, years: 1, perYear: false };
  }
  return { name: vi ? `năm ${from}` : `in ${from}`, years: 1, perYear: false };
}

interface ReadInput {
  lang: Language;
  figures: Figures;
}

const FIGURES = [
  'achieved',
  'percentOfTarget',
  'needed',
  'projected',
  'projectedYear',
  'yearsElapsed',
  'termYears',
  'yearOnYear',
] as const;

function readInput(input: AssessmentInput): ReadInput | ChitieuError {
  const bad = (argument: string, en: string, vi: string) =>
    chitieuError('invalid-option', 'assessment', { en, vi }, { argument });
  if (isChitieuError(input)) return input;
  if (typeof input !== 'object' || input === null)
    return bad(
      'input',
      `input must be an object (got ${shown(input)})`,
      `đầu vào phải là một đối tượng (nhận được ${shown(input)})`,
    );
  for (const value of Object.values(input)) if (isChitieuError(value)) return value;
  const lang = langOf(input.lang ?? 'vi');
  if (lang === null) return badLang('assessment', input.lang, 'lang');
  if (typeof input.indicator !== 'string' || input.indicator.trim() === '')
    return bad(
      'indicator',
      `indicator must be the indicator's name (got ${shown(input.indicator)})`,
      `indicator phải là tên chỉ tiêu (nhận được ${shown(input.indicator)})`,
    );
  if (!['growth', 'level', 'cumulative', 'coverage'].includes(input.measure as string))
    return bad(
      'measure',
      `measure must be growth, level, cumulative or coverage (got ${shown(input.measure)})`,
      `measure phải là growth, level, cumulative hoặc coverage (nhận được ${shown(input.measure)})`,
    );
  if (input.verdict !== null && (typeof input.verdict !== 'string' || !VERDICTS.has(input.verdict)))
    return bad(
      'verdict',
      `unknown verdict ${shown(input.verdict)}`,
      `mã đánh giá không hợp lệ ${shown(input.verdict)}`,
    );
  if (input.scope !== undefined && !['term', 'year', 'quarter'].includes(input.scope))
    return bad(
      'scope',
      `scope must be term, year or quarter (got ${shown(input.scope)})`,
      `scope phải là term, year hoặc quarter (nhận được ${shown(input.scope)})`,
    );
  if (input.yearOnYearUnit !== undefined && input.yearOnYearUnit !== 'index' && input.yearOnYearUnit !== 'points')
    return bad(
      'yearOnYearUnit',
      `yearOnYearUnit must be index or points (got ${shown(input.yearOnYearUnit)})`,
      `yearOnYearUnit phải là index hoặc points (nhận được ${shown(input.yearOnYearUnit)})`,
    );
  if (input.figureStatus !== undefined && !FIGURE_STATUSES.includes(input.figureStatus))
    return bad(
      'figureStatus',
      `figureStatus must be official, preliminary or estimate (got ${shown(input.figureStatus)})`,
      `figureStatus phải là official (chính thức), preliminary (sơ bộ) hoặc estimate (ước) (nhận được ${shown(input.figureStatus)})`,
    );
  if (!isBlank(input.neededUnit) && !['growth', 'points', 'amount', 'people'].includes(input.neededUnit as string))
    return bad(
      'neededUnit',
      `neededUnit must be growth, points, amount or people (got ${shown(input.neededUnit)})`,
      `neededUnit phải là growth, points, amount hoặc people (nhận được ${shown(input.neededUnit)})`,
    );
  const figures = {} as Figures;
  for (const name of FIGURES) {
    const raw: unknown = input[name];
    if (isBlank(raw)) {
      figures[name] = null;
      continue;
    }
    const x = toNumber(raw, 'assessment', name);
    if (typeof x !== 'number') return x;
    figures[name] = x;
  }
  const period = periodName(input.period, lang, false);
  if (isChitieuError(period)) return period;
  if (input.verdict !== 'no-data' && input.verdict !== 'no-target' && figures.achieved === null)
    return chitieuError(
      'no-data',
      'assessment',
      {
        en: `the verdict ${input.verdict} needs the achieved figure, which is blank`,
        vi: `đánh giá ${input.verdict} cần số đã đạt, nhưng ô này để trống`,
      },
      { argument: 'achieved' },
    );
  return { lang, figures };
}

/** Columns for the array form of {@link assessment}: each field a column or one value for every row. */
export type AssessmentColumns = {
  [K in keyof AssessmentInput]: ColumnOrValue<AssessmentInput[K]>;
};

const COLUMN_KEYS = [
  'indicator',
  'measure',
  'verdict',
  'period',
  'achieved',
  'unit',
  'target',
  'scope',
  'direction',
  'percentOfTarget',
  'needed',
  'neededUnit',
  'remaining',
  'projected',
  'projectedYear',
  'yearsElapsed',
  'termYears',
  'yearOnYear',
  'yearOnYearUnit',
  'area',
  'figureStatus',
] as const;

/**
 * Array form of {@link assessment}: one sentence per row (a table's indicators), each field a
 * column or one value for every row; `lang` is one value.
 *
 * @example
 * assessment.array({ indicator: ['GRDP growth', 'Doctors per 10,000'], measure: ['growth', 'level'], verdict: ['hard', 'no-data'], period: ['2021-2024', '2021-2025'], achieved: [0.0764, null], unit: ['%', 'doctors'], percentOfTarget: [0.764, null], figureStatus: 'estimate', lang: 'en' }).values
 * //=> ['GRDP growth averaged an estimated 7.64% a year over 2021-2024, 76.4% of the resolution\'s target: hard to achieve.', 'Doctors per 10,000 in 2021-2025: no data.']
 */
assessment.array = function assessmentArray(
  columns: AssessmentColumns,
): { values: Array<string | null>; errors: Map<number, ChitieuError> } | ChitieuError {
  if (typeof columns !== 'object' || columns === null)
    return chitieuError('invalid-option', 'assessment', {
      en: `columns must be an object (got ${shown(columns)})`,
      vi: `columns phải là một đối tượng (nhận được ${shown(columns)})`,
    });
  const present = COLUMN_KEYS.filter((key) => columns[key] !== undefined);
  const rows = rowCount(
    'assessment',
    present.map((key) => columns[key]),
    present,
  );
  if (typeof rows !== 'number') return rows;
  const result = { values: new Array<string | null>(rows).fill(null), errors: rowErrors() };
  for (let i = 0; i < rows; i++) {
    const row = Object.fromEntries(present.map((key) => [key, cell(columns[key] as ColumnOrValue<unknown>, i)]));
    const answer = assessment({ ...(row as unknown as AssessmentInput), lang: columns.lang as Lang | undefined });
    if (isChitieuError(answer)) result.errors.set(i, { ...answer, row: i });
    else result.values[i] = answer;
  }
  return result;
};
