import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attainment,
  averageGrowth,
  contributions,
  growthRate,
  parseLocaleNumber,
  status,
  statusLabel,
  structure,
} from '@chitieu/core';
import { createFunctions } from '../src/functions/adapters/index.js';
import { testHost } from './host.js';

const host = testHost('en');
const f = createFunctions(host);

describe('CHITIEU adapters: cells, ranges and broadcasting', () => {
  it('a single cell gives a 1×1 spill equal to the core', () => {
    expect(f.ATTAINMENT([[86.3]], [[100]])).toEqual([[attainment(86.3, 100)]]);
  });

  it('a column against one cell spills the column', () => {
    expect(f.ATTAINMENT([[90], [110], [50]], [[100]])).toEqual([[0.9], [1.1], [0.5]]);
  });

  it('a column against a row broadcasts to a table, as Excel does', () => {
    expect(f.GAP([[1], [2]], [[10, 20, 30]])).toEqual([
      [-9, -19, -29],
      [-8, -18, -28],
    ]);
  });

  it('ranges of different sizes are one #VALUE! naming both, never a truncation', () => {
    const [[answer]] = f.ATTAINMENT([[1], [2], [3]], [[1], [2]]) as [[{ error: string; message: string }]];
    expect(answer.error).toBe('#VALUE!');
    expect(answer.message).toContain('actual has 3 rows, target has 2');
  });

  it('Vietnamese-formatted text is read as the number it holds', () => {
    expect(f.ATTAINMENT([['1.234,5']], [['2.469']])).toEqual([[0.5]]);
    expect(f.GROWTHRATE([['100']], [['108,56']])).toEqual([[growthRate(100, 108.56)]]);
  });

  it('text that is not a number is #VALUE! with the reason, in the user language', () => {
    const expected = parseLocaleNumber('20.000 tỷ đồng', 'vi') as { message: { en: string; vi: string } };
    expect(f.ATTAINMENT([['20.000 tỷ đồng']], [[1]])).toEqual([[{ error: '#VALUE!', message: expected.message.en }]]);
    host.setLang('vi');
    expect(f.ATTAINMENT([['20.000 tỷ đồng']], [[1]])).toEqual([[{ error: '#VALUE!', message: expected.message.vi }]]);
    host.setLang('en');
  });

  it('#DIV/0! and #NUM! carry no message; blank is #N/A with one', () => {
    expect(f.ATTAINMENT([[5]], [[0]])).toEqual([[{ error: '#DIV/0!', message: undefined }]]);
    expect(f.CAGR([[-5]], [[10]], [[2]])).toEqual([[{ error: '#NUM!', message: undefined }]]);
    const [[blank]] = f.ATTAINMENT([[null]], [[1]]) as [[{ error: string; message: string }]];
    expect(blank.error).toBe('#N/A');
    expect(blank.message).toMatch(/actual is blank/);
    const [[empty]] = f.ATTAINMENT([['']], [[1]]) as [[{ error: string }]];
    expect(empty.error).toBe('#N/A');
  });

  it('logicals are #VALUE!; #N/A, #VALUE!, #DIV/0!, #NUM! from a cell pass through with their code', () => {
    expect((f.ATTAINMENT([[true]], [[1]]) as [[{ error: string }]])[0][0].error).toBe('#VALUE!');
    expect(f.ATTAINMENT([[{ code: '#N/A', message: 'from the sheet' }]], [[1]])).toEqual([
      [{ error: '#N/A', message: 'from the sheet' }],
    ]);
    expect(f.ATTAINMENT([[1]], [[{ code: '#DIV/0!' }]])).toEqual([[{ error: '#DIV/0!', message: undefined }]]);
    // The runtime hands an error cell over without a message ('' on CustomFunctions.Error).
    expect(f.ATTAINMENT([[{ code: '#N/A', message: '' }]], [[1]])).toEqual([
      [{ error: '#N/A', message: 'an input cell holds the error #N/A' }],
    ]);
  });

  it('error codes a custom function may not return become #VALUE! (or #N/A) naming the original, in both languages', () => {
    const cases: Array<[string, string, string, string]> = [
      ['#REF!', '#VALUE!', 'an input cell holds the error #REF!', 'một ô đầu vào đang có lỗi #REF!'],
      ['#NAME?', '#VALUE!', 'an input cell holds the error #NAME?', 'một ô đầu vào đang có lỗi #NAME?'],
      ['#NULL!', '#VALUE!', 'an input cell holds the error #NULL!', 'một ô đầu vào đang có lỗi #NULL!'],
      ['#SPILL!', '#VALUE!', 'an input cell holds the error #SPILL!', 'một ô đầu vào đang có lỗi #SPILL!'],
      ['#CALC!', '#VALUE!', 'an input cell holds the error #CALC!', 'một ô đầu vào đang có lỗi #CALC!'],
      [
        '#GETTING_DATA',
        '#N/A',
        'an input cell is still getting its data (#GETTING_DATA)',
        'một ô đầu vào đang chờ lấy dữ liệu (#GETTING_DATA)',
      ],
    ];
    for (const [code, shown, en, vi] of cases) {
      expect(f.GROWTHRATE([[{ code, message: '' }]], [[1]]), code).toEqual([[{ error: shown, message: en }]]);
      host.setLang('vi');
      expect(f.SHARE([[1]], [[{ code }]]), code).toEqual([[{ error: shown, message: vi }]]);
      host.setLang('en');
    }
  });

  it('an error cell in a range gives that row its error and every other row its answer', () => {
    const ref = { code: '#REF!', message: '' };
    const refShown = { error: '#VALUE!', message: 'an input cell holds the error #REF!' };
    expect(f.ATTAINMENT([[90], [ref], [110]], [[100]])).toEqual([[0.9], [refShown], [1.1]]);
    expect(f.STATUS([[0.031], [0.031]], [[0.04]], [['lower'], [ref]], null, [['en']])).toEqual([
      ['Exceeded'],
      [refShown],
    ]);
    expect(
      f.AVGGROWTH([
        [0.1, 0.1],
        [0.1, ref],
      ]),
    ).toEqual([[averageGrowth([0.1, 0.1])], [refShown]]);
    // An error cell given as an option (one cell for the whole range) answers every row.
    expect(f.STATUS([[0.031], [0.05]], [[0.04]], [[ref]])).toEqual([[refShown], [refShown]]);
    expect(f.STATUS([[0.031], [0.05]], [[0.04]], null, null, [[ref]])).toEqual([[refShown], [refShown]]);
    expect(f.ONTRACK([[100], [100]], [[2020]], [[120], [90]], [[2023]], [[130]], [[2025]], [[ref]])).toEqual([
      [refShown],
      [refShown],
    ]);
    expect(
      f.STRUCTURE([
        [1, 3],
        [ref, 1],
      ]),
    ).toEqual([
      [0.25, 0.75],
      [refShown, refShown],
    ]);
  });

  it('a mixed column keeps each row apart: numbers, text, blanks, errors', () => {
    expect(f.ATTAINMENT([[90], ['95,5'], [null], [4]], [[100], [100], [100], [0]])).toEqual([
      [0.9],
      [0.955],
      [{ error: '#N/A', message: 'actual is blank (no data)' }],
      [{ error: '#DIV/0!', message: undefined }],
    ]);
  });
});

