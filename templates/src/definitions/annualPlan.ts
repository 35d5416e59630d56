/**
 * Annual plan report (báo cáo thực hiện kế hoạch năm): for the report year, the previous year's
 * actual, the plan (the target written for that year), the estimated actual, year on year and
 * percent of plan. Year on year is a development index for levels (so với năm trước, 108,5%)
 * and a change in percentage points for rates; it has no meaning for a growth rate.
 */
import type { TemplateInput } from '../definition.js';
import { computations } from '../layout/compute.js';
import { attainmentFormula, indexFormula, statusFormula } from './shared.js';
import { indicatorColumns, sourceColumn, targetColumns } from './targetColumns.js';

export const annualPlan = {
  id: 'annual-plan',
  title: { vi: 'BÁO CÁO THỰC HIỆN KẾ HOẠCH NĂM', en: 'ANNUAL PLAN REPORT' },
  formCode: 'CT-02.N/KH',
  rowsAre: 'indicator',
  settings: [
    { name: 'year', label: { vi: 'Năm báo cáo', en: 'Report year' }, value: 2024, format: 'integer' },
    {
      name: 'band',
      label: { vi: 'Biên "xấp xỉ đạt" (so với kế hoạch)', en: '"Nearly achieved" band (of the plan)' },
      value: 0.05,
      format: 'percent2',
    },
  ],
  columns: [
    ...indicatorColumns(28),
    ...targetColumns({ vi: 'Kế hoạch năm', en: 'Year plan' }),
    {
      key: 'previous',
      header: { vi: 'Thực hiện năm trước', en: 'Previous year actual' },
      format: 'byUnit',
      width: 12,
      role: 'input',
      field: 'previousValue',
    },
    {
      key: 'estimated',
      header: { vi: 'Ước thực hiện', en: 'Estimated actual' },
      format: 'byUnit',
      width: 12,
      role: 'input',
      field: 'currentValue',
    },
    {
      key: 'yearOnYear',
      header: { vi: 'So với năm trước', en: 'Year on year' },
      format: 'percent2',
      width: 11,
      role: 'formula',
      byKind: {
        growth: null,
        level: indexFormula('previous', 'estimated'),
        cumulative: indexFormula('previous', 'estimated'),
        rate: {
          live: 'CHITIEU.GAP({estimated},{previous})',
          portable: '{estimated}-{previous}',
          needs: ['previous', 'estimated'],
          compute: computations.gap,
          core: 'gap',
          // A change in percentage points, a fraction like every rate (0.011 shows "+1,10 điểm %").
          format: 'points',
        },
      },
    },
    {
      key: 'percentOfPlan',
      header: { vi: '% so với kế hoạch', en: '% of plan' },
      format: 'percent2',
      width: 11,
      role: 'formula',
      highlight: 'byStatus',
      formula: attainmentFormula('estimated'),
    },
    {
      key: 'status',
      header: { vi: 'Đánh giá', en: 'Status' },
      format: 'text',
      width: 15,
      role: 'formula',
      highlight: 'status',
      byKind: {
        growth: statusFormula({ actual: 'estimated', direction: 'direction' }),
        level: statusFormula({ actual: 'estimated', direction: 'direction' }),
        cumulative: statusFormula({ actual: 'estimated', direction: 'direction' }),
        rate: statusFormula({ actual: 'estimated', direction: 'direction' }, { rate: true }),
      },
    },
    sourceColumn,
  ],
  notes: [
    {
      vi: 'So với năm trước: chỉ số phát triển (%) với chỉ tiêu số tuyệt đối; điểm phần trăm với chỉ tiêu tỷ lệ.',
      en: 'Year on year: development index (%) for levels; percentage points for rates.',
    },
    { vi: 'Bình quân: trung bình nhân.', en: 'Averages: geometric mean.' },
  ],
} satisfies TemplateInput;
