/**
 * An officer's own table, laid out like the annex of a provincial term report (Phụ lục I of a
 * Thái Bình-style report, figures invented but of the usual size): a title over the table, a
 * header merged over two rows ("Thực hiện" over 2021-2023, then "Ước TH 2024", "KH 2025",
 * "Mục tiêu NQ" each merged down), Roman-numeral sector rows, numbers typed the Vietnamese way
 * as text ("8,56"), one poverty rate stored as a percent cell (0.032 shown 3,2%), a comparison
 * column the officer hid, a blank spacer row and a footnote. What the rules cannot decide:
 * whether less rice land is better (a level in ha, no direction), and the kind of a count of
 * tourists in "nghìn lượt khách" (a unit no rule knows).
 *
 * One description, fixtures/annex.json: the mocked workbook's sheet here, and the workbooks
 * openpyxl and LibreOffice write from it (fixtures/make.sh) for the CLI's reading of the same table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableSheet } from './excel-mock.js';

export const FIXTURES = join(__dirname, '..', 'fixtures');

interface AnnexJson {
  sheet: string;
  values: Array<Array<string | number | null>>;
  percentCells: string[];
  percentFormat: string;
  merges: string[];
  hiddenColumns: string[];
}

const annex = JSON.parse(readFileSync(join(FIXTURES, 'annex.json'), 'utf8')) as AnnexJson;

/** 1-based row and column of an A1 cell. */
function cellAt(address: string): { row: number; column: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  return { row: Number(digits), column: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
}

/** The annex as the mocked workbook's sheet: blanks as Excel gives them (''), formats cell by cell. */
export const ANNEX: TableSheet = {
  name: annex.sheet,
  values: annex.values.map((row) => row.map((v) => v ?? '')),
  numberFormat: annex.values.map((row, r) =>
    row.map((_, c) =>
      annex.percentCells.some((cell) => cellAt(cell).row === r + 1 && cellAt(cell).column === c + 1)
        ? annex.percentFormat
        : 'General',
    ),
  ),
  merges: annex.merges,
  hiddenRows: [],
  hiddenColumns: annex.hiddenColumns.map((letter) => cellAt(`${letter}1`).column),
};
