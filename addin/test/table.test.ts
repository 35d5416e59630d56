import { describe, expect, it } from 'vitest';
import { answerKey, answersMapping, sheetCell, wideGrid, type TableSnapshot } from '../src/taskpane/table.js';
import type { WideQuestion } from '@chitieu/templates';

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
    const grid = wideGrid(snapshot, 'Báo cáo.xlsx');
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
    expect(wideGrid(snapshot, 'f').percent).toEqual([
      [false, false, false, false],
      [false, false, false, false],
      [false, true, false, false],
    ]);
  });

  it('merged areas in sheet coordinates, cut to the range; hidden rows and columns as sheet numbers', () => {
    const grid = wideGrid(snapshot, 'f');
    expect(grid.merges).toEqual([
      { top: 4, left: 4, bottom: 4, right: 5 },
      { top: 4, left: 3, bottom: 5, right: 3 },
    ]);
    expect(grid.hiddenRows).toEqual([5]);
    expect(grid.hiddenColumns).toEqual([6]);
  });

  it('no merged areas known (an older host) is an empty list, not an error', () => {
    expect(wideGrid({ ...snapshot, merges: null }, 'f').merges).toEqual([]);
  });

  it('a cell of the sheet with its sheet, quoted as Excel quotes it', () => {
    expect(sheetCell("Bob's annex", 'B7')).toBe("'Bob''s annex'!B7");
    expect(sheetCell('x', "'Phụ lục'!B7")).toBe("'Phụ lục'!B7");
  });

  it('the answers given become one mapping entry per indicator row, unanswered ones left out', () => {
    const q = (row: number, asks: WideQuestion['asks'], indicator: string): WideQuestion => ({
      asks,
      row,
      cell: `B${row}`,
      stt: String(row - 6),
      indicator,
      unit: 'ha',
      message: { vi: '?', en: '?' },
    });
    const questions = [q(10, 'direction', 'Lúa'), q(11, 'kind', 'PCI'), q(11, 'direction', 'PCI'), q(12, 'kind', 'X')];
    const answers = new Map([
      [answerKey(questions[0]), 'lower'],
      [answerKey(questions[1]), 'level'],
      [answerKey(questions[2]), 'higher'],
      [answerKey(questions[3]), ''],
    ]);
    expect(answersMapping(questions, answers)).toEqual([
      { indicator: 'Lúa', stt: '4', code: '', kind: null, direction: 'lower', row: 10 },
      { indicator: 'PCI', stt: '5', code: '', kind: 'level', direction: 'higher', row: 11 },
    ]);
  });
});
