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
import { parseCsv, validateTable, type Dataset } from '@chitieu/input';
import { readInput } from '@chitieu/input/files';
import { reportWorkbook } from '../excel/render.js';
import { templates } from '../templates.js';
import { layoutTemplate, type Mode, type SheetLayout } from './layout.js';
import { parseTerm, type Term } from '@chitieu/core';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-layout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'data', 'thai-binh-2020-2025.csv');

interface Written {
  layout: SheetLayout;
  sheet: ExcelJS.Worksheet;
  method: ExcelJS.Worksheet;
  /** The address of column `key` (a group column: `year2024`) in data row `r` (0-based) of the report sheet. */
  at(key: string, r: number): string;
  /** The same on the method sheet. */
  methodAt(key: string, r: number): string;
  /** The cached result of the formula in column `key`, data row `r`. */
  result(key: string, r: number): unknown;
}

async function written(
  id: keyof typeof templates,
  data: Dataset,
  mode: Mode,
  lang: 'vi' | 'en',
  province: string | undefined = 'Thái Bình',
): Promise<Written> {
  const file = join(dir, `${id}-${mode}-${lang}.xlsx`);
  const layout = layoutTemplate(templates[id], data, { mode, lang, province });
  await reportWorkbook(layout).xlsx.writeFile(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const [sheet, method] = workbook.worksheets;
  const rowOf = (r: number) => {
    // Data rows in order, skipping group rows: the rows whose first column holds a number (STT).
    const rows = layout.cells.filter((c) => c.column === 1 && c.style === 'ordinal').map((c) => c.row);
    return rows[r];
  };
  const letter = (columns: SheetLayout['columns'], key: string) => {
    const column = columns.find((c) => c.key === key);
    if (!column) throw new Error(`no column ${key}`);
    return column.letter;
  };
  const at = (key: string, r: number) => `${letter(layout.columns, key)}${rowOf(r)}`;
  return {
    layout,
    sheet,
    method,
    at,
    methodAt: (key, r) => `${letter(layout.method.columns, key)}${rowOf(r)}`,
    result: (key, r) => (sheet.getCell(at(key, r)).value as ExcelJS.CellFormulaValue).result,
  };
}

/** Excel's longest formula (characters): the method sheet's name is repeated at every reference. */
const EXCEL_FORMULA_LIMIT = 8192;

/** The column letter a merge ends at, checked to be one of the table's columns. */
function lastLetterUpTo(range: string, layout: SheetLayout): string {
  const letter = range.split(':')[1].replace(/\d+$/, '');
  return layout.columns.some((c) => c.letter === letter) ? letter : `${letter} (beyond the table)`;
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

  it('official annex title block: issuer, Phụ lục and form number, title, term, editable "Kèm theo" line, units', async () => {
    const { sheet, layout } = await written('term-review', sample, 'portable', 'vi');
    const last = layout.columns[layout.columns.length - 1].letter;
    expect(sheet.getCell('A1').value).toBe('UBND TỈNH THÁI BÌNH');
    const right = layout.cells.filter((c) => c.style === 'annex' && c.row < layout.headerRow).map((c) => c.value);
    expect(right).toEqual(['Phụ lục', 'Biểu số: CT-01.H/NK']);
    expect(layout.merges).toContain(`A3:${last}3`);
    expect(sheet.getCell('A3').value).toBe('ĐÁNH GIÁ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ');
    expect(sheet.getCell('A4').value).toBe('nhiệm kỳ 2020-2025 (kế hoạch 2021-2025)');
    expect(sheet.getCell('A5').value).toBe('(Kèm theo Báo cáo số …/BC-UBND ngày … tháng … năm …)');
    expect(sheet.getCell('A6').value).toBe('Đơn vị tính: theo từng dòng');
    // Without a province the issuer is left for the officer to fill in, never invented.
    const unnamed = await written('term-review', sample, 'portable', 'en', '');
    expect(unnamed.sheet.getCell('A1').value).toBe("…… PROVINCIAL PEOPLE'S COMMITTEE");
  });

  it('ends with the signature block: place and date, preparer left, signer right, inside the table width', async () => {
    const { sheet, layout } = await written('term-review', sample, 'portable', 'vi');
    const last = layout.columns.length;
    const under = layout.cells.filter((c) => c.row > layout.lastDataRow && c.style !== 'note' && c.style !== 'source');
    const text = (value: string) => under.find((c) => c.value === value);
    const heading = layout.cells.find((c) => c.style === 'heading')!;
    const place = text('Thái Bình, ngày … tháng … năm …')!;
    expect(place.row).toBeGreaterThan(heading.row + layout.table.length);
    const preparer = text('NGƯỜI LẬP BIỂU')!;
    const [committee, chair] = [text('TM. ỦY BAN NHÂN DÂN')!, text('CHỦ TỊCH')!];
    expect(preparer.column).toBe(1);
    expect([committee.row, chair.row]).toEqual([place.row + 1, place.row + 2]);
    expect(committee.column).toBe(place.column);
    expect(committee.column).toBeGreaterThan(last / 2);
    expect(text('(Ký tên, đóng dấu)')!.row).toBe(place.row + 3);
    expect(text('(Ký, ghi rõ họ tên)')!.row).toBe(place.row + 2);
    // Each side is merged to its last column, never past the table's.
    for (const range of layout.merges.filter((m) => Number(/\d+/.exec(m)![0]) >= place.row))
      expect(range.split(':')[1].replace(/\d+$/, '')).toBe(
        range.split(':')[1].length > 0 ? lastLetterUpTo(range, layout) : '',
      );
    // The dotted names are text the officer overtypes, written as text.
    expect(under.filter((c) => c.value === '……………………')).toHaveLength(2);
    expect(sheet.getCell(place.address).value).toBe(place.value);
    expect(layout.signature.signer.titles).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    // The officer's own words, and the head of the unit when no province names the committee.
    const given = layoutTemplate(templates['term-review'], sample, {
      mode: 'portable',
      lang: 'vi',
      province: 'Thái Bình',
      place: 'Vũ Thư',
      signerTitle: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      signer: 'Nguyễn Văn A',
    });
    const values = given.cells.map((c) => c.value);
    expect(values).toContain('Vũ Thư, ngày … tháng … năm …');
    expect(values).toEqual(expect.arrayContaining(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']));
    const unit = layoutTemplate(templates['term-review'], sample, { mode: 'portable', lang: 'en' });
    expect(unit.signature.signer.titles).toEqual(['HEAD OF UNIT']);
    expect(unit.signature.placeDate).toBe('……, … (day) … (month) … (year)');
  });

  it('starts a page with the signature block when the page it would begin on cannot hold it', () => {
    const rowsOf = (n: number) =>
      csv(
        `code,indicator_vi,indicator_en,unit,direction,kind,target,period,value,source,note\n${Array.from(
          { length: n },
          (_, i) => `c${i},Chỉ tiêu ${i},Indicator ${i},%,higher,rate,95% trở lên,2024,${50 + i},,`,
        ).join('\n')}\n`,
      );
    const breaks = new Set<number>();
    for (let n = 1; n <= 40; n++) {
      const rows = rowsOf(n);
      const layout = layoutTemplate(templates['term-review'], rows, { mode: 'portable', lang: 'vi' });
      const place = layout.cells.find((c) => /ngày … tháng/.test(String(c.value)) && c.row > layout.lastDataRow)!;
      for (const b of layout.pageBreaks ?? []) {
        expect(b).toBe(place.row);
        breaks.add(n);
      }
    }
    // Some sizes need the break and some do not: the decision depends on where the page ends.
    expect(breaks.size).toBeGreaterThan(0);
    expect(breaks.size).toBeLessThan(40);
  });

  it('the reader gets the reader columns; code, direction, kind, target parts and sources go to the method sheet', async () => {
    const vi = await written('term-review', sample, 'portable', 'vi');
    expect(headers(vi.sheet, vi.layout.headerRow)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Mục tiêu nhiệm kỳ',
      'Năm gốc 2020',
      // The sample's GRDP growth of 2021, 2022 and 2024 is a first estimate (its figure_status).
      '2021 (ước)',
      '2022 (ước)',
      '2023',
      '2024 (ước)',
      '2025',
      'Thực hiện đến nay',
      '% so với chỉ tiêu',
      'Số liệu đến năm',
      'Đánh giá',
      'Cần đạt các năm còn lại',
      'Dự kiến cuối nhiệm kỳ',
    ]);
    expect(vi.method.name).toBe('Thuyết minh');
    expect(headers(vi.method, vi.layout.headerRow)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Mã',
      'Hướng tốt',
      'Loại chỉ tiêu',
      'Chỉ tiêu (như ghi)',
      'Dạng chỉ tiêu',
      'Mức phải đạt',
      'Cận kia (khoảng)',
      // The verdict's named steps (issue 16.5).
      'Hướng đánh giá',
      'Đánh giá theo số liệu mới nhất',
      'Năm kế hoạch của số liệu mới nhất (k)',
      'Cần đạt mỗi năm còn lại (tính)',
      'Mốc so sánh (năm tốt nhất; tỷ số R)',
      'Số liệu kỳ khác',
      'Nguồn',
    ]);
    // Direction and kind as words of the report's language, never the input tokens.
    expect(['code', 'direction', 'kind', 'targetKind'].map((k) => vi.method.getCell(vi.methodAt(k, 0)).value)).toEqual([
      'grdp_growth',
      'Cao hơn là tốt',
      'Tốc độ tăng',
      '≥',
    ]);
    const en = await written('term-review', sample, 'portable', 'en');
    expect(en.method.name).toBe('Method');
    expect(headers(en.method, en.layout.headerRow)).toContain('Indicator type');
    expect(headers(en.method, en.layout.headerRow)).toContain('Target type');
    // The English report shows the target as symbols, not the resolution's Vietnamese words.
    expect(en.sheet.getCell(en.at('targetShown', 0)).value).toBe('≥ 10%');
    expect(en.method.getCell(en.methodAt('direction', 0)).value).toBe('Higher is better');
    // The stated 2021-2023 average is kept for its own period, never put in a year column.
    expect(vi.method.getCell(vi.methodAt('otherPeriods', 1)).value).toBe('8,56% (2021-2023)');
  });

  it('GRDP growth at mid-term: 7,64% a year, "Khó đạt", 19,97% needed in 2025; formulas read the method sheet', async () => {
    const { sheet, method, at, methodAt, result, layout } = await written('term-review', sample, 'portable', 'vi');
    const years = ['year2021', 'year2022', 'year2023', 'year2024', 'year2025'].map((k) => at(k, 0));
    const range = `${years[0]}:${years[4]}`;
    const target = `'Thuyết minh'!${methodAt('targetValue', 0)}`;
    expect(formula(sheet, at('achieved', 0))).toBe(
      `IF(COUNT(${range})>0,(${years.map((y) => `(1+N(${y}))`).join('*')})^(1/COUNT(${range}))-1,"…")`,
    );
    // Mirrored about 100% where lower is better (issue 16).
    const kind = `'Thuyết minh'!${methodAt('targetKind', 0)}`;
    const higher = `OR(${kind}="≥",${kind}=">",AND(${kind}<>"≤",${kind}<>"<",'Thuyết minh'!${methodAt('direction', 0)}<>"Thấp hơn là tốt"))`;
    const ratio = `${at('achieved', 0)}/${target}`;
    expect(formula(sheet, at('percentOfTarget', 0))).toBe(
      `IF(ISNUMBER(${target}),IF(ISNUMBER(${at('achieved', 0)}),IF(${higher},${ratio},MAX(0,2-${ratio})),"…"),"x")`,
    );
    expect(formula(sheet, at('verdict', 0))).toContain('"Có khả năng đạt"');
    // The verdict reads its named steps on the method sheet; the direction test is the first step.
    expect(formula(sheet, at('verdict', 0))).toContain(`('Thuyết minh'!${methodAt('better', 0)}="Cao hơn là tốt")`);
    expect(formula(method, methodAt('better', 0))).toContain(`${methodAt('direction', 0)}<>"Thấp hơn là tốt"`);
    expect(formula(method, methodAt('requirement', 0))).toContain(
      `((1+${methodAt('targetValue', 0)})^5/(${years.map((y) => `(1+N('${sheet.name}'!${y}))`).join('*')}))^(1/(5-${methodAt('yearsElapsed', 0)}))-1`,
    );
    expect(result('achieved', 0)).toBeCloseTo(0.0763932, 7);
    expect(result('asOf', 0)).toBe(2024);
    expect(result('verdict', 0)).toBe('Khó đạt');
    expect(result('needed', 0)).toBeCloseTo(0.1997, 4);
    for (const key of ['year2021', 'achieved', 'percentOfTarget', 'needed'])
      expect(sheet.getCell(at(key, 0)).numFmt).toBe('0.00%');
    expect(sheet.getCell(at('asOf', 0)).numFmt).toBe('0');
    // No figure yet: the yearbook's "…"; the growth row has no projection: "–".
    expect(sheet.getCell(at('year2025', 0)).value).toBe('…');
    expect(sheet.getCell(at('projected', 0)).value).toBe('–');
    // Settings on the method sheet, read by the formulas there.
    const band = layout.method.cells.find((c) => c.value === 0.05)!;
    // The band is read by the status step, on the method sheet itself.
    expect(formula(method, methodAt('statusNow', 0))).toContain(`$C$${band.row}`);
  });

  it('health insurance needs points; the GRDP level has no term target: "x", not a verdict', async () => {
    const { sheet, at, result, layout } = await written('term-review', sample, 'portable', 'vi');
    const row = (code: string) => layout.table.findIndex((r) => r.code === code);
    const insurance = row('health_insurance_coverage');
    // Points are fractions like every rate (issue 20), shown as a rise in words (issue 16).
    expect(result('needed', insurance)).toBe(0.025);
    expect(sheet.getCell(at('needed', insurance)).numFmt).toBe(
      '"tăng "0.00" điểm "%;"giảm "0.00" điểm "%;0.00" điểm "%',
    );
    const level = row('grdp_level');
    expect(sheet.getCell(at('base', level)).numFmt).toBe('#,##0');
    expect(result('verdict', level)).toBe('x');
    expect(layout.table[level].verdict).toBe('x');
  });

  it('live formulas call CHITIEU.* with the core argument order, and CHITIEU.VERDICT for the verdict', async () => {
    const { sheet, method, at, methodAt } = await written('term-review', sample, 'live', 'vi');
    const range = `${at('year2021', 0)}:${at('year2025', 0)}`;
    const m = (key: string) => `'Thuyết minh'!${methodAt(key, 0)}`;
    expect(formula(sheet, at('achieved', 0))).toBe(`IF(COUNT(${range})>0,CHITIEU.AVGGROWTH(${range}),"…")`);
    expect(formula(sheet, at('percentOfTarget', 0))).toBe(
      `IF(ISNUMBER(${m('targetValue')}),IF(ISNUMBER(${at('achieved', 0)}),IF(OR(${m('targetKind')}="≥",${m('targetKind')}=">",AND(${m('targetKind')}<>"≤",${m('targetKind')}<>"<",${m('direction')}<>"Thấp hơn là tốt")),CHITIEU.ATTAINMENT(${at('achieved', 0)},${m('targetValue')}),MAX(0,2-CHITIEU.ATTAINMENT(${at('achieved', 0)},${m('targetValue')}))),"…"),"x")`,
    );
    // The direction is shown as words; the add-in's functions take the token.
    expect(formula(sheet, at('verdict', 0))).toContain(
      `CHITIEU.VERDICT("growth",${m('target')},${at('base', 0)},${range},IF(${m('direction')}="Thấp hơn là tốt","lower","higher"),FALSE,`,
    );
    expect(formula(sheet, at('needed', 0))).toContain(m('requirement'));
    expect(formula(method, methodAt('requirement', 0))).toContain(
      `CHITIEU.REQUIREDAVG(${methodAt('targetValue', 0)},5,'${sheet.name}'!${range})`,
    );
    // A figure with no data says so with the yearbook's "…" in a live sheet too (issue 20), which CHITIEU.* reads as a blank.
    expect(sheet.getCell(at('year2025', 0)).value).toBe('…');
  });

  it("every formula stays within Excel's 8.192 characters, in both languages and modes", () => {
    for (const lang of ['vi', 'en'] as const)
      for (const mode of ['portable', 'live'] as const)
        for (const id of Object.keys(templates) as Array<keyof typeof templates>) {
          const layout = layoutTemplate(templates[id], sample, { mode, lang });
          const longest = Math.max(...layout.cells.map((c) => c.formula?.length ?? 0));
          expect(longest, `${id} ${lang} ${mode}`).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
        }
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

  it('frozen header, A4 landscape with the header row repeated, page numbers, colours keyed to the verdict', async () => {
    const { sheet, method, layout } = await written('term-review', sample, 'portable', 'vi');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: layout.headerRow });
    for (const page of [sheet, method]) {
      expect(page.pageSetup).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        printTitlesRow: `${layout.headerRow}:${layout.headerRow}`,
        fitToWidth: 1,
      });
      expect(page.headerFooter.oddFooter).toMatch(/Trang &P\/&N$/);
    }
    const rules = (
      sheet as unknown as {
        conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; formulae?: string[] }> }>;
      }
    ).conditionalFormattings;
    const verdict = layout.columns.find((c) => c.key === 'verdict')!.letter;
    const percent = layout.columns.find((c) => c.key === 'percentOfTarget')!.letter;
    const rows = `${layout.firstDataRow}:`;
    expect(rules.map((r) => [r.ref.replace(/\d+$/, ''), r.rules[0].type])).toEqual([
      [`${percent}${rows}${percent}`, 'expression'],
      [`${verdict}${rows}${verdict}`, 'cellIs'],
    ]);
    // Percent of target takes the tone of its row's verdict: never a bar that is full and green for a failure.
    expect(rules[0].rules[0].formulae?.[0]).toBe(`$${verdict}${layout.firstDataRow}="Vượt"`);
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
    ]);
    // The legend of the symbols, then the source, under the table; the method notes on the method sheet.
    const under = layout.cells.filter((c) => c.row > layout.lastDataRow).map((c) => String(c.value));
    expect(under[0]).toBe(
      'Ký hiệu: "…" chưa có số liệu (không tự điền); "x" không có chỉ tiêu để so sánh; "–" không áp dụng.',
    );
    expect(under[1]).toBe(
      '"(sơ bộ)", "(ước)" sau năm: năm đó có số liệu sơ bộ, số ước tính (câu nhận xét nói rõ từng chỉ tiêu).',
    );
    expect(under[2]).toMatch(/^Nguồn số liệu: .*Lập bằng chitieu\.$/);
    expect(layout.nextRow).toBeGreaterThan(layout.lastDataRow + 2);
    expect(layout.method.cells.some((c) => String(c.value).startsWith('Ghi chú: Bình quân: trung bình nhân'))).toBe(
      true,
    );
  });

  it("group rows I, II, III from the input's group column, rows numbered across groups", async () => {
    const groups: Record<string, string> = {
      grdp_growth: 'Kinh tế | Economy',
      health_insurance_coverage: 'Văn hóa – xã hội | Society',
    };
    const grouped = {
      ...sample,
      records: sample.records.map((r) => ({
        ...r,
        group: groups[r.code]
          ? { vi: groups[r.code].split(' | ')[0], en: groups[r.code].split(' | ')[1] }
          : { vi: 'Khác', en: 'Other' },
      })),
    };
    const { layout, sheet } = await written('term-review', grouped, 'portable', 'en');
    const groupRows = layout.cells.filter((c) => c.style === 'group').map((c) => c.value);
    expect(groupRows).toEqual(['I. Economy', 'II. Other', 'III. Society']);
    expect(sheet.getCell(`A${layout.firstDataRow}`).value).toBe('I. Economy');
    expect(sheet.getCell(`A${layout.firstDataRow + 1}`).value).toBe('1');
    expect(layout.table.map((r) => r.stt)).toEqual(layout.table.map((_, i) => String(i + 1)));
    expect(layout.table[layout.table.length - 1].code).toBe('health_insurance_coverage');
  });
});

