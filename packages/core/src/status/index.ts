import { chitieuError, isChitieuError, type ChitieuError } from '../errors/index.js';
import { shown } from '../_lib/shown.js';
import { isBlank, toNumber } from '../toNumber/index.js';
import { parseTarget, type ParsedTarget } from '../parseTarget/index.js';
import type { CodeColumnResult, ColumnOrValue } from '../column/index.js';
import { cell, codeColumn, numbersOf, rowCount } from '../_lib/arrayForm.js';
import { compareAtPrecision } from '../_lib/compare.js';
import { badLang, langOf, type Lang, type Language } from '../_lib/lang.js';

/**
 * The verdict on a value against its target. `check-data` (kiểm tra số liệu) is not a result
 * but a data error shown as one: a rate (`rate: true`) outside 0-100%, such as 9.602 people
 * covered out of 9.415.
 */
export type StatusCode = 'exceeded' | 'achieved' | 'nearly-achieved' | 'not-achieved' | 'no-data' | 'check-data';

/** Which way is good for the indicator. */
export type Direction = 'higher' | 'lower';

/** How to judge; every field is optional and visible, never a hidden constant. */
export interface StatusOptions {
  /** `higher` (default) or `lower` is better. A floor target implies higher, a ceiling lower. */
  direction?: Direction;
  /**
   * The "nearly achieved" (xấp xỉ đạt) band short of the target. Default 0.05, relative: within
   * 5% of the target. 0 turns the category off (some tables have none).
   */
  band?: number;
  /** `relative` (default: band × |target|) or `absolute` (band in the value's unit, e.g. 0.01 = 1 pp). */
  bandType?: 'relative' | 'absolute';
  /**
   * The tolerance either side of an about target (`khoảng 4%`), measured like the band
   * (`bandType`). Default: the band itself, so one editable setting governs both.
   */
  aboutTolerance?: number;
  /** The value is a rate or a share (a fraction of 1): outside 0-100% it is a data error, `check-data`. */
  rate?: boolean;
  /** Reporting precision: compare values rounded to this many decimals (Excel ROUND). */
  decimals?: number;
  /** Locale for a target given as text (default `vi`). */
  locale?: Lang;
}

/** A target as a number, as text (`95% trở lên`), or already parsed. */
export type TargetInput = number | string | ParsedTarget | ChitieuError | null | undefined;

interface Rules {
  direction: Direction | undefined;
  band: number;
  tolerance: number;
  rate: boolean;
  absolute: boolean;
  decimals: number | undefined;
  locale: Language;
}

/**
 * Status of a value against its target (đánh giá mức độ hoàn thành chỉ tiêu), as officials
 * give it: `exceeded` (vượt), `achieved` (đạt), `nearly-achieved` (xấp xỉ đạt),
 * `not-achieved` (không đạt), or `no-data` (chưa có số liệu) when the value is blank.
 *
 * By the kind of target (see {@link parseTarget}):
 * - point: beyond it in the good direction is exceeded; equal at the reported precision is
 *   achieved;
 * - about (`khoảng 4%`): within the tolerance either side (`aboutTolerance`, default the band)
 *   is achieved, beyond it in the good direction exceeded (3,88% unemployment against
 *   "khoảng 4%" is achieved; 2,79% CPI against "khoảng 4%" exceeded);
 * - range: inside is achieved, beyond the good end is exceeded;
 * - floor (`95% trở lên`) or ceiling (`dưới 4%`): satisfied is achieved, never exceeded
 *   (3,1% unemployment against "dưới 4%" was reported as đạt);
 * - short of the target: nearly achieved within the band (beyond the tolerance, for an about
 *   target), otherwise not achieved;
 * - with `rate: true`, a value outside 0-100% is `check-data`: a data error, never a result.
 * A floor implies higher is better and a ceiling lower; for the other kinds the direction
 * comes from `options.direction` (default higher). Equality is judged at `options.decimals`
 * when given, else within a relative 1e-9, never by raw float equality.
 *
 * Errors: `#N/A` for a blank target; `#VALUE!` for an unreadable target, bad options, or a
 * direction that contradicts a floor/ceiling target; an error value as input passes through.
 *
 * @param actual achieved value (blank gives `no-data`)
 * @param target a number, a target text, or a parsed target
 * @param options direction, band, bandType, aboutTolerance, rate, decimals, locale
 *
 * @example
 * status(0.925, '95% trở lên')
 * //=> 'nearly-achieved'
 * @example
 * status(0.031, 'dưới 4%')
 * //=> 'achieved'
 * @example
 * status(0.0668, 0.06)
 * //=> 'exceeded'
 * @example
 * status(0.031, 0.04, { direction: 'lower' })
 * //=> 'exceeded'
 * @example
 * status(null, 0.95)
 * //=> 'no-data'
 * @example
 * status(0.0388, 'khoảng 4%', { direction: 'lower' })
 * //=> 'achieved'
 * @example
 * status(1.0199, '95% trở lên', { rate: true })  // 9.602 covered of 9.415 people
 * //=> 'check-data'
 */
