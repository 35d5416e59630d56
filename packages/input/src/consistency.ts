import { formatNumber, growthRate, isChitieuError } from '@chitieu/core';
import { problem, type Problem } from './problems.js';
import type { Dataset, InputRecord } from './records.js';
import { scopeOf, termOfDataset, termTargets } from './targets.js';

/**
 * What `chitieu check` finds beyond the layout: figures that cannot all be right. Each is a
 * warning at the row to look at:
 * - parts that do not add up to their total (139 + 170 + 41 must equal 350): a part names its
 *   total in `part_of`, and only that link counts (no guessing from codes);
 * - the growth implied by two levels against the published rate, for a growth row that names its
 *   level in `growth_of`, beyond the rounding of the published figure (half a unit of its last
 *   decimal, at least 0,005 pp);
 * - a year-to-date figure (2025-9M) that differs from the sum of its quarters (levels, counts,
 *   totals: a rate is never summed);
 * - a coverage ratio above 100% (covered > population in an area); a rate (unit %) outside
 *   0-100%; a growth rate beyond ±100% (a typing slip such as 1.234 for 1,234);
 * - targets: none at all; none for the term while other rows carry one (a target on a year row
 *   is that year's plan); a term target written twice with different values; a target on a span
 *   that is not a term (2021-2023), which no report uses.
 */
export function checkConsistency(dataset: Dataset): Problem[] {
  const found: Problem[] = [];
  const at = (r: InputRecord, column: string) => ({ file: dataset.file, sheet: r.sheet, row: r.row, column });
  const key = (r: InputRecord) => `${r.period.text}\u0000${r.area}`;
  const byCode = new Map<string, InputRecord[]>();
  for (const r of dataset.records) {
    const list = byCode.get(r.code);
    if (list) list.push(r);
    else byCode.set(r.code, [r]);
  }

  // Parts and totals.
  const partsOf = new Map<string, Set<string>>();
  for (const r of dataset.records)
    if (r.partOf) partsOf.set(r.partOf, (partsOf.get(r.partOf) ?? new Set()).add(r.code));
  for (const [totalCode, parts] of partsOf) {
    for (const total of byCode.get(totalCode) ?? []) {
      if (total.value === null) continue;
      const values = [...parts]
        .map((c) => (byCode.get(c) ?? []).find((r) => key(r) === key(total)))
        .filter((r): r is InputRecord => r !== undefined && r.value !== null);
      if (values.length === 0) continue;
      const sum = values.reduce((s, r) => s + (r.value as number), 0);
      if (Math.abs(sum - total.value) > 1e-9 * Math.max(1, Math.abs(total.value))) {
        const terms = values.map((r) => formatNumber(r.value as number, 'vi')).join(' + ');
        found.push(
          problem('warning', 'parts-not-total', at(total, 'value'), {
            vi: `các phần không cộng đủ tổng "${totalCode}" kỳ ${total.period.text}: ${terms} = ${formatNumber(sum, 'vi')}, tổng ghi ${formatNumber(total.value, 'vi')}`,
            en: `the parts do not add up to the total "${totalCode}" for ${total.period.text}: ${terms} = ${formatNumber(sum, 'en')}, the total says ${formatNumber(total.value, 'en')}`,
          }),
        );
      }
    }
  }

  // Levels against published growth rates: only where a growth row names its level (growth_of).
  for (const [code, rows] of byCode) {
    const levelCode = rows.find((r) => r.growthOf !== '')?.growthOf;
    const levels = levelCode ? byCode.get(levelCode) : undefined;
    if (!levelCode || !levels) continue;
    for (const rate of rows) {
      if (rate.period.type !== 'year' || rate.value === null) continue;
      const year = rate.period.year;
      const find = (y: number) =>
        levels.find((l) => l.period.type === 'year' && l.period.year === y && l.area === rate.area && l.value !== null);
      const previous = find(year - 1);
      const current = find(year);
      if (!previous || !current) continue;
      const implied = growthRate(previous.value, current.value);
      if (isChitieuError(implied)) continue;
      const tolerance = Math.max(0.00005, roundingOf(rate.value));
      if (Math.abs(implied - rate.value) > tolerance + 1e-12) {
        found.push(
          problem('warning', 'growth-mismatch', at(rate, 'value'), {
            vi: `tốc độ tăng ${rate.period.text} công bố ${pct(rate.value, 'vi')} nhưng ${levelCode} (growth_of của ${code}) ${year - 1}→${year} cho ${pct(implied, 'vi')}`,
            en: `the published ${rate.period.text} growth is ${pct(rate.value, 'en')} but ${levelCode} (growth_of of ${code}) ${year - 1}→${year} implies ${pct(implied, 'en')}`,
          }),
        );
      }
    }
  }

  // One at a time, not push(...list): a national panel can have more problems than a call has arguments.
  for (const list of [yearToDateMismatches(dataset, byCode), targetProblems(dataset, byCode)])
    for (const p of list) found.push(p);

  for (const r of dataset.records) {
    if (r.value === null) continue;
    if (r.kind === 'growth' && Math.abs(r.value) > 1) {
      found.push(
        problem('warning', 'implausible-rate', at(r, 'value'), {
          vi: `tốc độ tăng ${pct(r.value, 'vi')} vượt quá ±100%: kiểm tra lại cách ghi số (1.234 là một nghìn hai trăm ba mươi tư; 1,234 là một phẩy hai ba bốn)`,
          en: `a growth rate of ${pct(r.value, 'en')} is beyond ±100%: check how the number was typed (in Vietnamese, 1.234 is one thousand two hundred thirty-four; 1,234 is one point two three four)`,
        }),
      );
    }
    if (r.unit.startsWith('%') && (r.kind === 'rate' || r.kind === 'covered') && (r.value < 0 || r.value > 1)) {
      found.push(
        problem('warning', 'rate-out-of-range', at(r, 'value'), {
          vi: `tỷ lệ ${pct(r.value, 'vi')} nằm ngoài 0-100%`,
          en: `the rate ${pct(r.value, 'en')} is outside 0-100%`,
        }),
      );
    }
  }

  // Coverage above 100%: covered against population, area by area.
  const population = new Map(
    dataset.records.filter((r) => r.kind === 'population' && r.value !== null).map((r) => [key(r), r]),
  );
  for (const r of dataset.records) {
    if (r.kind !== 'covered' || r.value === null) continue;
    const p = population.get(key(r));
    if (p && (r.value as number) > (p.value as number)) {
      found.push(
        problem('warning', 'coverage-over-100', at(r, 'value'), {
          vi: `số người tham gia (${formatNumber(r.value, 'vi')}) lớn hơn dân số (${formatNumber(p.value as number, 'vi')})${r.area ? ` ở ${r.area}` : ''}: tỷ lệ bao phủ trên 100%`,
          en: `people covered (${formatNumber(r.value, 'en')}) exceed the population (${formatNumber(p.value as number, 'en')})${r.area ? ` in ${r.area}` : ''}: coverage above 100%`,
        }),
      );
    }
  }

  return found;
}

