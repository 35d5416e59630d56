/**
 * Compares report workbooks cell by cell, as exceljs reads them: each cell's value, formula (a
 * shared formula's cell as its own formula text) and cached result, style, and each sheet's
 * merges, column widths, row heights, frozen panes, page setup, footer and conditional
 * formatting. Used to hold the streamed writer to the in-memory one (issue 17).
 *
 * Run: node --import tsx scripts/compare-reports.ts A.xlsx B.xlsx, or two folders of reports
 * with the same names. Prints up to 10 differences per workbook and the number that differ.
 */
import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
const [a, b] = process.argv.slice(2);
const files = a.endsWith('.xlsx') ? [''] : readdirSync(a).filter((f) => f.endsWith('.xlsx'));
let diffs = 0;
for (const f of files) {
  const [wa, wb] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await wa.xlsx.readFile(f ? `${a}/${f}` : a);
  await wb.xlsx.readFile(f ? `${b}/${f}` : b);
  const out: string[] = [];
  const say = (m: string) => out.length < 10 && out.push(m);
  if (wa.worksheets.length !== wb.worksheets.length) say('sheet count');
  wa.worksheets.forEach((sa, i) => {
    const sb = wb.worksheets[i];
    if (sa.name !== sb.name) say(`name ${sa.name} ${sb.name}`);
    const j = (x: unknown) => JSON.stringify(x);
    for (const k of ['views', 'pageSetup', 'headerFooter', 'conditionalFormattings'] as const)
      if (j((sa as unknown as Record<string, unknown>)[k]) !== j((sb as unknown as Record<string, unknown>)[k]))
        say(
          `${sa.name} ${k}: ${j((sa as unknown as Record<string, unknown>)[k]).slice(0, 200)} vs ${j((sb as unknown as Record<string, unknown>)[k]).slice(0, 200)}`,
        );
    if (j(sa.model.merges.sort()) !== j(sb.model.merges.sort())) say(`${sa.name} merges`);
    if (j(sa.columns?.map((c) => c.width)) !== j(sb.columns?.map((c) => c.width))) say(`${sa.name} widths`);
    const rows = Math.max(sa.rowCount, sb.rowCount);
    for (let r = 1; r <= rows; r++) {
      const [ra, rb] = [sa.getRow(r), sb.getRow(r)];
      if (ra.height !== rb.height) say(`${sa.name} row ${r} height ${ra.height} ${rb.height}`);
      const cols = Math.max(ra.cellCount, rb.cellCount);
      for (let c = 1; c <= cols; c++) {
        const [ca, cb] = [ra.getCell(c), rb.getCell(c)];
        const va = ca.formula ? { f: ca.formula, r: (ca.value as { result?: unknown }).result } : ca.value;
        const vb = cb.formula ? { f: cb.formula, r: (cb.value as { result?: unknown }).result } : cb.value;
        if (j(va) !== j(vb)) say(`${sa.name}!${ca.address}: ${j(va).slice(0, 120)} vs ${j(vb).slice(0, 120)}`);
        if (j(ca.style) !== j(cb.style))
          say(`${sa.name}!${ca.address} style ${j(ca.style).slice(0, 150)} vs ${j(cb.style).slice(0, 150)}`);
      }
    }
  });
  if (out.length) {
    diffs++;
    console.log(`${f}:\n  ${out.join('\n  ')}`);
  }
}
console.log(`${files.length} workbooks, ${diffs} differ`);
