/**
 * The templates write live formulas with the production namespace (`CHITIEU.ATTAINMENT(...)`),
 * but the development edition of the add-in registers its functions as CHITIEUDEV (see
 * addin/scripts/manifest.ts): the pane writes formulas in the namespace of the edition it was
 * built for, which the build sets as FUNCTIONS_NAMESPACE.
 */
declare const FUNCTIONS_NAMESPACE: string | undefined;

/** The namespace of the functions of this build; CHITIEU outside a build (Node tests). */
export const NAMESPACE: string = typeof FUNCTIONS_NAMESPACE === 'string' ? FUNCTIONS_NAMESPACE : 'CHITIEU';

/**
 * A template's formula with the add-in's functions in `namespace`.
 *
 * @example
 * inNamespace('CHITIEU.GAP(C5,D5)', 'CHITIEUDEV')
 * //=> 'CHITIEUDEV.GAP(C5,D5)'
 */
export function inNamespace(formula: string, namespace: string = NAMESPACE): string {
  return namespace === 'CHITIEU' ? formula : formula.replace(/\bCHITIEU\./g, `${namespace}.`);
}
