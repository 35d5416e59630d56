import { TemplateDefinition } from './definition.js';
import { annualPlan } from './definitions/annualPlan.js';
import { coverage } from './definitions/coverage.js';
import { quarterly } from './definitions/quarterly.js';
import { termReview } from './definitions/termReview.js';
import { computations } from './layout/compute.js';

/**
 * The four standard report tables, validated when this module loads: a definition that breaks
 * the schema (an unknown column in a formula, a computation that does not exist) stops the
 * program at once rather than writing a wrong sheet.
 */
function load(definition: unknown): TemplateDefinition {
  const template = TemplateDefinition.parse(definition);
  for (const column of template.columns) {
    for (const formula of [column.formula, ...Object.values(column.byKind ?? {})]) {
      if (formula && !(formula.compute in computations))
        throw new Error(`${template.id}.${column.key}: no computation "${formula.compute}"`);
    }
  }
  return template;
}

export const templates: Readonly<Record<TemplateDefinition['id'], TemplateDefinition>> = Object.freeze({
  'term-review': load(termReview),
  'annual-plan': load(annualPlan),
  quarterly: load(quarterly),
  coverage: load(coverage),
});

export type TemplateId = TemplateDefinition['id'];
export const TEMPLATE_IDS = Object.keys(templates) as TemplateId[];
