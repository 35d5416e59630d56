import { z } from 'zod';
import { Label } from '@chitieu/words';
import type { Computation } from './layout/compute.js';

/**
 * The shape of a report template, as data. A template is validated with zod when the package
 * loads, so a typo in a column key or a formula that names a column that does not exist fails
 * at once instead of producing a wrong sheet. The CLI (exceljs) and the add-in (office.js) both
 * read these definitions; neither has its own copy of a header, a format or a formula.
 */

/** Names of the add-in's custom functions (`=CHITIEU.NAME(...)`); argument order = the core function's. */
export const CustomFunctionName = z.enum([
  'ATTAINMENT',
  'GAP',
  'PROGRESS',
  'STATUS',
  'CUMATTAINMENT',
  'ONTRACK',
  'GROWTHINDEX',
  'GROWTHRATE',
  'CAGR',
  'AVGGROWTH',
  'REQUIREDGROWTH',
  'REQUIREDAVG',
  'PROJECT',
  'YEARSTOTARGET',
  'CONTRIBUTIONS',
  'COVERAGE',
  'PERPOP',
  'VERDICT',
  'SHARE',
  'STRUCTURE',
  'COVERAGEGAP',
  'PARSEVN',
]);
export type CustomFunctionName = z.infer<typeof CustomFunctionName>;

/**
 * Number formats (layout/formats.ts gives the Excel codes). `byUnit` follows the row's unit: a
 * percent for `%` units, a grouped number with up to two decimals otherwise.
 */
/**
 * `points` is a change in percentage points, held as a fraction like every rate (0.012 shows
 * "+1,20 điểm %"); `pointsChange` and `percentChange` are what is still needed, a rise or a
 * fall said in words ("tăng 2,50 điểm %", "giảm 5,00%"), never a negative figure.
 * `allowance` is what is still needed when lower is better for an average rate or a term total:
 * not a goal but a most ("tối đa 8,21%", the highest rate that keeps the average within target);
 * a percent or the row's unit otherwise.
 */
export const NumberFormat = z.enum([
  'text',
  'integer',
  'year',
  'number',
  'decimal2',
  'percent2',
  'points',
  'pointsChange',
  'percentChange',
  'byUnit',
  'allowance',
]);
export type NumberFormat = z.infer<typeof NumberFormat>;

/**
 * A formula over column keys, in the two modes a report is written in:
 * - `live`: calls the add-in's functions (`CHITIEU.ATTAINMENT({achieved},{targetLow})`);
 * - `portable`: native Excel functions only, with the `_xlfn.` prefix where the file format
 *   needs it, so the file works without the add-in (Excel, LibreOffice, Google Sheets).
 * Placeholders (see layout/formula.ts): `{key}` the cell of column `key` in the same row;
 * `{range:group}` the cells of a repeated column group; `{column:key}` the whole column over the
 * data rows (absolute, for ranks); `{n:group}` how many columns the group
 * has; `{latest:group}` the last number in the group; `{prod1p:group}` Π(1 + value), text
 * skipped; `{setting:name}` an absolute reference to a setting cell of the title block;
 * `{text:name}` a label of the report language, quoted.
 * `needs` lists the keys (or groups: at least one number) that must hold numbers: when one does not, the cell shows "chưa có
 * số liệu" / "no data" (both in the formula and in the cached value) instead of a number.
 */
export const Formula = z.object({
  live: z.string().min(1),
  portable: z.string().min(1),
  needs: z.array(z.string()).default([]),
  /**
   * The computation that gives the cached value (layout/compute.ts): the function itself, so a
   * formula without one does not compile, rather than a name looked up when the package loads.
   */
  compute: z.custom<Computation>((value) => typeof value === 'function', 'a computation function'),
  /** The core function behind the computation, for readers and for the add-in's documentation. */
  core: z.string().min(1),
  /** Number format of this formula's result when it differs from the column's (a rate in a value column). */
  format: NumberFormat.optional(),
});
export type Formula = z.infer<typeof Formula>;
/** A formula as a definition writes it (defaults not yet applied). */
export type FormulaInput = z.input<typeof Formula>;

/** What a cell of the column holds. */
export const ColumnRole = z.enum(['field', 'input', 'formula']);

