import type { Dataset } from '../input/records.js';
import {
  byIndicator,
  isWhole,
  lastTarget,
  rowKind,
  show,
  sources,
  indicatorFields,
  type FillOptions,
  type ReportData,
} from './rows.js';

/**
 * Term review rows: one per indicator, the base year's value and one column per year of the
 * term. The term is given or taken from the years in the data; a figure for another period
 * (2021-2023, 2023-9M) is shown as text in "other periods", never put in a year column.
 */
export function fillTermReview(dataset: Dataset, options: FillOptions): ReportData {
  const years = dataset.records.flatMap((r) =>
    r.period.type === 'year' && r.kind !== 'population' ? [r.period.year] : [],
  );
  const from = options.term?.from ?? (years.length ? Math.min(...years) : new Date().getFullYear() - 5);
  const to = options.term?.to ?? (years.length ? Math.max(from + 1, ...years) : from + 5);
  const termYears = Array.from({ length: to - from }, (_, i) => from + 1 + i);
  const lang = options.lang ?? 'vi';
  const rows = byIndicator(dataset).map((records) => {
    const first = records[0];
    const at = (year: number) =>
      records.find((r) => r.period.type === 'year' && r.period.year === year && r.area === '')?.value ?? null;
    const targetRecord = lastTarget(records);
    const yearValues = termYears.map(at);
    const others = records.filter(
      (r) => r.value !== null && !(r.period.type === 'year' && r.period.year >= from && r.period.year <= to),
    );
    return {
      kind: rowKind(first),
      unit: first.unit,
      direction: first.direction,
      target: targetRecord?.target ?? null,
      whole: isWhole([at(from), ...yearValues]),
      fields: {
        ...indicatorFields(first, lang, targetRecord),
        kind: first.kind,
        baseValue: at(from),
        otherPeriods: others.map((r) => show(r, lang)).join('; '),
        source: sources(records),
      },
      groups: { years: yearValues },
    };
  });
  return { rows, groupYears: { years: termYears }, settings: { baseYear: from, endYear: to }, period: `${from}-${to}` };
}
