// The longest portable formula of each template and of its verdict column, on the embedded sample
// and on the synthetic data the tests use: the figures docs/benchmarks.md quotes for the verdict
// reached through named steps (a planner reads each step; none comes near Excel's 8,192).
//   npm run build && node --import tsx scripts/formula-lengths.ts
import { join } from 'node:path';
import { layoutTemplate, templates, TEMPLATE_IDS, type TemplateId } from '@chitieu/templates';
import { type Dataset } from '@chitieu/input';
import { readInput } from '@chitieu/input/files';
import { SYNTHETIC } from '../test/support/reportData.js';

const sample = (await readInput(join(import.meta.dirname, '..', 'data', 'thai-binh-2020-2025.csv'))).dataset;

function longest(id: TemplateId, data: Dataset, lang: 'vi' | 'en'): { verdict: number; any: number; where: string } {
  const layout = layoutTemplate(templates[id], data, { mode: 'portable', lang });
  const verdictLetter = layout.columns.find((c) => c.key === 'verdict')?.letter;
  let verdict = 0;
  let any = 0;
  let where = '';
  for (const cell of [...layout.cells, ...layout.method.cells]) {
    const length = cell.formula?.length ?? 0;
    if (
      verdictLetter !== undefined &&
      cell.address.replace(/\d+$/u, '') === verdictLetter &&
      layout.cells.includes(cell)
    )
      verdict = Math.max(verdict, length);
    if (length > any) [any, where] = [length, cell.address];
  }
  return { verdict, any, where };
}

const rows: Array<[string, TemplateId, 'vi' | 'en', Dataset]> = [
  ['sample', 'term-review', 'vi', sample],
  ['sample', 'term-review', 'en', sample],
  ...TEMPLATE_IDS.map((id): [string, TemplateId, 'vi', Dataset] => ['synthetic', id, 'vi', SYNTHETIC[id]()]),
];
console.log('| data | template | language | longest verdict formula | longest formula (cell) |');
console.log('|---|---|---|---:|---:|');
for (const [data, id, lang, dataset] of rows) {
  const result = longest(id, dataset, lang);
  console.log(`| ${data} | ${id} | ${lang} | ${result.verdict || '–'} | ${result.any} (${result.where}) |`);
}
