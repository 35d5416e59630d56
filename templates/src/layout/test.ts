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

  it('title block, settings, headers (vi and en)', async () => {
    const sheet = await written('term-review', sample, 'portable', 'vi');
    expect(sheet.getCell('A1').value).toBe('ĐÁNH GIÁ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ');
    expect(sheet.getCell('A2').value).toBe(
      'Tỉnh: Thái Bình; Kỳ: 2020-2025; Mẫu: CT-01.H/NK; đơn vị tính: theo từng dòng',
    );
    expect([
      sheet.getCell('A3').value,
      sheet.getCell('D3').value,
      sheet.getCell('D4').value,
      sheet.getCell('D5').value,
    ]).toEqual(['Năm gốc', 2020, 2025, 0.05]);
    expect(sheet.getCell('D5').numFmt).toBe('0.00%');
    expect(headers(sheet, 7)).toEqual([
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
      'Đánh giá',
      'Cần đạt các năm còn lại',
      'Dự kiến cuối nhiệm kỳ',
      'Khả năng đạt',
      'Số liệu kỳ khác',
      'Nguồn',
    ]);
    const english = await written('term-review', sample, 'portable', 'en');
    expect(headers(english, 7).slice(15, 21)).toEqual([
      'Achieved so far',
      '% of target',
      'Status',
      'Needed in the remaining years',
      'Projected at term end',
      'On track?',
    ]);
    expect(english.getCell('O8').value).toBe('No data');
  });

  it('portable formulas of the GRDP growth row, number formats, no-data cells', async () => {
    const sheet = await written('term-review', sample, 'portable', 'vi');
    expect(sheet.getCell('A8').value).toBe('grdp_growth');
    expect([sheet.getCell('F8').value, sheet.getCell('G8').value, sheet.getCell('H8').value]).toEqual([
      '10% trở lên',
      '≥',
      0.1,
    ]);
    expect(formula(sheet, 'P8')).toBe(
      'IF(COUNT(K8:O8)>0,((1+N(K8))*(1+N(L8))*(1+N(M8))*(1+N(N8))*(1+N(O8)))^(1/COUNT(K8:O8))-1,"Chưa có số liệu")',
    );
    expect(formula(sheet, 'Q8')).toBe('IF(ISNUMBER(H8),IF(ISNUMBER(P8),P8/H8,"Chưa có số liệu"),"Chưa có chỉ tiêu")');
    expect(formula(sheet, 'R8')).toContain('IF(AND($D$5>0,P8>=H8-$D$5*ABS(H8)),"Xấp xỉ đạt","Không đạt")');
    expect(formula(sheet, 'S8')).toBe(
      'IF(ISNUMBER(H8),IF(COUNT(K8:O8)>0,((1+H8)^5/((1+N(K8))*(1+N(L8))*(1+N(M8))*(1+N(N8))*(1+N(O8))))^(1/(5-COUNT(K8:O8)))-1,"Chưa có số liệu"),"Chưa có chỉ tiêu")',
    );
    expect(sheet.getCell('T8').value).toBe('–');
    expect((sheet.getCell('P8').value as ExcelJS.CellFormulaValue).result).toBeCloseTo(0.0763932, 7);
    expect((sheet.getCell('R8').value as ExcelJS.CellFormulaValue).result).toBe('Không đạt');
    for (const address of ['K8', 'P8', 'Q8', 'S8']) expect(sheet.getCell(address).numFmt).toBe('0.00%');
    expect(sheet.getCell('O8').value).toBe('Chưa có số liệu');
    // GRDP level (row 10): whole numbers, the latest value, the projection at the 2020-2024 pace.
    expect(sheet.getCell('J10').numFmt).toBe('#,##0');
    expect(formula(sheet, 'P10')).toBe(
      'IF(COUNT(K10:O10)>0,IF(ISNUMBER(O10),O10,IF(ISNUMBER(N10),N10,IF(ISNUMBER(M10),M10,IF(ISNUMBER(L10),L10,IF(ISNUMBER(K10),K10,NA()))))),"Chưa có số liệu")',
    );
    expect(formula(sheet, 'T10')).toMatch(
      /^IF\(AND\(ISNUMBER\(J10\),ISNUMBER\(P10\)\),P10\*\(P10\/J10\)\^\(\(\$D\$4-IF\(ISNUMBER\(O10\),2025,/,
    );
    // The stated 2021-2023 average is shown for its own period, never put in a year column.
    expect(sheet.getCell('V9').value).toBe('8,56% (2021-2023)');
  });

  it('live formulas call CHITIEU.* with the core argument order', async () => {
    const sheet = await written('term-review', sample, 'live', 'vi');
    expect(formula(sheet, 'P8')).toBe('IF(COUNT(K8:O8)>0,CHITIEU.AVGGROWTH(K8:O8),"Chưa có số liệu")');
    expect(formula(sheet, 'Q8')).toBe(
      'IF(ISNUMBER(H8),IF(ISNUMBER(P8),CHITIEU.ATTAINMENT(P8,H8),"Chưa có số liệu"),"Chưa có chỉ tiêu")',
    );
    expect(formula(sheet, 'R8')).toBe(
      'IF(ISNUMBER(H8),IF(ISNUMBER(P8),CHITIEU.STATUS(P8,F8,D8,$D$5,"vi"),"Chưa có số liệu"),"Chưa có chỉ tiêu")',
    );
    expect(formula(sheet, 'S8')).toBe(
      'IF(ISNUMBER(H8),IF(COUNT(K8:O8)>0,CHITIEU.REQUIREDAVG(H8,5,K8:O8),"Chưa có số liệu"),"Chưa có chỉ tiêu")',
    );
    // A figure with no data stays an empty cell in a live sheet (CHITIEU.* skips blanks, refuses text).
    expect(sheet.getCell('O8').value).toBeNull();
    expect(sheet.getCell('O8').font?.italic).toBe(true);
    expect(formula(sheet, 'U10')).toMatch(
      /^IF\(ISNUMBER\(H10\),IF\(AND\(ISNUMBER\(J10\),ISNUMBER\(P10\)\),CHITIEU\.ONTRACK\(J10,\$D\$3,P10,IF\(ISNUMBER\(O10\),2025,/,
    );
  });

  it('frozen header, A4 landscape with the header row repeated, data bars and status colours', async () => {
    const sheet = await written('term-review', sample, 'portable', 'vi');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 7 });
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      printTitlesRow: '7:7',
      fitToWidth: 1,
    });
    const rules = (
      sheet as unknown as {
        conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; formulae?: string[] }> }>;
      }
    ).conditionalFormattings;
    expect(rules.map((r) => [r.ref, r.rules[0].type])).toEqual([
      ['Q8:Q23', 'dataBar'],
      ['R8:R23', 'cellIs'],
      ['U8:U23', 'cellIs'],
    ]);
    expect(rules[1].rules.map((r) => r.formulae?.[0])).toEqual([
      '"Vượt"',
      '"Đạt"',
      '"Xấp xỉ đạt"',
      '"Không đạt"',
      '"Chưa có số liệu"',
      '"Chưa có chỉ tiêu"',
    ]);
    expect(sheet.getCell('A25').value).toMatch(/^Ghi chú: Bình quân: trung bình nhân/);
    expect(String(sheet.getCell('A27').value)).toMatch(
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
    expect(formula(sheet, 'M6')).toBe('IF(ISNUMBER(E6),RANK(E6,$E$6:$E$8),"Chưa có số liệu")');
    expect([6, 7].map((r) => (sheet.getCell(`M${r}`).value as ExcelJS.CellFormulaValue).result)).toEqual([1, 2]);
    expect(sheet.getCell('D8').value).toBe('Chưa có số liệu');
    expect((sheet.getCell('L8').value as ExcelJS.CellFormulaValue).result).toBe('Chưa có số liệu');
  });
});