/** Half a unit of the last decimal the value was published with (8,56% → 0,005 pp). */
function roundingOf(value: number): number {
  const digits = (String(+(value * 100).toPrecision(12)).split('.')[1] ?? '').length;
  return (0.5 * 10 ** -digits) / 100;
}

function pct(value: number, lang: 'vi' | 'en'): string {
  const text = formatNumber(value, lang, { decimals: 2, percent: true });
  return typeof text === 'string' ? text : String(value);
}

/** Year-to-date figures (2025-9M) against the sum of their quarters, where every quarter is given. */
function yearToDateMismatches(dataset: Dataset, byCode: Map<string, InputRecord[]>): Problem[] {
  const found: Problem[] = [];
  for (const [code, rows] of byCode) {
    const kind = rows[0].kind;
    if (kind !== 'level' && kind !== 'count' && kind !== 'cumulative') continue;
    for (const ytd of rows) {
      if (ytd.period.type !== 'months' || ytd.value === null) continue;
      const { year, months } = ytd.period;
      const quarters = Array.from({ length: months / 3 }, (_, q) =>
        rows.find(
          (r) =>
            r.period.type === 'quarter' && r.period.year === year && r.period.quarter === q + 1 && r.area === ytd.area,
        ),
      );
      if (quarters.some((q) => q === undefined || q.value === null)) continue;
      const values = quarters.map((q) => q!.value as number);
      const sum = values.reduce((a, b) => a + b, 0);
      const tolerance = Math.max(1e-9 * Math.abs(sum), ...[ytd.value, ...values].map(halfLastDecimal));
      if (Math.abs(sum - ytd.value) <= tolerance) continue;
      const terms = values.map((v) => formatNumber(v, 'vi')).join(' + ');
      found.push(
        problem(
          'warning',
          'year-to-date-mismatch',
          { file: dataset.file, sheet: ytd.sheet, row: ytd.row, column: 'value' },
          {
            vi: `lũy kế ${ytd.period.text} của "${code}" ghi ${formatNumber(ytd.value, 'vi')} nhưng các quý cộng lại ${terms} = ${formatNumber(sum, 'vi')}`,
            en: `the ${ytd.period.text} year to date of "${code}" says ${formatNumber(ytd.value, 'en')} but its quarters add up to ${values.map((v) => formatNumber(v, 'en')).join(' + ')} = ${formatNumber(sum, 'en')}`,
          },
        ),
      );
    }
  }
  return found;
}

