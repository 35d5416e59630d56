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
import type { FormulaInput } from '../definition.js';
import { computations } from '../layout/compute.js';

/**
 * Higher is better for this row: a floor says so, a ceiling says the opposite, else the
 * direction column, which shows the report language's words ("Thấp hơn là tốt").
 */
export const higherExpression = (kind: string, direction: string) =>
  `OR({${kind}}="≥",{${kind}}=">",AND({${kind}}<>"≤",{${kind}}<>"<",{${direction}}<>{text:lower}))`;

/** The direction column's word as the token the add-in's functions take ("higher" / "lower"). */
const directionToken = (direction: string) => `IF({${direction}}={text:lower},"lower","higher")`;

/**
 * Status of the expression `a` against the row's target (core `status`), in native functions:
 * exceeded beyond the far end of a point/about/range target, achieved at or past the near end
 * (strictly for `>`/`<`), nearly achieved within the band setting (relative to the near end),
 * not achieved otherwise. An about target (≈) is met within the band either side: its near end
 * sits band × |target| short of it, its far end as far beyond.
 */
export function statusExpression(
  a: string,
  direction: string,
  higherTest = higherExpression('targetKind', direction),
): string {
  const r = '{targetValue}';
  const k = '{targetKind}';
  const tolerance = `IF(${k}="≈",{setting:band}*ABS(${r}),0)`;
  const hasFar = `OR(${k}="=",${k}="≈",${k}="–")`;
  const loose = `AND(${k}<>">",${k}<>"<")`;
  const side = (gt: string, ge: string, sign: string, back: string) => {
    const near = `(${r}${back}${tolerance})`;
    const far = `IF(ISNUMBER({targetBeyond}),{targetBeyond},${r}${sign}${tolerance})`;
    return (
      `IF(AND(${hasFar},${a}${gt}${far}),{text:exceeded},IF(OR(${a}${gt}${near},AND(${a}=${near},${loose})),{text:achieved},` +
      `IF(AND({setting:band}>0,${a}${ge}${near}${back}{setting:band}*ABS(${near})),{text:nearlyAchieved},{text:notAchieved})))`
    );
  };
  return `IF(${higherTest},${side('>', '>=', '+', '-')},${side('<', '<=', '-', '+')})`;
}

/** A rate (unit %) outside 0-100% is a data error shown as one ("Kiểm tra số liệu"), never a status. */
const outsideShare = (a: string) => `OR(${a}<0,${a}>1)`;

/**
 * Status of `actual` against the target (core `status`). With `rate`, the value is a share: one
 * outside 0-100% reads "check data" in both modes.
 */
export function statusFormula(
  keys: { actual: string; direction: string },
  options: { rate?: boolean } = {},
): FormulaInput {
  const a = `{${keys.actual}}`;
  const live = `CHITIEU.STATUS(${a},{target},${directionToken(keys.direction)},{setting:band},{text:language})`;
  const portable = statusExpression(a, keys.direction);
  const checked = (f: string) => (options.rate ? `IF(${outsideShare(a)},{text:checkData},${f})` : f);
  return {
    live: checked(live),
    portable: checked(portable),
    needs: [keys.actual, 'targetValue'],
    compute: options.rate ? computations.statusOfRate : computations.status,
    core: 'status',
  };
}

/**
 * Percent of target (so với kế hoạch, core `attainment`): actual / target where higher is
 * better; where lower is better (a ceiling, a poverty rate) mirrored about 100%, 2 − actual /
 * target, at least 0: 1,70% against "dưới 1,5%" is 86,67%, so that under 100% always reads as
 * short of the target (docs/method.md, "Percent of target").
 */
export function attainmentFormula(
  actual: string,
  target = 'targetValue',
  options: { mirrored?: boolean } = {},
): FormulaInput {
  const plain = options.mirrored === false;
  const shown = (ratio: string) =>
    plain ? ratio : `IF(${higherExpression('targetKind', 'direction')},${ratio},MAX(0,2-${ratio}))`;
  return {
    live: shown(`CHITIEU.ATTAINMENT({${actual}},{${target}})`),
    portable: shown(`{${actual}}/{${target}}`),
    needs: [actual, target],
    compute: plain ? computations.shareOfPlan : computations.attainment,
    core: 'attainment',
  };
}

/** Year on year as a development index (chỉ số phát triển, core `developmentIndex`): current / previous. */
export function indexFormula(previous: string, current: string): FormulaInput {
  return {
    live: `CHITIEU.GROWTHINDEX({${previous}},{${current}})`,
    portable: `{${current}}/{${previous}}`,
    needs: [previous, current],
    compute: computations.developmentIndex,
    core: 'developmentIndex',
  };
}
