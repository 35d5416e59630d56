// The pictures of the guides (docs/images/<template>.<lang>.png): the first printed page of each
// template in each language, as LibreOffice headless prints the portable report with its own A4
// landscape print setup, turned into a PNG by pdftoppm (poppler-utils). The term review is made
// from the embedded Thái Bình sample; the other tables from the synthetic data the tests use
// (test/support/reportData.ts), since the sample has no quarterly or per-commune figures.
//   node --import tsx scripts/report-pictures.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutTemplate, templates, type TemplateId } from '@chitieu/templates';
import { type Dataset } from '@chitieu/input';
import { convertWithLibreOffice, reportWorkbook } from '@chitieu/templates/excel';
import { readInput } from '@chitieu/input/files';
import { annualPlanRows, coverageRows, quarterlyRows, syntheticDataset } from '../test/support/reportData.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const images = join(root, 'docs', 'images');
/** Dots per inch of the pictures: an A4 landscape page 1,286 px wide, readable on a screen. */
const DPI = 110;

const DATA: Record<TemplateId, () => Promise<Dataset>> = {
  'term-review': async () => (await readInput(join(root, 'data', 'thai-binh-2020-2025.csv'))).dataset,
  'annual-plan': async () => syntheticDataset('synthetic.csv', annualPlanRows(12)),
  quarterly: async () => syntheticDataset('synthetic.csv', quarterlyRows(12)),
  coverage: async () => syntheticDataset('synthetic.csv', coverageRows(20)),
};

const work = mkdtempSync(join(tmpdir(), 'chitieu-pictures-'));
try {
  mkdirSync(images, { recursive: true });
  for (const id of Object.keys(DATA) as TemplateId[]) {
    const data = await DATA[id]();
    for (const lang of ['vi', 'en'] as const) {
      const layout = layoutTemplate(templates[id], data, { mode: 'portable', lang, province: 'Thái Bình' });
      const file = join(work, `${id}.${lang}.xlsx`);
      await reportWorkbook(layout).xlsx.writeFile(file);
      const pdf = await convertWithLibreOffice(file, 'pdf', work);
      execFileSync(
        'pdftoppm',
        ['-png', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', pdf, join(work, 'page')],
        {
          timeout: 120_000,
        },
      );
      renameSync(join(work, 'page.png'), join(images, `${id}.${lang}.png`));
      console.log(`docs/images/${id}.${lang}.png`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
