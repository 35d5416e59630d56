/**
 * The Vietnamese functions metadata, generated from the English one (itself generated from the
 * JSDoc of src/functions/functions.ts) and the texts of src/functions/translations.vi.ts. Ids,
 * names, types and options come from the English metadata, so the two files cannot drift: only
 * descriptions differ.
 */
import type { FunctionTranslation } from '../src/functions/translations.vi.js';

/** The part of functions.json this script reads and writes. */
export interface FunctionsMetadata {
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    parameters: Array<{ name: string; description?: string; [key: string]: unknown }>;
    result?: { [key: string]: unknown };
    [key: string]: unknown;
  }>;
  [key: string]: unknown;
}

/**
 * Every difference between the translation table and the metadata: a function or parameter
 * without a translation, or a translation for one that does not exist. Empty when they agree.
 */
export function translationProblems(
  metadata: FunctionsMetadata,
  table: Readonly<Record<string, FunctionTranslation>>,
): string[] {
  const problems: string[] = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const fn of metadata.functions) {
    const vi = table[fn.id];
    if (vi === undefined) {
      problems.push(`${fn.id}: no Vietnamese translation`);
      continue;
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of names)
      if (!(name in vi.parameters)) problems.push(`${fn.id}(${name}): no Vietnamese parameter help`);
    for (const name of Object.keys(vi.parameters))
      if (!names.has(name)) problems.push(`${fn.id}(${name}): translated but not a parameter`);
  }
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`${id}: translated but not a function`);
  return problems;
}

/** The metadata with Vietnamese descriptions; throws when the table does not match it. */
export function translateMetadata(
  metadata: FunctionsMetadata,
  table: Readonly<Record<string, FunctionTranslation>>,
): FunctionsMetadata {
  const problems = translationProblems(metadata, table);
  if (problems.length > 0) throw new Error(`translations.vi.ts does not match functions.json:\n${problems.join('\n')}`);
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const vi = table[fn.id];
      return {
        ...fn,
        description: vi.description,
        parameters: fn.parameters.map((p) => ({ ...p, description: vi.parameters[p.name] })),
      };
    }),
  };
}
