/**
 * The CSV reader against its writer, by property (fast-check): any table of texts written with
 * csvField (commas, quotes, line breaks, semicolons, Vietnamese) reads back exactly, with no
 * fault; and any one quote removed from a quoted field is a fault or a different table, never
 * the same table read "mostly".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, scanCsv } from '../packages/input/src/csv.js';

const text = fc.string({
  unit: fc.constantFrom('a', 'Đ', 'ạ', ' ', ',', ';', '"', '\n', '\r\n', '1', '.', '%', '='),
  maxLength: 12,
});
/** Rows of the same width with at least one non-blank field (blank rows are skipped by design). */
const table = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.array(
    fc.array(text, { minLength: width, maxLength: width }).filter((r) => r.some((f) => f !== '')),
    { minLength: 1, maxLength: 8 },
  ),
);
const write = (rows: string[][]) => rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

describe('CSV: what csvField writes, scanCsv reads back exactly', () => {
  it('property: round trip, no faults', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const { records, faults } = scanCsv(write(rows), ',');
        expect(faults).toEqual([]);
        expect(records.map((r) => r.cells)).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('property: dropping a quote next to a separator or line end is never read silently as the same table', () => {
    fc.assert(
      fc.property(table, fc.nat(), (rows, pick) => {
        const written = write(rows);
        // Quotes next to a separator or line end (closing ones, or opening ones before a line break).
        const closing = [...written.matchAll(/(?<!")"(?=,|\r\n)/g)].map((m) => m.index);
        fc.pre(closing.length > 0);
        const at = closing[pick % closing.length];
        const broken = written.slice(0, at) + written.slice(at + 1);
        const { records, faults } = scanCsv(broken, ',');
        const same = JSON.stringify(records.map((r) => r.cells)) === JSON.stringify(rows);
        // A fault, or a table that differs (which the header's field count then catches): never
        // the same table read silently from a broken file.
        expect(faults.length > 0 || !same).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
