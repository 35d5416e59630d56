import { formatNumber, growthRate, isChitieuError } from '@chitieu/core';
import { problem, type Problem } from './problems.js';
import type { Dataset, InputRecord } from './records.js';

/**
 * What `chitieu check` finds beyond the layout: figures that cannot all be right. Each is a
 * warning at the row to look at:
 * - parts that do not add up to their total (139 + 170 + 41 must equal 350). A part names its
 *   total in `part_of`; without that column, codes sharing the prefix of a total whose code ends
 *   in `_received` or `_total` (petitions_received; petitions_pending, ...) are its parts;
 * - the growth implied by two levels (`X_level`) against the published rate (`X_growth`) beyond
 *   the rounding of the published figure (half a unit of its last decimal, at least 0,005 pp);
 * - a coverage ratio above 100% (covered > population in an area);
 * - a rate (unit %) outside 0-100%;
 * - an indicator with values but no target anywhere (its percent of target shows "no data").
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
  for (const code of byCode.keys()) {
    const m = /^(.+)_(received|total)$/.exec(code);
    if (!m || partsOf.has(code)) continue;
    const siblings = [...byCode.keys()].filter(
      (c) => c !== code && c.startsWith(`${m[1]}_`) && !/_(received|total)$/.test(c),
    );
    if (siblings.length > 0) partsOf.set(code, new Set(siblings));
  }
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

  // Levels against published growth rates.
  for (const [code, rows] of byCode) {
    const m = /^(.+)_growth$/.exec(code);
    const levels = m ? byCode.get(`${m[1]}_level`) : undefined;
    if (!levels) continue;
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
            vi: `tốc độ tăng ${rate.period.text} công bố ${pct(rate.value, 'vi')} nhưng ${m![1]}_level ${year - 1}→${year} cho ${pct(implied, 'vi')}`,
            en: `the published ${rate.period.text} growth is ${pct(rate.value, 'en')} but ${m![1]}_level ${year - 1}→${year} implies ${pct(implied, 'en')}`,
          }),
        );
      }
    }
  }

  for (const r of dataset.records) {
    if (r.value === null) continue;
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

  for (const [code, rows] of byCode) {
    const kind = rows[0].kind;
    if (kind === 'population' || rows.some((r) => r.target !== null) || rows.every((r) => r.value === null)) continue;
    found.push(
      problem('warning', 'missing-target', at(rows[0], 'target'), {
        vi: `chỉ tiêu "${code}" có số liệu nhưng không có chỉ tiêu (target): % so với chỉ tiêu và đánh giá sẽ là "chưa có số liệu"`,
        en: `indicator "${code}" has values but no target: percent of target and status will show "no data"`,
      }),
    );
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
