/**
 * `chitieu import`, and `report -d` / `check` given a wide file (issue 15): the long layout as
 * `chitieu init` writes it, a source per row naming the original cell, the preview in the
 * user's language, exit 2 with each open question and its cell, the mapping file that answers
 * them, atomic outputs and an untouched input. And the round trip: every annex chitieu itself
 * writes (term review and annual plan, Vietnamese and English, portable and live) read back as a
 * wide table gives the figures and targets of the file it was made from.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '../packages/input/src/files/readInput.js';
import { readWideFile } from '../packages/input/src/files/readAnyInput.js';
import { INPUT_COLUMNS } from '../packages/input/src/schema.js';
import type { MappingEntry } from '../packages/input/src/wide/types.js';
import { cliIn, hash } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const chitieu = cliIn(dir);
const WIDE = join(import.meta.dirname, 'fixtures', 'wide');
const SAMPLE = join(import.meta.dirname, '..', 'data', 'thai-binh-2020-2025.csv');
const copy = (name: string) => {
  const path = join(dir, name);
  copyFileSync(join(WIDE, name), path);
  return path;
};

describe('chitieu import', () => {
  it('writes the layout chitieu init writes, a source per row naming the original cell, the input untouched', async () => {
    const input = copy('openpyxl-annex-economy.xlsx');
    const before = hash(input);
    const run = await chitieu('import', input, '-o', 'annex-long.xlsx');
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'Chỉ tiêu: "KH 2025" (H8) → kế hoạch năm 2025; "Mục tiêu NQ ĐH XX" (I8) → nhiệm kỳ 2021-2025',
    );
    expect(run.out).toContain('tốc độ tăng (quy tắc: "tốc độ tăng…" với đơn vị %: tốc độ tăng)');
    expect(run.out).toContain('Đã ghi');
    expect(hash(input)).toBe(before);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(join(dir, 'annex-long.xlsx'));
    const init = await chitieu('init', '-o', 'blank.xlsx');
    expect(init.code).toBe(0);
    const blank = new ExcelJS.Workbook();
    await blank.xlsx.readFile(join(dir, 'blank.xlsx'));
    expect(written.worksheets.map((s) => s.name)).toEqual(blank.worksheets.map((s) => s.name));
    expect(written.getWorksheet('data')!.getRow(1).values).toEqual(blank.getWorksheet('data')!.getRow(1).values);
    const read = await readInput(join(dir, 'annex-long.xlsx'));
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.dataset.records).toHaveLength(47);
    const poverty = read.dataset.records.find(
      (r) => r.code === 'ty_le_ho_ngheo_chuan_da_chieu' && r.period.text === '2024',
    )!;
    expect(poverty).toMatchObject({
      value: 0.015,
      direction: 'lower',
      kind: 'rate',
      figureStatus: 'estimate',
      source: 'openpyxl-annex-economy.xlsx › Biểu 01!G18',
      group: { vi: 'Văn hóa - xã hội' },
    });
    // The same as reading the wide file directly.
    const direct = await readWideFile(input);
    const shape = (r: (typeof read.dataset.records)[number]) => [
      r.code,
      r.period.text,
      r.value,
      r.targetText,
      r.figureStatus,
    ];
    expect(read.dataset.records.map(shape)).toEqual(direct.dataset.records.map(shape));
  });

  it('writes CSV in the long layout, numbers as --number-locale reads them', async () => {
    const run = await chitieu('import', copy('openpyxl-annual-plan.xlsx'), '-o', 'plan.csv', '--lang', 'en');
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, 'plan.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe(INPUT_COLUMNS.map((c) => c.name).join(','));
    expect(text).toContain('toc_do_tang_truong_grdp,Tốc độ tăng trưởng GRDP,,%,higher,growth,"8,5%",2025,"8,3"');
    const read = await readInput(join(dir, 'plan.csv'));
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.dataset.records.map((r) => r.value)).toEqual([0.081, 0.083, 16700, 17950, 0.015, 0.011, 0.86, 0.91]);
  });

  it('never replaces an output without --force (exit 3), nor the input', async () => {
    const input = copy('openpyxl-two-tables.xlsx');
    expect((await chitieu('import', input, '-o', 'two.xlsx')).code).toBe(0);
    const again = await chitieu('import', input, '-o', 'two.xlsx', '--table', '2');
    expect(again.code).toBe(3);
    expect((await chitieu('import', input, '-o', 'two.xlsx', '--table', '2', '--force')).code).toBe(0);
    expect((await chitieu('import', input, '-o', input, '--force')).code).toBe(1);
    expect((await chitieu('import', input, '-o', 'x.txt')).code).toBe(1);
  });

  it('exits 2 with each open question and its cell, writes the starter mapping, and the answered mapping reads', async () => {
    const input = copy('openpyxl-yearbook.xlsx');
    const first = await chitieu(
      'import',
      input,
      '-o',
      'yearbook.xlsx',
      '--write-map',
      'yearbook-map.csv',
      '--lang',
      'en',
    );
    expect(first.code).toBe(2);
    expect(first.err).toContain(
      'Bảng 05, row 6, column A: [error] the kind of "Lực lượng lao động từ 15 tuổi trở lên"',
    );
    expect(first.out).toContain('Open questions');
    expect(existsSync(join(dir, 'yearbook.xlsx'))).toBe(false);
    const map = readFileSync(join(dir, 'yearbook-map.csv'), 'utf8');
    expect(map.split('\n')[0]).toBe('stt,indicator,unit,code,kind,direction,note');
    expect(map).toContain(
      'Lực lượng lao động từ 15 tuổi trở lên,nghìn người,luc_luong_lao_dong_tu_15_tuoi_tro_len,,,"to fill in: kind, direction (cell A6)"',
    );
    expect(map).toContain('Tỷ lệ lao động đã qua đào tạo,%,ty_le_lao_dong_da_qua_dao_tao,rate,higher,');
    writeFileSync(
      join(dir, 'yearbook-map.csv'),
      map.replace(',,,"to fill in: kind, direction (cell A6)"', ',level,higher,'),
    );
    const second = await chitieu('import', input, '-o', 'yearbook.xlsx', '--map', 'yearbook-map.csv', '--json');
    expect(second.code).toBe(0);
    const body = JSON.parse(second.out);
    expect(body).toMatchObject({ ok: true, rows: 20, indicators: 4, wide: { questions: [] } });
    expect(body.wide.preview.indicators[0]).toMatchObject({ kind: { value: 'level', by: 'mapping' } });
  });

  it('a mapping file that is not valid is an error with its row', async () => {
    writeFileSync(join(dir, 'bad-map.csv'), 'Chỉ tiêu,Loại,Hướng\nLực lượng lao động từ 15 tuổi trở lên,nhiều,tăng\n');
    const run = await chitieu(
      'import',
      copy('openpyxl-yearbook.xlsx'),
      '-o',
      'y2.xlsx',
      '--map',
      'bad-map.csv',
      '--json',
    );
    expect(run.code).toBe(2);
    const problems = JSON.parse(run.out).problems;
    expect(problems[0]).toMatchObject({ reason: 'bad-kind', file: 'bad-map.csv', row: 2 });
  });

  it('the guides show the preview import prints, line for line (Phụ lục 1 is the annex fixture)', async () => {
    const annex = join(dir, 'Phụ lục 1.xlsx');
    copyFileSync(join(WIDE, 'openpyxl-annex-economy.xlsx'), annex);
    for (const lang of ['vi', 'en'] as const) {
      const run = await chitieu('import', annex, '-o', `guide-${lang}.xlsx`, '--lang', lang);
      const guide = readFileSync(join(import.meta.dirname, '..', 'docs', `guide.${lang}.md`), 'utf8');
      const block = /## 2a\.[\s\S]*?```text\n([\s\S]*?)```/.exec(guide)![1];
      for (const line of block.trimEnd().split('\n')) expect(run.out, line).toContain(line);
    }
  });

  it('a file already in the long layout needs no import', async () => {
    const run = await chitieu('import', SAMPLE, '-o', 'nothing.xlsx', '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.out).toContain('already in the long layout');
    expect(existsSync(join(dir, 'nothing.xlsx'))).toBe(false);
  });
});

describe('report -d and check take a wide file directly', () => {
  it('check prints the preview and the problems at the wide cells', async () => {
    const bad = await chitieu('check', copy('bad-value-in-group.xlsx'), '--json');
    expect(bad.code).toBe(2);
    const body = JSON.parse(bad.out);
    expect(body.problems[0]).toMatchObject({ reason: 'value-in-group-row', sheet: 'Biểu 01', row: 2, column: 'E' });
    expect(body.wide.preview.groups).toEqual([{ name: 'Kinh tế', cell: 'B2' }]);
    const good = await chitieu('check', copy('openpyxl-text-numbers.xlsx'), '--lang', 'en');
    expect(good.err).toContain('"Ghi chép nội bộ"');
    expect(good.err).toContain('(hidden column: read all the same)');
    expect([0, 4]).toContain(good.code);
  });

  it('report -d on the wide file gives the same term review as on its long import', async () => {
    const input = copy('openpyxl-annex-economy.xlsx');
    expect((await chitieu('import', input, '-o', 'annex.csv')).code).toBe(0);
    const fromWide = await chitieu('report', '-t', 'term-review', '-d', input, '-o', 'wide-review.xlsx', '--json');
    const fromLong = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      'annex.csv',
      '-o',
      'long-review.xlsx',
      '--json',
    );
    expect([fromWide.code, fromLong.code]).toEqual([0, 0]);
    const wide = JSON.parse(fromWide.out);
    const long = JSON.parse(fromLong.out);
    expect(wide.indicators).toEqual(long.indicators);
    expect(wide.summary).toEqual(long.summary);
    expect(wide.indicators.length).toBe(9);
    expect(wide.wide.preview.tables).toBe(1);
    expect(long.wide).toBeUndefined();
  });
});

/** A year's plans beside its figures (the sample holds term targets only). */
const PLANS = `code,indicator_vi,indicator_en,unit,direction,kind,target,period,value,source,note,target_scope,group
grdp_growth,Tốc độ tăng trưởng GRDP,GRDP growth,%,higher,growth,,2023,"7,37",s,,,Kinh tế | Economy
grdp_growth,Tốc độ tăng trưởng GRDP,GRDP growth,%,higher,growth,"7,5%",2024,"7,01",s,,year,Kinh tế | Economy
budget_revenue,Thu ngân sách nhà nước,State budget revenue,tỷ đồng,higher,level,,2023,"25.100",s,,,Kinh tế | Economy
budget_revenue,Thu ngân sách nhà nước,State budget revenue,tỷ đồng,higher,level,"27.000",2024,"28.066,4",s,,year,Kinh tế | Economy
poverty,Tỷ lệ hộ nghèo,Poverty rate,%,lower,rate,,2023,"2,1",s,,,Xã hội | Society
poverty,Tỷ lệ hộ nghèo,Poverty rate,%,lower,rate,"dưới 2%",2024,"1,8",s,,year,Xã hội | Society
`;

