/**
 * Every sentence of every template and language, read back: each number in it is a number of
 * its own row of the same report (within half a unit of the last digit shown), its headline
 * figure is there, and its judgement is the row's verdict cell. Numbers are read with the
 * core's locale reader (test/support/sentenceNumbers.ts), not with the code that wrote them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isChitieuError } from '@chitieu/core';
import { parseCsv, validateTable, type Dataset } from '@chitieu/input';
import { readInput } from '@chitieu/input/files';
import { templates, TEMPLATE_IDS, type TemplateId } from '../templates.js';
import { layoutTemplate, type SheetLayout } from '../layout/layout.js';
import { assessmentCells, assessmentSection } from './assessment.js';
import { numbersIn } from '../../../test/support/sentenceNumbers.js';
import {
  annualPlanRows,
  coverageRows,
  quarterlyRows,
  termReviewRows,
  toCsv,
  type Row,
} from '../../../test/support/reportData.js';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'data', 'thai-binh-2020-2025.csv');

function dataset(rows: Row[]): Dataset {
  const records = parseCsv(toCsv(rows));
  return validateTable({ file: 't.csv', sheet: null, header: records[0].cells, rows: records.slice(1) }).dataset;
}

const DATA: Record<TemplateId, () => Dataset> = {
  'term-review': () => dataset(termReviewRows(2, 12)),
  'annual-plan': () => dataset(annualPlanRows(24)),
  quarterly: () => dataset(quarterlyRows(20)),
  coverage: () => dataset(coverageRows(60)),
};

/** The figure a sentence must state for its row, by template. */
const HEADLINE: Record<TemplateId, string> = {
  'term-review': 'achieved',
  'annual-plan': 'estimated',
  quarterly: 'yearToDate',
  coverage: 'ratio',
};

/** The column holding the row's judgement words, where the template has one. */
const JUDGEMENT: Partial<Record<TemplateId, string>> = {
  'term-review': 'verdict',
  'annual-plan': 'status',
  coverage: 'status',
};

function settingNumbers(layout: SheetLayout): number[] {
  // The settings in the template's order (the report year first, or the base and end years).
  return templates[layout.templateId].settings.map((s) => layout.settings[s.name]);
}

/** Checks every sentence of a layout against its row; returns how many numbers were compared. */
function checkSentences(layout: SheetLayout): number {
  const { lines, sentences } = assessmentSection(layout);
  expect(lines).toHaveLength(layout.table.length);
  const settings = settingNumbers(layout);
  let compared = 0;
  layout.table.forEach((row, r) => {
    const sentence = sentences[r];
    if (isChitieuError(sentence)) throw new Error(`row ${r}: ${sentence.message.en}`);
    // Names and the target as written carry digits of their own ("Chỉ tiêu 3", "Xã 0001", "95% trở lên").
    let words = sentence;
    for (const key of ['indicator', 'area', 'target'])
      if (typeof row[key] === 'string' && row[key]) words = words.split(row[key] as string).join(' ');
    const numbers = numbersIn(words, layout.lang);
    const rowNumbers = Object.values(row).filter((v): v is number => typeof v === 'number');
    const years = settings.filter((s) => Number.isInteger(s) && s > 1900);
    const asOf = typeof row.asOf === 'number' ? row.asOf : null;
    const base = settings[0];
    const derived = [...years, ...(asOf === null ? [] : [asOf - base]), settings[1] - base, base + 1];
    const quarter = layout.templateId === 'quarterly' ? [settings[1] * 3] : [];
    if (layout.templateId === 'term-review') for (let y = settings[0]; y <= settings[1]; y++) years.push(y);
    // A coverage table's period is its data's: coverageRows writes 2024.
    if (layout.templateId === 'coverage') years.push(2024);
    // Year on year is said as a change: an index 1.085 as "tăng 8,5%", a gap 0.012 as "1,2 điểm".
    const changes = rowNumbers.flatMap((x) => [Math.abs(x - 1), Math.abs(x * 100)]);
    const candidates = [...rowNumbers, ...rowNumbers.map(Math.abs), ...changes, ...derived, ...quarter];
    for (const n of numbers) {
      const match = candidates.some((c) => Math.abs(n.value - c) <= n.halfUlp + 1e-9 * Math.max(1, Math.abs(c)));
      const isYear = years.includes(n.value);
      expect(match || isYear, `${n.text} in "${sentence}" is not a number of its row`).toBe(true);
      compared++;
    }
    const headline = row[HEADLINE[layout.templateId]];
    if (typeof headline === 'number') {
      const stated = numbers.some((n) => Math.abs(n.value - headline) <= n.halfUlp + 1e-9 * Math.abs(headline));
      expect(stated, `"${sentence}" does not state ${headline}`).toBe(true);
    }
    const judgement = JUDGEMENT[layout.templateId];
    const label = judgement ? row[judgement] : null;
    // A symbol cell ("…" no figure, "x" no target, "–" not applicable) is said in words in the sentence.
    if (typeof label === 'string' && !['–', '…', 'x'].includes(label) && typeof headline === 'number')
      expect(sentence.toLowerCase(), sentence).toContain(label.toLowerCase());
  });
  return compared;
}

