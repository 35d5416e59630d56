/**
 * The wide-table reader, module by module: header words, the header block, column roles, rows,
 * the kind/direction rule table, codes, the mapping file, and the whole reading with its problems
 * mapped back to the wide sheet's cells. Grids are built here by hand (the fixtures written by
 * openpyxl and LibreOffice are read in test/wide.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorCode, slug } from './code.js';
import { columnRoles } from './columns.js';
import { gridOfCsv } from './csvGrid.js';
import { findTables } from './headerBlock.js';
import { readHeader } from './headerWords.js';
import { inferDirection, inferKind } from './kindRules.js';
import { mappingCsv, mappingOf, readMapping } from './mapping.js';
import { headerLanguage, numberReading } from './numberLocale.js';
import { previewText } from './previewText.js';
import { averageGrowthTarget } from './indicatorRows.js';
import { readWideTable } from './readWideTable.js';
import type { GridValue, WideGrid } from './types.js';
import { validateWideTable } from './validateWide.js';

/** A grid from rows of cells, at A1, with merges given as "A1:C1". */
function grid(cells: GridValue[][], merges: string[] = [], extra: Partial<WideGrid> = {}): WideGrid {
  const at = (a: string) => ({ row: Number(/\d+/.exec(a)![0]), column: a.charCodeAt(0) - 64 });
  return {
    file: 'phu-luc.xlsx',
    sheet: 'Biểu 01',
    origin: { row: 1, column: 1 },
    cells,
    merges: merges.map((m) => {
      const [from, to] = m.split(':').map(at);
      return { top: from.row, left: from.column, bottom: to.row, right: to.column };
    }),
    ...extra,
  };
}

describe('readHeader: what a header says its column holds', () => {
  const role = (parts: string[], year: number | null = null) => {
    const read = readHeader(parts, year);
    return 'error' in read ? 'error' : [read.role, read.period, read.figureStatus ?? read.scope];
  };
  it('years in the forms annexes write them', () => {
    expect(role(['2021'])).toEqual(['value', '2021', 'official']);
    expect(role(['Năm 2021'])).toEqual(['value', '2021', 'official']);
    expect(role(['TH 2022'])).toEqual(['value', '2022', 'official']);
    expect(role(['Thực hiện', '2023'])).toEqual(['value', '2023', 'official']);
    expect(role(['Ước TH 2024'])).toEqual(['value', '2024', 'estimate']);
    expect(role(['ƯTH 2024'])).toEqual(['value', '2024', 'estimate']);
    expect(role(['Ước thực hiện', '2024'])).toEqual(['value', '2024', 'estimate']);
    expect(role(['Sơ bộ 2023'])).toEqual(['value', '2023', 'preliminary']);
    expect(role(['Base year 2020'])).toEqual(['value', '2020', 'official']);
    expect(role(['Năm 2024 (ước)'])).toEqual(['value', '2024', 'estimate']);
  });
  it('quarters and the first months of a year, as quarterly reports head them', () => {
    expect(role(['Quý III/2025'])).toEqual(['value', '2025-Q3', 'official']);
    expect(role(['Ước TH quý 4 năm 2025'])).toEqual(['value', '2025-Q4', 'estimate']);
    expect(role(['9 tháng 2025'])).toEqual(['value', '2025-9M', 'official']);
    expect(role(['Ước TH 6 tháng đầu năm 2025'])).toEqual(['value', '2025-6M', 'estimate']);
    expect(role(['KH quý III/2025'])).toEqual(['target', '2025-Q3', 'quarter']);
    expect(role(['KH 9 tháng 2025'])[0]).toBe('unknown');
  });
  it('"Thực hiện năm trước" is not an estimate ("trước" holds "ước"), and is the year before the title\'s', () => {
    expect(role(['Thực hiện năm trước'], 2025)).toEqual(['value', '2024', 'official']);
    expect(role(['Ước thực hiện'], 2025)).toEqual(['value', '2025', 'estimate']);
    expect(role(['Ước thực hiện'])).toBe('error');
  });
  it('plans are the year plan, targets of the NQ the term target', () => {
    expect(role(['KH 2025'])).toEqual(['target', '2025', 'year']);
    expect(role(['Kế hoạch năm'], 2025)).toEqual(['target', '2025', 'year']);
    expect(role(['Mục tiêu NQ'])).toEqual(['target', undefined, 'term']);
    expect(role(['Chỉ tiêu NQ ĐH XX'])).toEqual(['target', undefined, 'term']);
    expect(role(['Giai đoạn 2021-2025'])).toEqual(['target', '2021-2025', 'term']);
    expect(role(['Mục tiêu nhiệm kỳ'])).toEqual(['target', undefined, 'term']);
    expect(role(['KH 5 năm 2021-2025'])).toEqual(['target', '2021-2025', 'term']);
  });
  it('comparisons and computed columns are recognised and not read', () => {
    for (const h of [
      ['So sánh (%)', '2024/2023'],
      ['% KH'],
      ['TH/KH'],
      ['So sánh (%)', 'Tốc độ tăng (%)'],
      ['2024/2023'],
      ['Dự kiến cuối nhiệm kỳ'],
      ['Đánh giá'],
      ['% of plan'],
    ])
      expect(role(h)[0], h.join(' / ')).toBe('comparison');
  });
  it('the identity columns by their words', () => {
    expect(role(['STT'])[0]).toBe('stt');
    expect(role(['Chỉ tiêu'])[0]).toBe('indicator');
    expect(role(['Nội dung'])[0]).toBe('indicator');
    expect(role(['Các chỉ tiêu chủ yếu'])[0]).toBe('indicator');
    expect(role(['Chỉ tiêu kinh tế - xã hội'])[0]).toBe('indicator');
    expect(role(['Chỉ tiêu kế hoạch 2025'])).toEqual(['target', '2025', 'year']);
    expect(role(['ĐVT'])[0]).toBe('unit');
    expect(role(['Đơn vị tính'])[0]).toBe('unit');
    expect(role(['Loại'])[0]).toBe('kind');
    expect(role(['Hướng'])[0]).toBe('direction');
    expect(role(['Ghi chú'])[0]).toBe('note');
    expect(role(['Nguồn'])[0]).toBe('source');
  });
  it('a year header that is not a year is an error', () => {
    expect(role(['Năm 20233'])).toBe('error');
    expect(role(['TH 202'])).toBe('error');
  });
  it('never throws, for any header text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 3 }),
        fc.option(fc.integer({ min: 1900, max: 2100 })),
        (parts, year) => {
          readHeader(parts, year);
        },
      ),
    );
  });
});

