import { TemplateDefinition } from './definition.js';
import { annualPlan } from './definitions/annualPlan.js';
import { coverage } from './definitions/coverage.js';
import { quarterly } from './definitions/quarterly.js';
import { termReview } from './definitions/termReview.js';

/**
 * The four standard report tables, validated when this module loads: a definition that breaks
 * the schema (an unknown column in a formula) stops the program at once rather than writing a
 * wrong sheet. Types are checked before that, at compile time (`satisfies TemplateInput`).
 */
function load(definition: unknown): TemplateDefinition {
  return TemplateDefinition.parse(definition);
}

export const templates: Readonly<Record<TemplateDefinition['id'], TemplateDefinition>> = Object.freeze({
  'term-review': load(termReview),
  'annual-plan': load(annualPlan),
  quarterly: load(quarterly),
  coverage: load(coverage),
});

export type TemplateId = TemplateDefinition['id'];
export const TEMPLATE_IDS = Object.keys(templates) as TemplateId[];