describe('CHITIEU adapters: options left out (Excel passes null)', () => {
  it('STATUS with only actual and target uses the core defaults and Vietnamese labels', () => {
    expect(f.STATUS([[0.925], [0.96]], [['95% trở lên']], null, null, null)).toEqual([
      [statusLabel(status(0.925, '95% trở lên') as 'nearly-achieved')],
      ['Đạt'],
    ]);
    expect(f.STATUS([[0.925]], [['95% trở lên']])).toEqual([['Xấp xỉ đạt']]);
  });

  it('STATUS options: direction, band 0, English labels, and a bad option is #VALUE!', () => {
    expect(f.STATUS([[0.031]], [[0.04]], [['lower']], null, [['en']])).toEqual([['Exceeded']]);
    expect(f.STATUS([[0.93]], [[0.95]], null, [[0]], [['en']])).toEqual([['Not achieved']]);
    expect((f.STATUS([[1]], [[1]], [['sideways']]) as [[{ error: string }]])[0][0].error).toBe('#VALUE!');
    expect((f.STATUS([[1]], [[1]], null, null, [['fr']]) as [[{ error: string }]])[0][0].error).toBe('#VALUE!');
  });

  it('STATUS options given as ranges apply cell by cell', () => {
    expect(f.STATUS([[0.031], [0.031]], [[0.04]], [['lower'], ['higher']], null, [['en']])).toEqual([
      ['Exceeded'],
      ['Not achieved'],
    ]);
  });

  it('PERPOP defaults to per 10,000; PARSEVN defaults to Vietnamese', () => {
    expect(f.PERPOP([[14]], [[10000]], null)).toEqual([[14]]);
    expect(f.PERPOP([[14]], [[10000]], [[1000]])).toEqual([[1.4]]);
    expect(f.PARSEVN([['8,56%'], ['1.234.567,89']], null)).toEqual([[0.0856], [1234567.89]]);
    expect(f.PARSEVN([['1,234.5']], [['en']])).toEqual([[1234.5]]);
  });

  it('REQUIREDAVG without achieved rates is the target rate itself', () => {
    expect(f.REQUIREDAVG([[0.09]], [[5]], null)).toEqual([[0.09]]);
    const [[value]] = f.REQUIREDAVG([[0.09]], [[5]], [[0.0856, 0.0856, 0.0856]]) as number[][];
    expect(value).toBeCloseTo(0.09663, 5);
  });

  it('ONTRACK gives the category label, English on request', () => {
    expect(f.ONTRACK([[100]], [[2020]], [[115]], [[2023]], [[130]], [[2025]], null, [['en']])).toEqual([
      ['Acceleration needed'],
    ]);
    expect(f.ONTRACK([[100], [100]], [[2020]], [[120], [90]], [[2023]], [[130]], [[2025]])).toEqual([
      ['Đúng tiến độ'],
      ['Đi ngược'],
    ]);
  });
});

