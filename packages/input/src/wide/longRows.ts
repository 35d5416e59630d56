import { csvField } from '../csv.js';
import { INPUT_COLUMNS, offered } from '../schema.js';
import type { RawTable } from '../records.js';

/**
 * The long table of a wide reading as rows to write (`chitieu import`): the words of the chosen
 * language for the typed columns ("cao hơn là tốt" in Vietnamese, as `chitieu init` offers them),
 * and a percent-formatted figure as the percent the sheet showed (0.0668 shown 6,68% → 6.68 in a
 * "%" row), since the written cell carries no format. Figures and targets kept as text ("27,000"
 * of an English annex) are rewritten from the locale they were read in to the one the output is
 * read in, so that the long file, read back, gives the same number (27.000 in Vietnamese).
 */
export function longRecords(
  table: RawTable,
  lang: 'vi' | 'en',
  numbers: { from: 'vi' | 'en'; to: 'vi' | 'en' } = { from: 'vi', to: 'vi' },
): Array<Record<string, string | number | null>> {
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
      if ((name === 'value' || name === 'target') && typeof value === 'string' && numbers.from !== numbers.to)
        value = swapSeparators(value);
      record[name] = value === '' ? null : value;
    });
    return record;
  });
}

/**
 * The same rows as CSV text, numbers written the way `locale` (`--number-locale`) reads them
 * (6,68 in vi); `readIn` is the locale the wide table's text was read in.
 */
export function longCsv(
  table: RawTable,
  lang: 'vi' | 'en',
  locale: 'vi' | 'en' = 'vi',
  readIn: 'vi' | 'en' = locale,
): string {
  const lines = [table.header.join(',')];
  for (const record of longRecords(table, lang, { from: readIn, to: locale })) {
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

/**
 * A number written in one locale as the other writes it: the decimal and thousands marks of every
 * number in the text trade places ("27,000" ↔ "27.000", "under 1.5%" ↔ "under 1,5%"); the words
 * around them stay (the target words are read in both languages).
 *
 * @example
 * swapSeparators('1,234.5 – 2,000') // '1.234,5 – 2.000'
 */
function swapSeparators(text: string): string {
  return text.replace(/\d[\d.,]*\d/gu, (n) => n.replace(/[.,]/gu, (mark) => (mark === '.' ? ',' : '.')));
}
