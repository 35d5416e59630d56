/**
 * Turns a template formula over column keys into an A1 formula for one row. The same expansion
 * serves both modes and both renderers (exceljs, the add-in): what differs between them is only
 * the formula text chosen, never how keys become addresses.
 */
export interface FormulaPlace {
  /** The sheet row, or a marker string when a formula is compiled once for every row (layout.ts). */
  row: number | string;
  /** Column letter of each key (group columns under their group name). */
  columnOf(key: string): string;
  groupColumns(group: string): string[];
  groupYears(group: string): number[];
  settingAddress(name: string): string;
  text(name: string): string;
  firstRow: number;
  lastRow: number;
}

/** A text as a formula string literal. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function expandFormula(template: string, place: FormulaPlace): string {
  return template.replace(/\{(?:([a-zA-Z0-9]+):)?([a-zA-Z0-9]+)\}/g, (_, op: string | undefined, name: string) => {
    const cell = (column: string) => `${column}${place.row}`;
    switch (op) {
      case undefined:
        return cell(place.columnOf(name));
      case 'range': {
        // A range on another sheet names it once: 'Sheet'!F5:J5.
        const columns = place.groupColumns(name);
        return `${cell(columns[0])}:${cell(columns[columns.length - 1].replace(/^.*!/, ''))}`;
      }
      case 'n':
        return String(place.groupColumns(name).length);
      case 'last': {
        // The group's last column: the last plan year, whose figure ends the term.
        const columns = place.groupColumns(name);
        return cell(columns[columns.length - 1]);
      }
      case 'latest':
      case 'latestYear': {
        const columns = place.groupColumns(name);
        const years = place.groupYears(name);
        // Nested IF from the last column back: the last number in the group (or its year).
        let expression = 'NA()';
        columns.forEach((column, i) => {
          expression = `IF(ISNUMBER(${cell(column)}),${op === 'latest' ? cell(column) : years[i]},${expression})`;
        });
        return expression;
      }
      case 'prod1p':
        // N() reads "chưa có số liệu" (text) as 0, so a year without data multiplies by 1.
        return `(${place
          .groupColumns(name)
          .map((column) => `(1+N(${cell(column)}))`)
          .join('*')})`;
      case 'column': {
        const column = place.columnOf(name);
        return `$${column}$${place.firstRow}:$${column}$${place.lastRow}`;
      }
      case 'setting':
        return place.settingAddress(name);
      case 'text':
        return quote(place.text(name));
      default:
        throw new Error(`unknown formula placeholder {${op}:${name}}`);
    }
  });
}