describe('findTables: the header block', () => {
  it('a header merged over three rows, the row of column numbers skipped', () => {
    const g = grid(
      [
        ['PHỤ LỤC 1'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện', null, 'KH 2025'],
        [null, null, null, 2023, 'Ước TH 2024', null],
        ['A', 'B', 'C', '1', '2', '3'],
        ['I', 'Kinh tế'],
      ],
      ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3'],
    );
    expect(findTables(g)).toMatchObject([{ top: 2, bottom: 3, firstDataRow: 5, nameColumn: 2 }]);
  });
  it('a title that reads like a name header is not the header', () => {
    const g = grid(
      [['CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU'], ['Chỉ tiêu chủ yếu'], ['STT', 'Chỉ tiêu', 'ĐVT', '2024']],
      ['A1:D1'],
    );
    expect(findTables(g)).toMatchObject([{ top: 3, nameColumn: 2 }]);
  });
  it('a sector row merged across the name column is data, not header', () => {
    const g = grid([['STT', 'Chỉ tiêu', 'ĐVT', '2024'], ['I. Kinh tế'], ['1', 'GRDP', 'tỷ đồng', 10]], ['A2:C2']);
    expect(findTables(g)).toMatchObject([{ top: 1, bottom: 1, firstDataRow: 2 }]);
  });
  it('a sector row named like a header ("I | CÁC CHỈ TIÊU KINH TẾ") is a sector, not a new table', () => {
    const g = grid([
      ['STT', 'Chỉ tiêu', 'ĐVT', '2023', '2024'],
      ['I', 'CÁC CHỈ TIÊU KINH TẾ'],
      [1, 'Thu ngân sách nhà nước', 'tỷ đồng', 15010, 16700],
      ['II', 'Các chỉ tiêu xã hội'],
      [2, 'Tỷ lệ hộ nghèo', '%', 2.4, 1.9],
      [3, 'Chỉ tiêu về môi trường'],
      ['3.1', 'Tỷ lệ che phủ rừng', '%', 41.5, 41.8],
    ]);
    expect(findTables(g)).toMatchObject([{ top: 1, bottom: 1, firstDataRow: 2 }]);
    expect(readWideTable(g).preview.groups.map((group) => group.name)).toEqual([
      'CÁC CHỈ TIÊU KINH TẾ',
      'Các chỉ tiêu xã hội',
    ]);
  });
  it('a row numbering the columns with how computed ones are made ("7=5/4") is skipped', () => {
    for (const computed of ['7=5/4', '(7)=(5)/(4)', '7 = 5/4 x 100', '8=6-5']) {
      const g = grid([
        ['STT', 'Chỉ tiêu', 'ĐVT', '2023', '2024', 'So sánh (%)'],
        ['A', 'B', 'C', '1', '2', computed],
        [1, 'Thu ngân sách nhà nước', 'tỷ đồng', 15010, 16700, 111.3],
      ]);
      expect(findTables(g), computed).toMatchObject([{ firstDataRow: 3 }]);
    }
  });
  it('the title says the unit and the report year', () => {
    const g = grid([['KẾ HOẠCH NĂM 2025'], ['Đơn vị tính: tỷ đồng'], ['Chỉ tiêu', 'Kế hoạch năm']]);
    expect(findTables(g)).toMatchObject([{ sheetUnit: 'tỷ đồng', reportYear: 2025, titleTop: 1 }]);
    const perRow = grid([['nhiệm kỳ 2020-2025'], ['Đơn vị tính: theo từng dòng'], ['Chỉ tiêu', '2024']]);
    expect(findTables(perRow)).toMatchObject([{ sheetUnit: null, reportYear: null }]);
  });
});

describe('a yearbook table with a blank corner', () => {
  it('is found by its year headers, the names in the blank-headed column', () => {
    const g = grid([
      ['Bảng 5. Dân số'],
      [null, 2021, 2022, 'Sơ bộ 2023'],
      ['Dân số trung bình (nghìn người)', 1860.4, 1862.1, 1865],
    ]);
    expect(findTables(g)).toMatchObject([{ top: 2, bottom: 2, nameColumn: 1, firstDataRow: 3 }]);
    const reading = readWideTable(g, {
      mapping: [
        { indicator: 'Dân số trung bình', stt: '', code: 'dan_so', kind: 'level', direction: 'higher', row: 2 },
      ],
    });
    expect(reading.problems).toEqual([]);
    expect(reading.table.rows.map((r) => r.cells[7])).toEqual(['2021', '2022', '2023']);
  });
});

describe('columnRoles', () => {
  it('two columns claiming 2023 are one error naming both header cells', () => {
    const g = grid([['Chỉ tiêu', 'ĐVT', '2023', 'TH 2023']]);
    const { problems } = columnRoles(g, findTables(g)[0]);
    expect(problems.map((p) => [p.reason, p.column])).toEqual([['duplicate-column', 'D']]);
    expect(problems[0].message.en).toContain('C1 ("2023") and D1 ("TH 2023")');
  });
  it('a term target without its span is for the plan period of the latest year', () => {
    const g = grid([['Chỉ tiêu', 'ĐVT', '2024', 'Mục tiêu NQ']]);
    expect(columnRoles(g, findTables(g)[0]).columns[3]).toMatchObject({
      role: 'target',
      scope: 'term',
      period: '2021-2025',
    });
  });
  it('a hidden column is read and marked hidden', () => {
    const g = grid([['Chỉ tiêu', 'ĐVT', '2023', '2024']], [], { hiddenColumns: [3] });
    expect(columnRoles(g, findTables(g)[0]).columns[2]).toMatchObject({ role: 'value', period: '2023', hidden: true });
  });
});

describe('the kind and direction rule table', () => {
  it.each([
    ['Tốc độ tăng trưởng GRDP', '%', 'growth'],
    ['Tỷ lệ hộ nghèo', '%', 'rate'],
    ['Số bác sĩ trên 1 vạn dân', 'bác sĩ', 'level'],
    ['Tổng vốn đầu tư toàn xã hội 5 năm', 'tỷ đồng', 'cumulative'],
    ['Số xã đạt chuẩn nông thôn mới (lũy kế)', 'xã', 'cumulative'],
    ['Thu ngân sách nhà nước', 'tỷ đồng', 'level'],
    ['Số doanh nghiệp thành lập mới', 'doanh nghiệp', 'count'],
    ['Sản lượng lương thực', 'nghìn tấn', 'level'],
    ['Số giường bệnh/vạn dân', 'giường', 'level'],
    ['Tỷ lệ giải ngân vốn đầu tư công', '% kế hoạch', 'rate'],
  ])('%s (%s) is %s', (name, unit, kind) => expect(inferKind(name, unit)?.value).toBe(kind));
  it('what no rule decides is null (a question), never a default', () => {
    expect(inferKind('Chỉ số phát triển con người', '')).toBeNull();
    expect(inferKind('Lực lượng lao động', 'nghìn người')).toBeNull();
    expect(inferDirection('Lực lượng lao động', 'nghìn người', [], 'vi')).toBeNull();
  });
  it('a target decides the direction before the words: dưới/không quá lower, trở lên/trên higher', () => {
    expect(inferDirection('Chỉ số giá', '%', ['dưới 4%'], 'vi')?.value).toBe('lower');
    expect(inferDirection('Chỉ số giá', '%', ['không quá 4%'], 'vi')?.value).toBe('lower');
    expect(inferDirection('Tỷ lệ hộ nghèo', '%', ['trên 1%'], 'vi')?.value).toBe('higher');
    expect(inferDirection('Tỷ lệ hộ nghèo', '%', [], 'vi')?.value).toBe('lower');
    expect(inferDirection('Tỷ suất tử vong trẻ em dưới 1 tuổi', '‰', [], 'vi')?.value).toBe('lower');
    expect(inferDirection('Tỷ lệ thất nghiệp', '%', [], 'vi')?.value).toBe('lower');
    expect(inferDirection('Giảm tỷ lệ hộ nghèo bình quân', 'điểm %', [], 'vi')?.value).toBe('higher');
  });
});

describe('a growth target written as the resolutions write it', () => {
  it.each([
    ['Bình quân 9%/năm', '9%'],
    ['tăng bình quân 7,5-8%/năm', '7,5-8%'],
    ['9% trở lên', undefined],
  ])('%s reads as %s', (text, read) => expect(averageGrowthTarget(text)).toBe(read));
  it('keeps the text as written in the note', () => {
    const g = grid([
      ['Chỉ tiêu', 'ĐVT', '2024', 'Mục tiêu NQ'],
      ['Tốc độ tăng trưởng GRDP', '%', 7.1, 'Bình quân 9%/năm'],
    ]);
    const { dataset, problems } = validateWideTable(readWideTable(g));
    expect(problems).toEqual([]);
    expect(dataset.records[1]).toMatchObject({
      targetText: '9%',
      note: 'chỉ tiêu ghi "Bình quân 9%/năm"',
      period: { text: '2021-2025' },
    });
  });
});

describe('codes', () => {
  it('an ASCII slug of the name, deduplicated with the STT', () => {
    const used = new Set<string>();
    expect(indicatorCode('Tỷ lệ hộ nghèo', 'II.3', used)).toBe('ty_le_ho_ngheo');
    expect(indicatorCode('Tỷ lệ hộ nghèo', 'III.1', used)).toBe('ty_le_ho_ngheo_iii_1');
    expect(indicatorCode('Tỷ lệ hộ nghèo', 'III.1', used)).toBe('ty_le_ho_ngheo_2');
    expect(slug('Đường ô tô đến trung tâm xã được nhựa hóa')).toBe('duong_o_to_den_trung_tam_xa_duoc_nhua');
  });
  it('always a valid input code, at most 40 characters, the same for the same name', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const code = indicatorCode(name, '', new Set());
        expect(code).toMatch(/^[a-z0-9_]{1,40}$/);
        expect(indicatorCode(name, '', new Set())).toBe(code);
      }),
    );
  });
});