export function status(actual: unknown, target: TargetInput, options: StatusOptions = {}): StatusCode | ChitieuError {
  const rules = readRules(options);
  if (isChitieuError(rules)) return rules;
  if (isChitieuError(actual)) return actual;
  if (isBlank(actual)) return 'no-data';
  const a = toNumber(actual, 'status', 'actual');
  if (typeof a !== 'number') return a;
  if (rules.rate && (a < 0 || a > 1)) return 'check-data';
  const parsed = readTarget(target, rules.locale);
  if (isChitieuError(parsed)) return parsed;
  return judge(a, parsed, rules);
}

function readTarget(target: TargetInput, locale: Language): ParsedTarget | ChitieuError {
  if (isBlank(target)) {
    return chitieuError('no-data', 'status', {
      en: 'the target is blank: there is nothing to judge against',
      vi: 'chỉ tiêu để trống: không có gì để so sánh',
    });
  }
  return parseTarget(target as Exclude<TargetInput, null | undefined>, locale);
}

function readRules(options: StatusOptions): Rules | ChitieuError {
  const bad = (en: string, vi: string) => chitieuError('invalid-option', 'status', { en, vi });
  if (typeof options !== 'object' || options === null) {
    return bad('options must be an object', 'tùy chọn phải là một đối tượng');
  }
  const { direction, band = 0.05, bandType = 'relative', decimals, locale = 'vi', rate = false } = options;
  const { aboutTolerance = band } = options;
  if (direction !== undefined && direction !== 'higher' && direction !== 'lower') {
    return bad(
      `direction must be "higher" or "lower" (got ${shown(direction)})`,
      `hướng phải là "higher" hoặc "lower" (nhận được ${shown(direction)})`,
    );
  }
  if (typeof band !== 'number' || !(band >= 0) || !Number.isFinite(band)) {
    return bad(
      `band must be a number ≥ 0 (got ${shown(band)})`,
      `biên xấp xỉ đạt phải là số ≥ 0 (nhận được ${shown(band)})`,
    );
  }
  if (typeof aboutTolerance !== 'number' || !(aboutTolerance >= 0) || !Number.isFinite(aboutTolerance)) {
    return bad(
      `aboutTolerance must be a number ≥ 0 (got ${shown(aboutTolerance)})`,
      `dung sai của chỉ tiêu "khoảng" phải là số ≥ 0 (nhận được ${shown(aboutTolerance)})`,
    );
  }
  if (typeof rate !== 'boolean') {
    return bad(
      `rate must be true or false (got ${shown(rate)})`,
      `rate phải là true hoặc false (nhận được ${shown(rate)})`,
    );
  }
  if (bandType !== 'relative' && bandType !== 'absolute') {
    return bad(
      `bandType must be "relative" or "absolute" (got ${shown(bandType)})`,
      `bandType phải là "relative" hoặc "absolute" (nhận được ${shown(bandType)})`,
    );
  }
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 15)) {
    return bad(
      `decimals must be a whole number from 0 to 15 (got ${shown(decimals)})`,
      `số chữ số thập phân phải là số nguyên từ 0 đến 15 (nhận được ${shown(decimals)})`,
    );
  }
  const lang = langOf(locale);
  if (lang === null) return badLang('status', locale);
  return {
    direction,
    band,
    tolerance: aboutTolerance,
    rate,
    absolute: bandType === 'absolute',
    decimals,
    locale: lang,
  };
}

