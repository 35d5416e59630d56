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
const higher = (kind: string, direction: string) =>
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
export function statusExpression(a: string, direction: string): string {
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
  return `IF(${higher('targetKind', direction)},${side('>', '>=', '+', '-')},${side('<', '<=', '-', '+')})`;
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
 * The term verdict (core `termVerdict`) in native functions, by how the term sums up. The last
 * plan year with data gives the final status; before that the mid-term judgement:
 * - growth: needed g (the REQUIREDAVG formula) ≤ 0 → already achieved; ≤ the best year so far
 *   (MAX, or MIN when lower is better) → likely; above the ceiling setting → out of reach; else hard;
 * - level, rate: met now → already achieved; needed growth above the ceiling → out of reach (not
 *   for rates); no base value → too little data; R = CAGR_actual / CAGR_required ≥ the "likely"
 *   setting → likely; else hard. A rate outside 0-100% in any year → check data;
 * - cumulative: met → already achieved; sum / target ≥ likely × k/T → likely; the yearly amount
 *   needed above (1 + ceiling) × the average so far → out of reach; else hard.
 */
export function verdictFormula(measure: 'growth' | 'level' | 'rate' | 'cumulative'): FormulaInput {
  const a = '{achieved}';
  const r = '{targetValue}';
  const hi = higher('targetKind', 'direction');
  const final = 'ISNUMBER({last:years})';
  const S = statusExpression(a, 'direction');
  // Met now: the status is exceeded or achieved. MATCH over an array constant names the status
  // expression once, not twice: the formula must stay within Excel's 8,192 characters.
  const met = `ISNUMBER(MATCH(${S},{{text:exceeded},{text:achieved}},0))`;
  const k = '({latestYear:years}-{setting:baseYear})';
  const T = '{n:years}';
  const eps = '1E-9';
  let midTerm: string;
  if (measure === 'growth') {
    const g = requiredAverageExpression;
    midTerm =
      `IF(AND(${hi},${g}<=${eps}),{text:alreadyAchieved},IF(IF(${hi},${g}<=MAX({range:years})+${eps},${g}>=MIN({range:years})-${eps}),{text:likely},` +
      `IF(IF(${hi},${g},-${g})>{setting:ceiling},{text:outOfReach},{text:hard})))`;
  } else if (measure === 'cumulative') {
    const perYear = `((${r}-${a})/(${T}-${k}))`;
    const average = `(${a}/COUNT({range:years}))`;
    const projected = `(${a}+${average}*(${T}-${k}))`;
    // Likely: on pace, and no remaining year needs more than the best year so far.
    const reachable = `${perYear}<=MAX({range:years})+${eps}*MAX(1,ABS(${perYear}),ABS(MAX({range:years})))`;
    const behind =
      `IF(AND(${a}/${r}>={setting:likely}*${k}/${T}-${eps},${reachable}),{text:likely},` +
      `IF(IF(${average}>0,${perYear}/${average}-1>{setting:ceiling},FALSE()),{text:outOfReach},{text:hard}))`;
    // A cap on a total: over it already cannot be undone; within it, judged on the projected total.
    const withinCap = `IF(${projected}<=${r}+${eps}*MAX(1,ABS(${r}),ABS(${projected})),{text:likely},{text:hard})`;
    midTerm = `IF(${met},IF(${hi},{text:alreadyAchieved},${withinCap}),IF(${hi},${behind},{text:outOfReach}))`;
  } else {
    const left = `(${T}-${k})`;
    const growth = `((${r}/${a})^(1/${left})-1)`;
    // IF, not AND: Excel evaluates every argument of AND, and the growth divides by the latest value.
    const tooFast =
      measure === 'level'
        ? `IF(AND(${a}>0,${r}>=0),IF(${hi},${growth},-${growth})>{setting:ceiling},FALSE())`
        : 'FALSE()';
    const actual = `((${a}/{base})^(1/${k})-1)`;
    const required = `((${r}/{base})^(1/${T})-1)`;
    midTerm =
      `IF(${met},{text:alreadyAchieved},IF(${tooFast},{text:outOfReach},IF(OR(NOT(ISNUMBER({base})),N({base})<=0,${a}<0,${r}<0),{text:tooLittleData},` +
      `IF(NOT(IF(${hi},${required}>0,${required}<0)),{text:hard},IF(${actual}/${required}>={setting:likely}-${eps},{text:likely},{text:hard})))))`;
  }
  const judged = `IF(${final},${S},${midTerm})`;
  // A term total or average with a plan year missing before the latest is neither (core:
  // too-little-data): the missing year has passed, and its figure is unknown, never 0.
  const portable =
    measure === 'rate'
      ? `IF(OR(MIN({range:years})<0,MAX({range:years})>1,AND(ISNUMBER({base}),OR(N({base})<0,N({base})>1))),{text:checkData},${judged})`
      : measure === 'cumulative' || measure === 'growth'
        ? `IF(COUNT({range:years})<${k},{text:tooLittleData},${judged})`
        : judged;
  return {
    live:
      `CHITIEU.VERDICT("${measure === 'rate' ? 'level' : measure}",{target},{base},{range:years},${directionToken('direction')},` +
      `${measure === 'rate' ? 'TRUE' : 'FALSE'},{setting:band},{setting:likely},{setting:ceiling},{text:language})`,
    portable,
    needs: ['years', 'targetValue'],
    compute: computations.verdict,
    core: 'termVerdict',
  };
}

/** g_req of an average-rate target over the year columns (core `requiredAverageGrowth`). */
const requiredAverageExpression =
  '(((1+{targetValue})^{n:years}/{prod1p:years})^(1/({n:years}-COUNT({range:years})))-1)';

/**
 * What the remaining years still need (core `termVerdict`'s `needed`), in the indicator's unit:
 * growth per year (average-rate targets, levels), percentage points (rates), the remaining
 * amount (term totals). "Đã đạt" when the verdict says so, "–" once the term is over or when it
 * cannot be computed. Reads the verdict column, so the two always agree.
 */
export function neededFormula(measure: 'growth' | 'level' | 'rate' | 'cumulative'): FormulaInput {
  const a = '{achieved}';
  const r = '{targetValue}';
  const left = '({n:years}-({latestYear:years}-{setting:baseYear}))';
  const amount = {
    growth: { live: 'CHITIEU.REQUIREDAVG({targetValue},{n:years},{range:years})', portable: requiredAverageExpression },
    level: {
      live: `IF(AND(${a}>0,${r}>=0),CHITIEU.REQUIREDGROWTH(${a},${r},${left}),"–")`,
      portable: `IF(AND(${a}>0,${r}>=0),(${r}/${a})^(1/${left})-1,"–")`,
    },
    // Percentage points are fractions like every rate (2,5 điểm % is 0.025); ROUND drops binary noise.
    rate: { live: `ROUND(${r}-${a},12)`, portable: `ROUND(${r}-${a},12)` },
    cumulative: { live: `${r}-${a}`, portable: `${r}-${a}` },
  }[measure];
  const wrap = (f: string) =>
    `IF({verdict}={text:alreadyAchieved},{text:alreadyAchieved},IF(OR(ISNUMBER({last:years}),{verdict}={text:checkData}${measure === 'cumulative' || measure === 'growth' ? ',{verdict}={text:tooLittleData}' : ''}),"–",${f}))`;
  return {
    live: wrap(amount.live),
    portable: wrap(amount.portable),
    needs: ['years', 'targetValue'],
    compute: computations.needed,
    core: 'termVerdict',
    // Lower is better for an average rate or a total: what is left is an allowance, written as a
    // most. A rate or level needs a rise or a fall, said in words ("giảm 0,20 điểm %"), never a
    // negative figure.
    format: measure === 'rate' ? 'pointsChange' : measure === 'level' ? 'percentChange' : 'allowance',
  };
}

/**
 * Percent of target (so với kế hoạch, core `attainment`): actual / target where higher is
 * better; where lower is better (a ceiling, a poverty rate) mirrored about 100%, 2 − actual /
 * target, at least 0: 1,70% against "dưới 1,5%" is 86,67%, so that under 100% always reads as
 * short of the target (docs/method.md, "Percent of target").
 */
export function attainmentFormula(actual: string, target = 'targetValue'): FormulaInput {
  const mirrored = (ratio: string) => `IF(${higher('targetKind', 'direction')},${ratio},MAX(0,2-${ratio}))`;
  return {
    live: mirrored(`CHITIEU.ATTAINMENT({${actual}},{${target}})`),
    portable: mirrored(`{${actual}}/{${target}}`),
    needs: [actual, target],
    compute: computations.attainment,
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