describe('the mapping file', () => {
  it('reads Vietnamese headers and words, finds an indicator by name or by its STT path', () => {
    const { entries, problems } = readMapping(
      'STT,Chỉ tiêu,Mã,Loại,Hướng\n,Lực lượng lao động,ld,mức,tăng\nII.3,,x,tỷ lệ,giảm\n',
      'map.csv',
    );
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({
      indicator: 'Lực lượng lao động',
      code: 'ld',
      kind: 'level',
      direction: 'higher',
    });
    expect(mappingOf(entries, { name: 'lực lượng  lao động', sttPath: '' })?.code).toBe('ld');
    expect(mappingOf(entries, { name: 'Tỷ lệ', sttPath: 'II.3' })?.direction).toBe('lower');
    expect(mappingOf(entries, { name: 'Khác', sttPath: 'I.1' })).toBeUndefined();
  });
  it('a word that is no kind is an error with its row', () => {
    const { problems } = readMapping('Chỉ tiêu,Loại\nA,nhiều\n', 'map.csv');
    expect(problems.map((p) => [p.reason, p.row])).toEqual([['bad-kind', 2]]);
  });
});

describe('readWideTable and validateWideTable', () => {
  const annex = () =>
    grid(
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện', null, 'Ước TH 2024', 'KH 2025', 'Mục tiêu NQ', 'So sánh (%)'],
        [null, null, null, 2022, 2023, null, null, null, '2024/2023'],
        ['I', 'Kinh tế'],
        [1, 'Tốc độ tăng trưởng GRDP', '%', 7.5, '8,1', '8,3', '8,5', '9% trở lên', 102.5],
        [2, 'Thu ngân sách nhà nước', 'tỷ đồng', 15010, 'x', '16.700', null, null, 105.1],
        null as unknown as GridValue[],
        ['II', 'Xã hội'],
        [3, 'Tỷ lệ hộ nghèo', '%', 2.4, 1.9, '1,5 (ước)', null, 'dưới 1,5%'],
        ['Ghi chú: …'],
        [4, 'Not read: after the footnote', '%', 1],
      ].map((r) => r ?? []),
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2', 'G1:G2', 'H1:H2'],
    );
  it('reads groups, years, estimates, the year plan and the term target into long rows', () => {
    const reading = readWideTable(annex());
    expect(reading.problems).toEqual([]);
    expect(reading.preview).toMatchObject({
      periods: ['2022', '2023', '2024'],
      groups: [
        { name: 'Kinh tế', cell: 'B3' },
        { name: 'Xã hội', cell: 'B7' },
      ],
      targets: [
        { header: 'KH 2025', period: '2025', scope: 'year' },
        { header: 'Mục tiêu NQ', period: '2021-2025', scope: 'term' },
      ],
      dataRows: { first: 3, last: 8 },
    });
    const { dataset, problems } = validateWideTable(reading);
    expect(problems).toEqual([]);
    const rows = dataset.records.map((r) => [
      r.code,
      r.period.text,
      r.value,
      r.targetText,
      r.targetScope,
      r.figureStatus,
      r.row,
    ]);
    expect(rows).toEqual([
      ['toc_do_tang_truong_grdp', '2022', 0.075, '', null, 'official', 4],
      ['toc_do_tang_truong_grdp', '2023', 0.081, '', null, 'official', 4],
      ['toc_do_tang_truong_grdp', '2024', 0.083, '', null, 'estimate', 4],
      ['toc_do_tang_truong_grdp', '2025', null, '8,5%', 'year', 'official', 4],
      ['toc_do_tang_truong_grdp', '2021-2025', null, '9% trở lên', 'term', 'official', 4],
      ['thu_ngan_sach_nha_nuoc', '2022', 15010, '', null, 'official', 5],
      ['thu_ngan_sach_nha_nuoc', '2024', 16700, '', null, 'estimate', 5],
      ['ty_le_ho_ngheo', '2022', 0.024, '', null, 'official', 8],
      ['ty_le_ho_ngheo', '2023', 0.019, '', null, 'official', 8],
      ['ty_le_ho_ngheo', '2024', 0.015, '', null, 'estimate', 8],
      ['ty_le_ho_ngheo', '2021-2025', null, 'dưới 1,5%', 'term', 'official', 8],
    ]);
    expect(dataset.records[0].source).toBe('phu-luc.xlsx › Biểu 01!D4');
  });
  it('a value the validator refuses is reported at its wide cell, not at a row of the long table', () => {
    const g = annex();
    g.cells[3][4] = '8,1,2';
    const { problems } = validateWideTable(readWideTable(g));
    expect(problems.map((p) => [p.reason, p.sheet, p.row, p.column])).toEqual([['bad-number', 'Biểu 01', 4, 'E']]);
  });
  it('the preview says what was read and why, in both languages', () => {
    const reading = readWideTable(annex());
    const vi = previewText(reading.preview, reading.questions, 'vi');
    expect(vi).toContain('H2    "Mục tiêu NQ"                → chỉ tiêu 2021-2025: chỉ tiêu nhiệm kỳ');
    expect(vi).toContain('I2    "So sánh (%) / 2024/2023"    → không đọc: cột so sánh: không đọc như số liệu');
    expect(vi).toContain('thấp hơn là tốt (quy tắc: chỉ tiêu "dưới 1,5%" (dưới, không quá))');
    expect(previewText(reading.preview, reading.questions, 'en')).toContain(
      'lower is better (rule: the target "dưới 1,5%" (at most))',
    );
    expect(mappingCsv(reading.preview, reading.questions, 'en').split('\n')[1]).toBe(
      'I.1,Tốc độ tăng trưởng GRDP,%,toc_do_tang_truong_grdp,growth,higher,',
    );
  });
  it('a sheet with no table is one error saying what was looked for', () => {
    const reading = readWideTable(
      grid([
        ['a', 'b'],
        [1, 2],
      ]),
    );
    expect(reading.problems.map((p) => p.reason)).toEqual(['no-wide-table']);
    expect(readWideTable(annex(), { table: 2 }).problems[0].message.en).toContain('holds 1 tables, not a table 2');
    expect(readWideTable(annex(), { table: 'Biểu 9' }).problems[0].message.en).toContain('none titled "Biểu 9"');
    // The preview says what the sheet holds, not a table "2 of 1" with header rows 0-0.
    const missing = readWideTable(annex(), { table: 2 });
    expect(previewText(missing.preview, missing.questions, 'vi')).toBe(
      'phu-luc.xlsx › Biểu 01: trang có 1 bảng; không đọc bảng nào\n',
    );
    const none = readWideTable(grid([['a', 'b']]));
    expect(previewText(none.preview, none.questions, 'en')).toBe(
      'phu-luc.xlsx › Biểu 01: the sheet holds 0 tables; none was read\n',
    );
  });
  it('a header with no indicator row under it is an error, never an empty table read as done', () => {
    const reading = readWideTable(grid([['STT', 'Chỉ tiêu', 'ĐVT', '2023', '2024'], [], ['Ghi chú: …']]));
    expect(reading.problems.map((p) => [p.severity, p.reason, p.row])).toEqual([['error', 'no-wide-table', 1]]);
    expect(reading.problems[0].message.en).toContain('has no indicator row');
  });
  it("a sub-item's kind may come from its heading; its direction stays a question", () => {
    const g = grid([
      ['STT', 'Chỉ tiêu', 'ĐVT', '2024'],
      ['1', 'Cơ cấu kinh tế'],
      ['-', 'Nông, lâm nghiệp và thủy sản', '%', 21.3],
    ]);
    const reading = readWideTable(g);
    expect(reading.preview.indicators[0]).toMatchObject({
      name: 'Nông, lâm nghiệp và thủy sản',
      kind: { value: 'rate', by: 'rule' },
    });
    expect(reading.questions.map((q) => [q.asks, q.cell])).toEqual([['direction', 'B3']]);
  });
  it('figures in a column of no known meaning are a warning at its header, not read silently', () => {
    const g = grid([
      ['Chỉ tiêu', 'ĐVT', '2024', 'Cùng kỳ'],
      ['Thu ngân sách', 'tỷ đồng', 16700, 15100],
    ]);
    const reading = readWideTable(g);
    expect(reading.problems.map((p) => [p.severity, p.reason, p.row, p.column])).toEqual([
      ['warning', 'unknown-column', 1, 'D'],
    ]);
  });
  it('a formula with no computed result is refused where a figure is read', () => {
    const reading = readWideTable({ ...annex(), uncomputed: ['D4', 'I4'] });
    expect(reading.problems.map((p) => [p.reason, p.row, p.column])).toEqual([['uncomputed-formula', 4, 'D']]);
  });
});

