/** A1 addresses, for the task pane's work in the workbook and its range check. */
import { columnLetter as templateColumnLetter } from '@chitieu/input';

/**
 * Column letters of a 0-based column index (0 → A, 25 → Z, 26 → AA): the templates' own
 * 1-based `columnLetter`, so the pane and the layout it writes can never disagree.
 *
 * @example
 * columnLetter(27)
 * //=> 'AB'
 */
export function columnLetter(index: number): string {
  return templateColumnLetter(index + 1);
}

/** The 0-based column and row of an A1 address (`Sheet1!$C$5` → { col: 2, row: 4 }). */
export function cellOf(address: string): { col: number; row: number } {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const match = /^\$?([A-Z]+)\$?(\d+)/.exec(local.toUpperCase());
  if (match === null) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(match[2]) - 1 };
}

/** The sheet name of an address (`'Số liệu'!A1` → `Số liệu`), or undefined for a local address. */
export function sheetOf(address: string): string | undefined {
  if (!address.includes('!')) return undefined;
  return address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'");
}
