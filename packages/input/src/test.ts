/**
 * Input validation: the documented layout, every problem collected with its place, Vietnamese
 * numbers, percent units, and the consistency checks on the published Thái Bình sample.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from './consistency.js';
import { parseCsv, scanCsv, scanCsvChunks } from './csv.js';
import { Problem, renderProblems } from './problems.js';
import { readPeriod, statusIn, validateTable } from './validate.js';

const HEADER = 'code,indicator_vi,indicator_en,unit,direction,kind,target,period,value,source,note';
const table = (text: string, file = 'x.csv') => {
  const [header, ...rows] = parseCsv(text);
  return { file, sheet: null, header: header?.cells ?? [], rows: rows.map((r) => ({ row: r.row, cells: r.cells })) };
};

describe('validateTable', () => {
  it('reads the sample: 26 rows, rates as fractions, blanks as null, targets parsed', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'thai-binh-2020-2025.csv'), 'utf8');
    const { dataset, problems } = validateTable(table(text));
    expect(problems).toEqual([]);
    expect(dataset.records).toHaveLength(26);
    const growth2020 = dataset.records[0];
    expect([growth2020.value, growth2020.target, growth2020.period]).toEqual([
      0.0323,
      { kind: 'floor', low: 0.1, high: null, inclusive: true },
      { type: 'year', year: 2020, text: '2020' },
    ]);
    expect(dataset.records.find((r) => r.code === 'grdp_level')?.value).toBe(53523);
    expect(dataset.records.find((r) => r.code === 'budget_revenue' && r.period.text === '2024')?.value).toBe(28066.4);
    expect(dataset.records.find((r) => r.code === 'grdp_growth' && r.period.text === '2025')?.value).toBeNull();
    // A bare "22" in a % row is 22%.
    const farm = dataset.records.find((r) => r.code === 'farm_labour_share')!;
    expect([farm.targetText, farm.target?.low]).toEqual(['22%', 0.22]);
    expect(dataset.records.find((r) => r.code === 'public_investment_disbursement')?.period).toEqual({
      type: 'months',
      year: 2023,
      months: 9,
      text: '2023-9M',
    });
  });

  it('collects every problem at once, each a typed record with file, row and column', () => {
    const rows = [
      'a,Tên,Name,%,higher,growth,10%,2021,"8,5",s,',
      'a,Tên,Name,%,sideways,growth,10%,2022,"x",s,',
      ',Tên,Name,%,higher,stock,10%,2022/23,"1",s,',
      'a,Tên,Name,%,higher,growth,"cao lắm",2021,"1",s,',
    ];
    const { problems, dataset } = validateTable(table(`${HEADER}\n${rows.join('\n')}\n`));
    for (const p of problems) expect(() => Problem.parse(p)).not.toThrow();
    expect(problems.map((p) => [p.reason, p.row, p.column])).toEqual([
      ['bad-direction', 3, 'direction'],
      ['bad-number', 3, 'value'],
      ['blank-required', 4, 'code'],
      ['bad-kind', 4, 'kind'],
      ['bad-period', 4, 'period'],
      ['bad-target', 5, 'target'],
      ['duplicate-row', 5, 'code'],
    ]);
    expect(dataset.records).toHaveLength(1);
    expect(renderProblems(problems, 'en').split('\n')[0]).toBe(
      'x.csv, row 3, column direction: [error] direction "sideways" is not valid: use higher or lower',
    );
    expect(renderProblems(problems, 'vi').split('\n')[0]).toBe(
      'x.csv, dòng 3, cột direction: [lỗi] hướng "sideways" không hợp lệ: dùng cao hơn là tốt hoặc thấp hơn là tốt (higher, lower)',
    );
  });

  it('reads the Vietnamese words chitieu init offers as the tokens (direction, kind, target scope)', () => {
    const { dataset, problems } = validateTable({
      file: 'x.csv',
      sheet: null,
      header: [
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
        'target_scope',
        'group',
      ],
      rows: [
        {
          row: 2,
          cells: [
            'a',
            'Tỷ lệ hộ nghèo',
            '',
            '%',
            'Thấp hơn là tốt',
            'tỷ lệ',
            'dưới 2%',
            '2024',
            '1,8',
            's',
            '',
            'năm',
            'Văn hóa – xã hội | Society',
          ],
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(dataset.records[0]).toMatchObject({
      direction: 'lower',
      kind: 'rate',
      targetScope: 'year',
      group: { vi: 'Văn hóa – xã hội', en: 'Society' },
    });
  });

  it('reports missing columns and an empty file', () => {
    expect(validateTable(table('code,value\n')).problems.map((p) => p.column)).toEqual([
      'indicator_vi',
      'indicator_en',
      'unit',
      'direction',
      'kind',
      'target',
      'period',
      'source',
      'note',
    ]);
    expect(validateTable(table('')).problems.map((p) => p.reason)).toEqual(['empty-file']);
  });

  it('reads numbers typed the English way only when asked', () => {
    const text = `${HEADER}\na,Tên,Name,tỷ đồng,higher,level,,2021,"1,234.5",s,\n`;
    expect(validateTable(table(text), { numberLocale: 'en' }).dataset.records[0].value).toBe(1234.5);
    expect(validateTable(table(text)).problems.map((p) => p.reason)).toEqual(['bad-number']);
  });

  it("a number or a target that cannot be read says why in the officer's words, naming no core function", () => {
    const text = `${HEADER}\na,Tỷ lệ hộ nghèo,Poverty,%,lower,rate,dưới abc,2024,"1,2x",s,\n`;
    const problems = validateTable(table(text)).problems;
    expect(problems.map((p) => p.reason).sort()).toEqual(['bad-number', 'bad-target']);
    for (const p of problems)
      for (const message of [p.message.vi, p.message.en]) expect(message).not.toMatch(/parse[A-Z]\w*:/u);
    expect(problems.find((p) => p.reason === 'bad-number')!.message.en).toBe(
      `"1,2x" is not a number (cannot read '1,2x' as a number in Vietnamese format: unexpected text 'x' after the number)`,
    );
  });

  it('reads CSV with commas or, as a Vietnamese Excel saves it, semicolons; quotes keep separators and line breaks', () => {
    expect(parseCsv('a;b\n"x;y";"8,56"\n').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x;y', '8,56'],
    ]);
    expect(parseCsv('\uFEFFa,b\r\n"two\nlines","say ""hi"""\r\n3,4').map((r) => [r.row, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['two\nlines', 'say "hi"']],
      [4, ['3', '4']],
    ]);
  });

  it('reads the documented period forms only', () => {
    expect(readPeriod('2025-Q3')).toEqual({ type: 'quarter', year: 2025, quarter: 3, text: '2025-Q3' });
    expect(readPeriod('2021-2025')).toEqual({ type: 'span', from: 2021, to: 2025, text: '2021-2025' });
    for (const bad of ['2025-Q5', '2025-2021', '25', '2025-10M', 'năm 2025']) expect(readPeriod(bad)).toBeNull();
    expect(readPeriod('2021–2025')).toEqual({ type: 'span', from: 2021, to: 2025, text: '2021-2025' });
  });
});

describe('counts', () => {
  it('a negative population, number covered or count is an error at its cell (issue 12)', () => {
    const rows = [
      'pop,Dân số,Population,người,higher,population,,2024,"-9.415",s,',
      'ins,Tham gia BHYT,Insured,người,higher,covered,,2024,"-5",s,',
      'n,Số xã,Communes,xã,higher,count,,2024,"-1",s,',
      'g,Tăng,Growth,%,higher,growth,,2024,"-1,5",s,',
    ];
    const { problems } = validateTable(table(`${HEADER}\n${rows.join('\n')}\n`));
    expect(problems.map((p) => [p.reason, p.row, p.column])).toEqual([
      ['negative-count', 2, 'value'],
      ['negative-count', 3, 'value'],
      ['negative-count', 4, 'value'],
    ]);
    expect(problems[0].message.vi).toBe('dân số không được âm (nhận được -9.415)');
  });
});

describe('percent values are exact', () => {
  it('every percent typed with up to 4 decimals lands on the double of its decimal text (issue 7)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999_999, max: 99_999_999 }),
        fc.integer({ min: 0, max: 4 }),
        (units, decimals) => {
          const digits = String(Math.abs(units)).padStart(decimals + 1, '0');
          const whole = digits.slice(0, digits.length - decimals);
          const fraction = digits.slice(digits.length - decimals);
          const sign = units < 0 ? '-' : '';
          const typed = `${sign}${whole}${decimals ? `,${fraction}` : ''}`;
          const exact = Number(`${sign}${whole}${decimals ? `.${fraction}` : ''}e-2`);
          const text = `g,Tăng,Growth,%,higher,level,,2024,"${typed}",s,`;
          const { dataset, problems } = validateTable(table(`${HEADER}\n${text}\n`));
          expect(problems).toEqual([]);
          expect(dataset.records[0].value).toBe(exact);
          // The same number from a numeric spreadsheet cell (not formatted as a percent).
          const cell = validateTable({
            file: 'x.xlsx',
            sheet: 'data',
            header: HEADER.split(','),
            rows: [
              {
                row: 2,
                cells: [
                  'g',
                  'Tăng',
                  'Growth',
                  '%',
                  'higher',
                  'level',
                  '',
                  '2024',
                  Number(`${sign}${whole}.${fraction || 0}`),
                  's',
                  '',
                ],
              },
            ],
          });
          expect(cell.dataset.records[0].value).toBe(exact);
        },
      ),
      { numRuns: 2000 },
    );
    // The case the issue names: 8,56 in a % row was 0.08560000000000001.
    const { dataset } = validateTable(table(`${HEADER}\ng,Tăng,Growth,%,higher,level,,2024,"8,56",s,\n`));
    expect(dataset.records[0].value).toBe(0.0856);
  });
});

describe('checkConsistency', () => {
  it('flags the sample GRDP levels against its published rates, and nothing about the petitions that add up', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'thai-binh-2020-2025.csv'), 'utf8');
    const found = checkConsistency(validateTable(table(text, 'tb.csv')).dataset);
    const mismatch = found.filter((p) => p.reason === 'growth-mismatch');
    expect(mismatch.map((p) => p.row)).toEqual([3, 4, 5, 6]);
    expect(mismatch[1].message.en).toBe(
      'the published 2022 growth is 9.52% but grdp_level (growth_of of grdp_growth) 2021→2022 implies 10.31%',
    );
    expect(found.some((p) => p.reason === 'parts-not-total')).toBe(false);
    // 139 + 170 + 41 = 350: the parts (part_of = petitions_received) are checked and add up.
    const tampered = text.replace('"41"', '"42"');
    const parts = checkConsistency(validateTable(table(tampered, 'tb.csv')).dataset).filter(
      (p) => p.reason === 'parts-not-total',
    );
    expect(parts.map((p) => p.message.vi)).toEqual([
      'các phần không cộng đủ tổng "petitions_received" kỳ 2023: 139 + 170 + 42 = 351, tổng ghi 350',
    ]);
  });

  it('uses part_of and growth_of only, never a guess from codes; a rate within its rounding passes', () => {
    const rows = [
      't,Tổng,Total,người,higher,count,,2024,"100",s,,,',
      'x,Phần 1,Part 1,người,higher,count,,2024,"60",s,,t,',
      'y,Phần 2,Part 2,người,higher,count,,2024,"45",s,,t,',
      'g_level,Mức,Level,tỷ,higher,level,,2023,"100",s,,,',
      'g_level,Mức,Level,tỷ,higher,level,,2024,"108,564",s,,,',
      'g_growth,Tăng,Growth,%,higher,growth,,2024,"8,56",s,,,g_level',
      // Issue 7: a per-capita figure is not a part of the total its code begins like.
      'investment_total,Vốn đầu tư,Investment,tỷ đồng,higher,level,,2024,"1.000",s,,,',
      'investment_per_capita,Vốn đầu tư bình quân,Investment per capita,triệu đồng,higher,level,,2024,"12",s,,,',
      // Without growth_of nothing pairs these, however they are named.
      'h_level,Mức,Level,tỷ,higher,level,,2023,"100",s,,,',
      'h_level,Mức,Level,tỷ,higher,level,,2024,"200",s,,,',
      'h_growth,Tăng,Growth,%,higher,growth,,2024,"8,56",s,,,',
    ];
    const { dataset } = validateTable(table(`${HEADER},part_of,growth_of\n${rows.join('\n')}\n`));
    const found = checkConsistency(dataset).filter((p) => p.reason !== 'missing-target');
    expect(found.map((p) => [p.reason, p.row])).toEqual([['parts-not-total', 2]]);
    expect(found[0].message.vi).toContain('60 + 45 = 105');
  });

  it('a year to date that differs from its quarters, a growth rate beyond ±100%', () => {
    const rows = [
      'v,Vốn,Investment,tỷ đồng,higher,level,,2025-Q1,"100",s,',
      'v,Vốn,Investment,tỷ đồng,higher,level,,2025-Q2,"110",s,',
      'v,Vốn,Investment,tỷ đồng,higher,level,,2025-Q3,"120",s,',
      'v,Vốn,Investment,tỷ đồng,higher,level,,2025-9M,"340",s,',
      'v,Vốn,Investment,tỷ đồng,higher,level,,2025-6M,"210",s,',
      'r,Tỷ lệ,Rate,%,higher,rate,,2025-Q1,"50",s,',
      'r,Tỷ lệ,Rate,%,higher,rate,,2025-6M,"50",s,',
      'g,Tăng,Growth,%,higher,growth,,2024,"1.234",s,',
    ];
    const found = checkConsistency(validateTable(table(`${HEADER}\n${rows.join('\n')}\n`)).dataset).filter(
      (p) => p.reason !== 'missing-target',
    );
    expect(found.map((p) => [p.reason, p.row])).toEqual([
      ['year-to-date-mismatch', 5],
      ['implausible-rate', 9],
    ]);
    expect(found[0].message.vi).toBe('lũy kế 2025-9M của "v" ghi 340 nhưng các quý cộng lại 100 + 110 + 120 = 330');
  });

  it('targets the term review cannot use: a year plan only, two term targets, a target on a non-term span', () => {
    const rows = [
      'a,Chỉ tiêu A,A,tỷ đồng,higher,level,"30.000",2024,"28.000",s,',
      'b,Chỉ tiêu B,B,%,higher,growth,"10% trở lên",2021-2025,,s,',
      'b,Chỉ tiêu B,B,%,higher,growth,"9%",2020-2025,,s,',
      'b,Chỉ tiêu B,B,%,higher,growth,,2024,"7",s,',
      'c,Chỉ tiêu C,C,%,higher,growth,"8%",2021-2023,"8,56",s,',
      'c,Chỉ tiêu C,C,%,higher,growth,"8%",2021-2025,,s,',
      // The same target written another way ("8%", "8,0%") is no conflict.
      'c,Chỉ tiêu C,C,%,higher,growth,"8,0%",2020-2025,,s,',
    ];
    const found = checkConsistency(validateTable(table(`${HEADER}\n${rows.join('\n')}\n`)).dataset);
    expect(found.map((p) => [p.reason, p.row])).toEqual([
      ['missing-scope-target', 2],
      ['term-target-conflict', 4],
      ['span-target-ignored', 6],
    ]);
    expect(found[1].message.en).toBe(
      'the term target of "b" is written differently: "10% trở lên" (row 3) and "9%" (row 4); the term review uses row 3',
    );
  });
});

describe('the input vocabulary officers type', () => {
  it('reads Vietnamese headers, "tăng"/"giảm" and the figure status as the documented columns', () => {
    const header =
      'Mã,Chỉ tiêu,Tên tiếng Anh,ĐVT,Hướng,Loại chỉ tiêu,Mục tiêu,Kỳ,Giá trị,Nguồn,Ghi chú,Tình trạng số liệu';
    const rows = [
      'ngheo,Tỷ lệ hộ nghèo,,%,giảm,tỷ lệ,"dưới 1,5%",2024,"1,7",Sở LĐTBXH,,ước',
      'grdp,GRDP,,tỷ đồng,Tăng,lũy kế,,2024,100,,,',
    ];
    const { dataset, problems } = validateTable(table(`${header}\n${rows.join('\n')}\n`));
    expect(problems).toEqual([]);
    expect(dataset.records.map((r) => [r.code, r.direction, r.kind, r.figureStatus, r.value])).toEqual([
      ['ngheo', 'lower', 'rate', 'estimate', 0.017],
      ['grdp', 'higher', 'cumulative', 'official', 100],
    ]);
  });

  it('names the cell of a figure status it does not know', () => {
    const { problems } = validateTable(
      table(`${HEADER},figure_status\na,Tên,Name,%,higher,growth,10%,2021,1,s,,chắc chắn\n`),
    );
    expect(problems.map((p) => [p.reason, p.row, p.column])).toEqual([['bad-figure-status', 2, 'figure_status']]);
  });

  it('reads the status officers write into the period or the value: Ước 2025, ƯTH 2025, 2024 (sơ bộ), 93,8 (ước)', () => {
    const rows = [
      ['a', 'Ước 2025', '93,8', ''],
      ['b', 'ƯTH 2025', '93,8', ''],
      ['c', 'Sơ bộ 2024', '93,8', ''],
      ['d', '2024 (sơ bộ)', '93,8', ''],
      ['e', '2024', '93,8 (ước)', ''],
      ['f', 'Ước thực hiện 2025', '93,8', 'ước'],
      ['g', '2023', '93,8', 'chính thức'],
      ['h', 'Ước TH 2021-2025', '93,8', ''],
      ['i', '2025 ước', '93,8', ''],
    ].map(([code, period, value, status]) => `${code},Tên,Name,%,higher,rate,95%,${period},"${value}",s,,${status}`);
    const { dataset, problems } = validateTable(table(`${HEADER},figure_status\n${rows.join('\n')}\n`));
    expect(problems).toEqual([]);
    expect(dataset.records.map((r) => [r.code, r.period.text, r.value, r.figureStatus])).toEqual([
      ['a', '2025', 0.938, 'estimate'],
      ['b', '2025', 0.938, 'estimate'],
      ['c', '2024', 0.938, 'preliminary'],
      ['d', '2024', 0.938, 'preliminary'],
      ['e', '2024', 0.938, 'estimate'],
      ['f', '2025', 0.938, 'estimate'],
      ['g', '2023', 0.938, 'official'],
      ['h', '2021-2025', 0.938, 'estimate'],
      ['i', '2025', 0.938, 'estimate'],
    ]);
    expect(statusIn('93,8 (ước)')).toEqual({ rest: '93,8', status: 'estimate' });
    expect(statusIn('2024')).toEqual({ rest: '2024', status: null });
  });

  it('refuses a row whose period, value and status column disagree, at the cell that disagrees', () => {
    const rows = [
      'a,Tên,Name,%,higher,rate,95%,Ước 2025,"93,8",s,,sơ bộ',
      'b,Tên,Name,%,higher,rate,95%,Sơ bộ 2024,"93,8 (ước)",s,,',
      'c,Tên,Name,%,higher,rate,95%,2024,"93,8*",s,,',
    ];
    const { problems, dataset } = validateTable(table(`${HEADER},figure_status\n${rows.join('\n')}\n`));
    expect(problems.map((p) => [p.reason, p.row, p.column])).toEqual([
      ['figure-status-conflict', 2, 'figure_status'],
      ['figure-status-conflict', 3, 'value'],
      ['bad-number', 4, 'value'],
    ]);
    expect(problems[0].message.vi).toBe(
      'cột period ghi số liệu ước ("Ước 2025") nhưng cột figure_status ghi sơ bộ ("sơ bộ"): ghi một tình trạng',
    );
    expect(problems[2].message.vi).toContain('dấu * không cho biết số liệu là sơ bộ hay ước');
    expect(dataset.records).toEqual([]);
  });
});

describe('a CSV read in pieces', () => {
  it('gives the records and faults of the whole text, wherever the pieces are cut (property)', () => {
    // Texts made of the characters that decide: separators, quotes, both line breaks, a BOM.
    const text = fc
      .array(fc.constantFrom('a', 'bc', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', 'Tỉnh'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.boolean(), text, fc.array(fc.nat(60), { maxLength: 6 }), (bom, body, cuts) => {
        const whole = (bom ? '\uFEFF' : '') + body;
        const at = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...at].map((from, i) => whole.slice(from, [...at, whole.length][i]));
        const expected = scanCsv(whole, ',');
        const records: unknown[] = [];
        const faults: unknown[] = [];
        for (const found of scanCsvChunks(pieces, ',')) ('cells' in found ? records : faults).push(found);
        expect(records).toEqual(expected.records);
        expect(faults).toEqual(expected.faults);
      }),
      { numRuns: 3000 },
    );
  });
});
