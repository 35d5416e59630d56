import { columnLetter } from './cellAddress.js';
import { columnOfHeader, INPUT_COLUMNS } from './schema.js';
import { problem, type Problem } from './problems.js';
import type { RawRow, RowTable } from './records.js';

/** How far an input may go before it is refused (each with the CLI flag that raises it). */
export interface TableLimits {
  /** Years spanned by one indicator (first to last year); a typo like 1000 or 9999 is refused. */
  maxYears: number;
}

export const DEFAULT_MAX_YEARS = 100;

/**
 * Checks of a raw table that the validator's per-cell checks cannot see, made before it: every
 * header name known and given once (two `value` columns would leave one silently unread), no
 * figures under a column without a name, no text the file's encoding damaged (U+FFFD), and a
 * plausible span of years per indicator. Each problem names the row and column.
 */
export function checkTable(table: RowTable, limits: TableLimits = { maxYears: DEFAULT_MAX_YEARS }): Problem[] {
  const problems: Problem[] = [];
  const at = (row: number | null, column: string | null) => ({ file: table.file, sheet: table.sheet, row, column });
  // Each header as the column it names: "Đơn vị tính" and "unit" are the same column.
  const header = table.header.map((h) => {
    const written = String(h ?? '')
      .trim()
      .toLowerCase();
    return columnOfHeader(written)?.name ?? written;
  });
  const first = new Map<string, number>();
  const known = INPUT_COLUMNS.map((c) => c.name).join(', ');
  header.forEach((name, k) => {
    const column = column0(k);
    if (name === '') {
      let used: RawRow | undefined;
      for (const r of table.rows)
        if (r.cells[k] !== null && r.cells[k] !== undefined && String(r.cells[k]).trim() !== '') {
          used = r;
          break;
        }
      if (used)
        problems.push(
          problem('error', 'unknown-column', at(used.row, column), {
            vi: `có số liệu ở cột ${column} nhưng cột này không có tên ở dòng tiêu đề`,
            en: `column ${column} holds figures but has no name in the header row`,
          }),
        );
      return;
    }
    const earlier = first.get(name);
    if (earlier !== undefined)
      problems.push(
        problem('error', 'duplicate-column', at(1, column), {
          vi: `cột "${name}" có hai lần (cột ${column0(earlier)} và ${column}): chỉ giữ một`,
          en: `the column "${name}" appears twice (columns ${column0(earlier)} and ${column}): keep one`,
        }),
      );
    else first.set(name, k);
    if (columnOfHeader(name) === undefined)
      problems.push(
        problem('error', 'unknown-column', at(1, column), {
          vi: `cột "${name}" không thuộc bố cục (các cột: ${known}); sửa tên hoặc xoá cột`,
          en: `the column "${name}" is not part of the layout (columns: ${known}); fix its name or delete it`,
        }),
      );
  });
  const period = first.get('period');
  const code = first.get('code');
  const span = new Map<string, { from: number; to: number; row: number }>();
  let damaged = 0;
  for (const raw of table.rows) {
    raw.cells.forEach((value, k) => {
      // The first 20 cells say it: a file saved in a wrong encoding damages every accented cell.
      if (typeof value === 'string' && value.includes('\uFFFD') && damaged++ < 20)
        problems.push(
          problem('error', 'bad-encoding', at(raw.row, header[k] || column0(k)), {
            vi: `ô ${column0(k)}${raw.row} có ký tự hỏng (�): tệp đã được lưu sai bảng mã; gõ lại ô này`,
            en: `cell ${column0(k)}${raw.row} holds a damaged character (�): the file was saved in a wrong encoding; retype the cell`,
          }),
        );
    });
    if (period === undefined || code === undefined) continue;
    const years = /^\s*(\d{1,6})(?:\s*-\s*(\d{4}))?/.exec(String(raw.cells[period] ?? ''));
    if (!years) continue;
    const from = Number(years[1]);
    const to = years[2] ? Number(years[2]) : from;
    const key = String(raw.cells[code] ?? '').trim();
    const seen = span.get(key);
    if (!seen) span.set(key, { from, to, row: raw.row });
    else {
      // No spread over data-sized arrays: a running minimum and maximum.
      seen.from = Math.min(seen.from, from);
      seen.to = Math.max(seen.to, to);
      if (seen.to - seen.from + 1 > limits.maxYears && seen.row > 0) {
        problems.push(
          problem('error', 'limit-exceeded', at(raw.row, 'period'), {
            vi: `chỉ tiêu "${key}" trải ${seen.from}-${seen.to}, quá ${limits.maxYears} năm (giới hạn; nâng bằng --max-years): có năm gõ nhầm?`,
            en: `indicator "${key}" spans ${seen.from}-${seen.to}, more than ${limits.maxYears} years (the limit; raise it with --max-years): a mistyped year?`,
          }),
        );
        seen.row = -1; // once per indicator
      }
    }
  }
  return problems;
}

/** The letter of a 0-based column index, as a spreadsheet shows it. */
const column0 = (index: number) => columnLetter(index + 1);
