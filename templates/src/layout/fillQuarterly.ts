import { type Dataset, type InputRecord, yearPlan } from '@chitieu/input';
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
 * Quarterly rows: this quarter, the year to date and the same period of last year. The year to
 * date is the published figure (`2025-9M`) or, for levels and counts, the sum of the quarters
 * when every quarter so far is given; a rate is never summed.
 */
export function fillQuarterly(dataset: Dataset, options: FillOptions): ReportData {
  const quarters = dataset.records.flatMap((r) =>
    r.period.type === 'quarter' || r.period.type === 'months' ? [r.period] : [],
  );
  const year =
    options.year ??
    (quarters.length ? quarters.reduce((m, p) => Math.max(m, p.year), -Infinity) : new Date().getFullYear());
  const inYear = quarters
    .filter((p) => p.year === year)
    .map((p) => (p.type === 'quarter' ? p.quarter : Math.ceil(p.months / 3)));
  const quarter = options.quarter ?? (inYear.length ? inYear.reduce((m, q) => Math.max(m, q), 1) : 1);
  const lang = options.lang ?? 'vi';
  const rows = byIndicator(dataset).flatMap((records) => {
    const first = records[0];
    const summable = first.kind === 'level' || first.kind === 'count' || first.kind === 'cumulative';
    const quarterOf = (y: number, q: number) =>
      records.find(
        (r) => r.area === '' && r.period.type === 'quarter' && r.period.year === y && r.period.quarter === q,
      );
    const toDate = (y: number): { value: number | null; from: InputRecord[] } => {
      const published = records.find(
        (r) => r.area === '' && r.period.type === 'months' && r.period.year === y && r.period.months === quarter * 3,
      );
      if (published) return { value: published.value, from: [published] };
      const parts = Array.from({ length: quarter }, (_, i) => quarterOf(y, i + 1));
      if (!summable || parts.some((p) => p === undefined || p.value === null)) return { value: null, from: [] };
      return { value: parts.reduce((s, p) => s + (p!.value as number), 0), from: parts as InputRecord[] };
    };
    const thisQuarter = quarterOf(year, quarter);
    const ytd = toDate(year);
    const last = toDate(year - 1);
    if (!thisQuarter && ytd.from.length === 0) return [];
    // Year to date is judged against the year's plan (a target whose scope is the year), never the term's.
    const plan = yearPlan(records, year);
    return [
      {
        kind: rowKind(first),
        group: first.group,
        unit: first.unit,
        direction: first.direction,
        target: plan?.target ?? null,
        whole: isWhole([thisQuarter?.value, ytd.value, last.value]),
        figureStatus: leastFinal(ytd.from),
        fields: {
          ...indicatorFields(first, lang, plan),
          quarterValue: thisQuarter?.value ?? null,
          yearToDate: ytd.value,
          lastYearToDate: last.value,
          source: sources([thisQuarter, ...ytd.from, ...last.from].filter((r) => r !== undefined)),
        },
        groups: {},
      },
    ];
  });
  return { rows, groupYears: {}, settings: { year, quarter }, period: `${year}-Q${quarter}` };
}
