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
  for (const found of scanCsvChunks([text], separator)) {
    if ('cells' in found) records.push(found);
    else faults.push(found);
  }
  return { records, faults };
}

/**
 * `scanCsv` over a text that comes in pieces (a file read a megabyte at a time): the same records
 * and faults, each yielded as soon as its record ends, so that only one record is ever held. A
 * record cut by the end of a piece is read again with the next piece, from its first character.
 */
export function* scanCsvChunks(
  chunks: Iterable<string>,
  separator: ',' | ';',
): Generator<CsvRecord | CsvFault, void, undefined> {
  let carry = '';
  let line = 1;
  let first = true;
  for (const chunk of chunks) {
    const text = carry + chunk;
    if (text === '') continue;
    const from = first && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    first = false;
    const scanned = scanPiece(text, from, line, separator, false);
    yield* scanned.found;
    carry = text.slice(scanned.rest);
    line = scanned.line;
  }
  const text = first && carry.charCodeAt(0) === 0xfeff ? carry.slice(1) : carry;
  yield* scanPiece(text, 0, line, separator, true).found;
}

/**
 * The complete records of `text` from `from` on (all of them when `last`); `rest` is where the
 * unfinished record starts, `line` its line number.
 */
function scanPiece(
  text: string,
  from: number,
  firstLine: number,
  separator: ',' | ';',
  last: boolean,
): { found: Array<CsvRecord | CsvFault>; rest: number; line: number } {
  const found: Array<CsvRecord | CsvFault> = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let quoteLine = 0;
  let line = firstLine;
  let recordLine = firstLine;
  let recordStart = from;
  /** What `found` held when the current record started: an unfinished record's faults are dropped. */
  let kept = 0;
  const lineAt = (start: number) => {
    const end = text.slice(start, start + 500).search(/\r|\n/);
    return end < 0 ? text.slice(start, start + 500) : text.slice(start, start + end);
  };
  const finish = () => {
    record.push(field);
    field = '';
    if (record.some((f) => f !== '')) found.push({ row: recordLine, cells: record, line: lineAt(recordStart) });
    record = [];
  };
  // A field with no quote is one slice of the text, not a string grown a character at a time.
  let plain = -1;
  const take = (i: number) => {
    if (plain >= 0) {
      field = text.slice(plain, i);
      plain = -1;
    }
  };
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    // The piece ends in the middle of something only the next character decides.
    if (!last && i === text.length - 1 && (ch === '\r' || (quoted && ch === '"')))
      return { found: found.slice(0, kept), rest: recordStart, line: recordLine };
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
          found.push({
            kind: quoteLine < line ? 'unclosed-quote' : 'text-after-quote',
            row: quoteLine,
            field: record.length + 1,
            line: lineAt(recordStart),
          });
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '' && plain < 0) {
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      take(i);
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      take(i);
      if (ch === '\r' && text[i + 1] === '\n') i++;
      finish();
      line++;
      recordLine = line;
      recordStart = i + 1;
      kept = found.length;
    } else if (plain < 0 && field === '') plain = i;
    else if (plain < 0) field += ch;
  }
  if (!last) return { found: found.slice(0, kept), rest: recordStart, line: recordLine };
  take(text.length);
  if (quoted)
    found.push({ kind: 'unclosed-quote', row: quoteLine, field: record.length + 1, line: lineAt(recordStart) });
  if (field !== '' || record.length > 0) finish();
  return { found, rest: text.length, line };
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
