import { csvField } from '../csv.js';
import { INPUT_COLUMNS, offered } from '../layout.js';
import type { RawTable } from '../records.js';

/**
 * The long table of a wide reading as rows to write (`chitieu import`): the words of the chosen
 * language for the typed columns ("cao hơn là tốt" in Vietnamese, as `chitieu init` offers them),
 * and a percent-formatted figure as the percent the sheet showed (0.0668 shown 6,68% → 6.68 in a
 * "%" row), since the written cell carries no format.
 */
export function longRecords(table: RawTable, lang: 'vi' | 'en'): Array<Record<string, string | number | null>> {
  return table.rows.map((row) => {
    const record: Record<string, string | number | null> = {};
    table.header.forEach((name, k) => {
      let value = row.cells[k] ?? null;
      const column = INPUT_COLUMNS.find((c) => c.name === name);
      if (column?.allowed && typeof value === 'string' && value !== '') {
        const index = column.allowed.indexOf(value);
        if (index >= 0) value = offered(column, lang)[index];
      }
      if (typeof value === 'number' && row.percent?.[k]) value = Number((value * 100).toPrecision(12));
      record[name] = value === '' ? null : value;
    });
    return record;
  });
}

/** The same rows as CSV text, numbers written the way `--number-locale` reads them (6,68 in vi). */
export function longCsv(table: RawTable, lang: 'vi' | 'en', locale: 'vi' | 'en' = 'vi'): string {
  const lines = [table.header.join(',')];
  for (const record of longRecords(table, lang)) {
    lines.push(
      table.header
        .map((name) => {
          const value = record[name];
          if (value === null) return '';
          const text = typeof value === 'number' && locale === 'vi' ? String(value).replace('.', ',') : String(value);
          return csvField(text);
        })
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
