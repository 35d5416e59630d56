/**
 * Term review (đánh giá thực hiện chỉ tiêu nhiệm kỳ): each indicator of the term resolution
 * against its term target, at mid-term or at the end. One column per year of the term; what
 * "achieved so far" means depends on the indicator's kind:
 * - growth (a yearly rate, target an average rate): the geometric average of the years with data;
 * - level, rate or count: the latest value;
 * - cumulative (a term total, e.g. five-year investment): the sum so far.
 */
import { attainmentFormula, onTrackFormula, statusFormula } from './shared.js';
import { indicatorColumns, targetColumns } from './targetColumns.js';

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
      label: { vi: 'Biên "xấp xỉ đạt" (so với chỉ tiêu)', en: '"Nearly achieved" band (of the target)' },
      value: 0.05,
      format: 'percent2',
    },
  ],
  columns: [
    ...indicatorColumns,
    { key: 'kind', header: { vi: 'Loại', en: 'Kind' }, format: 'text', width: 10, role: 'field', field: 'kind' },
    ...targetColumns,
    {
      key: 'base',
      header: { vi: 'Năm gốc', en: 'Base year' },
      format: 'byUnit',
      width: 10,
      role: 'input',
      field: 'baseValue',
    },
    {
      key: 'year',
      header: { vi: 'Năm', en: 'Year' },
      format: 'byUnit',
      width: 10,
      role: 'input',
      field: 'yearValue',
      group: 'years',
    },
    {
      key: 'achieved',
      header: { vi: 'Đã đạt', en: 'Achieved so far' },
      format: 'byUnit',
      width: 11,
      role: 'formula',
      byKind: {
        growth: {
          live: 'CHITIEU.AVGGROWTH({range:years})',
          portable: '{prod1p:years}^(1/COUNT({range:years}))-1',
          needs: ['years'],
          compute: 'averageGrowth',
          core: 'averageGrowth',
        },
        level: {
          live: '{latest:years}',
          portable: '{latest:years}',
          needs: ['years'],
          compute: 'latest',
          core: '(latest value)',
        },
        cumulative: {
          live: 'SUM({range:years})',
          portable: 'SUM({range:years})',
          needs: ['years'],
          compute: 'sum',
          core: '(sum)',
        },
      },
    },
    {
      key: 'percentOfTarget',
      header: { vi: '% so với chỉ tiêu', en: '% of target' },
      format: 'percent2',
      width: 11,
      role: 'formula',
      highlight: 'dataBar',
      formula: attainmentFormula('achieved'),
    },
    {
      key: 'status',
      header: { vi: 'Đánh giá', en: 'Status' },
      format: 'text',
      width: 13,
      role: 'formula',
      highlight: 'status',
      formula: statusFormula({ actual: 'achieved', direction: 'direction' }),
    },
    {
      key: 'required',
      header: { vi: 'Cần đạt các năm còn lại', en: 'Needed in the remaining years' },
      format: 'percent2',
      width: 13,
      role: 'formula',
      byKind: {
        growth: {
          live: 'CHITIEU.REQUIREDAVG({targetValue},{n:years},{range:years})',
          portable: '((1+{targetValue})^{n:years}/{prod1p:years})^(1/({n:years}-COUNT({range:years})))-1',
          needs: ['targetValue', 'years'],
          compute: 'requiredAverageGrowth',
          core: 'requiredAverageGrowth',
        },
        level: {
          live: 'CHITIEU.REQUIREDGROWTH({achieved},{targetValue},{setting:endYear}-{latestYear:years})',
          portable: '({targetValue}/{achieved})^(1/({setting:endYear}-{latestYear:years}))-1',
          needs: ['achieved', 'targetValue'],
          compute: 'requiredGrowth',
          core: 'requiredGrowth',
        },
        cumulative: {
          live: '{targetValue}-{achieved}',
          portable: '{targetValue}-{achieved}',
          needs: ['achieved', 'targetValue'],
          compute: 'remaining',
          core: 'gap',
          format: 'byUnit',
        },
      },
    },
    {
      key: 'projected',
      header: { vi: 'Dự kiến cuối nhiệm kỳ', en: 'Projected at term end' },
      format: 'byUnit',
      width: 12,
      role: 'formula',
      byKind: {
        growth: null,
        cumulative: null,
        level: {
          live: 'CHITIEU.PROJECT({achieved},CHITIEU.CAGR({base},{achieved},{latestYear:years}-{setting:baseYear}),{setting:endYear}-{latestYear:years})',
          portable:
            '{achieved}*({achieved}/{base})^(({setting:endYear}-{latestYear:years})/({latestYear:years}-{setting:baseYear}))',
          needs: ['base', 'achieved'],
          compute: 'project',
          core: 'project, cagr',
        },
      },
    },
    {
      key: 'onTrack',
      header: { vi: 'Khả năng đạt', en: 'On track?' },
      format: 'text',
      width: 14,
      role: 'formula',
      highlight: 'onTrack',
      byKind: {
        growth: null,
        cumulative: null,
        level: onTrackFormula({
          base: 'base',
          latest: 'achieved',
          latestYear: '{latestYear:years}',
          direction: 'direction',
        }),
      },
    },
    {
      key: 'otherPeriods',
      header: { vi: 'Số liệu kỳ khác', en: 'Other periods' },
      format: 'text',
      width: 22,
      role: 'field',
      field: 'otherPeriods',
    },
    { key: 'source', header: { vi: 'Nguồn', en: 'Source' }, format: 'text', width: 30, role: 'field', field: 'source' },
  ],
  notes: [
    {
      vi: 'Bình quân: trung bình nhân (tốc độ tăng bình quân = (Π(1 + g))^(1/k) − 1, bỏ qua năm chưa có số liệu).',
      en: 'Average: geometric mean (average growth = (Π(1 + g))^(1/k) − 1, years without data skipped).',
    },
    {
      vi: 'Khả năng đạt: tỷ số R = tăng bình quân thực tế / tăng bình quân cần thiết (Thống kê Canada, Open SDG).',
      en: 'On track: ratio R = actual average growth / required average growth (Statistics Canada, Open SDG).',
    },
  ],
} as const;
