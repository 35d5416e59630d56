/**
 * Term review (đánh giá thực hiện chỉ tiêu nhiệm kỳ): each indicator of the term resolution
 * against its term target, at mid-term or at the end. One column per year of the term; what
 * "achieved so far" means depends on the indicator's kind:
 * - growth (a yearly rate, target an average rate): the geometric average of the years with data;
 * - level, rate or count: the latest value;
 * - cumulative (a term total, e.g. five-year investment): the sum so far.
 */
import type { TemplateInput } from '../definition.js';
import { computations } from '../layout/compute.js';
import { attainmentFormula } from './shared.js';
import { neededFormula, verdictFormula, verdictStepColumns } from './termVerdict.js';
import { indicatorColumns, sourceColumn, targetColumns } from './targetColumns.js';

/** The level at the term's end at the pace so far: y_k (y_k / y_0)^((end − latest) / k). */
const PROJECTION = {
  live: 'CHITIEU.PROJECT({achieved},CHITIEU.CAGR({base},{achieved},{latestYear:years}-{setting:baseYear}),{setting:endYear}-{latestYear:years})',
  portable:
    '{achieved}*({achieved}/{base})^(({setting:endYear}-{latestYear:years})/({latestYear:years}-{setting:baseYear}))',
};

export const termReview = {
  id: 'term-review',
  title: { vi: 'ĐÁNH GIÁ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ', en: 'TERM REVIEW OF THE KEY TARGETS' },
  formCode: 'CT-01.H/NK',
  rowsAre: 'indicator',
  settings: [
    { name: 'baseYear', label: { vi: 'Năm gốc', en: 'Base year' }, value: 2020, format: 'integer' },
    {
      name: 'endYear',
      label: { vi: 'Năm cuối nhiệm kỳ', en: 'Last year of the term' },
      value: 2025,
      format: 'integer',
    },
    {
      name: 'band',
      label: {
        vi: 'Biên "xấp xỉ đạt", dung sai chỉ tiêu "khoảng" (so với chỉ tiêu)',
        en: '"Nearly achieved" band, tolerance of "about" targets (of the target)',
      },
      value: 0.05,
      format: 'percent2',
    },
    {
      name: 'likely',
      label: {
        vi: '"Có khả năng đạt" từ tỷ số tiến độ',
        en: '"Likely" from the pace ratio',
      },
      value: 0.95,
      format: 'percent2',
    },
    {
      name: 'ceiling',
      label: {
        vi: '"Không thể đạt" khi cần tăng trên (mỗi năm)',
        en: '"Out of reach" when the yearly growth needed exceeds',
      },
      value: 0.5,
      format: 'percent2',
    },
  ],
  columns: [
    ...indicatorColumns(18),
    {
      key: 'kind',
      header: { vi: 'Loại chỉ tiêu', en: 'Indicator type' },
      format: 'text',
      width: 10,
      role: 'field',
      field: 'kind',
      words: 'kind',
      sheet: 'method',
    },
    ...targetColumns({ vi: 'Mục tiêu nhiệm kỳ', en: 'Term target' }),
    {
      key: 'base',
      header: { vi: 'Năm gốc', en: 'Base year' },
      format: 'byUnit',
      width: 8,
      role: 'input',
      field: 'baseValue',
    },
    {
      key: 'year',
      header: { vi: 'Năm', en: 'Year' },
      format: 'byUnit',
      width: 8,
      role: 'input',
      field: 'yearValue',
      group: 'years',
    },
    {
      key: 'achieved',
      header: { vi: 'Thực hiện đến nay', en: 'Achieved so far' },
      format: 'byUnit',
      width: 8,
      role: 'formula',
      byKind: {
        growth: {
          live: 'CHITIEU.AVGGROWTH({range:years})',
          portable: '{prod1p:years}^(1/COUNT({range:years}))-1',
          needs: ['years'],
          compute: computations.averageGrowth,
          core: 'averageGrowth',
        },
        level: {
          live: '{latest:years}',
          portable: '{latest:years}',
          needs: ['years'],
          compute: computations.latest,
          core: '(latest value)',
        },
        cumulative: {
          live: 'SUM({range:years})',
          portable: 'SUM({range:years})',
          needs: ['years'],
          compute: computations.sum,
          core: '(sum)',
        },
      },
    },
    {
      key: 'percentOfTarget',
      header: { vi: '% so với chỉ tiêu', en: '% of target' },
      format: 'percent2',
      width: 8,
      role: 'formula',
      highlight: 'byStatus',
      formula: attainmentFormula('achieved'),
    },
    {
      key: 'asOf',
      header: { vi: 'Số liệu đến năm', en: 'Data up to' },
      format: 'year',
      width: 5,
      role: 'formula',
      formula: {
        live: '{latestYear:years}',
        portable: '{latestYear:years}',
        needs: ['years'],
        compute: computations.latestYear,
        core: '(latest year with data)',
      },
    },
    // The verdict's named steps, on the method sheet (a planner follows the verdict through them).
    ...verdictStepColumns,
    {
      key: 'verdict',
      header: { vi: 'Đánh giá', en: 'Verdict' },
      format: 'text',
      width: 11,
      role: 'formula',
      highlight: 'verdict',
      byKind: {
        growth: verdictFormula('growth'),
        level: verdictFormula('level'),
        rate: verdictFormula('rate'),
        cumulative: verdictFormula('cumulative'),
      },
    },
    {
      key: 'needed',
      header: { vi: 'Cần đạt các năm còn lại', en: 'Needed in the remaining years' },
      format: 'percent2',
      width: 14,
      role: 'formula',
      byKind: {
        growth: neededFormula('growth'),
        level: neededFormula('level'),
        rate: neededFormula('rate'),
        cumulative: neededFormula('cumulative'),
      },
    },
    {
      key: 'projected',
      header: { vi: 'Dự kiến cuối nhiệm kỳ', en: 'Projected at term end' },
      format: 'byUnit',
      width: 9,
      role: 'formula',
      byKind: {
        growth: null,
        cumulative: null,
        level: {
          live: PROJECTION.live,
          portable: PROJECTION.portable,
          needs: ['base', 'achieved'],
          compute: computations.project,
          core: 'project, cagr',
        },
        // A rate never past its natural bound: projected to 100,32%, it says 100% ("đạt tối đa 100%").
        rate: {
          live: `MIN(1,${PROJECTION.live})`,
          portable: `MIN(1,${PROJECTION.portable})`,
          needs: ['base', 'achieved'],
          compute: computations.projectRate,
          core: 'project, cagr (at most 100%)',
        },
      },
    },
    {
      key: 'otherPeriods',
      header: { vi: 'Số liệu kỳ khác', en: 'Other periods' },
      format: 'text',
      width: 20,
      role: 'field',
      field: 'otherPeriods',
      sheet: 'method',
    },
    sourceColumn,
  ],
  notes: [
    {
      vi: 'Bình quân: trung bình nhân (tốc độ tăng bình quân = (Π(1 + g))^(1/k) − 1, bỏ qua năm chưa có số liệu).',
      en: 'Average: geometric mean (average growth = (Π(1 + g))^(1/k) − 1, years without data skipped).',
    },
    {
      vi: 'Đánh giá: khi năm cuối nhiệm kỳ đã có số liệu là đánh giá cuối kỳ (Vượt / Đạt / Xấp xỉ đạt / Không đạt); trước đó là đánh giá giữa kỳ (Đã đạt / Có khả năng đạt / Khó đạt / Không thể đạt): tăng bình quân so với năm cao nhất của nhiệm kỳ; chỉ tiêu mức theo tỷ số R = tăng bình quân thực tế / tăng bình quân cần thiết (Thống kê Canada); chỉ tiêu tổng so với tiến độ k/T và năm cao nhất. Năm đã qua chưa có số liệu không tính là năm còn lại: chỉ tiêu bình quân và chỉ tiêu tổng thì "Chưa đủ số liệu".',
      en: 'Verdict: final (Exceeded / Achieved / Nearly achieved / Not achieved) once the last plan year has data; before that mid-term (Already achieved / Likely / Hard to achieve / Out of reach): average-rate targets against the best year of the term; levels by the ratio R = actual / required average growth (Statistics Canada); term totals against the pace k/T and the best year. A past year without a figure is no remaining year: average-rate targets and term totals are then "Too little data".',
    },
    {
      vi: 'Cần đạt các năm còn lại: tốc độ tăng mỗi năm (chỉ tiêu bình quân, chỉ tiêu mức), điểm phần trăm (chỉ tiêu tỷ lệ; ô giữ phân số: 0,025 là 2,5 điểm %), phần còn thiếu (chỉ tiêu tổng). % so với chỉ tiêu khi thấp hơn là tốt: 2 − thực hiện / chỉ tiêu.',
      en: 'Needed in the remaining years: growth per year (average-rate and level targets), percentage points (rates; the cell holds a fraction: 0.025 is 2.5 points), the remaining amount (term totals). % of target when lower is better: 2 − actual / target.',
    },
  ],
} satisfies TemplateInput;
