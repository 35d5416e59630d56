// The pictures of the Word document and the chart in the user guides: the demo's
// out/term-review.docx converted to PDF by LibreOffice headless, its first page drawn into a
// PNG by pdftoppm (poppler-utils), and the demo's chart out/term-review.png as it is. Run after
// `npm run demo`:
//   node --import tsx scripts/guide-word-pictures.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertWithLibreOffice } from '@chitieu/templates/excel';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const images = join(root, 'docs', 'images');
const work = mkdtempSync(join(tmpdir(), 'chitieu-word-picture-'));
try {
  mkdirSync(images, { recursive: true });
  const pdf = await convertWithLibreOffice(join(root, 'out', 'term-review.docx'), 'pdf', work);
  // The whole first page (A4 landscape) at 110 dpi: 1,286 × 909 px, the table's figures legible.
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, join(work, 'page')], {
    timeout: 120_000,
  });
  renameSync(join(work, 'page.png'), join(images, 'term-review-docx.png'));
  copyFileSync(join(root, 'out', 'term-review.png'), join(images, 'term-review-chart.png'));
  console.log('docs/images/term-review-docx.png\ndocs/images/term-review-chart.png');
} finally {
  rmSync(work, { recursive: true, force: true });
}
