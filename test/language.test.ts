/**
 * One language per report: every cell a template writes (both sheets, values and cached
 * results) is scanned, in Vietnamese for the English input tokens and labels (higher, growth,
 * "No data", ...), in English for the Vietnamese words of the labels and of target texts
 * ("trở lên", "Chưa có số liệu", "Cao hơn là tốt", ...). The data's own texts (names, units,
 * sources, areas) are the officer's and are not scanned.
 */
import { join } from 'node:path';
import { labels, layoutTemplate, templates, WORDS, type TemplateId } from '@chitieu/templates';
import { type Dataset, DIRECTIONS, KINDS, parseCsv, TARGET_SCOPES, validateTable } from '@chitieu/input';
import { readInput } from '@chitieu/input/files';
import { describe, expect, it } from 'vitest';
import { annualPlanRows, coverageRows, quarterlyRows, termReviewRows, toCsv, type Row } from './support/reportData.js';

function dataset(rows: Row[]): Dataset {
  const records = parseCsv(toCsv(rows));
  return validateTable({ file: 'x.csv', sheet: null, header: records[0].cells, rows: records.slice(1) }).dataset;
}

const DATA: Record<TemplateId, () => Promise<Dataset>> = {
  'term-review': async () => dataset(termReviewRows(2, 12)),
  'annual-plan': async () => dataset(annualPlanRows(24)),
  quarterly: async () => dataset(quarterlyRows(20)),
  coverage: async () => dataset(coverageRows(20)),
};

/** The columns whose text is the input's own (names, units, sources, areas, figures as published). */
const DATA_COLUMNS = new Set(['indicator', 'unit', 'source', 'area', 'code', 'target', 'otherPeriods']);

/** Every text of both sheets that chitieu wrote (not copied from the input), with its address. */
function ourTexts(id: TemplateId, data: Dataset, lang: 'vi' | 'en'): Array<[string, string]> {
  const layout = layoutTemplate(templates[id], data, { mode: 'portable', lang });
  const texts: Array<[string, string]> = [];
  for (const [sheet, part] of [
    ['report', layout],
    ['method', layout.method],
  ] as const) {
    const keys = new Map(part.columns.map((c) => [c.letter, c.key]));
    for (const cell of part.cells) {
      const key = keys.get(cell.address.replace(/\d+$/, ''));
      // Data rows of data columns are the input's; headers and everything else are ours.
      if (cell.row > layout.headerRow && cell.row <= layout.lastDataRow && key && DATA_COLUMNS.has(key)) continue;
      for (const text of [cell.value, cell.result])
        if (typeof text === 'string') texts.push([`${sheet}!${cell.address}`, text]);
    }
  }
  return texts;
}

const english = [...DIRECTIONS, ...KINDS, ...TARGET_SCOPES, 'No data', 'No target', 'Kind', 'Better', 'Target'];
const vietnamese = [
  ...Object.values(labels('vi')).filter((text) => text.length > 2 && !Object.values(labels('en')).includes(text)),
  ...Object.values(WORDS)
    .map((w) => w.vi.toLowerCase())
    .filter((text) => /[^\x20-\x7e…–]/.test(text)),
  'trở lên',
  'dưới',
  'khoảng',
  'không quá',
  'Chưa có',
];

const wordPattern = (words: string[]) =>
  new RegExp(
    `(^|[^\\p{L}])(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})($|[^\\p{L}])`,
    'iu',
  );

describe('every rendered cell is in the report language', () => {
  for (const id of Object.keys(DATA) as TemplateId[]) {
    it(`${id}: no English token in Vietnamese, no Vietnamese word in English`, async () => {
      const data = await DATA[id]();
      const vi = ourTexts(id, data, 'vi');
      const en = ourTexts(id, data, 'en');
      expect(vi.length).toBeGreaterThan(50);
      expect(vi.filter(([, text]) => wordPattern(english).test(text))).toEqual([]);
      expect(en.filter(([, text]) => wordPattern(vietnamese).test(text))).toEqual([]);
    });
  }

  it('the sample term review too, and the scan can fail', async () => {
    const sample = (await readInput(join(import.meta.dirname, '..', 'data', 'thai-binh-2020-2025.csv'))).dataset;
    expect(ourTexts('term-review', sample, 'en').filter(([, text]) => wordPattern(vietnamese).test(text))).toEqual([]);
    expect(ourTexts('term-review', sample, 'vi').filter(([, text]) => wordPattern(english).test(text))).toEqual([]);
    expect(wordPattern(english).test('Hướng: higher')).toBe(true);
    expect(wordPattern(vietnamese).test('95% trở lên')).toBe(true);
    expect(wordPattern(vietnamese).test('Chưa có số liệu')).toBe(true);
  });
});
