import type { Dataset } from '../input/records.js';
import { byIndicator, isWhole, rowKind, sources, indicatorFields, type FillOptions, type ReportData } from './rows.js';

/**
 * Annual plan rows: every indicator with a figure or a plan for the report year or the year
 * before. The plan is the target written on the report year's row.
 */
export function fillAnnualPlan(dataset: Dataset, options: FillOptions): ReportData {
  const years = dataset.records.flatMap((r) => (r.period.type === 'year' && r.value !== null ? [r.period.year] : []));
  const year = options.year ?? (years.length ? Math.max(...years) : new Date().getFullYear());
  const lang = options.lang ?? 'vi';
  const rows = byIndicator(dataset).flatMap((records) => {
    const find = (y: number) => records.find((r) => r.period.type === 'year' && r.period.year === y && r.area === '');
    const current = find(year);
    const previous = find(year - 1);
    if (!current && !previous) return [];
    const first = records[0];
    const plan = current?.target ? current : undefined;
    return [
      {
        kind: rowKind(first),
        unit: first.unit,
        direction: first.direction,
        target: plan?.target ?? null,
        whole: isWhole([previous?.value, current?.value]),
        fields: {
          ...indicatorFields(first, lang, plan),
          previousValue: previous?.value ?? null,
          currentValue: current?.value ?? null,
          source: sources([previous, current].filter((r) => r !== undefined)),
        },
        groups: {},
      },
    ];
  });
  return { rows, groupYears: {}, settings: { year }, period: String(year) };
}
