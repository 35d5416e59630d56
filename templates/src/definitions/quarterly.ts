/**
 * Quarterly year-to-date report (báo cáo quý, lũy kế): for quarter k of the report year, the
 * year plan, this quarter, the year to date (lũy kế), the same period of last year, year on
 * year, the year to date as a percent of the year plan, and the expected pace k/4 to read it
 * against. A year-to-date value is taken as published (`2025-9M`) or, for levels, as the sum of
 * the quarters; rates are never summed.
 */
import type { TemplateInput } from '../definition.js';
import { computations } from '../layout/compute.js';
import { attainmentFormula, indexFormula } from './shared.js';
import { indicatorColumns, sourceColumn, targetColumns } from './targetColumns.js';

export const quarterly = {
  id: 'quarterly',
  title: { vi: 'BÁO CÁO TÌNH HÌNH THỰC HIỆN QUÝ (LŨY KẾ TỪ ĐẦU NĂM)', en: 'QUARTERLY REPORT (YEAR TO DATE)' },
  formCode: 'CT-03.Q/KH',
  rowsAre: 'indicator',
  settings: [
    { name: 'year', label: { vi: 'Năm báo cáo', en: 'Report year' }, value: 2025, format: 'integer' },
    { name: 'quarter', label: { vi: 'Quý', en: 'Quarter' }, value: 3, format: 'integer' },
  ],
  columns: [
    ...indicatorColumns(28),
    ...targetColumns({ vi: 'Kế hoạch năm', en: 'Year plan' }),
    {
      key: 'thisQuarter',
      header: { vi: 'Thực hiện quý', en: 'This quarter' },
      format: 'byUnit',
      width: 12,
      role: 'input',
      field: 'quarterValue',
    },
    {
      key: 'yearToDate',
      header: { vi: 'Lũy kế từ đầu năm', en: 'Year to date' },
      format: 'byUnit',
      width: 12,
      role: 'input',
      field: 'yearToDate',
    },
    {
      key: 'lastYearToDate',
      header: { vi: 'Cùng kỳ năm trước', en: 'Same period last year' },
      format: 'byUnit',
      width: 12,
      role: 'input',
      field: 'lastYearToDate',
    },
    {
      key: 'yearOnYear',
      header: { vi: 'So với cùng kỳ', en: 'Year on year' },
      format: 'percent2',
      width: 11,
      role: 'formula',
      byKind: {
        growth: null,
        rate: null,
        level: indexFormula('lastYearToDate', 'yearToDate'),
        cumulative: indexFormula('lastYearToDate', 'yearToDate'),
      },
    },
    {
      key: 'percentOfPlan',
      header: { vi: 'Lũy kế so với KH năm', en: 'Year to date, % of plan' },
      format: 'percent2',
      width: 12,
      role: 'formula',
      // A year to date is the share of the year's plan used so far, set against the pace k/4,
      // not a judgement: never mirrored where lower is better.
      formula: attainmentFormula('yearToDate', 'targetValue', { mirrored: false }),
    },
    {
      key: 'pace',
      header: { vi: 'Tiến độ kỳ vọng (k/4)', en: 'Expected pace (k/4)' },
      format: 'percent2',
      width: 11,
      role: 'formula',
      formula: {
        live: '{setting:quarter}/4',
        portable: '{setting:quarter}/4',
        needs: [],
        compute: computations.pace,
        core: 'cumulativeAttainment (expected pace)',
      },
    },
    sourceColumn,
  ],
  notes: [
    {
      vi: 'Lũy kế: tổng các quý từ đầu năm (chỉ với số tuyệt đối); tỷ lệ lấy theo số công bố.',
      en: 'Year to date: sum of the quarters so far (levels only); rates as published.',
    },
    { vi: 'Bình quân: trung bình nhân.', en: 'Averages: geometric mean.' },
  ],
} satisfies TemplateInput;
