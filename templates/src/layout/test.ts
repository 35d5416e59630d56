/**
 * The cell layout of each template, pinned by reading the written .xlsx back (not by a snapshot
 * of our own objects): headers, formulas, number formats, frozen panes, print setup and
 * conditional formatting, as Excel and LibreOffice will see them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../input/csv.js';
import { validateTable } from '../input/validate.js';
import { readInput } from '../excel/readInput.js';
import { reportWorkbook } from '../excel/render.js';
import { templates } from '../templates.js';
import { layoutTemplate, type Mode } from './layout.js';
import { parseTerm, type Term } from '@chitieu/core';
import type { Dataset } from '../input/records.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-layout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'data', 'thai-binh-2020-2025.csv');

async function written(
  id: keyof typeof templates,
  data: Dataset,
  mode: Mode,
  lang: 'vi' | 'en',
): Promise<ExcelJS.Worksheet> {
  const file = join(dir, `${id}-${mode}-${lang}.xlsx`);
  await reportWorkbook(layoutTemplate(templates[id], data, { mode, lang, province: 'Thái Bình' })).xlsx.writeFile(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0];
}

const headers = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
const formula = (sheet: ExcelJS.Worksheet, address: string) => sheet.getCell(address).formula;

function csv(text: string): Dataset {
  const records = parseCsv(text);
  const result = validateTable({ file: 't.csv', sheet: null, header: records[0].cells, rows: records.slice(1) });
  expect(result.problems).toEqual([]);
  return result.dataset;
}

describe('term review', async () => {
  const sample = (await readInput(SAMPLE)).dataset;

  it('title block names both the congress term and the plan years; settings; headers (vi and en)', async () => {
    const sheet = await written('term-review', sample, 'portable', 'vi');
    expect(sheet.getCell('A1').value).toBe('ĐÁNH GIÁ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ');
    expect(sheet.getCell('A2').value).toBe(
      'Tỉnh: Thái Bình; Kỳ: nhiệm kỳ 2020-2025 (kế hoạch 2021-2025); Mẫu: CT-01.H/NK; đơn vị tính: theo từng dòng',
    );
    expect([3, 4, 5, 6, 7].map((r) => sheet.getCell(`D${r}`).value)).toEqual([2020, 2025, 0.05, 0.95, 0.5]);
    expect(sheet.getCell('A6').value).toBe('"Có khả năng đạt" từ tỷ số tiến độ');
    expect(sheet.getCell('D5').numFmt).toBe('0.00%');
    expect(headers(sheet, 9)).toEqual([
      'Mã',
      'Chỉ tiêu',
      'Đơn vị',
      'Hướng tốt',
      'Loại',
      'Chỉ tiêu (như ghi)',
      'Dạng',
      'Mức phải đạt',
      'Cận kia (khoảng)',
      'Năm gốc 2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      'Đã đạt',
      '% so với chỉ tiêu',
      'Số liệu đến năm',
      'Đánh giá',
      'Cần đạt các năm còn lại',
      'Dự kiến cuối nhiệm kỳ',
      'Số liệu kỳ khác',
      'Nguồn',
    ]);
    const english = await written('term-review', sample, 'portable', 'en');
    expect(english.getCell('A2').value).toMatch(/Period: term 2020-2025 \(plan years 2021-2025\)/);
    expect(headers(english, 9).slice(15, 21)).toEqual([
      'Achieved so far',
      '% of target',
      'Data up to',
      'Verdict',
      'Needed in the remaining years',
      'Projected at term end',
    ]);
    expect(english.getCell('O10').value).toBe('No data');
  });

  it('GRDP growth at mid-term: 7,64% a year, "Khó đạt", 19,97% needed in 2025; formulas and formats', async () => {
    const sheet = await written('term-review', sample, 'portable', 'vi');
    expect(sheet.getCell('A10').value).toBe('grdp_growth');
    expect([sheet.getCell('F10').value, sheet.getCell('G10').value, sheet.getCell('H10').value]).toEqual([
      '10% trở lên',
      '≥',
      0.1,
    ]);
    expect(formula(sheet, 'P10')).toBe(
      'IF(COUNT(K10:O10)>0,((1+N(K10))*(1+N(L10))*(1+N(M10))*(1+N(N10))*(1+N(O10)))^(1/COUNT(K10:O10))-1,"Chưa có số liệu")',
    );
    expect(formula(sheet, 'Q10')).toBe(
      'IF(ISNUMBER(H10),IF(ISNUMBER(P10),P10/H10,"Chưa có số liệu"),"Chưa có chỉ tiêu")',
    );
    // The verdict is final only once 2025 (O10) has a figure; before that the mid-term judgement.
    expect(formula(sheet, 'S10')).toMatch(/^IF\(ISNUMBER\(H10\),IF\(COUNT\(K10:O10\)>0,IF\(ISNUMBER\(O10\),/);
    expect(formula(sheet, 'S10')).toContain('"Có khả năng đạt"');
    expect(formula(sheet, 'T10')).toBe(
      'IF(ISNUMBER(H10),IF(COUNT(K10:O10)>0,IF(S10="Đã đạt","Đã đạt",IF(OR(ISNUMBER(O10),S10="Kiểm tra số liệu"),"–",(((1+H10)^5/((1+N(K10))*(1+N(L10))*(1+N(M10))*(1+N(N10))*(1+N(O10))))^(1/(5-COUNT(K10:O10)))-1))),"Chưa có số liệu"),"Chưa có chỉ tiêu")',
    );
    expect(sheet.getCell('U10').value).toBe('–');
    expect((sheet.getCell('P10').value as ExcelJS.CellFormulaValue).result).toBeCloseTo(0.0763932, 7);
    expect((sheet.getCell('R10').value as ExcelJS.CellFormulaValue).result).toBe(2024);
    expect((sheet.getCell('S10').value as ExcelJS.CellFormulaValue).result).toBe('Khó đạt');
    expect((sheet.getCell('T10').value as ExcelJS.CellFormulaValue).result).toBeCloseTo(0.1997, 4);
    for (const address of ['K10', 'P10', 'Q10', 'T10']) expect(sheet.getCell(address).numFmt).toBe('0.00%');
    expect(sheet.getCell('R10').numFmt).toBe('0');
    expect(sheet.getCell('O10').value).toBe('Chưa có số liệu');
    // Health insurance (a rate): 2,5 percentage points still needed, not a 2,70% growth.
    expect((sheet.getCell('T17').value as ExcelJS.CellFormulaValue).result).toBe(2.5);
    expect(sheet.getCell('T17').numFmt).toBe('+0.00" điểm %";-0.00" điểm %";0.00" điểm %"');
    // GRDP level (row 12): no term target in the sample, so no verdict, whatever the figures.
    expect(sheet.getCell('J12').numFmt).toBe('#,##0');
    expect(formula(sheet, 'P12')).toBe(
      'IF(COUNT(K12:O12)>0,IF(ISNUMBER(O12),O12,IF(ISNUMBER(N12),N12,IF(ISNUMBER(M12),M12,IF(ISNUMBER(L12),L12,IF(ISNUMBER(K12),K12,NA()))))),"Chưa có số liệu")',
    );
    expect((sheet.getCell('S12').value as ExcelJS.CellFormulaValue).result).toBe('Chưa có chỉ tiêu');
    expect(formula(sheet, 'U12')).toMatch(
      /^IF\(AND\(ISNUMBER\(J12\),ISNUMBER\(P12\)\),P12\*\(P12\/J12\)\^\(\(\$D\$4-IF\(ISNUMBER\(O12\),2025,/,
    );
    // The stated 2021-2023 average is shown for its own period, never put in a year column.
    expect(sheet.getCell('V11').value).toBe('8,56% (2021-2023)');
  });

  it('live formulas call CHITIEU.* with the core argument order, and CHITIEU.VERDICT for the verdict', async () => {
    const sheet = await written('term-review', sample, 'live', 'vi');
    expect(formula(sheet, 'P10')).toBe('IF(COUNT(K10:O10)>0,CHITIEU.AVGGROWTH(K10:O10),"Chưa có số liệu")');
    expect(formula(sheet, 'Q10')).toBe(
      'IF(ISNUMBER(H10),IF(ISNUMBER(P10),CHITIEU.ATTAINMENT(P10,H10),"Chưa có số liệu"),"Chưa có chỉ tiêu")',
    );
    expect(formula(sheet, 'S10')).toBe(
      'IF(ISNUMBER(H10),IF(COUNT(K10:O10)>0,CHITIEU.VERDICT("growth",F10,J10,K10:O10,D10,FALSE,$D$5,$D$6,$D$7,"vi"),"Chưa có số liệu"),"Chưa có chỉ tiêu")',
    );
    expect(formula(sheet, 'T10')).toContain('CHITIEU.REQUIREDAVG(H10,5,K10:O10)');
    // A figure with no data stays an empty cell in a live sheet (CHITIEU.* skips blanks, refuses text).
    expect(sheet.getCell('O10').value).toBeNull();
    expect(sheet.getCell('O10').font?.italic).toBe(true);
  });

  it('--term 2021-2025 and 2020-2025 are one term; without a term, the plan period of the latest year', async () => {
    const given = layoutTemplate(templates['term-review'], sample, {
      mode: 'portable',
      lang: 'vi',
      term: parseTerm('2021-2025') as Term,
    });
    const congress = layoutTemplate(templates['term-review'], sample, {
      mode: 'portable',
      lang: 'vi',
      term: parseTerm('2020-2025') as Term,
    });
    const inferred = layoutTemplate(templates['term-review'], sample, { mode: 'portable', lang: 'vi' });
    expect(congress.cells).toEqual(given.cells);
    expect(inferred.cells).toEqual(given.cells);
  });

  it('frozen header, A4 landscape with the header row repeated, data bars and verdict colours', async () => {
    const sheet = await written('term-review', sample, 'portable', 'vi');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 9 });
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      printTitlesRow: '9:9',
      fitToWidth: 1,
    });
    const rules = (
      sheet as unknown as {
        conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; formulae?: string[] }> }>;
      }
    ).conditionalFormattings;
    expect(rules.map((r) => [r.ref, r.rules[0].type])).toEqual([
      ['Q10:Q25', 'dataBar'],
      ['S10:S25', 'cellIs'],
    ]);
    expect(rules[1].rules.map((r) => r.formulae?.[0])).toEqual([
      '"Vượt"',
      '"Đạt"',
      '"Đã đạt"',
      '"Có khả năng đạt"',
      '"Xấp xỉ đạt"',
      '"Khó đạt"',
      '"Không đạt"',
      '"Không thể đạt"',
      '"Kiểm tra số liệu"',
      '"Chưa đủ số liệu"',
      '"Chưa có số liệu"',
      '"Chưa có chỉ tiêu"',
    ]);
    expect(sheet.getCell('A27').value).toMatch(/^Ghi chú: Bình quân: trung bình nhân/);
    expect(String(sheet.getCell('A30').value)).toMatch(
      /^Nguồn số liệu: .*"Chưa có số liệu": không có số liệu công bố, không tự điền\. Lập bằng chitieu\.$/,
    );
  });
});

const header = 'code,indicator_vi,indicator_en,unit,direction,kind,target,period,value,source,note,area\n';

describe('annual plan, quarterly, coverage', () => {
  it('annual plan: headers, year on year by kind, percent of plan', async () => {
    const data = csv(
      `${header}a,Thu ngân sách,Budget revenue,tỷ đồng,higher,level,,2023,"25.000",s,,\na,Thu ngân sách,Budget revenue,tỷ đồng,higher,level,"27.000",2024,"28.066,4",s,,\nr,Tỷ lệ hộ nghèo,Poverty rate,%,lower,rate,,2023,"2,1",s,,\nr,Tỷ lệ hộ nghèo,Poverty rate,%,lower,rate,"dưới 2%",2024,"1,8",s,,\n`,
    );
    const sheet = await written('annual-plan', data, 'portable', 'en');
    expect(headers(sheet, 6)).toEqual([
      'Code',
      'Indicator',
      'Unit',
      'Better',
      'Target (as written)',
      'Kind',
      'Level to reach',
      'Far end (range)',
      'Previous year actual',
      'Estimated actual',
      'Year on year',
      '% of plan',
      'Status',
      'Source',
    ]);
    expect(formula(sheet, 'K7')).toBe('IF(AND(ISNUMBER(I7),ISNUMBER(J7)),J7/I7,"No data")');
    expect(formula(sheet, 'K8')).toBe('IF(AND(ISNUMBER(I8),ISNUMBER(J8)),J8-I8,"No data")');
    expect(formula(sheet, 'L7')).toBe('IF(ISNUMBER(G7),IF(ISNUMBER(J7),J7/G7,"No data"),"No target")');
    expect((sheet.getCell('M7').value as ExcelJS.CellFormulaValue).result).toBe('Exceeded');
    expect((sheet.getCell('M8').value as ExcelJS.CellFormulaValue).result).toBe('Achieved');
    expect([sheet.getCell('J7').numFmt, sheet.getCell('J8').numFmt, sheet.getCell('K7').numFmt]).toEqual([
      '#,##0.0#',
      '0.00%',
      '0.00%',
    ]);
  });

  it('quarterly: year to date as the sum of quarters, or as published for a rate', async () => {
    const rows = ['2024-Q1,"100"', '2024-Q2,"110"', '2025-Q1,"120"', '2025-Q2,"130"'].map(
      (p) => `v,Vốn đầu tư,Investment,tỷ đồng,higher,level,,${p},s,,`,
    );
    const data = csv(`${header}v,Vốn đầu tư,Investment,tỷ đồng,higher,level,"1.000",2025,,s,,\n${rows.join('\n')}\n`);
    const sheet = await written('quarterly', data, 'portable', 'vi');
    expect(headers(sheet, 6).slice(8)).toEqual([
      'Thực hiện quý',
      'Lũy kế từ đầu năm',
      'Cùng kỳ năm trước',
      'So với cùng kỳ',
      'Lũy kế so với KH năm',
      'Tiến độ kỳ vọng (k/4)',
      'Nguồn',
    ]);
    expect([sheet.getCell('I7').value, sheet.getCell('J7').value, sheet.getCell('K7').value]).toEqual([130, 250, 210]);
    expect(formula(sheet, 'L7')).toBe('IF(AND(ISNUMBER(K7),ISNUMBER(J7)),J7/K7,"Chưa có số liệu")');
    expect(formula(sheet, 'N7')).toBe('$D$4/4');
    expect((sheet.getCell('N7').value as ExcelJS.CellFormulaValue).result).toBe(0.5);
  });

  it('coverage: areas from the data, people still needed, rank', async () => {
    const rows = [
      ['Phường Một', '1.000', '960'],
      ['Xã Hai', '2.000', '1.700'],
      ['Xã Ba', '500', ''],
    ].flatMap(([area, population, covered]) => [
      `pop,Dân số,Population,người,higher,population,,2024,"${population}",s,,${area}`,
      `ins,Tham gia BHYT,Insured,người,higher,covered,"95% trở lên",2024,"${covered}",s,,${area}`,
    ]);
    const sheet = await written('coverage', csv(`${header}${rows.join('\n')}\n`), 'portable', 'vi');
    expect(headers(sheet, 5)).toEqual([
      'Địa bàn',
      'Hướng tốt',
      'Dân số',
      'Số người tham gia',
      'Tỷ lệ bao phủ',
      'Chỉ tiêu (như ghi)',
      'Dạng',
      'Mức phải đạt',
      'Cận kia (khoảng)',
      'Chênh lệch (điểm %)',
      'Số người cần thêm',
      'Đánh giá',
      'Xếp hạng',
      'Nguồn',
    ]);
    expect([6, 7, 8].map((r) => sheet.getCell(`A${r}`).value)).toEqual(['Phường Một', 'Xã Hai', 'Xã Ba']);
    expect(formula(sheet, 'K7')).toBe(
      'IF(ISNUMBER(H7),IF(AND(ISNUMBER(D7),ISNUMBER(C7)),MAX(0,ROUNDUP(H7*C7-D7,0)),"Chưa có số liệu"),"Chưa có chỉ tiêu")',
    );
    expect((sheet.getCell('K7').value as ExcelJS.CellFormulaValue).result).toBe(200);
    expect(formula(sheet, 'M6')).toBe(
      'IF(ISNUMBER(E6),IF(E6>1,"–",1+COUNTIFS($E$6:$E$8,">"&E6,$E$6:$E$8,"<=1")),"Chưa có số liệu")',
    );
    expect([6, 7].map((r) => (sheet.getCell(`M${r}`).value as ExcelJS.CellFormulaValue).result)).toEqual([1, 2]);
    expect(sheet.getCell('D8').value).toBe('Chưa có số liệu');
    expect((sheet.getCell('L8').value as ExcelJS.CellFormulaValue).result).toBe('Chưa có số liệu');
  });
});