describe('CHITIEU adapters: lists (series, parts)', () => {
  const rates = [0.0668, 0.0952, 0.0737];

  it('one row or one column is one series; a larger range is one series per row', () => {
    const expected = averageGrowth(rates);
    expect(f.AVGGROWTH([rates])).toEqual([[expected]]);
    expect(f.AVGGROWTH(rates.map((r) => [r]))).toEqual([[expected]]);
    expect(f.AVGGROWTH([rates, [0.1, 0.21, null]])).toEqual([[expected], [averageGrowth([0.1, 0.21])]]);
  });

  it('the yearbook\'s "…" (a figure cell without data, as every report writes it) is a blank, never text to refuse', () => {
    expect(f.AVGGROWTH([[0.1, 0.21, '…']])).toEqual([[averageGrowth([0.1, 0.21])]]);
    expect(f.AVGGROWTH([[0.1, ' ... ', 0.21]])).toEqual([[averageGrowth([0.1, 0.21])]]);
    const [[blank]] = f.ATTAINMENT([['…']], [[1]]) as [[{ error: string }]];
    expect(blank.error).toBe('#N/A');
  });

  it('STRUCTURE and CONTRIBUTIONS spill one value per part in the shape of the parts', () => {
    expect(f.STRUCTURE([[139, 170, 41]])).toEqual([structure([139, 170, 41])]);
    expect(f.STRUCTURE([[1], [3]])).toEqual([[0.25], [0.75]]);
    const parts = (contributions([100, 300, 600], [103, 330, 630]) as { parts: number[] }).parts;
    expect(f.CONTRIBUTIONS([[100, 300, 600]], [[103, 330, 630]])).toEqual([parts]);
  });

  it('a series with a missing part shows its error in each of its cells', () => {
    const out = f.STRUCTURE([[60, null, 30]]) as Array<Array<{ error: string }>>;
    expect(out[0].map((cell) => cell.error)).toEqual(['#N/A', '#N/A', '#N/A']);
  });

  it('CUMATTAINMENT: one ratio per series, per-series targets as a column', () => {
    expect(f.CUMATTAINMENT([[3500, 4200, 4800, null, null]], [[20000]], [[5]])).toEqual([[0.625]]);
    expect(
      f.CUMATTAINMENT(
        [
          [1, 1],
          [2, 2],
        ],
        [[4], [8]],
        [[5]],
      ),
    ).toEqual([[0.5], [0.5]]);
    expect(
      (
        f.CUMATTAINMENT(
          [
            [1, 1],
            [2, 2],
          ],
          [[4], [8], [9]],
          [[5]],
        ) as [[{ error: string }]]
      )[0][0].error,
    ).toBe('#VALUE!');
  });
});

