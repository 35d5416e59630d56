/**
 * The `chitieu` command line end to end, in-process (run() with captured output): every command,
 * the documented exit codes, and the bad-input suite. For each bad input the documented error
 * comes back, nothing is written, and the input file's bytes are unchanged (hash before/after).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '@chitieu/input/files';
import { cliIn, hash } from './support/cli.js';
import { toCsv, termReviewRows, type Row } from './support/reportData.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = join(import.meta.dirname, '..', 'data', 'thai-binh-2020-2025.csv');

const chitieu = cliIn(dir);

const sampleRows = (): Row[] => termReviewRows(1, 6, 99);
let counter = 0;
function file(name: string, content: string | Buffer): string {
  const path = join(dir, `${counter++}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** Runs `report` and `check` on a bad input: documented exit code, reason, nothing written, input unchanged. */
async function expectRejected(input: string, reason: string, extra: string[] = []) {
  const before = hash(input);
  const out = join(dir, `out-${counter++}.xlsx`);
  const report = await chitieu('report', '-t', 'term-review', '-d', input, '-o', out, '--json', ...extra);
  expect(report.code).toBe(2);
  const body = JSON.parse(report.out);
  expect(body.ok).toBe(false);
  expect(body.problems.map((p: { reason: string }) => p.reason)).toContain(reason);
  expect(existsSync(out)).toBe(false);
  const check = await chitieu('check', input, '--json', ...extra);
  expect(check.code).toBe(2);
  expect(hash(input)).toBe(before);
  return body.problems as Array<{
    reason: string;
    row: number | null;
    column: string | null;
    file: string;
    message: { vi: string; en: string };
  }>;
}

