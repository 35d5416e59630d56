/**
 * Checks a selected range the way a statistics officer reviews a table before sending it, and
 * lists findings by cell address:
 * - numbers stored as text (pasted from a report): those written the Vietnamese way
 *   (`1.234,5`, `8,56%`) can be converted in one click, with the number they hold;
 * - blank cells in rows that have other data (a required value is missing);
 * - rates above 100% in cells formatted as percent (a coverage ratio above 100% is a data
 *   problem to flag, not to hide);
 * - zero or negative values in a column whose header names a base or previous period (a
 *   growth rate needs a base greater than 0).
 */
import { isBlank, parseLocaleNumber } from '@chitieu/core';
import { cellOf, columnLetter } from './address.js';

export type FindingKind = 'textNumber' | 'unreadableText' | 'blank' | 'rateAbove100' | 'baseNotPositive';

export interface Finding {
  readonly address: string;
  readonly kind: FindingKind;
  /** For a number stored as text that can be read: the number it holds. */
  readonly number?: number;
  /** The cell's content as shown, for the list. */
  readonly shown: string;
}

/** What the check reads from the workbook for the selected range. */
export interface RangeSnapshot {
  /** Address of the top-left cell, e.g. `Sheet1!B4`. */
  readonly address: string;
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly numberFormat: ReadonlyArray<ReadonlyArray<unknown>>;
}

const BASE_HEADER = /(gốc|kỳ trước|năm trước|cùng kỳ|base|previous|prior)/i;

/** The findings of a range, in reading order (row by row). */
export function checkRange(range: RangeSnapshot): Finding[] {
  const origin = cellOf(range.address);
  const sheet = range.address.includes('!') ? `${range.address.slice(0, range.address.lastIndexOf('!'))}!` : '';
  const at = (r: number, c: number) => `${sheet}${columnLetter(origin.col + c)}${origin.row + r + 1}`;
  const headers = (range.values[0] ?? []).map((h) => (typeof h === 'string' ? h : ''));
  const baseColumns = new Set(headers.flatMap((h, c) => (BASE_HEADER.test(h) ? [c] : [])));
  const findings: Finding[] = [];
  range.values.forEach((row, r) => {
    const hasData = row.some((v) => !isBlank(v));
    row.forEach((value, c) => {
      const address = at(r, c);
      const format = String(range.numberFormat[r]?.[c] ?? '');
      if (typeof value === 'string' && value.trim() !== '') {
        // Headers and labels are text too: only text that looks like a number is a finding.
        if (!/\d/.test(value) || /[a-zA-ZÀ-ỹ]{2,}/.test(value)) return;
        const number = parseLocaleNumber(value, 'vi');
        if (typeof number === 'number') findings.push({ address, kind: 'textNumber', number, shown: value });
        else findings.push({ address, kind: 'unreadableText', shown: value });
        return;
      }
      if (isBlank(value)) {
        if (hasData && r > 0) findings.push({ address, kind: 'blank', shown: '' });
        return;
      }
      if (typeof value !== 'number') return;
      if (format.includes('%') && value > 1)
        findings.push({ address, kind: 'rateAbove100', shown: `${(value * 100).toFixed(1)}%` });
      if (r > 0 && baseColumns.has(c) && value <= 0)
        findings.push({ address, kind: 'baseNotPositive', shown: String(value) });
    });
  });
  return findings;
}

/** The values of the range with every readable number-as-text replaced by its number. */
export function convertedValues(range: RangeSnapshot, findings: readonly Finding[]): unknown[][] {
  const origin = cellOf(range.address);
  const values = range.values.map((row) => [...row]);
  for (const finding of findings) {
    if (finding.kind !== 'textNumber' || finding.number === undefined) continue;
    const { col, row } = cellOf(finding.address);
    values[row - origin.row][col - origin.col] = finding.number;
  }
  return values;
}
