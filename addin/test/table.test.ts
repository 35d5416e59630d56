import { describe, expect, it } from 'vitest';
import {
  answerKey,
  answersMapping,
  remember,
  rememberedAnswers,
  sheetCell,
  wideGrid,
  type TableSnapshot,
} from '../src/taskpane/table.js';
import type { WideIndicator } from '@chitieu/input';

describe('the officer’s table as the wide reader’s grid (plain Node)', () => {
  const snapshot: TableSnapshot = {
    workbook: 'Báo cáo.xlsx',
    sheet: "Bob's annex",
    address: "'Bob''s annex'!C4:F6",
    wholeSheet: false,
    values: [
      ['Chỉ tiêu', 'Thực hiện', '', 'Ghi chú'],
      ['', 2021, 2022, ''],
      ['Tỷ lệ hộ nghèo', 0.032, '2,6', true],
    ],
    numberFormat: [
      ['General', 'General', 'General', 'General'],
      ['General', '0', '0', 'General'],
      ['@', '0.0%', '0.0%', 'General'],
    ],
    // One merge inside, one reaching above the selection, one a single cell once cut.
    merges: ["'Bob''s annex'!D4:E4", "'Bob''s annex'!C2:C5", "'Bob''s annex'!F1:G4"],
    hiddenRows: [1],
    hiddenColumns: [3],
  };

  it('cells by sheet position from the range’s top-left cell; blanks are null, never 0', () => {
    const grid = wideGrid(snapshot);
    expect(grid.file).toBe('Báo cáo.xlsx');
    expect(grid.sheet).toBe("Bob's annex");
    expect(grid.origin).toEqual({ row: 4, column: 3 });
    expect(grid.cells).toEqual([
      ['Chỉ tiêu', 'Thực hiện', null, 'Ghi chú'],
      [null, 2021, 2022, null],
      ['Tỷ lệ hộ nghèo', 0.032, '2,6', true],
    ]);
  });

  it('a percent cell is one holding a number under a % format (text "2,6" is not, whatever its format)', () => {
    expect(wideGrid(snapshot).percent).toEqual([
      [false, false, false, false],
      [false, false, false, false],
      [false, true, false, false],
    ]);
  });

  it('merged areas in sheet coordinates, cut to the range; hidden rows and columns as sheet numbers', () => {
    const grid = wideGrid(snapshot);
    expect(grid.merges).toEqual([
      { top: 4, left: 4, bottom: 4, right: 5 },
      { top: 4, left: 3, bottom: 5, right: 3 },
    ]);
    expect(grid.hiddenRows).toEqual([5]);
    expect(grid.hiddenColumns).toEqual([6]);
  });

  it('no merged areas known (an older host) is an empty list, not an error', () => {
    expect(wideGrid({ ...snapshot, merges: null }).merges).toEqual([]);
  });

  it('a cell of the sheet with its sheet, quoted as Excel quotes it', () => {
    expect(sheetCell("Bob's annex", 'B7')).toBe("'Bob''s annex'!B7");
    expect(sheetCell('x', "'Phụ lục'!B7")).toBe("'Phụ lục'!B7");
  });

  it('the answers given become one mapping entry per indicator answered, by name and STT under its sector', () => {
    const indicator = (row: number, name: string, sttPath: string) =>
      ({ row, name, sttPath, unit: 'ha' }) as unknown as WideIndicator;
    const indicators = [indicator(10, 'Lúa', 'I.4'), indicator(11, 'PCI', 'I.5'), indicator(12, 'X', 'I.6')];
    const answers = new Map([
      [answerKey(10, 'direction'), 'lower'],
      [answerKey(11, 'kind'), 'level'],
      [answerKey(11, 'direction'), 'higher'],
      [answerKey(12, 'kind'), ''],
    ]);
    expect(answersMapping(indicators, answers)).toEqual([
      { indicator: 'Lúa', stt: 'I.4', code: '', kind: null, direction: 'lower', row: 10 },
      { indicator: 'PCI', stt: 'I.5', code: '', kind: 'level', direction: 'higher', row: 11 },
    ]);
  });

  it('answers are remembered by indicator name and unit (case and spacing aside); a blank answer forgets', () => {
    const kept = new Map<string, string>();
    const store = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
    };
    remember({ name: 'Tổng lượt  khách du lịch', unit: 'nghìn lượt khách' }, 'kind', 'count', store);
    const again = [
      { row: 30, name: 'tổng lượt khách du lịch', unit: 'nghìn lượt khách' },
    ] as unknown as WideIndicator[];
    expect([...rememberedAnswers(again, store)]).toEqual([['30:kind', 'count']]);
    remember({ name: 'Tổng lượt khách du lịch', unit: 'nghìn lượt khách' }, 'kind', '', store);
    expect(rememberedAnswers(again, store).size).toBe(0);
    // Storage that fails or holds something else remembers nothing, and throws nothing.
    const broken = {
      getItem: () => '{not json',
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(rememberedAnswers(again, broken).size).toBe(0);
    expect(() => remember(again[0], 'kind', 'count', broken)).not.toThrow();
  });
});
