/**
 * RFC 4180 CSV: quoted fields, commas, quotes and line breaks inside quotes, CRLF or LF, a UTF-8
 * byte order mark (Excel writes one). Returns the records as lists of strings, with the
 * spreadsheet row number of each (a quoted line break makes a record span two lines).
 * The separator is a comma, or a semicolon when the header line has semicolons and no comma:
 * Excel with Vietnamese regional settings (decimal comma) saves CSV that way.
 *
 * Our own parser rather than a library (csv-parse was considered): it is ~100 lines, has no
 * dependency, and must report each fault in the officer's words with the line it starts on, the
 * line as typed and the field; a library's errors would have to be re-worded anyway.
 */
export interface CsvRecord {
  row: number;
  cells: string[];
  /** The record as typed (its first line), to show beside a problem. */
  line?: string;
}

/** Something that makes a CSV file impossible to read exactly: it is never read "mostly". */
export interface CsvFault {
  kind: 'unclosed-quote' | 'text-after-quote';
  /** The line the fault starts on (1-based), and the field (1-based) in its record. */
  row: number;
  field: number;
  line: string;
}

export function parseCsv(text: string, separator: ',' | ';' = detectSeparator(text)): CsvRecord[] {
  return scanCsv(text, separator).records;
}

/**
 * The records of a CSV text and its structural faults. A quote opens a quoted field only at the
 * start of a field (elsewhere it is text, as Excel reads `12" pipe`); a quoted field must close,
 * and be followed by a separator or the end of the line: an unclosed quote would otherwise
 * swallow every following line into one note.
 */
export function scanCsv(
  text: string,
  separator: ',' | ';' = detectSeparator(text),
): { records: CsvRecord[]; faults: CsvFault[] } {
  const records: CsvRecord[] = [];
  const faults: CsvFault[] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let recordLine = 1;
  let recordStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineAt = (from: number) => {
    const end = text.slice(from, from + 500).search(/\r|\n/);
    return end < 0 ? text.slice(from, from + 500) : text.slice(from, from + end);
  };
  const finish = () => {
    record.push(field);
    field = '';
    if (record.some((f) => f !== '')) records.push({ row: recordLine, cells: record, line: lineAt(recordStart) });
    record = [];
  };
  for (let i = recordStart; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
        const next = text[i + 1];
        // Text after a closing quote: when the quoted field ran over a line break, the quote that
        // opened it was most likely never closed, and this quote opened the next line's field.
        if (next !== undefined && next !== separator && next !== '\n' && next !== '\r')
          faults.push({
            kind: quoteLine < line ? 'unclosed-quote' : 'text-after-quote',
            row: quoteLine,
            field: record.length + 1,
            line: lineAt(recordStart),
          });
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      finish();
      line++;
      recordLine = line;
      recordStart = i + 1;
    } else field += ch;
  }
  if (quoted)
    faults.push({ kind: 'unclosed-quote', row: quoteLine, field: record.length + 1, line: lineAt(recordStart) });
  if (field !== '' || record.length > 0) finish();
  return { records, faults };
}

/** One CSV field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** `;` if the first line has semicolons outside quotes and no comma, else `,`. */
export function detectSeparator(text: string): ',' | ';' {
  const end = text.search(/\r|\n/);
  const first = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}