describe('assessment section: every sentence against its row', () => {
  for (const id of TEMPLATE_IDS)
    for (const lang of ['vi', 'en'] as const)
      it(`${id} (${lang}): the numbers of each sentence are its row's`, () => {
        const layout = layoutTemplate(templates[id], DATA[id](), { mode: 'portable', lang });
        expect(layout.table.length).toBeGreaterThan(5);
        expect(checkSentences(layout)).toBeGreaterThan(layout.table.length);
      });

  it('the embedded sample (Thái Bình): the sentence of issue 9 and a heading in each language', async () => {
    const sample = (await readInput(SAMPLE)).dataset;
    for (const lang of ['vi', 'en'] as const) {
      const layout = layoutTemplate(templates['term-review'], sample, { mode: 'portable', lang });
      checkSentences(layout);
      const section = assessmentSection(layout);
      expect(section.heading).toBe(lang === 'vi' ? 'Nhận xét' : 'Assessment');
      if (lang === 'vi')
        expect(section.lines[0]).toBe(
          'Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2024 ước đạt 7,64%/năm, bằng 76,4% mục tiêu Nghị quyết; để hoàn thành mục tiêu, năm 2025 cần tăng 19,97%, khó đạt.',
        );
      // GRDP per capita has a target but no figure: "chưa có số liệu", with the target as written.
      expect(section.lines[3]).toBe(
        lang === 'vi'
          ? 'GRDP bình quân đầu người giai đoạn 2021-2025: chưa có số liệu (mục tiêu Nghị quyết: 90 trở lên).'
          : "GRDP per capita in 2021-2025: no data (the resolution's target: ≥ 90).",
      );
    }
  });

  it('as cells under a table without its assessment: heading two rows below the last written row, one merged note per sentence', async () => {
    const layout = layoutTemplate(templates.quarterly, DATA.quarterly(), { mode: 'portable', lang: 'en' });
    const last = Math.max(...layout.cells.map((c) => c.row));
    const { cells, merges } = assessmentCells(layout);
    expect(cells[0]).toMatchObject({ address: `A${last + 2}`, value: 'Assessment', style: 'subtitle', numFmt: '@' });
    expect(cells.slice(1).map((c) => c.value)).toEqual(assessmentSection(layout).lines);
    expect(cells.slice(1).every((c) => c.style === 'note')).toBe(true);
    const lastLetter = layout.columns[layout.columns.length - 1].letter;
    expect(merges).toEqual(cells.map((c) => `A${c.row}:${lastLetter}${c.row}`));
    // Nothing of the layout is touched: the cells start below everything it writes.
    expect(cells.every((c) => c.row > last)).toBe(true);
  });

  it('a table that carries its assessment (annual plan, term review) gets it rewritten in place, never twice', async () => {
    const layout = layoutTemplate(templates['annual-plan'], DATA['annual-plan'](), { mode: 'portable', lang: 'en' });
    const heading = layout.cells.find((c) => c.value === 'Assessment' && c.column === 1)!;
    const { cells } = assessmentCells(layout);
    expect(cells[0]).toMatchObject({ row: heading.row, value: 'Assessment' });
    // The same sentences stand on the same rows the layout wrote them on.
    for (const cell of cells.slice(1))
      expect(layout.cells.find((c) => c.address === cell.address)?.value).toBe(cell.value);
  });
});

describe("the figure's status gives the sentence its verb", () => {
  const header = 'code,indicator_vi,indicator_en,unit,direction,kind,target,period,value,source,note,figure_status';
  const rows = [
    'a,Chỉ tiêu A,Indicator A,tỷ đồng,higher,level,100 trở lên,2020-2025,,s,,',
    'a,Chỉ tiêu A,Indicator A,tỷ đồng,higher,level,,2020,50,s,,',
    'a,Chỉ tiêu A,Indicator A,tỷ đồng,higher,level,,2023,80,s,,',
    'b,Chỉ tiêu B,Indicator B,tỷ đồng,higher,level,100 trở lên,2020-2025,,s,,',
    'b,Chỉ tiêu B,Indicator B,tỷ đồng,higher,level,,2020,50,s,,',
    'b,Chỉ tiêu B,Indicator B,tỷ đồng,higher,level,,Sơ bộ 2023,80,s,,',
    'c,Chỉ tiêu C,Indicator C,tỷ đồng,higher,level,100 trở lên,2020-2025,,s,,',
    'c,Chỉ tiêu C,Indicator C,tỷ đồng,higher,level,,2020,50,s,,',
    'c,Chỉ tiêu C,Indicator C,tỷ đồng,higher,level,,2023,80 (ước),s,,',
  ];
  const records = parseCsv(`${header}\n${rows.join('\n')}\n`);
  const result = validateTable({ file: 't.csv', sheet: null, header: records[0].cells, rows: records.slice(1) });

  it.each([
    ['vi', ['Chỉ tiêu A năm 2023 đạt 80', 'Chỉ tiêu B năm 2023 sơ bộ đạt 80', 'Chỉ tiêu C năm 2023 ước đạt 80']],
    [
      'en',
      [
        'Indicator A in 2023 reached 80',
        'Indicator B in 2023 reached a preliminary 80',
        'Indicator C in 2023 is estimated at 80',
      ],
    ],
  ] as const)(
    '%s: official, preliminary, estimate; the year header marked by its least final figure',
    (lang, starts) => {
      expect(result.problems).toEqual([]);
      const layout = layoutTemplate(templates['term-review'], result.dataset, { mode: 'portable', lang });
      const lines = assessmentSection(layout).lines;
      starts.forEach((start, i) => expect(lines[i].startsWith(`${start} tỷ đồng`), lines[i]).toBe(true));
      const headers = layout.cells.filter((c) => c.row === layout.headerRow).map((c) => c.value);
      expect(headers).toContain(lang === 'vi' ? '2023 (ước)' : '2023 (est.)');
      expect(headers).toContain('2022');
    },
  );
});
