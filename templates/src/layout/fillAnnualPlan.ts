import { type Dataset, yearPlan } from '@chitieu/input';
import {
  byIndicator,
  isWhole,
  leastFinal,
  rowKind,
  sources,
  indicatorFields,
  type FillOptions,
  type ReportData,
} from './rows.js';

/**
 * Annual plan rows: every indicator with a figure or a plan for the report year or the year
 * before. The plan is the report year's plan (a target whose scope is that year, see
 * input/targets.ts), never the term target.
 */
export function fillAnnualPlan(dataset: Dataset, options: FillOptions): ReportData {
  const year = options.year ?? latestYearWithData(dataset) ?? new Date().getFullYear();
  const lang = options.lang ?? 'vi';
  const rows = byIndicator(dataset).flatMap((records) => {
    const find = (y: number) => records.find((r) => r.period.type === 'year' && r.period.year === y && r.area === '');
    const current = find(year);
    const previous = find(year - 1);
    if (!current && !previous) return [];
    const first = records[0];
    // The year's plan, never the term target: a five-year total is not a one-year plan.
    const plan = yearPlan(records, year);
    return [
      {
        kind: rowKind(first),
        group: first.group,
        unit: first.unit,
        direction: first.direction,
        target: plan?.target ?? null,
        whole: isWhole([previous?.value, current?.value]),
        figureStatus: leastFinal([current]),
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
  // The year's column is "Ước thực hiện" only when a figure in it is an estimate.
  const estimatedStatus = leastFinal(
    dataset.records.filter((r) => r.period.type === 'year' && r.period.year === year && r.area === ''),
  );
  return { rows, groupYears: {}, settings: { year }, period: String(year), estimatedStatus };
}

/** The latest year with a yearly figure (a loop, not Math.max(...years): inputs can be large). */
function latestYearWithData(dataset: Dataset): number | undefined {
  let latest: number | undefined;
  for (const r of dataset.records) {
    if (r.period.type === 'year' && r.value !== null && (latest === undefined || r.period.year > latest))
      latest = r.period.year;
  }
  return latest;
}