describe('round trip: an annex chitieu wrote, read back as a wide table, gives the same figures', async () => {
  const plansFile = join(dir, 'plans.csv');
  writeFileSync(plansFile, PLANS);
  const sources = { 'term-review': SAMPLE, 'annual-plan': plansFile };
  const readSources = {
    'term-review': (await readInput(SAMPLE)).dataset.records.filter((r) => r.area === ''),
    'annual-plan': (await readInput(plansFile)).dataset.records,
  };
  // The officer's answers for next year: each indicator's kind and direction, by its name.
  const mappingOf = (records: (typeof readSources)['term-review'], lang: 'vi' | 'en'): MappingEntry[] =>
    [...new Map(records.map((r) => [r.name[lang], r])).values()].map((r, k) => ({
      indicator: r.name[lang],
      stt: '',
      code: r.code,
      kind: r.kind,
      direction: r.direction,
      row: k + 2,
    }));
  // The target as the validator read it (what the reports judge against), not only its text:
  // "10,000" read the Vietnamese way is ten, and its text would still look the same.
  // Tolerance: a relative 1e-9, the written annex's figures being decimal text of the same number.
  const close = (a: number | null, b: number | null) =>
    a === null ? b === null : b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  type Read = { target: { kind: string; low: number | null; high: number | null } | null };
  const same = ({ target: x }: Read, { target: y }: Read) =>
    x !== null && y !== null && x.kind === y.kind && close(x.low, y.low) && close(x.high, y.high);
  for (const template of ['term-review', 'annual-plan'] as const)
    for (const lang of ['vi', 'en'] as const)
      for (const mode of ['portable', 'live'] as const)
        it(`${template}, ${lang}, ${mode}`, async () => {
          const records = readSources[template];
          const out = join(dir, `rt-${template}-${lang}-${mode}.xlsx`);
          const args = [
            'report',
            '-t',
            template,
            '-d',
            sources[template],
            '-o',
            out,
            '--lang',
            lang,
            '--mode',
            mode,
            '--force',
          ];
          const made = await chitieu(...args, ...(template === 'annual-plan' ? ['--year', '2024'] : []));
          expect(made.code, made.err).toBe(0);
          // No --number-locale: the annex's own headers ("Indicator", "Term target") say how it
          // writes numbers, as when an officer gives `report -d` last year's English annex.
          const back = await readWideFile(out, { mapping: mappingOf(records, lang), lang });
          expect(back.wide?.preview.numbers).toMatchObject({ locale: lang, by: 'headers' });
          expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
          const read = back.dataset.records;
          const years = template === 'term-review' ? [2020, 2021, 2022, 2023, 2024, 2025] : [2023, 2024];
          let figures = 0;
          for (const r of records) {
            if (r.period.type !== 'year' || !years.includes(r.period.year) || r.value === null) continue;
            const again = read.find((x) => x.code === r.code && x.period.text === r.period.text);
            expect(again?.value, `${r.code} ${r.period.text}`).toBe(r.value);
            figures++;
          }
          expect(figures).toBeGreaterThanOrEqual(template === 'term-review' ? 13 : 6);
          // The targets the annex shows: the term target, or the year's plan.
          const targets = new Set<string>();
          for (const r of records.filter((x) => x.target !== null)) {
            const scope = template === 'term-review' ? 'term' : 'year';
            const match = read.find((x) => x.code === r.code && x.target !== null);
            if (
              template === 'annual-plan' &&
              !(r.period.type === 'year' && r.period.year === 2024 && r.targetScope !== 'term')
            )
              continue;
            if (template === 'term-review' && !(r.targetScope === 'term' || r.period.type === 'span')) continue;
            expect(match, `${r.code} target`).toBeDefined();
            expect(same(match!, r), `${r.code}: ${match!.targetText} vs ${r.targetText}`).toBe(true);
            expect(match!.targetScope).toBe(scope);
            targets.add(r.code);
          }
          expect(targets.size).toBeGreaterThanOrEqual(template === 'term-review' ? 8 : 3);
        });
  it('import of an English annex writes a long file that reads back as written: "27,000" becomes 27.000', async () => {
    const annex = join(dir, 'rt-annual-plan-en-portable.xlsx');
    expect(existsSync(annex)).toBe(true);
    // The officer's answers for the English names (the rule table reads Vietnamese words).
    const map =
      'Chỉ tiêu,Loại,Hướng\nGRDP growth,growth,higher\nState budget revenue,level,higher\nPoverty rate,rate,lower\n';
    writeFileSync(join(dir, 'en-map.csv'), map);
    for (const out of ['en-long.csv', 'en-long.xlsx']) {
      const run = await chitieu('import', annex, '-o', out, '--lang', 'en', '--map', 'en-map.csv', '--force');
      expect(run.code, run.err).toBe(0);
      const read = await readInput(join(dir, out));
      expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const plan = read.dataset.records.find(
        (r) => r.period.text === '2024' && r.target !== null && r.unit === 'tỷ đồng',
      );
      // Source: PLANS above, budget_revenue's 2024 plan "27.000" (exact).
      expect(plan?.target).toMatchObject({ low: 27000 });
      expect(read.dataset.records.find((r) => r.period.text === '2024' && r.unit === 'tỷ đồng')?.value).toBe(28066.4);
    }
  });
});
