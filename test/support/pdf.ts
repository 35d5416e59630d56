/**
 * What a printed page holds, read back from the PDF LibreOffice writes: every word with its box
 * (poppler-utils' `pdftotext -bbox`, Debian package poppler-utils), and the page count.
 */
import { execFileSync } from 'node:child_process';

export interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word of every page, in points from the page's top left corner. */
export function wordsOf(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: decode(m[5]) });
  }
  return words;
}

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/**
 * Pairs of words on the same printed line whose boxes overlap: what a cell's text clipped by
 * (or running into) its neighbour looks like on paper.
 */
export function overlaps(words: Word[]): Array<[Word, Word]> {
  const found: Array<[Word, Word]> = [];
  const lines = new Map<string, Word[]>();
  for (const w of words) {
    const key = `${w.page}:${Math.round(w.yMin * 2)}`;
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  for (const line of lines.values()) {
    line.sort((a, b) => a.xMin - b.xMin);
    for (let i = 1; i < line.length; i++) if (line[i - 1].xMax > line[i].xMin + 0.5) found.push([line[i - 1], line[i]]);
  }
  return found;
}
