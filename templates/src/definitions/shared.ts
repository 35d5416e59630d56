/**
 * Formula pieces several templates share, written once. They are plain strings over column
 * keys (see ../definition.ts for the placeholders); the functions only choose which columns
 * play which part, so each template file still reads as data.
 *
 * Target columns, common to every template: `targetKind` holds the kind of the parsed target as
 * a symbol (≥ floor, > strict floor, ≤ ceiling, < strict ceiling, = point, ≈ about, – range),
 * `targetValue` the level that must be reached (the bound of a floor or ceiling, the point, the
 * near end of a range) and `targetBeyond` the far end of a range (blank otherwise).
 */
import type { Formula } from '../definition.js';

/** Higher is better for this row: a floor says so, a ceiling says the opposite, else the direction column. */
const higher = (kind: string, direction: string) =>
  `OR({${kind}}="≥",{${kind}}=">",AND({${kind}}<>"≤",{${kind}}<>"<",{${direction}}<>"lower"))`;

/**
 * Status of `actual` against the target (core `status`), in native functions: exceeded beyond the
 * far end of a point/about/range target, achieved at or past the near end (strictly for `>`/`<`),
 * nearly achieved within the band setting (relative to the target), not achieved otherwise.
 */
export function statusFormula(keys: { actual: string; direction: string }): Formula {
  const a = `{${keys.actual}}`;
  const r = '{targetValue}';
  const k = '{targetKind}';
  const far = `IF(ISNUMBER({targetBeyond}),{targetBeyond},${r})`;
  const hasFar = `OR(${k}="=",${k}="≈",${k}="–")`;
  const loose = `AND(${k}<>">",${k}<>"<")`;
  const side = (gt: string, ge: string, sign: string) =>
    `IF(AND(${hasFar},${a}${gt}${far}),{text:exceeded},IF(OR(${a}${gt}${r},AND(${a}=${r},${loose})),{text:achieved},` +
    `IF(AND({setting:band}>0,${a}${ge}${r}${sign}{setting:band}*ABS(${r})),{text:nearlyAchieved},{text:notAchieved})))`;
  return {
    live: `CHITIEU.STATUS(${a},{target},{${keys.direction}},{setting:band},{text:language})`,
    portable: `IF(${higher('targetKind', keys.direction)},${side('>', '>=', '-')},${side('<', '<=', '+')})`,
    needs: [keys.actual, 'targetValue'],
    compute: 'status',
    core: 'status',
  };
}

/** Percent of target (so với kế hoạch, core `attainment`): actual / target, direction-neutral. */
export function attainmentFormula(actual: string, target = 'targetValue'): Formula {
  return {
    live: `CHITIEU.ATTAINMENT({${actual}},{${target}})`,
    portable: `{${actual}}/{${target}}`,
    needs: [actual, target],
    compute: 'attainment',
    core: 'attainment',
  };
}

/** Year on year as a development index (chỉ số phát triển, core `developmentIndex`): current / previous. */
export function indexFormula(previous: string, current: string): Formula {
  return {
    live: `CHITIEU.GROWTHINDEX({${previous}},{${current}})`,
    portable: `{${current}}/{${previous}}`,
    needs: [previous, current],
    compute: 'developmentIndex',
    core: 'developmentIndex',
  };
}

/**
 * Term forecast (core `onTrack`, Statistics Canada / Open SDG ratio R) in native functions:
 * already achieved; else R = CAGR_actual / CAGR_required against 95% and 60%; a target that
 * does not lie ahead of the base in the good direction means deterioration. Rate indicators
 * (unit starting with %) with a 0% or 100% target count as achieved within 1 pp (UNSD).
 */
export function onTrackFormula(keys: { base: string; latest: string; latestYear: string; direction: string }): Formula {
  const y0 = `{${keys.base}}`;
  const yk = `{${keys.latest}}`;
  const Y = '{targetValue}';
  const hi = higher('targetKind', keys.direction);
  const k = `(${keys.latestYear}-{setting:baseYear})`;
  const T = '({setting:endYear}-{setting:baseYear})';
  const strictOk = `OR(AND({targetKind}<>">",{targetKind}<>"<"),${yk}<>${Y})`;
  const beyond = `IF(${hi},${yk}>=${Y},${yk}<=${Y})`;
  const nearLimit = `AND(LEFT({unit},1)="%",OR(${Y}=0,${Y}=1),ABS(${yk}-${Y})<=0.010000000001)`;
  const achieved = `OR(AND(${beyond},${strictOk}),${nearLimit})`;
  const required = `((${Y}/${y0})^(1/${T})-1)`;
  const actual = `((${yk}/${y0})^(1/${k})-1)`;
  const forward = `IF(${hi},${required}>0,${required}<0)`;
  const r = `${actual}/${required}`;
  return {
    live: `CHITIEU.ONTRACK(${y0},{setting:baseYear},${yk},${keys.latestYear},{target},{setting:endYear},{${keys.direction}},{text:language})`,
    portable:
      `IF(OR(${k}<=0,${y0}<=0),SQRT(-1),IF(${achieved},{text:onTrackAchieved},IF(NOT(${forward}),{text:deterioration},` +
      `IF(${r}>=0.95-1E-12,{text:onTrack},IF(${r}>=0.6-1E-12,{text:accelerationNeeded},IF(${r}>=-1E-12,{text:limitedProgress},{text:deterioration}))))))`,
    needs: [keys.base, keys.latest, 'targetValue'],
    compute: 'onTrack',
    core: 'onTrack',
  };
}