describe('chitieu commands', () => {
  it('the built bin runs and its exit code is the documented one (npm test builds first)', () => {
    const bin = join(import.meta.dirname, '..', 'packages', 'cli', 'dist', 'main.js');
    const ok = spawnSync(process.execPath, [bin, 'templates', '--lang', 'en'], { encoding: 'utf8' });
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringContaining('term-review')]);
    const inconsistent = spawnSync(process.execPath, [bin, 'check', SAMPLE, '--json'], { encoding: 'utf8' });
    expect(inconsistent.status).toBe(4);
    expect(spawnSync(process.execPath, [bin, 'report'], { encoding: 'utf8' }).status).toBe(1);
  });

  it('prints help everywhere and exits 1 on usage errors', async () => {
    expect((await chitieu('--help')).out).toContain('chitieu report');
    for (const command of ['demo', 'report', 'init', 'import', 'check', 'templates']) {
      const help = await chitieu(command, '--help', '--lang', 'en');
      expect(help.code).toBe(0);
      expect(help.out).toContain(`chitieu ${command}`);
    }
    expect((await chitieu()).code).toBe(1);
    expect((await chitieu('nonsense')).code).toBe(1);
    expect((await chitieu('report', '--bogus')).code).toBe(1);
    expect((await chitieu('report', '-t', 'nope', '-d', SAMPLE, '-o', 'x.xlsx')).code).toBe(1);
    expect((await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', SAMPLE)).code).toBe(1);
    expect((await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', 'x.xlsx', '--mode', 'fast')).code).toBe(1);
  });

  it('says usage errors in the language asked for, node:util parseArgs errors included', async () => {
    const vi = await chitieu('report', '-t', 'term-review', '-d', SAMPLE);
    expect(vi.err).toContain('Sai cú pháp: thiếu --out TỆP');
    expect((await chitieu('report', '--bogus')).err).toContain('Sai cú pháp: tùy chọn không có: --bogus');
    expect((await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '--out')).err).toContain('cần một giá trị');
    const en = await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '--lang', 'en');
    expect(en.err).toContain('Usage error: --out FILE is required');
    for (const error of [vi.err]) expect(error).not.toMatch(/\b(is required|must be|unknown option)\b/);
    // The core's reason, without the name of the core function that gave it.
    const term = await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', 'x.xlsx', '--term', '2021-20x');
    expect(term.code).toBe(1);
    expect(term.err).toContain('Sai cú pháp: --term: "2021-20x" không phải nhiệm kỳ');
    expect(term.err).not.toContain('parseTerm');
  });

  it('demo writes both modes to out/ and prints the summary table', async () => {
    const result = await chitieu('demo', '--out-dir', join(dir, 'demo'));
    expect(result.code).toBe(0);
    expect(result.out).toContain('Tốc độ tăng trưởng GRDP');
    // Issue 7: 2025 has no data, so a mid-term verdict: "Khó đạt" with 19,97% needed, no final "Không đạt".
    expect(result.out).toMatch(/7,64%\s+76,39%\s+Khó đạt\s+19,97%/);
    expect(result.out).not.toContain('Không đạt');
    // Points said as a rise (issue 16), held as a fraction (issue 20).
    expect(result.out).toMatch(/92,50%\s+97,37%\s+Chưa đủ số liệu\s+tăng 2,50 điểm %/);
    expect(result.out).toContain('8,56% (2021-2023)');
    expect(result.out).toContain('Chưa có số liệu');
    for (const mode of ['live', 'portable'])
      expect(existsSync(join(dir, 'demo', `term-review.${mode}.xlsx`))).toBe(true);
    // The demo replaces its own files.
    expect((await chitieu('demo', '--out-dir', join(dir, 'demo'), '--json')).code).toBe(0);
  });

  it("the English summary shows each target as the English sheet does, not the resolution's Vietnamese words", async () => {
    const out = join(dir, 'summary-en.xlsx');
    const result = await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', out, '--lang', 'en', '--force');
    expect(result.code).toBe(0);
    // data/: GRDP growth "10% trở lên"; the English sheet's target cell is "≥ 10%".
    expect(result.out).toMatch(/GRDP growth\s+≥ 10%\s+7\.64%/);
    expect(result.out).not.toContain('trở lên');
    const vi = await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', out, '--force');
    expect(vi.out).toMatch(/Tốc độ tăng trưởng GRDP\s+10% trở lên\s+7,64%/);
  });

  it('templates lists the four tables', async () => {
    const result = await chitieu('templates', '--json');
    expect(JSON.parse(result.out).map((t: { id: string }) => t.id)).toEqual([
      'term-review',
      'annual-plan',
      'quarterly',
      'coverage',
    ]);
  });

  it('init writes a blank workbook with dropdowns and an example row that check accepts', async () => {
    const out = join(dir, 'input.xlsx');
    expect((await chitieu('init', '--out', out)).code).toBe(0);
    expect((await chitieu('init', '--out', out)).code).toBe(3);
    expect((await chitieu('init', '--out', out, '--force')).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    // A Vietnamese workbook, with the headers officers know (the English layout's names in its guide).
    const sheet = workbook.getWorksheet('data')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Mã',
      'Chỉ tiêu',
      'Tên tiếng Anh',
      'Đơn vị tính',
      'Hướng',
      'Loại',
      'Mục tiêu',
      'Kỳ',
      'Giá trị',
      'Nguồn',
      'Ghi chú',
      'Địa bàn',
      'Thuộc chỉ tiêu',
      'Phạm vi chỉ tiêu',
      'Tốc độ tăng của',
      'Nhóm',
      'Tình trạng số liệu',
    ]);
    expect(workbook.getWorksheet('huong_dan')!.getCell('A2').value).toBe('Mã (code)');
    const english = join(dir, 'input-en.xlsx');
    expect((await chitieu('init', '--out', english, '--lang', 'en')).code).toBe(0);
    const en = new ExcelJS.Workbook();
    await en.xlsx.readFile(english);
    expect(en.getWorksheet('data')!.getRow(1).values).toEqual([
      undefined,
      'code',
      'indicator_vi',
      'indicator_en',
      'unit',
      'direction',
      'kind',
      'target',
      'period',
      'value',
      'source',
      'note',
      'area',
      'part_of',
      'target_scope',
      'growth_of',
      'group',
      'figure_status',
    ]);
    // The round trip is exact: both workbooks read back as the same records (but the example's note).
    const recordsOf = async (file: string) =>
      (await readInput(file)).dataset.records.map(({ note: _, sheet: __, ...record }) => record);
    expect(await recordsOf(out)).toEqual(await recordsOf(english));
    expect((await readInput(out)).problems).toEqual([]);
    // A Vietnamese workbook offers Vietnamese words, read back as the tokens.
    expect(sheet.getCell('E2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"cao hơn là tốt,thấp hơn là tốt"'],
    });
    expect(sheet.getCell('E2').value).toBe('cao hơn là tốt');
    expect(sheet.getCell('F3').dataValidation.formulae?.[0]).toContain('tốc độ tăng');
    expect(sheet.getCell('F3').dataValidation.formulae?.[0]).not.toContain('growth');
    expect(sheet.getCell('H2').value).toBe('2021-2025');
    expect(sheet.getCell('I3').value).toBe('6,68');
    const check = await chitieu('check', out, '--json');
    expect(JSON.parse(check.out).rows).toBe(3);
    const report = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      out,
      '-o',
      join(dir, 'from-init.xlsx'),
      '--term',
      '2020-2025',
    );
    expect(report.code).toBe(0);
  });

  it('report fills the signature block from --place, --signer-title, --signer and --preparer', async () => {
    const out = join(dir, 'signed.xlsx');
    const result = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      SAMPLE,
      '-o',
      out,
      '--province',
      'Thái Bình',
      '--place',
      'Vũ Thư',
      '--signer-title',
      'KT. CHỦ TỊCH',
      '--signer-title',
      'PHÓ CHỦ TỊCH',
      '--signer',
      'Nguyễn Văn A',
      '--preparer',
      'Trần Thị B',
      '--json',
    );
    expect(result.code, result.err).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const texts: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Vũ Thư, ngày … tháng … năm …',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Nguyễn Văn A',
        'NGƯỜI LẬP BIỂU',
        'Trần Thị B',
      ]),
    );
    expect(texts).not.toContain('TM. ỦY BAN NHÂN DÂN');
    // Each indicator's figure status is in --json, as a code.
    const grdp = JSON.parse(result.out).indicators.find((r: { code: string }) => r.code === 'grdp_growth');
    expect(grdp.figureStatus).toBe('estimate');
  });

  it('report refuses to overwrite without --force (exit 3) and replaces with it, atomically', async () => {
    const out = join(dir, 'report.xlsx');
    expect((await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', out)).code).toBe(0);
    writeFileSync(out, 'keep me');
    const again = await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', out, '--json');
    expect(again.code).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await chitieu('report', '-t', 'term-review', '-d', SAMPLE, '-o', out, '--force')).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'report.xlsx')).length).toBeGreaterThan(1000);
  });

  it('check finds the parts that do not add up, levels against rates, coverage above 100%, rates outside 0-100%', async () => {
    const text = readFileSync(SAMPLE, 'utf8').replace(
      'kiến nghị,lower,count,,2023,"41"',
      'kiến nghị,lower,count,,2023,"40"',
    );
    const input = file('petitions.csv', text);
    const result = await chitieu('check', input, '--json', '--lang', 'en');
    expect(result.code).toBe(4);
    const problems = JSON.parse(result.out).problems as Array<{ reason: string; row: number; message: { en: string } }>;
    const parts = problems.find((p) => p.reason === 'parts-not-total')!;
    expect(parts.row).toBe(24);
    expect(parts.message.en).toContain('139 + 170 + 40 = 349');
    expect(problems.filter((p) => p.reason === 'growth-mismatch').map((p) => p.row)).toEqual([3, 4, 5, 6]);
    // The published sample adds up: 139 + 170 + 41 = 350.
    const clean = JSON.parse((await chitieu('check', SAMPLE, '--json')).out).problems as Array<{ reason: string }>;
    expect(clean.some((p) => p.reason === 'parts-not-total')).toBe(false);

    const rows: Row[] = [
      {
        code: 'pop',
        indicator_vi: 'Dân số',
        unit: 'người',
        direction: 'higher',
        kind: 'population',
        period: '2024',
        value: '1.000',
        area: 'Xã A',
      },
      {
        code: 'ins',
        indicator_vi: 'BHYT',
        unit: 'người',
        direction: 'higher',
        kind: 'covered',
        target: '95% trở lên',
        period: '2024',
        value: '1.020',
        area: 'Xã A',
      },
      {
        code: 'poor',
        indicator_vi: 'Tỷ lệ nghèo',
        unit: '%',
        direction: 'lower',
        kind: 'rate',
        target: 'dưới 4%',
        period: '2024',
        value: '104,5',
      },
    ];
    const odd = JSON.parse((await chitieu('check', file('odd.csv', toCsv(rows)), '--json')).out).problems as Array<{
      reason: string;
      row: number;
    }>;
    expect(odd.find((p) => p.reason === 'coverage-over-100')?.row).toBe(3);
    expect(odd.find((p) => p.reason === 'rate-out-of-range')?.row).toBe(4);
  });
});

