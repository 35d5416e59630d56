/**
 * The term verdict (core `termVerdict`) as a planner can follow it: named steps, each a column of
 * the method sheet ("Thuyết minh" / "Method"), then a verdict formula that reads them, and the
 * "needed" column that reads the verdict. The steps (docs/method.md, "The verdict, step by step"):
 * - `better`: how the row is judged, higher or lower is better (a floor, a ceiling, else the
 *   direction column), as the report language's words;
 * - `statusNow`: the status of what the term achieved so far against the target (core `status`);
 * - `yearsElapsed`: k, the plan year of the latest value (a blank year before it has passed);
 * - `requirement`: what each remaining year needs, in the indicator's unit ("–" once no year is
 *   left, with a past year missing for an average, or when it cannot be computed);
 * - `benchmark`: what the requirement is judged against: the best year so far (average rates,
 *   totals) or the Statistics Canada ratio R (levels, rates).
 * Each formula is the same relative formula on every row.
 */
import type { ColumnInput, FormulaInput } from '../definition.js';
import { computations } from '../layout/compute.js';
import { higherExpression, statusExpression } from './shared.js';

type Measure = 'growth' | 'level' | 'rate' | 'cumulative';

const EPS = '1E-9';
const T = '{n:years}';
const k = '{yearsElapsed}';
const left = `(${T}-${k})`;
const a = '{achieved}';
const r = '{targetValue}';
const H = '({better}={text:higher})';
const S = '{statusNow}';
const final = 'ISNUMBER({last:years})';
/** A plan year missing before the latest (core: an average or a total is then too little data). */
const gap = `COUNT({range:years})<${k}`;
/** No trend to measure from the base value: none, not above 0, or a negative latest value or target. */
const noBase = `OR(NOT(ISNUMBER({base})),N({base})<=0,${a}<0,${r}<0)`;

/** The direction column's word as the token the add-in's functions take ("higher" / "lower"). */
const directionToken = `IF({direction}={text:lower},"lower","higher")`;

/** A step column on the method sheet: one formula, or one per kind. */
function step(key: string, header: ColumnInput['header'], formulas: Pick<ColumnInput, 'formula' | 'byKind'>) {
  return {
    key,
    header,
    format: 'text',
    width: 12,
    role: 'formula',
    sheet: 'method',
    grouped: true,
    ...formulas,
  } satisfies ColumnInput;
}

/** The same native formula in both modes (the steps are arithmetic a planner reads). */
const native = (formula: string, rest: Omit<FormulaInput, 'live' | 'portable'>): FormulaInput => ({
  live: formula,
  portable: formula,
  ...rest,
});

/** The requirement of each kind, guarded: "–" once no plan year is left. */
const whileLeft = (formula: string) => `IF(${left}>0,${formula},"–")`;

const requiredAverage = `((1+${r})^${T}/{prod1p:years})^(1/${left})-1`;
const requiredLevel = `IF(AND(${a}>0,${r}>=0),(${r}/${a})^(1/${left})-1,"–")`;

