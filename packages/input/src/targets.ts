import { isChitieuError, parseTerm, termOfYear, type Term } from '@chitieu/core';
import type { TargetScope } from './schema.js';
import type { Dataset, InputRecord } from './records.js';

/**
 * Which target each report judges against (docs/method.md, "Target scopes"). A term target
 * (chỉ tiêu nhiệm kỳ) is judged by the term review, a year's plan (kế hoạch năm) by the annual
 * plan and quarterly reports; they are different numbers and never stand in for each other.
 *
 * A target's scope is its row's `target_scope` when given; otherwise the row's period says it:
 * a term span (2021-2025 or 2020-2025) holds the term target, a year row (2025) that year's
 * plan, a year-to-date row (2025-9M) the same year's plan, a quarter row (2025-Q3) the
 * quarter's. A target on a span that is not a term (2021-2023) is for no report (`check` says so).
 */
export function scopeOf(record: InputRecord): TargetScope | null {
  if (record.targetScope !== null) return record.targetScope;
  switch (record.period.type) {
    case 'span':
      return isChitieuError(parseTerm(record.period.text)) ? null : 'term';
    case 'year':
    case 'months':
      return 'year';
    case 'quarter':
      return 'quarter';
  }
}

/** Whether a term-scoped row is about `term`: its span names the term, or its year lies in it. */
function inTerm(record: InputRecord, term: Term): boolean {
  const period = record.period;
  if (period.type === 'span') {
    const named = parseTerm(period.text);
    if (!isChitieuError(named)) return named.baseYear === term.baseYear && named.lastYear === term.lastYear;
    return period.from >= term.baseYear && period.to <= term.lastYear;
  }
  return period.year >= term.baseYear && period.year <= term.lastYear;
}

/** Every row of one indicator that carries a target for `term`, in file order. */
export function termTargets(records: readonly InputRecord[], term: Term): InputRecord[] {
  return records.filter((r) => r.target !== null && r.area === '' && scopeOf(r) === 'term' && inTerm(r, term));
}

/** The term target of one indicator: the first written for the term (`check` warns when they differ). */
export function termTarget(records: readonly InputRecord[], term: Term): InputRecord | undefined {
  return termTargets(records, term)[0];
}

/** The plan of one indicator for a year: the first target written for that year's plan. */
export function yearPlan(records: readonly InputRecord[], year: number): InputRecord | undefined {
  return records.find(
    (r) =>
      r.target !== null && r.area === '' && scopeOf(r) === 'year' && r.period.type !== 'span' && r.period.year === year,
  );
}

/**
 * The term a term review covers when none is given: the five-year plan period of the latest
 * year with a figure (2024 → 2021-2025), on the national plan calendar; else the first term
 * named by a span row; else the plan period of the current year. Never shortened to the data:
 * years without figures are shown as such.
 */
export function termOfDataset(dataset: Dataset, today = new Date()): Term {
  let latest = -Infinity;
  for (const r of dataset.records) {
    if (r.period.type === 'year' && r.value !== null && r.kind !== 'population' && r.period.year > latest) {
      latest = r.period.year;
    }
  }
  const ofLatest = termOfYear(latest);
  if (!isChitieuError(ofLatest)) return ofLatest;
  for (const r of dataset.records) {
    if (r.period.type !== 'span') continue;
    const named = parseTerm(r.period.text);
    if (!isChitieuError(named)) return named;
  }
  const ofToday = termOfYear(today.getFullYear());
  return isChitieuError(ofToday) ? { baseYear: 2020, firstYear: 2021, lastYear: 2025, years: 5 } : ofToday;
}
