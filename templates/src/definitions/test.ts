/**
 * The template definitions are data checked by zod: these tests show the checks bite (a formula
 * naming a column that does not exist is refused) and that every definition keeps the rules of
 * both modes: live formulas call only the add-in's CHITIEU.* names, portable ones never do.
 */
import { describe, expect, it } from 'vitest';
import { CustomFunctionName, TemplateDefinition, type Formula } from '../definition.js';
import { computations } from '../layout/compute.js';
import { templates } from '../templates.js';
import { termReview } from './termReview.js';

const formulas = (): Array<[string, Formula]> =>
  Object.values(templates).flatMap((t) =>
    t.columns.flatMap((c) =>
      [c.formula, ...Object.values(c.byKind ?? {})]
        .filter((f): f is Formula => Boolean(f))
        .map((f) => [`${t.id}.${c.key}`, f] as [string, Formula]),
    ),
  );

/** A deep copy that keeps functions (a formula's computation), which structuredClone refuses. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
  return value;
}

describe('template definitions', () => {
  it('four templates, each with a title in both languages, a form code and a method note', () => {
    expect(Object.keys(templates)).toEqual(['term-review', 'annual-plan', 'quarterly', 'coverage']);
    // Each title in both languages (not one copied into the other), a distinct form code, and
    // the note on the method that template's figures rest on, in both languages.
    const method: Record<string, [string, string]> = {
      'term-review': ['trung bình nhân', 'geometric'],
      'annual-plan': ['trung bình nhân', 'geometric'],
      quarterly: ['trung bình nhân', 'geometric'],
      coverage: ['bao phủ', 'overage'],
    };
    for (const t of Object.values(templates)) {
      expect(t.title.vi.trim(), t.id).not.toBe('');
      expect(t.title.en.trim(), t.id).not.toBe('');
      expect(t.title.vi, t.id).not.toBe(t.title.en);
      expect(t.formCode, t.id).toMatch(/^CT-0\d\.[NHQ]\/[A-Z]{2}$/);
      const [vi, en] = method[t.id];
      const note = t.notes.find((n) => n.vi.includes(vi));
      expect(note, `${t.id}: a note on ${vi}`).toBeDefined();
      expect(note!.en.toLowerCase(), t.id).toContain(en);
    }
    expect(new Set(Object.values(templates).map((t) => t.formCode)).size).toBe(4);
  });

  it('refuses a formula over a column that does not exist, an unknown group and a formula column without a formula', () => {
    const broken = copy(termReview) as unknown as {
      columns: Array<{ key: string; formula?: { portable: string; needs: string[] }; byKind?: unknown; role: string }>;
    };
    const percent = broken.columns.find((c) => c.key === 'percentOfTarget')!;
    percent.formula!.portable = '{achieved}/{tagret}';
    const result = TemplateDefinition.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'term-review.percentOfTarget: unknown placeholder {tagret}',
    ]);
    percent.formula!.portable = '{achieved}/{targetValue}';
    percent.formula!.needs = ['achieved', 'nope'];
    expect(TemplateDefinition.safeParse(broken).error?.issues[0].message).toBe(
      'term-review.percentOfTarget: needs unknown column nope',
    );
    percent.formula!.needs = ['achieved'];
    delete percent.formula;
    expect(TemplateDefinition.safeParse(broken).error?.issues[0].message).toBe(
      'term-review.percentOfTarget: a formula column needs a formula',
    );
  });

  it('live formulas call only CHITIEU.* names of the add-in; portable formulas only native functions', () => {
    const known = new Set(CustomFunctionName.options);
    for (const [where, f] of formulas()) {
      for (const [, name] of f.live.matchAll(/CHITIEU\.([A-Z]+)\(/g))
        expect(known.has(name as never), `${where}: ${name}`).toBe(true);
      expect(f.portable, where).not.toContain('CHITIEU');
      expect(Object.values(computations), where).toContain(f.compute);
    }
  });
});
