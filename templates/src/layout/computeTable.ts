/**
 * Stage 3: the cached value of every formula cell, computed by the core, column by column.
 */
import type { Formula } from '../definition.js';
import { type CachedValue } from './compute.js';
import type { ReportRow } from './rows.js';
import { type PlacedColumn, type Context, formulaOf } from './context.js';
import { TARGET_KEY } from './writeTable.js';

/** Stage 3: the cached values, column by column (a rank needs the whole column before it). */
export function computeTable(ctx: Context): Array<Record<string, CachedValue | null>> {
  const { data } = ctx;
  const all = [...ctx.report, ...ctx.method.filter((p) => !p.copy)];
  const table: Array<Record<string, CachedValue | null>> = data.rows.map((row) => {
    const values: Record<string, CachedValue | null> = {};
    for (const p of all)
      if (p.column.role !== 'formula' && !p.column.group)
        values[p.column.key] = row.fields[p.column.field ?? p.column.key] ?? null;
    // How final the row's figures are: the verb of its assessment sentence.
    values.figureStatus = row.figureStatus ?? 'official';
    for (const key of ctx.once.keys()) {
      const column = ctx.template.columns.find((c) => c.key === key)!;
      values[key] = row.fields[column.field ?? key] ?? null;
    }
    return values;
  });
  // Formula columns of both sheets in the template's order: a method-sheet step of the verdict
  // is computed before the verdict that reads it.
  const order = (p: PlacedColumn) => ctx.template.columns.indexOf(p.column);
  const formulas = [...ctx.report, ...ctx.method.filter((p) => !p.copy)]
    .filter((p) => p.column.role === 'formula')
    .sort((a, b) => order(a) - order(b));
  for (const p of formulas) {
    // Other columns do not change while this one is computed: read each whole column once.
    const columns = new Map<string, Array<CachedValue | null>>();
    const columnOf = (key: string) => {
      if (!columns.has(key))
        columns.set(
          key,
          table.map((values) => values[key] ?? null),
        );
      return columns.get(key)!;
    };
    data.rows.forEach((row, r) => {
      const formula = formulaOf(p.column, row);
      table[r][p.column.key] = formula ? cachedValue(ctx, formula, row, table[r], columnOf) : null;
    });
  }
  return table;
}

/** One formula's cached value: the "no target" / "no data" symbol the formula's guard gives, else the core's answer. */
function cachedValue(
  ctx: Context,
  formula: Formula,
  row: ReportRow,
  values: Record<string, CachedValue | null>,
  column: (key: string) => Array<CachedValue | null>,
): CachedValue {
  const hasNumber = (key: string) =>
    ctx.data.groupYears[key] !== undefined ? row.groups[key]?.some((v) => v !== null) : typeof values[key] === 'number';
  // A missing target is said as such, not as missing data: the figure may well be there. The
  // formula guard (`guard`) tests the two in the same order.
  if (formula.needs.includes(TARGET_KEY) && !hasNumber(TARGET_KEY)) return ctx.text.noTarget;
  if (!formula.needs.every(hasNumber)) return ctx.text.noData;
  return formula.compute({
    row,
    value: (key) => values[key] ?? null,
    group: (name) => row.groups[name] ?? [],
    groupYears: (name) => ctx.data.groupYears[name] ?? [],
    setting: (name) => ctx.settings[name],
    column,
    lang: ctx.lang,
    needs: formula.needs,
  });
}