const header = 'code,indicator_vi,indicator_en,unit,direction,kind,target,period,value,source,note,area\n';

describe('annual plan, quarterly, coverage', () => {
  it('annual plan: headers, year on year by kind, percent of plan coloured by its status', async () => {
    const data = csv(
      `${header}a,Thu ngân sách,Budget revenue,tỷ đồng,higher,level,,2023,"25.000",s,,\na,Thu ngân sách,Budget revenue,tỷ đồng,higher,level,"27.000",2024,"28.066,4",s,,\nr,Tỷ lệ hộ nghèo,Poverty rate,%,lower,rate,,2023,"2,1",s,,\nr,Tỷ lệ hộ nghèo,Poverty rate,%,lower,rate,"dưới 2%",2024,"1,8",s,,\n`,
    );
    const { sheet, at, result, layout } = await written('annual-plan', data, 'portable', 'en');
    expect(headers(sheet, layout.headerRow)).toEqual([
      'No.',
      'Indicator',
      'Unit',
      'Year plan',
      'Previous year actual',
      // The year's figures are official (no figure_status): "Actual", not "Estimated actual".
      'Actual',
      'Year on year',
      '% of plan',
      'Status',
    ]);
    // One estimate in the year makes the column the template's "Ước thực hiện".
    const estimated = csv(
      `${header.replace('\n', ',figure_status\n')}a,Thu ngân sách,Budget revenue,tỷ đồng,higher,level,"27.000",Ước 2024,"28.066,4",s,,,\n`,
    );
    const vi = layoutTemplate(templates['annual-plan'], estimated, { mode: 'portable', lang: 'vi' });
    expect(vi.cells.filter((c) => c.row === vi.headerRow).map((c) => c.value)).toContain('Ước thực hiện');
    expect(formula(sheet, at('yearOnYear', 0))).toBe(
      `IF(AND(ISNUMBER(${at('previous', 0)}),ISNUMBER(${at('estimated', 0)})),${at('estimated', 0)}/${at('previous', 0)},"…")`,
    );
    expect(formula(sheet, at('yearOnYear', 1))).toContain(`${at('estimated', 1)}-${at('previous', 1)}`);
    expect(result('status', 0)).toBe('Exceeded');
    expect(result('status', 1)).toBe('Achieved');
    expect(sheet.getCell(at('targetShown', 1)).value).toBe('< 2%');
    expect([at('estimated', 0), at('estimated', 1), at('yearOnYear', 0)].map((a) => sheet.getCell(a).numFmt)).toEqual([
      '#,##0.0#',
      '0.00%',
      '0.00%',
    ]);
    expect(layout.highlights.map((h) => h.kind)).toEqual(['byStatus', 'status']);
  });

  it('quarterly: year to date as the sum of quarters, or as published for a rate', async () => {
    const rows = ['2024-Q1,"100"', '2024-Q2,"110"', '2025-Q1,"120"', '2025-Q2,"130"'].map(
      (p) => `v,Vốn đầu tư,Investment,tỷ đồng,higher,level,,${p},s,,`,
    );
    const data = csv(`${header}v,Vốn đầu tư,Investment,tỷ đồng,higher,level,"1.000",2025,,s,,\n${rows.join('\n')}\n`);
    const { sheet, at, result, layout } = await written('quarterly', data, 'portable', 'vi');
    expect(headers(sheet, layout.headerRow).slice(4)).toEqual([
      'Thực hiện quý',
      'Lũy kế từ đầu năm',
      'Cùng kỳ năm trước',
      'So với cùng kỳ',
      'Lũy kế so với KH năm',
      'Tiến độ kỳ vọng (k/4)',
    ]);
    expect(['thisQuarter', 'yearToDate', 'lastYearToDate'].map((k) => sheet.getCell(at(k, 0)).value)).toEqual([
      130, 250, 210,
    ]);
    expect(formula(sheet, at('pace', 0))).toMatch(/^'Thuyết minh'!\$C\$\d+\/4$/);
    expect(result('pace', 0)).toBe(0.5);
  });

  it('coverage: areas from the data, the target once in the title block, a province total, bars from the lowest area', async () => {
    const rows = [
      ['Phường Một', '1.000', '960'],
      ['Xã Hai', '2.000', '1.700'],
      ['Xã Ba', '500', ''],
    ].flatMap(([area, population, covered]) => [
      `pop,Dân số,Population,người,higher,population,,2024,"${population}",s,,${area}`,
      `ins,Tham gia BHYT,Insured,người,higher,covered,"95% trở lên",2024,"${covered}",s,,${area}`,
    ]);
    const { sheet, at, result, layout } = await written(
      'coverage',
      csv(`${header}${rows.join('\n')}\n`),
      'portable',
      'vi',
    );
    expect(headers(sheet, layout.headerRow)).toEqual([
      'STT',
      'Địa bàn',
      'Dân số',
      'Số người tham gia',
      'Tỷ lệ bao phủ',
      'Chênh lệch (điểm %)',
      'Số người cần thêm',
      'Đánh giá',
      'Xếp hạng',
    ]);
    expect(sheet.getCell('A6').value).toBe('Đơn vị tính: người; %; Mục tiêu (mọi địa bàn): 95% trở lên');
    expect([0, 1, 2].map((r) => sheet.getCell(at('area', r)).value)).toEqual(['Phường Một', 'Xã Hai', 'Xã Ba']);
    expect(result('stillNeeded', 1)).toBe(200);
    const ratio = layout.columns.find((c) => c.key === 'ratio')!.letter;
    expect(formula(sheet, at('rank', 0))).toBe(
      `IF(ISNUMBER(${at('ratio', 0)}),IF(${at('ratio', 0)}>1,"–",1+COUNTIFS($${ratio}$${layout.firstDataRow}:$${ratio}$${layout.lastDataRow},">"&${at('ratio', 0)},$${ratio}$${layout.firstDataRow}:$${ratio}$${layout.lastDataRow},"<=1")),"…")`,
    );
    expect([0, 1].map((r) => result('rank', r))).toEqual([1, 2]);
    expect(sheet.getCell(at('covered', 2)).value).toBe('…');
    expect(result('status', 2)).toBe('…');
    // The province total: sums, and the ratio of the sums (not an average of ratios).
    const total = layout.lastDataRow + 1;
    const cell = (key: string) => sheet.getCell(`${layout.columns.find((c) => c.key === key)!.letter}${total}`);
    expect(cell('area').value).toBe('Toàn tỉnh');
    expect((cell('population').value as ExcelJS.CellFormulaValue).result).toBe(3500);
    expect((cell('covered').value as ExcelJS.CellFormulaValue).result).toBe(2660);
    expect((cell('ratio').value as ExcelJS.CellFormulaValue).result).toBeCloseTo(2660 / 3500, 12);
    expect(layout.highlights[0]).toEqual({
      kind: 'bar',
      range: `${ratio}${layout.firstDataRow}:${ratio}${layout.lastDataRow}`,
      max: 1,
    });
  });

  it('coverage: areas with different targets keep the target column, and the title block names none', async () => {
    const rows = [
      ['Xã Một', '95% trở lên'],
      ['Xã Hai', '90% trở lên'],
    ].flatMap(([area, target]) => [
      `pop,Dân số,Population,người,higher,population,,2024,"1.000",s,,${area}`,
      `ins,Tham gia BHYT,Insured,người,higher,covered,"${target}",2024,"920",s,,${area}`,
    ]);
    const { sheet, at, result, layout } = await written(
      'coverage',
      csv(`${header}${rows.join('\n')}\n`),
      'portable',
      'en',
    );
    expect(headers(sheet, layout.headerRow)).toContain('Target');
    expect(sheet.getCell('A6').value).toBe('Units: people; %');
    expect([0, 1].map((r) => sheet.getCell(at('targetShown', r)).value)).toEqual(['≥ 95%', '≥ 90%']);
    expect([0, 1].map((r) => result('status', r))).toEqual(['Nearly achieved', 'Achieved']);
  });
});

