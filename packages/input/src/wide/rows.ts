import type { Label } from '@chitieu/words';
import { normaliseWord } from '../schema.js';
import { problem, type Problem } from '../problems.js';
import { address, isBlankFigure, percentAt, shownTextAt, textAt, valueAt } from './grid.js';
import { rowIsBlank, type TableBlock } from './headerBlock.js';
import { SECTOR } from './headerWords.js';
import type { ColumnRole, GridValue, WideGrid } from './types.js';

/** One figure or target cell of an indicator row. */
export interface FigureCell {
  column: ColumnRole;
  value: GridValue;
  percent: boolean;
  cell: string;
}

/** An indicator row of a wide table, as written. */
export interface IndicatorRow {
  row: number;
  stt: string;
  /** The STT under its sector ("II.3"), to tell two rows numbered 3 apart. */
  sttPath: string;
  name: string;
  nameCell: string;
  unit: string;
  unitCell: string;
  group: string | null;
  /** For a sub-item ("-", "+", "a)"): the heading row above it, whose words the rules read too. */
  heading: string | null;
  /** The other identity cells, by role (code, kind, direction, source, note, indicator_en). */
  cells: Partial<Record<ColumnRole['role'], { text: string; cell: string }>>;
  figures: FigureCell[];
}

export interface RowsRead {
  indicators: IndicatorRow[];
  groups: Array<{ name: string; cell: string }>;
  skipped: Array<{ row: number; cell: string; because: Label }>;
  problems: Problem[];
  lastRow: number | null;
}

/** Numbering written at the start of a name when the sheet has no STT column: "I. Kinh tế", "1. GRDP". */
const LEADING_NUMBER = /^((?:[IVXLC]+|[A-Z])[.)]|\d+(?:\.\d+)*[.)]?|[a-zđ][.)])\s+(.+)$/u;
/** Rows that end a table: footnotes, sources, the legend of symbols. */
const FOOTNOTE =
  /^((ghi chú|chú thích|chú giải|nguồn|nguồn số liệu|sources?|notes?|ký hiệu|symbols)\s*(:|$)|\(\*+\)|\*)/u;
/** A unit at the end of a name, when the sheet has no unit column: "GRDP (tỷ đồng)". */
const UNIT_IN_NAME = /^(.*\S)\s*\(([^()]{1,20})\)$/u;
const UNIT_WORD =
  /^(%|‰|.*đồng|usd|.*usd|tấn|.*tấn|ha|.*ha|km|người|.*người|hộ|xã|năm|tuổi|kg|lít|kwh|.*kwh|mw|m2|m3|doanh nghiệp|.*\/.*)$/u;

/**
 * Reads the rows of one table, from its first data row until a footnote row or `end` (the row
 * before the next table's title). Blank spacer rows are passed over. A sector row (Roman STT,
 * a name, no figure) sets the group of the rows under it; a figure in a sector row is an error
 * with its cell (it would belong to no indicator). A row with a name but no unit and no figure
 * is a heading, listed in the preview and not read.
 */