describe('bad input: documented error, exit 2, nothing written, input unchanged', () => {
  it('wrong types in every column, each reported with its row and column', async () => {
    const rows = sampleRows();
    rows[1] = { ...rows[1], value: 'nhiều' };
    rows[2] = { ...rows[2], direction: 'up' };
    rows[3] = { ...rows[3], kind: 'money' };
    rows[4] = { ...rows[4], period: '2024/25' };
    rows[5] = { ...rows[5], target: 'rất cao' };
    rows[7] = { ...rows[7], code: '' };
    rows[13] = { ...rows[13], target: 'dưới 4%', direction: 'higher' };
    const problems = await expectRejected(file('types.csv', toCsv(rows)), 'bad-number');
    const got = problems.map((p) => [p.reason, p.row, p.column]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['bad-number', 3, 'value'],
        ['bad-direction', 4, 'direction'],
        ['bad-kind', 5, 'kind'],
        ['bad-period', 6, 'period'],
        ['bad-target', 7, 'target'],
        ['blank-required', 9, 'code'],
        ['direction-conflict', 15, 'direction'],
      ]),
    );
    expect(problems.every((p) => p.file.endsWith('types.csv') && p.message.vi && p.message.en)).toBe(true);
    const text = await chitieu('check', file('types2.csv', toCsv(rows)), '--lang', 'en');
    expect(text.err).toMatch(/types2\.csv, row 3, column value: \[error\] "nhiều" is not a number/);
  });

  it('text numbers in both locales: accepted with the right --number-locale, refused with the wrong one', async () => {
    const rows = sampleRows()
      .slice(0, 6)
      .map((r) => ({ ...r, unit: 'tỷ đồng', kind: 'level', target: '', value: '' }));
    rows[1].value = '1.234,5';
    const viFile = file('vi-numbers.csv', toCsv(rows));
    const viOut = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      viFile,
      '-o',
      join(dir, 'vi-numbers.xlsx'),
      '--json',
    );
    expect(viOut.code).toBe(0);
    expect(JSON.parse(viOut.out).summary[0].achieved).toBe('1.234,5');
    rows[1].value = '1,234.5';
    const enFile = file('en-numbers.csv', toCsv(rows));
    const enOut = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      enFile,
      '-o',
      join(dir, 'en-numbers.xlsx'),
      '--json',
      '--number-locale',
      'en',
    );
    expect(enOut.code).toBe(0);
    expect(JSON.parse(enOut.out).summary[0].achieved).toBe('1.234,5');
    // Read the Vietnamese way, "1,234.5" is not a number: reported, not guessed.
    await expectRejected(enFile, 'bad-number');
  });

  it('formula-injection text is written as text, never as a formula', async () => {
    const rows = sampleRows();
    const evil = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(1)'];
    rows.forEach((r, i) => {
      r.indicator_vi = evil[Number(r.code!.slice(-2)) % 4];
      r.source = evil[i % 4];
    });
    const input = file('inject.csv', toCsv(rows));
    const before = hash(input);
    const out = join(dir, 'inject.xlsx');
    expect((await chitieu('report', '-t', 'term-review', '-d', input, '-o', out)).code).toBe(0);
    expect(hash(input)).toBe(before);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const texts: string[] = [];
    workbook.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && evil.includes(cell.value)) {
          texts.push(cell.value);
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.formula).toBeUndefined();
        }
      }),
    );
    expect(new Set(texts)).toEqual(new Set(evil));
  });

  it('duplicate indicator codes: the same code and period twice, and one code for two indicators', async () => {
    const rows = sampleRows();
    rows.push({ ...rows[2] });
    rows.push({ ...rows[8], code: rows[0].code, period: '2030' });
    const problems = await expectRejected(file('dup.csv', toCsv(rows)), 'duplicate-row');
    expect(problems.find((p) => p.reason === 'duplicate-row')?.row).toBe(rows.length);
    expect(problems.find((p) => p.reason === 'code-conflict')?.row).toBe(rows.length + 1);
  });

  it('missing targets: the target column missing is an error; a blank target shows "no target" (not "no data": the figure is there), never a made-up verdict', async () => {
    const text = toCsv(sampleRows()).replace(/^([^\n]*),target,/, '$1,goal,');
    await expectRejected(file('no-target-column.csv', text), 'missing-column');
    const blank = sampleRows().map((r) => ({ ...r, target: '' }));
    const input = file('blank-target.csv', toCsv(blank));
    const result = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      input,
      '-o',
      join(dir, 'blank-target.xlsx'),
      '--json',
    );
    expect(result.code).toBe(0);
    for (const row of JSON.parse(result.out).summary) {
      expect(row.percentOfTarget).toBe('Chưa có chỉ tiêu');
      expect(row.status).toBe('Chưa có chỉ tiêu');
    }
    const check = await chitieu('check', input, '--json');
    expect(check.code).toBe(4);
    expect(JSON.parse(check.out).problems.some((p: { reason: string }) => p.reason === 'missing-target')).toBe(true);
  });

  it('empty file, header only, a text file named .xlsx, a truncated xlsx', async () => {
    await expectRejected(file('empty.csv', ''), 'empty-file');
    await expectRejected(file('empty.xlsx', ''), 'empty-file');
    await expectRejected(file('not.xlsx', 'code,indicator_vi\nthis is not a workbook\n'), 'not-xlsx');
    const good = join(dir, 'good.xlsx');
    expect((await chitieu('init', '--out', good)).code).toBe(0);
    const bytes = readFileSync(good);
    await expectRejected(file('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2))), 'unreadable-file');
    // A header and no rows: valid for check, nothing for a report to show.
    const headerOnly = file('header.csv', `${toCsv([]).trim()}\n`);
    expect((await chitieu('check', headerOnly)).code).toBe(0);
    const empty = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      headerOnly,
      '-o',
      join(dir, 'header.xlsx'),
      '--json',
    );
    expect(empty.code).toBe(2);
    expect(JSON.parse(empty.out).problems.map((p: { reason: string }) => p.reason)).toEqual(['nothing-to-report']);
    expect(existsSync(join(dir, 'header.xlsx'))).toBe(false);
    const noCoverage = await chitieu(
      'report',
      '-t',
      'coverage',
      '-d',
      SAMPLE,
      '-o',
      join(dir, 'coverage.xlsx'),
      '--lang',
      'en',
    );
    expect(noCoverage.code).toBe(2);
    expect(noCoverage.err).toContain('nothing to report: no rows of kind covered');
  });

  it('a CSV saved by a Vietnamese Excel (semicolons) is read; one that is not UTF-8 is refused with how to fix it', async () => {
    const rows = sampleRows();
    const semicolons = toCsv(rows)
      .split('\n')
      .map((line) => line.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';'))
      .join('\n');
    const viaSemicolons = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      file('semicolons.csv', semicolons),
      '-o',
      join(dir, 'semicolons.xlsx'),
      '--json',
    );
    const viaCommas = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      file('commas.csv', toCsv(rows)),
      '-o',
      join(dir, 'commas.xlsx'),
      '--json',
    );
    expect(viaSemicolons.code).toBe(0);
    expect(JSON.parse(viaSemicolons.out).summary).toEqual(JSON.parse(viaCommas.out).summary);
    // "Tăng trưởng" in Windows-1258 bytes: not UTF-8.
    const latin = Buffer.concat([
      Buffer.from(toCsv([]).trim() + '\ng,T'),
      Buffer.from([0xe3]),
      Buffer.from('ng,x,%,higher,growth,,2021,1,s,\n'),
    ]);
    const problems = await expectRejected(file('cp1258.csv', latin), 'unreadable-file');
    expect(problems[0].message.en).toContain('CSV UTF-8');
  });

  it('an .xlsx input with numbers, percents and text numbers is read like the csv', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow([
      'code',
      'indicator_vi',
      'indicator_en',
      'unit',
      'direction',
      'kind',
      'target',
      'period',
      'value',
      'source',
      'note',
    ]);
    sheet.addRow(['g', 'Tăng trưởng', 'Growth', '%', 'higher', 'growth', '10% trở lên', '2021', 6.68, 's', '']);
    sheet.addRow(['g', 'Tăng trưởng', 'Growth', '%', 'higher', 'growth', '10% trở lên', '2022', '9,52', 's', '']);
    const row = sheet.addRow([
      'g',
      'Tăng trưởng',
      'Growth',
      '%',
      'higher',
      'growth',
      '10% trở lên',
      '2023',
      0.0737,
      's',
      '',
    ]);
    row.getCell(9).numFmt = '0.00%';
    const input = join(dir, 'numbers.xlsx');
    workbook.addWorksheet('notes').addRow(['not data']);
    await workbook.xlsx.writeFile(input);
    expect(JSON.parse((await chitieu('check', input, '--sheet', 'notes', '--json')).out).problems[0].reason).toBe(
      'missing-column',
    );
    expect(JSON.parse((await chitieu('check', input, '--sheet', 'nope', '--json')).out).problems[0].reason).toBe(
      'missing-sheet',
    );
    const result = await chitieu(
      'report',
      '-t',
      'term-review',
      '-d',
      input,
      '-o',
      join(dir, 'numbers-out.xlsx'),
      '--json',
      '--term',
      '2020-2025',
    );
    expect(result.code).toBe(0);
    // (1.0668 × 1.0952 × 1.0737)^(1/3) − 1 = 7,85%
    expect(JSON.parse(result.out).summary[0].achieved).toBe('7,85%');
  });

  it('a 50 MB input is refused by a 40 MB size limit (exit 2) and read under the default one (400 MB)', async () => {
    const rows = termReviewRows(1, 40, 5).map((r) => ({ ...r, note: 'x'.repeat(200) }));
    const block = toCsv(rows).split('\n').slice(1).join('\n');
    const header = toCsv([]).trim();
    const copies = Math.ceil((50 * 1024 * 1024) / block.length);
    const parts = [header, '\n'];
    for (let c = 0; c < copies; c++) parts.push(block.replace(/^p01_/gm, `c${c}_`));
    const input = file('big.csv', parts.join(''));
    expect(readFileSync(input).length).toBeGreaterThan(50 * 1024 * 1024);
    const problems = await expectRejected(input, 'too-large', ['--max-size', '40']);
    expect(problems[0].message.en).toContain('--max-size');
    const before = hash(input);
    const check = await chitieu('check', input, '--json');
    expect([0, 4]).toContain(check.code);
    expect(JSON.parse(check.out).rows).toBe(copies * rows.length);
    expect(hash(input)).toBe(before);
  });
});
