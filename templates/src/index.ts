/**
 * @chitieu/templates: the standard report tables of provincial statistics, defined once as data,
 * and a renderer-neutral layout of them (a list of cell writes) that the exceljs renderer
 * (`@chitieu/templates/excel`) and the Excel add-in both consume. This entry point has no
 * dependency on exceljs or on Node's file system, so the add-in can bundle it.
 */
export { templates, TEMPLATE_IDS, type TemplateId } from './templates.js';
export {
  TemplateDefinition,
  Column,
  Formula,
  NumberFormat,
  CustomFunctionName,
  type ColumnInput,
  type FormulaInput,
  type TemplateInput,
} from './definition.js';
export {
  layoutTemplate,
  layoutSteps,
  type LayoutSinks,
  type SheetFrame,
  type SheetSink,
  type CellWrite,
  type CellStyle,
  type Highlight,
  type LayoutOptions,
  type Mode,
  type SheetLayout,
  type SheetPart,
  type Colours,
} from './layout/layout.js';
export { PALETTE, argb, type Tone } from './layout/palette.js';
export { signatureBlock, type SignatureBlock, type SignatureOptions, type Signatory } from './layout/signature.js';
export { expandFormula, quote, type FormulaPlace } from './layout/formula.js';
export {
  computations,
  percentOfTarget,
  type CachedValue,
  type ComputeContext,
  type Computation,
} from './layout/compute.js';
export { labels, word, WORDS, FORMAT_CODES, shownNumber, type WordName } from './layout/labels.js';
export type { FillOptions, ReportRow, ReportData } from './layout/rows.js';
export {
  assessmentCells,
  assessmentSection,
  type AssessmentSection,
  type AssessmentContext,
} from './narrative/assessment.js';