export const verdictStepColumns: ColumnInput[] = [
  step(
    'better',
    { vi: 'Hướng đánh giá', en: 'Judged as' },
    {
      formula: native(`IF(${higherExpression('targetKind', 'direction')},{text:higher},{text:lower})`, {
        compute: computations.better,
        core: 'status (direction of a floor, a ceiling or the direction column)',
      }),
    },
  ),
  step(
    'statusNow',
    { vi: 'Đánh giá theo số liệu mới nhất', en: 'Status on the latest figures' },
    {
      formula: {
        live: `CHITIEU.STATUS(${a},{target},${directionToken},{setting:band},{text:language})`,
        portable: statusExpression(a, 'direction', H),
        needs: ['achieved', 'targetValue'],
        compute: computations.status,
        core: 'status',
      },
    },
  ),
  step(
    'yearsElapsed',
    { vi: 'Năm kế hoạch của số liệu mới nhất (k)', en: 'Plan year of the latest figure (k)' },
    {
      formula: native('{asOf}-{setting:baseYear}', {
        needs: ['years'],
        compute: computations.yearsElapsed,
        core: 'termVerdict (k)',
        format: 'integer',
      }),
    },
  ),
  step(
    'requirement',
    { vi: 'Cần đạt mỗi năm còn lại (tính)', en: 'Needed in the remaining years (computed)' },
    {
      byKind: {
        growth: {
          live: whileLeft(`IF(${gap},"–",CHITIEU.REQUIREDAVG(${r},${T},{range:years}))`),
          portable: whileLeft(`IF(${gap},"–",${requiredAverage})`),
          needs: ['years', 'targetValue'],
          compute: computations.requiredAverage,
          core: 'requiredAverageGrowth',
          format: 'percent2',
        },
        level: {
          live: whileLeft(`IF(AND(${a}>0,${r}>=0),CHITIEU.REQUIREDGROWTH(${a},${r},${left}),"–")`),
          portable: whileLeft(requiredLevel),
          needs: ['years', 'targetValue'],
          compute: computations.requiredLevel,
          core: 'requiredGrowth',
          format: 'percentChange',
        },
        rate: native(whileLeft(`ROUND(${r}-${a},12)`), {
          needs: ['years', 'targetValue'],
          compute: computations.requiredPoints,
          core: 'termVerdict (points, a fraction)',
          format: 'pointsChange',
        }),
        cumulative: native(whileLeft(`${r}-${a}`), {
          needs: ['years', 'targetValue'],
          compute: computations.requiredAmount,
          core: 'termVerdict (remaining amount)',
          format: 'byUnit',
        }),
      },
    },
  ),
  step(
    'benchmark',
    { vi: 'Mốc so sánh (năm tốt nhất; tỷ số R)', en: 'Benchmark (best year; ratio R)' },
    {
      byKind: {
        growth: native(`IF(${H},MAX({range:years}),MIN({range:years}))`, {
          needs: ['years', 'targetValue'],
          compute: computations.bestYear,
          core: 'termVerdict (best year)',
          format: 'percent2',
        }),
        level: native(
          `IF(${noBase},"–",IF(IF(${H},(${r}/{base})^(1/${T})-1>0,(${r}/{base})^(1/${T})-1<0),((${a}/{base})^(1/${k})-1)/((${r}/{base})^(1/${T})-1),"–"))`,
          {
            needs: ['years', 'targetValue'],
            compute: computations.paceRatio,
            core: 'onTrack (ratio R)',
            format: 'decimal2',
          },
        ),
        cumulative: native('MAX({range:years})', {
          needs: ['years', 'targetValue'],
          compute: computations.largestYear,
          core: 'termVerdict (best year)',
          format: 'byUnit',
        }),
      },
    },
  ),
];

/**
 * The verdict, from the steps. The last plan year with data gives the final status; before
 * that the mid-term judgement (docs/method.md, "Verdicts by where the term stands"):
 * - growth: a past year missing → too little data; needed ≤ 0 → already achieved; ≤ the best
 *   year (≥ when lower is better) → likely; beyond the ceiling setting → out of reach; else hard;
 * - level, rate: met now → already achieved; needed growth above the ceiling → out of reach (not
 *   for rates); no base → too little data; R ≥ the "likely" setting → likely; else hard. A rate
 *   outside 0-100% in any year → check data;
 * - cumulative: a past year missing → too little data; met → already achieved (a cap: likely
 *   while the projected total stays within it, else hard); on pace (sum / target ≥ likely × k/T)
 *   and each remaining year needing at most the best year → likely; the yearly amount needed
 *   above (1 + ceiling) × the average so far → out of reach; else hard; a cap exceeded → out of reach.
 */