describe('the number locale of a wide table', () => {
  // chitieu's own English annex (report -t term-review --lang en): "= 10,000" is ten thousand.
  const english = () =>
    grid([
      ['No.', 'Indicator', 'Unit', 'Term target', '2023', '2024 (est.)'],
      ['1', 'Number of new enterprises', 'enterprises', '= 10,000', '2,150', 2400],
      ['2', 'Poverty rate', '%', 'under 1.5%', '1.9', 1.5],
    ]);
  const answers = [
    { indicator: 'Number of new enterprises', stt: '', code: 'dn', kind: 'level', direction: 'higher', row: 2 },
    { indicator: 'Poverty rate', stt: '', code: 'ngheo', kind: 'rate', direction: 'lower', row: 3 },
  ] as const;
  it('each header says its language by its letters and words, or says none', () => {
    expect(['Indicator', 'Term target', '2024 (est.)', 'No.'].map(headerLanguage)).toEqual(['en', 'en', 'en', 'en']);
    expect(['Chỉ tiêu', 'ĐVT', 'KH 2025', 'STT', 'TH 2023'].map(headerLanguage)).toEqual([
      'vi',
      'vi',
      'vi',
      'vi',
      'vi',
    ]);
    expect(['2023', '', 'X'].map(headerLanguage)).toEqual([null, null, null]);
  });
  it('English headers read "10,000" as ten thousand and "1.9" as one point nine; the preview says why', () => {
    const reading = readWideTable(english(), { mapping: answers.map((a) => ({ ...a })) });
    expect(reading.preview.numbers).toMatchObject({ locale: 'en', by: 'headers' });
    const { dataset, problems } = validateWideTable(reading);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const byCode = (code: string) => dataset.records.filter((r) => r.code === code);
    const dn = byCode('dn').map((r) => [r.period.text, r.value, r.targetText]);
    expect(dn).toHaveLength(3);
    expect(dn).toEqual(
      expect.arrayContaining([
        ['2021-2025', null, '10,000'],
        ['2023', 2150, ''],
        ['2024', 2400, ''],
      ]),
    );
    expect(byCode('dn').find((r) => r.period.text === '2021-2025')?.target).toMatchObject({ low: 10000 });
    expect(byCode('ngheo').find((r) => r.period.text === '2023')?.value).toBeCloseTo(0.019, 12);
    expect(previewText(reading.preview, reading.questions, 'en')).toContain(
      'Numbers written as text are read the English way (10,000.5): the headers are English ("No.", "Indicator", "Unit"): 10,000 is ten thousand, 6.5 is six point five\n',
    );
    expect(previewText(reading.preview, reading.questions, 'vi')).toContain(
      'Số ghi dạng chữ đọc kiểu tiếng Anh (10,000.5): tiêu đề bảng bằng tiếng Anh ("No.", "Indicator", "Unit")',
    );
  });
  it('Vietnamese headers, mixed headers and headers of no language read the Vietnamese way, and say so', () => {
    const vi = readWideTable(
      grid([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Mục tiêu NQ', '2023'],
        ['1', 'Thu ngân sách nhà nước', 'tỷ đồng', '= 10.000', '8.150'],
      ]),
    ).preview.numbers;
    expect(vi).toMatchObject({ locale: 'vi', by: 'headers' });
    expect(vi.because.vi).toContain('tiêu đề bảng bằng tiếng Việt');
    const mixed = numberReading([{ header: 'Chỉ tiêu' }, { header: 'Unit' }], undefined);
    expect(mixed).toMatchObject({ locale: 'vi', by: 'default' });
    expect(mixed.because.en).toContain('both Vietnamese ("Chỉ tiêu") and English ("Unit")');
    expect(numberReading([{ header: '2023' }], undefined)).toMatchObject({ locale: 'vi', by: 'default' });
  });
  it('--number-locale given always wins, in the reading and in its validation', () => {
    const reading = readWideTable(english(), { numberLocale: 'vi', mapping: answers.map((a) => ({ ...a })) });
    expect(reading.preview.numbers).toMatchObject({ locale: 'vi', by: 'option' });
    expect(previewText(reading.preview, reading.questions, 'en')).toContain(
      'read the Vietnamese way (10.000,5): chosen with --number-locale vi',
    );
    const { dataset } = validateWideTable(reading);
    expect(dataset.records.find((r) => r.code === 'dn' && r.period.text === '2023')?.value).toBe(2.15);
  });
  it('text that cannot be read under the chosen locale stays an error at its cell, never a guess', () => {
    const g = english();
    g.cells[1][4] = '2.150,5';
    const { problems } = validateWideTable(readWideTable(g, { mapping: answers.map((a) => ({ ...a })) }));
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.reason, p.row, p.column])).toEqual([
      ['bad-number', 2, 'E'],
    ]);
  });
});

describe('gridOfCsv', () => {
  it('keeps each line at its row, semicolons and all', () => {
    const g = gridOfCsv('Chỉ tiêu;2024\n\nGRDP;"7,1"\n', 'a.csv');
    expect(g.cells).toEqual([['Chỉ tiêu', '2024'], [], ['GRDP', '7,1']]);
    expect(g.sheet).toBe('a');
  });
});
