import type { Dataset } from '@chitieu/input';
import { isWhole, leastFinal, sources, targetFields, type FillOptions, type ReportData } from './rows.js';

/**
 * Coverage rows: one per area of the covered indicator in the chosen period (default: its
 * latest), in the order the data gives them. Population comes from the `population` row of the
 * same area and period. The areas are the data's: no list lives in code.
 */
export function fillCoverage(dataset: Dataset, options: FillOptions): ReportData {
  const covered = dataset.records.filter(
    (r) => r.kind === 'covered' && (options.indicator === undefined || r.code === options.indicator),
  );
  const code = options.indicator ?? covered[0]?.code;
  const mine = covered.filter((r) => r.code === code);
  const period = options.period ?? mine[mine.length - 1]?.period.text ?? '';
  const population = new Map(
    dataset.records.filter((r) => r.kind === 'population' && r.period.text === period).map((r) => [r.area, r]),
  );
  const rows = mine
    .filter((r) => r.period.text === period)
    .map((r) => {
      const people = population.get(r.area);
      return {
        // A row of this table is a coverage ratio (covered / population), a share.
        kind: 'rate' as const,
        unit: '%',
        direction: r.direction,
        target: r.target,
        whole: isWhole([r.value, people?.value]),
        figureStatus: leastFinal([r, people]),
        fields: {
          area: r.area || r.name[options.lang ?? 'vi'],
          direction: r.direction,
          population: people?.value ?? null,
          covered: r.value,
          ...targetFields(r.target, r.direction, r.targetText, options.lang ?? 'vi', '%'),
          source: sources([r, ...(people ? [people] : [])]),
        },
        groups: {},
      };
    });
  return { rows, groupYears: {}, settings: {}, period };
}