describe('what is still needed, when lower is better', () => {
  it('an average rate under a ceiling needs at most a rate, written "tối đa" / "at most" (review of issue 7)', () => {
    const rows = [
      'cpi,CPI bình quân,Average CPI,%,lower,growth,"dưới 4%",2021-2025,,s,',
      ...['1,8', '3,2', '3,3', '3,6'].map(
        (v, i) => `cpi,CPI bình quân,Average CPI,%,lower,growth,,${2021 + i},"${v}",s,`,
      ),
    ];
    for (const lang of ['vi', 'en'] as const) {
      const layout = layoutTemplate(
        templates['term-review'],
        csv(`code,indicator_vi,indicator_en,unit,direction,kind,target,period,value,source,note\n${rows.join('\n')}\n`),
        { mode: 'portable', lang },
      );
      const letter = layout.columns.find((c) => c.key === 'needed')!.letter;
      const cell = layout.cells.find(
        (c) => c.address === `${letter}${layout.firstDataRow}` || c.address === `${letter}${layout.firstDataRow + 1}`,
      )!;
      expect(cell.result).toBeCloseTo(0.0821, 4);
      expect(cell.numFmt).toBe(lang === 'vi' ? '"tối đa "0.00%' : '"at most "0.00%');
    }
  });
});
