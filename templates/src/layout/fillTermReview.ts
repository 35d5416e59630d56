import type { Term } from '@chitieu/core';
import type { Dataset } from '../input/records.js';
import { termOfDataset, termTarget } from '../input/targets.js';
import {
  byIndicator,
  isWhole,
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
    const at = (year: number) =>
      records.find((r) => r.period.type === 'year' && r.period.year === year && r.area === '')?.value ?? null;
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
      fields: {
        ...indicatorFields(first, lang, targetRecord),
        baseValue: at(term.baseYear),
        otherPeriods: others.map((r) => show(r, lang)).join('; '),
        source: sources(records),
      },
      groups: { years: yearValues },
    };
  });
  return {
    rows,
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
