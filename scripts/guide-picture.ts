// The picture in the user guide (docs/images/term-review.png): the demo's portable term review,
// printed to PDF by LibreOffice headless (the sheet's own A4 landscape print setup) and the first
// page's table cropped into a PNG by pdftoppm (poppler-utils). Run after `npm run demo`:
//   node --import tsx scripts/guide-picture.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertWithLibreOffice } from '@chitieu/templates/excel';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'chitieu-picture-'));
try {
  const pdf = await convertWithLibreOffice(join(root, 'out', 'term-review.portable.xlsx'), 'pdf', work);
  // The table's left part (names, targets, years, verdicts) at a readable size: the page is 2,573 px wide at 220 dpi.
  execFileSync(
    'pdftoppm',
    [
      '-png',
      '-r',
      '220',
      '-f',
      '1',
      '-l',
      '1',
      '-x',
      '70',
      '-y',
      '90',
      '-W',
      '1560',
      '-H',
      '560',
      '-singlefile',
      pdf,
      join(work, 'page'),
    ],
    { timeout: 120_000 },
  );
  mkdirSync(join(root, 'docs', 'images'), { recursive: true });
  renameSync(join(work, 'page.png'), join(root, 'docs', 'images', 'term-review.png'));
  console.log('docs/images/term-review.png');
} finally {
  rmSync(work, { recursive: true, force: true });
}
