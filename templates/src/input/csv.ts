/**
 * RFC 4180 CSV: quoted fields, commas, quotes and line breaks inside quotes, CRLF or LF, a UTF-8
 * byte order mark (Excel writes one). Returns the records as lists of strings, with the
 * spreadsheet row number of each (a quoted line break makes a record span two lines).
 * The separator is a comma, or a semicolon when the header line has semicolons and no comma:
 * Excel with Vietnamese regional settings (decimal comma) saves CSV that way.
 */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export function parseCsv(text: string, separator: ',' | ';' = detectSeparator(text)): CsvRecord[] {
  const records: CsvRecord[] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const finish = () => {
    record.push(field);
    field = '';
    if (record.some((f) => f !== '')) records.push({ row: recordLine, cells: record });
    record = [];
  };
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      finish();
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) finish();
  return records;
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
