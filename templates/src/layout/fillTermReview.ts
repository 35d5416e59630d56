import type { Term } from '@chitieu/core';
import { type FigureStatus, type Dataset, termOfDataset, termTarget } from '@chitieu/input';
import {
  byIndicator,
  isWhole,
  leastFinal,
  rowKind,
  show,
  sources,
  indicatorFields,
  type FillOptions,
  type ReportData,
} from './rows.js';

/**
 * Term review rows: one per indicator, the base year's value and one column per plan year of
 * the term, judged against the indicator's term target (never a year's plan). The term is the
 * one given or the plan period of the data's latest year, and it is never shortened to the
 * data: a plan year without a figure is a "no data" column. A figure for another period
 * (2021-2023, 2023-9M) is shown as text in "other periods", never put in a year column.
 */
export function fillTermReview(dataset: Dataset, options: FillOptions): ReportData {
  const term = options.term ?? termOfDataset(dataset);
  const termYears = Array.from({ length: term.years }, (_, i) => term.firstYear + i);
  const lang = options.lang ?? 'vi';
  const rows = byIndicator(dataset).map((records) => {
    const first = records[0];
    const recordOf = (year: number) =>
      records.find((r) => r.period.type === 'year' && r.period.year === year && r.area === '');
    const at = (year: number) => recordOf(year)?.value ?? null;
    const targetRecord = termTarget(records, term);
    const yearValues = termYears.map(at);
    const others = records.filter(
      (r) =>
        r.value !== null &&
        !(r.period.type === 'year' && r.period.year >= term.baseYear && r.period.year <= term.lastYear),
    );
    return {
      kind: rowKind(first),
      group: first.group,
      unit: first.unit,
      direction: first.direction,
      target: targetRecord?.target ?? null,
      whole: isWhole([at(term.baseYear), ...yearValues]),
      figureStatus: leastFinal([term.baseYear, ...termYears].map(recordOf)),
      fields: {
        ...indicatorFields(first, lang, targetRecord),
        baseValue: at(term.baseYear),
        otherPeriods: others.map((r) => show(r, lang)).join('; '),
        source: sources(records),
      },
      groups: { years: yearValues },
    };
  });
  // A year column whose figures are not all official says so in its header ("2025 (ước)").
  const yearStatus: Record<number, FigureStatus> = {};
  for (const year of termYears) {
    const status = leastFinal(
      dataset.records.filter((r) => r.period.type === 'year' && r.period.year === year && r.area === ''),
    );
    if (status !== 'official') yearStatus[year] = status;
  }
  return {
    rows,
    yearStatus,
    groupYears: { years: termYears },
    settings: { baseYear: term.baseYear, endYear: term.lastYear },
    period: termTitle(term, lang),
  };
}

/** The term as the title names it: both the congress term and the plan years, so no reader has to guess. */
export function termTitle(term: Term, lang: 'vi' | 'en'): string {
  const congress = `${term.baseYear}-${term.lastYear}`;
  const plan = `${term.firstYear}-${term.lastYear}`;
  return lang === 'vi' ? `nhiệm kỳ ${congress} (kế hoạch ${plan})` : `term ${congress} (plan years ${plan})`;
}