export function verdictFormula(measure: Measure): FormulaInput {
  const need = '{requirement}';
  const best = '{benchmark}';
  const met = `OR(${S}={text:exceeded},${S}={text:achieved})`;
  let midTerm: string;
  if (measure === 'growth') {
    midTerm =
      `IF(AND(${H},${need}<=${EPS}),{text:alreadyAchieved},IF(IF(${H},${need}<=${best}+${EPS},${need}>=${best}-${EPS}),{text:likely},` +
      `IF(IF(${H},${need},-${need})>{setting:ceiling},{text:outOfReach},{text:hard})))`;
  } else if (measure === 'cumulative') {
    const perYear = `(${need}/${left})`;
    const average = `(${a}/COUNT({range:years}))`;
    const projected = `(${a}+${average}*${left})`;
    const onPace = `${a}/${r}>={setting:likely}*${k}/${T}-${EPS}`;
    const reachable = `${perYear}<=${best}+${EPS}*MAX(1,ABS(${perYear}),ABS(${best}))`;
    const behind =
      `IF(AND(${onPace},${reachable}),{text:likely},` +
      `IF(IF(${average}>0,${perYear}/${average}-1>{setting:ceiling},FALSE()),{text:outOfReach},{text:hard}))`;
    // A cap on a total: over it already cannot be undone; within it, judged on the projected total.
    const withinCap = `IF(${projected}<=${r}+${EPS}*MAX(1,ABS(${r}),ABS(${projected})),{text:likely},{text:hard})`;
    midTerm = `IF(${met},IF(${H},{text:alreadyAchieved},${withinCap}),IF(${H},${behind},{text:outOfReach}))`;
  } else {
    // Only a level's needed growth can be out of reach: a rate is judged in points.
    const tooFast = `IF(ISNUMBER(${need}),IF(${H},${need},-${need})>{setting:ceiling},FALSE())`;
    const judged = `IF(${noBase},{text:tooLittleData},IF(ISNUMBER(${best}),IF(${best}>={setting:likely}-${EPS},{text:likely},{text:hard}),{text:hard}))`;
    midTerm =
      measure === 'level'
        ? `IF(${met},{text:alreadyAchieved},IF(${tooFast},{text:outOfReach},${judged}))`
        : `IF(${met},{text:alreadyAchieved},${judged})`;
  }
  const judged = `IF(${final},${S},${midTerm})`;
  const portable =
    measure === 'rate'
      ? `IF(OR(MIN({range:years})<0,MAX({range:years})>1,AND(ISNUMBER({base}),OR(N({base})<0,N({base})>1))),{text:checkData},${judged})`
      : measure === 'cumulative' || measure === 'growth'
        ? `IF(${gap},{text:tooLittleData},${judged})`
        : judged;
  return {
    live:
      `CHITIEU.VERDICT("${measure === 'rate' ? 'level' : measure}",{target},{base},{range:years},${directionToken},` +
      `${measure === 'rate' ? 'TRUE' : 'FALSE'},{setting:band},{setting:likely},{setting:ceiling},{text:language})`,
    portable,
    needs: ['years', 'targetValue'],
    compute: computations.verdict,
    core: 'termVerdict',
  };
}

/**
 * What the remaining years still need, as the report shows it (core `termVerdict`'s `needed`):
 * the requirement step, or "Đã đạt" when the verdict says so, or "–" once the term is over, for
 * a data error, and for an average or a total with too little data. Reads the verdict column,
 * so the two always agree.
 */
export function neededFormula(measure: Measure): FormulaInput {
  const none = `OR(ISNUMBER({last:years}),{verdict}={text:checkData}${measure === 'cumulative' || measure === 'growth' ? ',{verdict}={text:tooLittleData}' : ''})`;
  const formula = `IF({verdict}={text:alreadyAchieved},{text:alreadyAchieved},IF(${none},"–",{requirement}))`;
  return {
    live: formula,
    portable: formula,
    needs: ['years', 'targetValue'],
    compute: computations.needed,
    core: 'termVerdict',
    // Lower is better for an average rate or a total: what is left is an allowance, written as a
    // most. A rate or level needs a rise or a fall, said in words ("giảm 0,20 điểm %"), never a
    // negative figure.
    format: measure === 'rate' ? 'pointsChange' : measure === 'level' ? 'percentChange' : 'allowance',
  };
}