export function readRows(grid: WideGrid, table: TableBlock, columns: readonly ColumnRole[], end: number): RowsRead {
  const out: RowsRead = { indicators: [], groups: [], skipped: [], problems: [], lastRow: null };
  const roleColumn = (role: ColumnRole['role']) => columns.find((c) => c.role === role);
  const stt = roleColumn('stt');
  const unit = roleColumn('unit');
  const figureColumns = columns.filter((c) => c.role === 'value' || c.role === 'target');
  const identity = columns.filter((c) =>
    ['code', 'kind', 'direction', 'source', 'note', 'indicator_en', 'group'].includes(c.role),
  );
  const hiddenRows = new Set(grid.hiddenRows ?? []);
  const uncomputed = new Set(grid.uncomputed ?? []);
  let group: string | null = null;
  // The heading a sub-item is under ("Cơ cấu kinh tế" over "- Nông, lâm nghiệp"), for the rules.
  let heading: string | null = null;
  let sector = '';
  for (let row = table.firstDataRow; row <= end; row++) {
    if (rowIsBlank(grid, row)) continue;
    const first = firstText(grid, row, columns);
    if (FOOTNOTE.test(normaliseWord(first.text))) {
      out.skipped.push({
        row,
        cell: first.cell,
        because: {
          vi: `chú thích "${short(first.text)}": hết bảng`,
          en: `a footnote "${short(first.text)}": the end of the table`,
        },
      });
      break;
    }
    let number = stt ? textAt(grid, row, stt.column) : '';
    // A sector row is often one text merged over STT and name ("II. Văn hóa – xã hội" over A19:C19).
    let name = shownTextAt(grid, row, table.nameColumn);
    const written = name;
    if (number === name) number = '';
    const nameCell = address(row, table.nameColumn);
    if (number === '') {
      const leading = LEADING_NUMBER.exec(name);
      if (leading) {
        number = leading[1].replace(/[.)]$/u, '');
        name = leading[2].trim();
      }
    }
    for (const column of figureColumns) {
      const cell = address(row, column.column);
      if (uncomputed.has(cell))
        out.problems.push(
          problem(
            'error',
            'uncomputed-formula',
            { file: grid.file, sheet: grid.sheet, row, column: column.letter },
            {
              vi: `ô ${cell} có công thức nhưng chưa có kết quả tính (tệp do chương trình không tính toán ghi ra): mở trong Excel hoặc LibreOffice rồi lưu lại`,
              en: `cell ${cell} holds a formula with no computed result (written by a program that does not calculate): open it in Excel or LibreOffice and save it again`,
            },
          ),
        );
    }
    const figures = figureColumns
      .map((column) => ({
        column,
        value: valueAt(grid, row, column.column),
        percent: percentAt(grid, row, column.column),
        cell: address(row, column.column),
      }))
      .filter((f) => !isBlankFigure(f.value));
    const at = (cell: string) => ({ file: grid.file, sheet: grid.sheet, row, column: cell.replace(/\d+$/u, '') });
    out.lastRow = row;
    if (hiddenRows.has(row))
      out.skipped.push({
        row,
        cell: nameCell,
        because: { vi: 'dòng ẩn: vẫn được đọc', en: 'a hidden row: read all the same' },
      });
    if (SECTOR.test(number.replace(/\.$/u, '')) && name !== '') {
      group = name;
      heading = null;
      sector = number.replace(/[.)]$/u, '');
      out.groups.push({ name, cell: nameCell });
      for (const f of figures)
        out.problems.push(
          problem('error', 'value-in-group-row', at(f.cell), {
            vi: `ô ${f.cell} có số liệu ở dòng nhóm "${number}. ${name}": dòng nhóm (số La Mã) không phải chỉ tiêu; chuyển số liệu xuống dòng chỉ tiêu hoặc ghi STT bằng số`,
            en: `cell ${f.cell} holds a figure on the sector row "${number}. ${name}": a sector row (Roman numeral) is not an indicator; move the figure to an indicator row or number the row with digits`,
          }),
        );
      continue;
    }
    const unitText = unit ? textAt(grid, row, unit.column) : '';
    if (name === '') {
      for (const f of figures)
        out.problems.push(
          problem('error', 'blank-required', at(f.cell), {
            vi: `ô ${f.cell} có số liệu nhưng dòng ${row} không có tên chỉ tiêu (ô ${nameCell})`,
            en: `cell ${f.cell} holds a figure but row ${row} has no indicator name (cell ${nameCell})`,
          }),
        );
      if (figures.length === 0)
        out.skipped.push({
          row,
          cell: first.cell,
          because: { vi: 'dòng không có tên chỉ tiêu', en: 'a row without an indicator name' },
        });
      continue;
    }
    if (figures.length === 0 && unitText === '') {
      // A yearbook table has no STT: its name-only rows are its sectors.
      if (!stt && number === '') {
        group = name;
        heading = null;
        out.groups.push({ name, cell: nameCell });
      } else {
        heading = name;
        out.skipped.push({
          row,
          cell: nameCell,
          because: {
            vi: `tiêu đề mục "${short(name)}" (không có đơn vị, không có số liệu)`,
            en: `a heading "${short(name)}" (no unit, no figure)`,
          },
        });
      }
      continue;
    }
    // Sub-items written "- Nông nghiệp", "+ Dịch vụ", and footnote marks "(*)": not part of the name.
    name = name.replace(/^[-+•–]\s*/u, '').replace(/\s*(\(\*+\)|\*+)$/u, '');
    const cells: IndicatorRow['cells'] = {};
    for (const c of identity) {
      const text = textAt(grid, row, c.column);
      if (text !== '') cells[c.role] = { text, cell: address(row, c.column) };
    }
    let unitOfRow = unitText;
    let unitCell = unit ? address(row, unit.column) : nameCell;
    if (unitOfRow === '') {
      const inName = UNIT_IN_NAME.exec(name);
      if (inName && UNIT_WORD.test(normaliseWord(inName[2]))) {
        name = inName[1];
        unitOfRow = inName[2].trim();
        unitCell = nameCell;
      } else if (table.sheetUnit !== null) unitOfRow = table.sheetUnit;
    }
    out.indicators.push({
      row,
      stt: number,
      sttPath: sector && number ? `${sector}.${number}` : number,
      name,
      nameCell,
      unit: unitOfRow,
      unitCell,
      group: cells.group?.text ?? group,
      heading: /^[-+•–a-zđ]/u.test(number) || /^[-+•–]/u.test(written) ? heading : null,
      cells,
      figures,
    });
  }
  return out;
}

/** The first text of a row within the table's columns (a footnote is often in the STT column). */
function firstText(grid: WideGrid, row: number, columns: readonly ColumnRole[]): { text: string; cell: string } {
  const from = Math.min(grid.origin.column, ...columns.map((c) => c.column));
  const to = Math.max(...columns.map((c) => c.column));
  for (let column = from; column <= to; column++) {
    const text = textAt(grid, row, column);
    if (text !== '') return { text, cell: address(row, column) };
  }
  return { text: '', cell: address(row, from) };
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