/** The verdict on a checked number against a parsed target. */
function judge(a: number, target: ParsedTarget, rules: Rules): StatusCode | ChitieuError {
  const implied: Direction | undefined =
    target.kind === 'floor' ? 'higher' : target.kind === 'ceiling' ? 'lower' : undefined;
  if (implied && rules.direction && implied !== rules.direction) {
    return chitieuError('invalid-option', 'status', {
      en: `a ${target.kind} target means ${implied} is better, but direction is "${rules.direction}"`,
      vi: `chỉ tiêu dạng ${target.kind === 'floor' ? '"trở lên"' : '"dưới/không quá"'} nghĩa là ${implied === 'higher' ? 'càng cao càng tốt' : 'càng thấp càng tốt'}, nhưng hướng đã chọn là "${rules.direction}"`,
    });
  }
  const sign = (implied ?? rules.direction ?? 'higher') === 'higher' ? 1 : -1;
  const low = target.low as number;
  const high = target.high as number;
  switch (target.kind) {
    case 'point':
      return verdict(a, low, low, false, sign, rules);
    case 'about': {
      // Within the tolerance either side is achieved: the near end sits the tolerance short of
      // the target, the far end the tolerance beyond it.
      const tolerance = rules.absolute ? rules.tolerance : rules.tolerance * Math.abs(low);
      return verdict(a, low - sign * tolerance, low + sign * tolerance, false, sign, rules);
    }
    case 'range':
      return sign > 0 ? verdict(a, low, high, false, sign, rules) : verdict(a, high, low, false, sign, rules);
    case 'floor':
      return verdict(a, low, NaN, !target.inclusive, sign, rules);
    case 'ceiling':
      return verdict(a, high, NaN, !target.inclusive, sign, rules);
  }
}

/**
 * The rules of the domain document in one place. `reach` is the value to reach, `beyond` the
 * one past which the value is exceeded (NaN for a floor or ceiling, which is never exceeded),
 * `sign` +1 when higher is better and −1 when lower is (mirroring lets one set of rules serve
 * both directions). A module function without closures, so the array form's loop inlines it.
 */
function verdict(a: number, reach: number, beyond: number, strict: boolean, sign: number, rules: Rules): StatusCode {
  const decimals = rules.decimals;
  if (beyond === beyond && sign * compareAtPrecision(a, beyond, decimals) > 0) return 'exceeded';
  const reached = sign * compareAtPrecision(a, reach, decimals);
  if (reached > 0 || (reached === 0 && !strict)) return 'achieved';
  const width = rules.absolute ? rules.band : rules.band * Math.abs(reach);
  if (width > 0 && sign * compareAtPrecision(a, reach - sign * width, decimals) >= 0) return 'nearly-achieved';
  return 'not-achieved';
}

/**
 * Array form of {@link status}: one code per row; `target` is a column or one target for all.
 * Numeric targets take a fast path; a run of the same target text down a column is parsed once.
 *
 * @example
 * status.array([0.96, 0.93, 0.5, null], '95% trở lên').values
 * //=> ['achieved', 'nearly-achieved', 'not-achieved', 'no-data']
 */
status.array = function statusArray(
  actual: ColumnOrValue<unknown>,
  target: ColumnOrValue<TargetInput>,
  options: StatusOptions = {},
): CodeColumnResult<StatusCode> | ChitieuError {
  const rows = rowCount('status', [actual, target], ['actual', 'target']);
  if (typeof rows !== 'number') return rows;
  const rules = readRules(options);
  if (isChitieuError(rules)) return rules;
  const a = numbersOf(actual, rows);
  const t = numbersOf(target, rows);
  // A numeric target is a point target: its direction is the option's (default higher).
  const sign = rules.direction === 'lower' ? -1 : 1;
  const result = codeColumn<StatusCode>(rows);
  const values = result.values;
  let lastText: unknown = undefined;
  let lastParsed: ParsedTarget | ChitieuError | undefined;
  for (let i = 0; i < rows; i++) {
    const x = a[i];
    const y = t[i];
    if (Number.isFinite(x) && Number.isFinite(y) && !(rules.rate && (x < 0 || x > 1))) {
      values[i] = verdict(x, y, y, false, sign, rules);
      continue;
    }
    const actualCell = cell(actual, i);
    const targetCell = cell(target, i);
    let answer: StatusCode | ChitieuError;
    if (Number.isFinite(x) && typeof targetCell === 'string' && !(rules.rate && (x < 0 || x > 1))) {
      // Parse a run of the same target text once: a report column usually repeats one target.
      if (targetCell !== lastText || lastParsed === undefined) {
        lastText = targetCell;
        lastParsed = readTarget(targetCell, rules.locale);
      }
      answer = isChitieuError(lastParsed) ? lastParsed : judge(x, lastParsed, rules);
    } else {
      answer = status(actualCell, targetCell as TargetInput, options);
    }
    if (typeof answer === 'string') values[i] = answer;
    else result.errors.set(i, answer);
  }
  return result;
};