/** Half a unit of the last decimal a level was given with (28.066,4 → 0,05): published figures are rounded. */
function halfLastDecimal(value: number): number {
  const digits = (String(+value.toPrecision(12)).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -digits;
}

/**
 * Targets the reports cannot use as the file has them: none at all; none for the term the term
 * review will cover while other rows carry one; a term target given twice with different values
 * (the first is used); a target on a span that is not a term.
 */
function targetProblems(dataset: Dataset, byCode: Map<string, InputRecord[]>): Problem[] {
  const found: Problem[] = [];
  const term = termOfDataset(dataset);
  const named = `${term.baseYear}-${term.lastYear} (${term.firstYear}-${term.lastYear})`;
  const at = (r: InputRecord, column: string) => ({ file: dataset.file, sheet: r.sheet, row: r.row, column });
  for (const [code, rows] of byCode) {
    if (rows[0].kind === 'population' || rows[0].kind === 'covered') continue;
    for (const r of rows) {
      if (r.target !== null && scopeOf(r) === null) {
        found.push(
          problem('warning', 'span-target-ignored', at(r, 'target'), {
            vi: `chỉ tiêu "${r.targetText}" ghi ở kỳ ${r.period.text} không phải một nhiệm kỳ nên không biểu nào dùng; ghi chỉ tiêu nhiệm kỳ ở dòng ${term.firstYear}-${term.lastYear} hoặc đặt target_scope`,
            en: `the target "${r.targetText}" on ${r.period.text} is not on a term, so no report uses it; put the term target on a ${term.firstYear}-${term.lastYear} row or set target_scope`,
          }),
        );
      }
    }
    const withValues = rows.some((r) => r.value !== null);
    const targets = rows.filter((r) => r.target !== null);
    if (withValues && targets.length === 0) {
      found.push(
        problem('warning', 'missing-target', at(rows[0], 'target'), {
          vi: `chỉ tiêu "${code}" có số liệu nhưng không có chỉ tiêu (target): % so với chỉ tiêu và đánh giá sẽ ghi "Chưa có chỉ tiêu"`,
          en: `indicator "${code}" has values but no target: percent of target and the verdict will say "No target"`,
        }),
      );
      continue;
    }
    const forTerm = termTargets(rows, term);
    const yearPlans = targets.filter((r) => scopeOf(r) === 'year');
    if (withValues && forTerm.length === 0 && yearPlans.length > 0) {
      found.push(
        problem('warning', 'missing-scope-target', at(yearPlans[0], 'target'), {
          vi: `chỉ tiêu "${code}" không có chỉ tiêu nhiệm kỳ ${named}: chỉ tiêu ở dòng ${yearPlans[0].period.text} là kế hoạch năm, biểu đánh giá nhiệm kỳ sẽ ghi "Chưa có chỉ tiêu"; ghi chỉ tiêu nhiệm kỳ ở dòng ${term.firstYear}-${term.lastYear} hoặc đặt target_scope = term`,
          en: `indicator "${code}" has no term target for ${named}: the target on ${yearPlans[0].period.text} is that year's plan, so the term review will say "No target"; put the term target on a ${term.firstYear}-${term.lastYear} row or set target_scope = term`,
        }),
      );
    }
    const first = forTerm[0];
    for (const other of forTerm.slice(1)) {
      // The same target written two ways ("7%" and "7,0%") is one target.
      if (sameTarget(other, first)) continue;
      found.push(
        problem('warning', 'term-target-conflict', at(other, 'target'), {
          vi: `chỉ tiêu nhiệm kỳ của "${code}" ghi khác nhau: "${first.targetText}" (dòng ${first.row}) và "${other.targetText}" (dòng ${other.row}); biểu đánh giá dùng dòng ${first.row}`,
          en: `the term target of "${code}" is written differently: "${first.targetText}" (row ${first.row}) and "${other.targetText}" (row ${other.row}); the term review uses row ${first.row}`,
        }),
      );
    }
  }
  return found;
}

function sameTarget(a: InputRecord, b: InputRecord): boolean {
  const x = a.target;
  const y = b.target;
  return (
    x !== null && y !== null && x.kind === y.kind && x.low === y.low && x.high === y.high && x.inclusive === y.inclusive
  );
}