export const Column = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  header: Label,
  format: NumberFormat,
  width: z.number().positive().max(100),
  role: ColumnRole,
  /** Repeated once per period (term years, quarters): the group name used in placeholders. */
  group: z.string().optional(),
  /** For `field` and `input` columns: the record field that fills it (layout/fields.ts). */
  field: z.string().optional(),
  /** For `formula` columns: one formula, or one per indicator kind (growth, level, ...). */
  formula: Formula.optional(),
  byKind: z.record(z.string(), Formula.nullable()).optional(),
  /**
   * Where the column is shown: on the report a reader gets (`report`, the default), or on the
   * second sheet ("Thuyết minh" / "Method") with the technical columns the formulas
   * read (code, direction, kind, target parts, full sources).
   */
  sheet: z.enum(['report', 'method']).default('report'),
  /**
   * A step of a longer formula (the term verdict's): grouped and collapsed on its sheet, so it
   * does not print and does not crowd the page; the reader expands the group ("+") to follow it.
   */
  grouped: z.boolean().optional(),
  /** A field holding an input token (`higher`, `growth`), shown as the word of the report's language. */
  words: z.enum(['direction', 'kind']).optional(),
  /** Shown once in the title block instead of on every row when every row has the same value. */
  onceIfSame: z.boolean().optional(),
  /**
   * How the column is coloured: `bar` a neutral bar from the lowest row to 100% (coverage);
   * `byStatus` the tone of the row's status or verdict (so good is green whatever the direction);
   * `status`, `verdict`, `onTrack` the tone of the label the cell holds.
   */
  highlight: z.enum(['bar', 'byStatus', 'status', 'onTrack', 'verdict']).optional(),
});
export type Column = z.infer<typeof Column>;
/** A column as a definition writes it: the definitions say `satisfies` this, so a typo fails to compile. */
export type ColumnInput = z.input<typeof Column>;

export const TemplateDefinition = z
  .object({
    id: z.enum(['term-review', 'annual-plan', 'quarterly', 'coverage']),
    title: Label,
    /** Vietnamese statistical forms are coded by number, period letter and issuer. */
    formCode: z.string().min(1),
    /** What one row is: an indicator, or an area (coverage). */
    rowsAre: z.enum(['indicator', 'area']),
    columns: z.array(Column).min(1),
    /** The unit line of the title block; without it, units are given on each row. */
    unitLine: Label.optional(),
    /**
     * A total row under the table (coverage: the province), named by this label: `sum` columns
     * add up the rows, `formula` columns apply their formula to the totals.
     */
    total: z.object({ label: Label, sum: z.array(z.string()), formula: z.array(z.string()) }).optional(),
    /** The method: printed on the second sheet, under the technical columns. */
    notes: z.array(Label),
    settings: z
      .array(z.object({ name: z.string(), label: Label, value: z.number(), format: NumberFormat }))
      .default([]),
  })
  .superRefine((template, ctx) => {
    const keys = new Set(template.columns.map((c) => c.key));
    const groups = new Set(template.columns.flatMap((c) => (c.group ? [c.group] : [])));
    const settings = new Set(template.settings.map((s) => s.name));
    if (keys.size !== template.columns.length)
      ctx.addIssue({ code: 'custom', message: `${template.id}: duplicate column key` });
    for (const column of template.columns) {
      const formulas = [column.formula, ...Object.values(column.byKind ?? {})].filter(
        (f): f is Formula => f !== null && f !== undefined,
      );
      if (column.role === 'formula' && formulas.length === 0) {
        ctx.addIssue({ code: 'custom', message: `${template.id}.${column.key}: a formula column needs a formula` });
      }
      for (const formula of formulas) {
        for (const text of [formula.live, formula.portable]) {
          for (const [, op, name] of text.matchAll(/\{(?:([a-zA-Z0-9]+):)?([a-zA-Z0-9]+)\}/g)) {
            const known =
              op === undefined || op === 'column'
                ? keys.has(name)
                : op === 'setting'
                  ? settings.has(name)
                  : op === 'text'
                    ? true
                    : groups.has(name);
            if (!known)
              ctx.addIssue({
                code: 'custom',
                message: `${template.id}.${column.key}: unknown placeholder {${op ? `${op}:` : ''}${name}}`,
              });
          }
        }
        for (const need of formula.needs) {
          if (!keys.has(need) && !groups.has(need))
            ctx.addIssue({ code: 'custom', message: `${template.id}.${column.key}: needs unknown column ${need}` });
        }
      }
    }
  });
export type TemplateDefinition = z.infer<typeof TemplateDefinition>;
/** A template as its definition file writes it (checked by `satisfies` at compile time, by zod at load). */
export type TemplateInput = z.input<typeof TemplateDefinition>;