describe('CHITIEU adapters never throw, never return NaN, undefined or a silent 0 for bad input', () => {
  const junk: unknown[] = [
    null,
    undefined,
    '',
    '  ',
    'abc',
    '8.56',
    true,
    false,
    NaN,
    Infinity,
    -Infinity,
    0,
    -1,
    { code: '#N/A' },
    { code: '#NAME?' },
    '1.234,5',
  ];
  it('every function, every junk value in every argument position', () => {
    for (const [id, fn] of Object.entries(f)) {
      for (const value of junk) {
        for (let position = 0; position < fn.length; position++) {
          const args = Array.from({ length: fn.length }, (_, k) => (k === position ? [[value]] : [[1]]));
          const out = (fn as (...a: unknown[]) => unknown[][])(...args);
          for (const row of out) {
            for (const cell of row) {
              const ok =
                (typeof cell === 'number' && Number.isFinite(cell)) ||
                typeof cell === 'string' ||
                (typeof cell === 'object' && cell !== null && 'error' in cell);
              expect(ok, `${id} arg ${position} = ${String(value)} gave ${String(cell)}`).toBe(true);
            }
          }
        }
      }
    }
  });

  it('a blank or unreadable input never becomes 0', () => {
    for (const value of [null, '', 'abc']) {
      expect(f.GAP([[value]], [[0]])[0][0]).not.toBe(0);
      expect(f.SHARE([[value]], [[1]])[0][0]).not.toBe(0);
    }
  });
});

describe('CHITIEU adapters, property: any shapes and any cells', () => {
  /** The error codes the adapters make: Excel shows the others as a bare #VALUE!. */
  const RETURNABLE = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!'];
  const cell = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(
      null,
      undefined,
      '',
      ' ',
      'abc',
      '8,56%',
      '1.234,5',
      '95% trở lên',
      'higher',
      'lower',
      'en',
      'vi',
      true,
      false,
    ),
    fc.string({ maxLength: 6 }),
    fc.constantFrom(
      { code: '#N/A', message: 'x' },
      { code: '#DIV/0!' },
      { code: '#REF!' },
      { code: '#SPILL!' },
      { code: '#NAME?', message: '' },
      { code: '#GETTING_DATA' },
    ),
  );
  const matrix = fc.oneof(
    fc.constant(null),
    fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }), { minLength: 0, maxLength: 4 }),
    fc
      .integer({ min: 1, max: 4 })
      .chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 4 })),
  );

  it('never throws; every spill is a non-empty matrix of finite numbers, texts or error values a custom function may return', () => {
    const entries = Object.entries(f);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: entries.length - 1 }),
        fc.array(matrix, { minLength: 8, maxLength: 8 }),
        (k, args) => {
          const [id, fn] = entries[k];
          const out = (fn as (...a: unknown[]) => unknown[][])(...args.slice(0, fn.length));
          expect(out.length, id).toBeGreaterThan(0);
          for (const row of out) {
            expect(row.length, id).toBeGreaterThan(0);
            for (const value of row) {
              const ok =
                (typeof value === 'number' && Number.isFinite(value)) ||
                typeof value === 'string' ||
                (typeof value === 'object' && value !== null && 'error' in value);
              expect(ok, `${id} gave ${String(value)}`).toBe(true);
              if (typeof value === 'object' && value !== null)
                expect(RETURNABLE, `${id} gave ${(value as { error: string }).error}`).toContain(
                  (value as { error: string }).error,
                );
            }
          }
        },
      ),
      { numRuns: 3000, seed: 20261123 },
    );
  });
});
