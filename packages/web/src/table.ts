/**
 * The report sheet as an HTML table: the cells `layoutTemplate` lays out (the same cell writes
 * the .xlsx writer and the add-in render), shown as the .docx shows them (`shownValue`), with the
 * merges, hidden outline columns left out, and the status colours of the layout's highlights
 * (the palette the .xlsx and the task pane use).
 */
import { PALETTE, type CellWrite, type SheetLayout, type Tone } from '@chitieu/templates';

import { shownValue } from '@chitieu/templates/word';

const ADDRESS = /^([A-Z]+)(\d+)$/u;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A range "K8:K20" (or a single cell) as its columns and rows. */
function bounds(range: string): { c1: number; r1: number; c2: number; r2: number } {
  const [a, b = a] = range.split(':');
  const pa = ADDRESS.exec(a);
  const pb = ADDRESS.exec(b);
  if (!pa || !pb) return { c1: 0, r1: 0, c2: -1, r2: -1 };
  return { c1: columnNumber(pa[1]), r1: Number(pa[2]), c2: columnNumber(pb[1]), r2: Number(pb[2]) };
}

const inside = (range: ReturnType<typeof bounds>, row: number, column: number) =>
  row >= range.r1 && row <= range.r2 && column >= range.c1 && column <= range.c2;

/** The tone a cell takes from the layout's conditional formatting, as Excel shows it. */
function toneOf(layout: SheetLayout, cell: CellWrite, byAddress: Map<string, CellWrite>): Tone | undefined {
  for (const h of layout.highlights) {
    if (h.kind === 'bar' || !inside(bounds(h.range), cell.row, cell.column)) continue;
    const judged = h.kind === 'byStatus' ? byAddress.get(`${h.statusColumn}${cell.row}`) : cell;
    const label = judged ? shownValue(judged, layout.lang) : '';
    const match = h.colours.find((c) => c.equals === label);
    if (match) return match.tone;
  }
  return undefined;
}

/**
 * The tone's font colour, except "not judged": Excel's grey on grey (#7F7F7F on #F2F2F2, 3.5:1)
 * is below WCAG AA for text on a screen, so the page writes it in the palette's muted grey (6.4:1).
 */
const readableFont = (tone: Tone) => (tone === 'none' ? PALETTE.muted : PALETTE.tones[tone].font);

/** The report sheet's table element. */
export function reportTable(layout: SheetLayout, caption: string): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'report';
  const cap = table.createCaption();
  cap.textContent = caption;
  const byAddress = new Map(layout.cells.map((c) => [c.address, c]));
  const hidden = new Set(layout.columns.filter((c) => c.grouped).map((c) => columnNumber(c.letter)));
  const lastRow = layout.cells.reduce((m, c) => Math.max(m, c.row), 0);
  const lastColumn = layout.cells.reduce((m, c) => Math.max(m, c.column), 0);
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const merge of layout.merges) {
    const b = bounds(merge);
    for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) covered.add(`${r}:${c}`);
    covered.delete(`${b.r1}:${b.c1}`);
    let columns = 0;
    for (let c = b.c1; c <= b.c2; c++) if (!hidden.has(c)) columns++;
    spans.set(`${b.r1}:${b.c1}`, { rows: b.r2 - b.r1 + 1, columns: Math.max(1, columns) });
  }
  const cells = new Map(layout.cells.map((c) => [`${c.row}:${c.column}`, c]));
  const body = table.createTBody();
  for (let r = 1; r <= lastRow; r++) {
    const tr = body.insertRow();
    for (let c = 1; c <= lastColumn; c++) {
      if (hidden.has(c) || covered.has(`${r}:${c}`)) continue;
      const cell = cells.get(`${r}:${c}`);
      const header = cell?.style === 'header';
      const td = document.createElement(header ? 'th' : 'td');
      if (header) td.setAttribute('scope', 'col');
      const span = spans.get(`${r}:${c}`);
      if (span) {
        if (span.rows > 1) td.rowSpan = span.rows;
        if (span.columns > 1) td.colSpan = span.columns;
      }
      if (cell) {
        td.textContent = shownValue(cell, layout.lang);
        td.className = `s-${cell.style}`;
        const tone = toneOf(layout, cell, byAddress);
        // The palette itself, set through the CSSOM (the page's policy forbids style attributes).
        if (tone) {
          td.style.backgroundColor = PALETTE.tones[tone].fill;
          td.style.color = readableFont(tone);
        } else if (header) td.style.backgroundColor = PALETTE.header;
        if (typeof (cell.formula !== undefined ? cell.result : cell.value) === 'number') td.classList.add('num');
      }
      tr.appendChild(td);
    }
  }
  return table;
}
