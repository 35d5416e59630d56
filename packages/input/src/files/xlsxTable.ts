import { posix } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { RawRow, RawTable } from '../records.js';
import { columnLetter } from '../cellAddress.js';
import { BoundedZip, ReadRefusal } from './zip.js';

/** What one .xlsx may hold before it is refused; each limit has the CLI flag that raises it. */
export interface WorkbookLimits {
  /** Uncompressed bytes of the parts read (sheet, shared strings, styles, workbook): `--max-unzipped`. */
  maxUnzippedBytes: number;
  /** Data rows (the header not counted): `--max-rows`. */
  maxRows: number;
  /** Columns: `--max-columns`. */
  maxColumns: number;
  /** Characters in one cell: `--max-cell-chars` (Excel itself holds at most 32,767). */
  maxCellChars: number;
}

/** The sheet read from a workbook: one named "data" or "du_lieu" if there is one, else the first. */
const DATA_SHEETS = ['data', 'du_lieu', 'dữ liệu', 'du lieu'];

/**
 * Reads one sheet of an .xlsx into a raw table, straight from the archive's XML with a streaming
 * parser, checking every limit as it goes: a row index beyond the row limit is refused when its
 * tag is read (nothing is allocated for the rows it skips), and no model of the whole workbook is
 * ever built. Reads what Excel, LibreOffice, Google Sheets and openpyxl write (shared or inline
 * strings, absolute or relative part names, prefixed element names, no cell addresses); a DTD is
 * refused (Excel never writes one: it could only be an entity attack).
 */
export function readWorkbookTable(
  bytes: Buffer,
  file: string,
  limits: WorkbookLimits,
  sheetName?: string,
  onProgress?: (done: number, total: number) => void,
): RawTable {
  const { zip, sheet, strings, formats, date1904 } = openSheet(bytes, limits, sheetName);
  const header: string[] = [];
  const rows: RawRow[] = [];
  let rowNumber = 0;
  let cells: Array<string | number | null> = [];
  let percent: boolean[] = [];
  let column = 0;
  let cell: { column: number; type: string; style: number; address: string } | null = null;
  const content = new CellContent();
  const limit = (text: { vi: string; en: string }, place: { sheet?: string; row?: number; column?: string } = {}) =>
    new ReadRefusal('limit-exceeded', text, place);
  const total = Math.max(1, Math.floor(bytes.length / 60));
  parseXml(zip, sheet.path, {
    open(tag) {
      const local = localName(tag.name);
      if (local === 'row') {
        const declared = tag.attributes.r === undefined ? rowNumber + 1 : Number(tag.attributes.r);
        if (!Number.isInteger(declared) || declared <= rowNumber)
          throw new ReadRefusal('unreadable-file', {
            vi: `sổ tính bị hỏng: số dòng "${tag.attributes.r}" sai thứ tự sau dòng ${rowNumber}`,
            en: `the workbook is damaged: row number "${tag.attributes.r}" out of order after row ${rowNumber}`,
          });
        // Refused from the tag alone: `<row r="4294967294">` costs nothing.
        if (declared > limits.maxRows + 1)
          throw limit(
            {
              vi: `trang "${sheet.name}" có dòng ${declared}, quá giới hạn ${limits.maxRows} dòng số liệu (nâng bằng --max-rows)`,
              en: `sheet "${sheet.name}" has a row ${declared}, beyond the limit of ${limits.maxRows} data rows (raise it with --max-rows)`,
            },
            { sheet: sheet.name, row: declared },
          );
        rowNumber = declared;
        cells = [];
        percent = [];
        column = 0;
      } else if (local === 'c') {
        const address = tag.attributes.r;
        column = address === undefined ? column + 1 : columnIndex(address);
        if (column < 1)
          throw new ReadRefusal('unreadable-file', {
            vi: `sổ tính bị hỏng: địa chỉ ô "${address}" không hợp lệ ở dòng ${rowNumber}`,
            en: `the workbook is damaged: cell address "${address}" is not valid in row ${rowNumber}`,
          });
        if (column > limits.maxColumns)
          throw limit(
            {
              vi: `ô ${address ?? `cột ${column}`} ở dòng ${rowNumber} vượt giới hạn ${limits.maxColumns} cột (nâng bằng --max-columns)`,
              en: `cell ${address ?? `column ${column}`} in row ${rowNumber} is beyond the limit of ${limits.maxColumns} columns (raise it with --max-columns)`,
            },
            { sheet: sheet.name, row: rowNumber },
          );
        cell = {
          column,
          type: tag.attributes.t ?? 'n',
          style: Number(tag.attributes.s ?? 0),
          address: address ?? `${columnLetter(column)}${rowNumber}`,
        };
        content.start();
      } else content.open(local, cell !== null);
    },
    text(text) {
      if (cell && content.text(text) > limits.maxCellChars) throw tooLong(cell.address);
    },
    close(tag) {
      const local = localName(tag.name);
      content.close(local);
      if (local === 'c' && cell) {
        // A formula with no stored result: written by a program that does not calculate (openpyxl,
        // a script). Read as blank it would be "no data" silently; it is refused with its cell.
        if (content.uncomputed(cell.type))
          throw new ReadRefusal(
            'uncomputed-formula',
            {
              vi: `ô ${cell.address} có công thức nhưng chưa có kết quả tính (tệp do chương trình không tính toán ghi ra, ví dụ openpyxl): mở trong Excel hoặc LibreOffice rồi lưu lại`,
              en: `cell ${cell.address} holds a formula with no computed result (the file was written by a program that does not calculate, e.g. openpyxl): open it in Excel or LibreOffice and save it again`,
            },
            { sheet: sheet.name, row: rowNumber, column: cell.address.replace(/\d+$/, '') },
          );
        const read = cellValue(cell.type, content.value, content.inline, strings, formats[cell.style], date1904);
        if (typeof read === 'string' && read.length > limits.maxCellChars) throw tooLong(cell.address);
        if (read !== null) {
          while (cells.length < cell.column - 1) {
            cells.push(null);
            percent.push(false);
          }
          cells[cell.column - 1] = read;
          percent[cell.column - 1] = typeof read === 'number' && (formats[cell.style]?.percent ?? false);
        }
        cell = null;
      } else if (local === 'row') {
        if (rowNumber === 1) header.push(...cells.map((v) => (v === null ? '' : String(v))));
        else if (cells.some((v) => v !== null && String(v).trim() !== '')) {
          if (rows.length >= limits.maxRows)
            throw limit(
              {
                vi: `trang "${sheet.name}" có hơn ${limits.maxRows} dòng số liệu (giới hạn; nâng bằng --max-rows)`,
                en: `sheet "${sheet.name}" has more than ${limits.maxRows} data rows (the limit; raise it with --max-rows)`,
              },
              { sheet: sheet.name, row: rowNumber },
            );
          while (cells.length < header.length) {
            cells.push(null);
            percent.push(false);
          }
          rows.push({ row: rowNumber, cells, percent });
        }
        if (onProgress && rowNumber % 1000 === 0) onProgress(rowNumber, total);
      }
    },
  });
  return { file, sheet: sheet.name, header, rows };

  function tooLong(address: string): ReadRefusal {
    return new ReadRefusal(
      'cell-too-long',
      {
        vi: `ô ${address} dài quá ${limits.maxCellChars} ký tự (giới hạn; Excel chứa tối đa 32.767; nâng bằng --max-cell-chars)`,
        en: `cell ${address} is longer than ${limits.maxCellChars} characters (the limit; Excel holds at most 32,767; raise it with --max-cell-chars)`,
      },
      {
        sheet: sheet?.name,
        row: Number(/\d+$/.exec(address)?.[0] ?? 0) || undefined,
        column: address.replace(/\d+$/, ''),
      },
    );
  }
}

/**
 * The content of one `<c>` element while the sheet streams by: the text of its `<v>`, the text of
 * an inline `<is>` string without its phonetic runs (`<rPh>`), and whether it has a formula. The
 * table and grid readers share it, so a cell is read one way whichever layout the sheet has.
 */
export class CellContent {
  value: string | null = null;
  inline = '';
  formula = false;
  private inValue = false;
  private inInline = 0;
  private inPhonetic = 0;

  /** A new `<c>` opened: nothing read yet. */
  start(): void {
    this.value = null;
    this.inline = '';
    this.formula = false;
  }

  /** An element opened inside the sheet data; `inCell` when a `<c>` is open. */
  open(local: string, inCell: boolean): void {
    if (inCell && local === 'f') this.formula = true;
    else if (inCell && local === 'v') {
      this.inValue = true;
      this.value = '';
    } else if (inCell && local === 'is') this.inInline++;
    else if (local === 'rPh') this.inPhonetic++;
  }

  /** Text inside an open cell; the length of the longest text it holds now, to check the limit. */
  text(text: string): number {
    if (this.inValue) this.value += text;
    else if (this.inInline > 0 && this.inPhonetic === 0) this.inline += text;
    return Math.max(this.value?.length ?? 0, this.inline.length);
  }

  close(local: string): void {
    if (local === 'v') this.inValue = false;
    else if (local === 'is') this.inInline--;
    else if (local === 'rPh') this.inPhonetic--;
  }

  /** A formula with no stored result (a `str` formula may have cached the empty text). */
  uncomputed(type: string): boolean {
    return this.formula && (this.value === null || (this.value === '' && type !== 'str'));
  }
}

/** A sheet of a workbook opened for reading: the archive, the sheet's part, its strings and formats. */
export interface OpenSheet {
  zip: BoundedZip;
  sheet: { name: string; path: string };
  /** Every sheet's name, in workbook order. */
  sheets: string[];
  strings: string[];
  formats: Format[];
  date1904: boolean;
}

/**
 * Opens the workbook and finds the sheet to read (the one named, else "data" or "du_lieu", else
 * the first), with its shared strings and cell formats: what the table and grid readers share.
 */
export function openSheet(
  bytes: Buffer,
  limits: WorkbookLimits,
  sheetName?: string,
  preferred = DATA_SHEETS,
): OpenSheet {
  const zip = new BoundedZip(bytes, limits.maxUnzippedBytes, '--max-unzipped');
  const officeDocument =
    relationships(zip, '_rels/.rels', '').find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  if (!zip.has(officeDocument)) {
    const ods = zip.has('content.xml') && zip.has('mimetype');
    throw new ReadRefusal('not-xlsx', {
      vi: ods
        ? 'tệp là bảng tính OpenDocument (.ods) mang đuôi .xlsx: trong LibreOffice chọn Lưu thành Excel 2007-365 (.xlsx)'
        : 'tệp zip có đuôi .xlsx nhưng không chứa sổ tính Excel (không có xl/workbook.xml)',
      en: ods
        ? 'the file is an OpenDocument spreadsheet (.ods) named .xlsx: in LibreOffice save as Excel 2007-365 (.xlsx)'
        : 'the zip file is named .xlsx but holds no Excel workbook (no xl/workbook.xml)',
    });
  }
  const base = posix.dirname(officeDocument);
  const links = new Map(relationships(zip, relsOf(officeDocument), base).map((r) => [r.id, r]));
  const sheets: Array<{ name: string; path: string }> = [];
  let date1904 = false;
  parseXml(zip, officeDocument, {
    open(tag) {
      const local = localName(tag.name);
      if (local === 'workbookPr') date1904 = ['1', 'true'].includes(tag.attributes.date1904 ?? '');
      if (local !== 'sheet') return;
      const id = Object.entries(tag.attributes).find(([k]) => k.endsWith(':id'))?.[1];
      const link = id === undefined ? undefined : links.get(id);
      if (link) sheets.push({ name: tag.attributes.name ?? '', path: link.target });
    },
  });
  if (sheets.length === 0)
    throw new ReadRefusal('empty-file', { vi: 'sổ tính không có trang nào', en: 'the workbook has no sheet' });
  const sheet =
    sheetName !== undefined
      ? sheets.find((s) => s.name === sheetName)
      : (sheets.find((s) => preferred.includes(s.name.trim().toLowerCase())) ?? sheets[0]);
  if (!sheet) {
    const names = sheets.map((s) => s.name).join(', ');
    throw new ReadRefusal('missing-sheet', {
      vi: `sổ tính không có trang "${sheetName}" (có: ${names})`,
      en: `the workbook has no sheet "${sheetName}" (it has: ${names})`,
    });
  }
  const strings = sharedStrings(zip, links, base, limits);
  const formats = cellFormats(zip, links, base);
  return { zip, sheet, sheets: sheets.map((s) => s.name), strings, formats, date1904 };
}

export interface Handlers {
  open?(tag: SaxesTagPlain): void;
  text?(text: string): void;
  close?(tag: SaxesTagPlain): void;
}

/**
 * Streams one XML part of the archive through saxes, decoding UTF-8 (or UTF-16 with its byte
 * order mark) chunk by chunk. Invalid UTF-8 becomes U+FFFD, which the table check reports with the
 * cell's address; malformed XML is a damaged workbook with the part and line.
 */
export function parseXml(zip: BoundedZip, part: string, handlers: Handlers): boolean {
  const bytes = zip.read(part);
  if (bytes === null) return false;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const decoder = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8');
  const parser = new SaxesParser();
  parser.on('doctype', () => {
    throw new ReadRefusal('unreadable-file', {
      vi: `sổ tính có khai báo DOCTYPE trong "${part}": Excel không bao giờ ghi như vậy; từ chối để an toàn`,
      en: `the workbook has a DOCTYPE in "${part}": Excel never writes one; refused for safety`,
    });
  });
  if (handlers.open) parser.on('opentag', handlers.open as (tag: unknown) => void);
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  if (handlers.close) parser.on('closetag', handlers.close as (tag: unknown) => void);
  const CHUNK = 1 << 20;
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) {
      parser.write(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }));
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof ReadRefusal) throw error;
    throw new ReadRefusal('unreadable-file', {
      vi: `sổ tính bị hỏng: phần "${part}" không phải XML hợp lệ (dòng ${parser.line}); mở lại trong Excel và lưu lại`,
      en: `the workbook is damaged: its part "${part}" is not valid XML (line ${parser.line}); open it in Excel and save it again`,
    });
  }
  return true;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
const relsOf = (part: string) => posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

/** Relationships of a part, targets resolved to archive paths (openpyxl writes absolute ones). */
export function relationships(zip: BoundedZip, part: string, base: string) {
  const list: Array<{ id: string; type: string; target: string }> = [];
  parseXml(zip, part, {
    open(tag) {
      if (localName(tag.name) !== 'Relationship' || tag.attributes.TargetMode === 'External') return;
      const target = tag.attributes.Target ?? '';
      list.push({
        id: tag.attributes.Id ?? '',
        type: tag.attributes.Type ?? '',
        target: target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target)),
      });
    },
  });
  return list;
}

function partOf(links: Map<string, { type: string; target: string }>, kind: string, fallback: string) {
  for (const link of links.values()) if (link.type.endsWith(`/${kind}`)) return link.target;
  return fallback;
}

/** The shared string table: each `<si>`'s text, its runs joined, phonetic guides left out. */
export function sharedStrings(
  zip: BoundedZip,
  links: Map<string, { type: string; target: string }>,
  base: string,
  limits: WorkbookLimits,
): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = 0;
  let inPhonetic = 0;
  parseXml(zip, partOf(links, 'sharedStrings', posix.join(base, 'sharedStrings.xml')), {
    open(tag) {
      const local = localName(tag.name);
      if (local === 'si') current = '';
      else if (local === 't') inText++;
      else if (local === 'rPh') inPhonetic++;
    },
    text(text) {
      if (current === null || inText === 0 || inPhonetic > 0) return;
      current += text;
      // A shared string longer than a cell may be is refused when a cell uses it (with its address).
      if (current.length > limits.maxCellChars + 1) current = current.slice(0, limits.maxCellChars + 1);
    },
    close(tag) {
      const local = localName(tag.name);
      if (local === 'si' && current !== null) {
        strings.push(current);
        current = null;
      } else if (local === 't') inText--;
      else if (local === 'rPh') inPhonetic--;
    },
  });
  return strings;
}

export interface Format {
  percent: boolean;
  date: boolean;
}

/** Built-in number formats that are dates or times (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Per cell style index (`s`): whether its number format shows a percent or a date. */
export function cellFormats(
  zip: BoundedZip,
  links: Map<string, { type: string; target: string }>,
  base: string,
): Format[] {
  const custom = new Map<number, string>();
  const formats: Format[] = [];
  let inCellXfs = false;
  parseXml(zip, partOf(links, 'styles', posix.join(base, 'styles.xml')), {
    open(tag) {
      const local = localName(tag.name);
      if (local === 'numFmt') custom.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
      else if (local === 'cellXfs') inCellXfs = true;
      else if (local === 'xf' && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        const code = custom.get(id);
        // Quoted text and [colour]/[locale] sections are not part of what the format shows.
        const shown = (code ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
        formats.push({
          percent: id === 9 || id === 10 || shown.includes('%'),
          date: code === undefined ? DATE_FORMAT_IDS.has(id) : /[dmyhs]/i.test(shown) && !shown.includes('%'),
        });
      }
    },
    close(tag) {
      if (localName(tag.name) === 'cellXfs') inCellXfs = false;
    },
  });
  return formats;
}

/**
 * A cell's value as the validator sees it: text as typed, a formula's cached result, a number,
 * or null; a date as its ISO day; TRUE/FALSE as "true"/"false"; an error value as its text (#N/A).
 */
export function cellValue(
  type: string,
  value: string | null,
  inline: string,
  strings: string[],
  format: Format | undefined,
  date1904: boolean,
): string | number | null {
  switch (type) {
    case 's': {
      const text = value === null ? undefined : strings[Number(value)];
      return text ?? null;
    }
    case 'inlineStr':
      return inline;
    case 'str':
    case 'e':
      return value;
    case 'b':
      return value === null ? null : value.trim() === '1' || value.trim().toLowerCase() === 'true' ? 'true' : 'false';
    case 'd':
      return value === null ? null : value.slice(0, 10);
    default: {
      if (value === null || value.trim() === '') return null;
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      if (format?.date) {
        const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
        const day = new Date(epoch + Math.round(number * 86400000));
        if (!Number.isNaN(day.getTime())) return day.toISOString().slice(0, 10);
      }
      return number;
    }
  }
}

export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** "AB12" → 28 (1-based); 0 when it is not a cell address. */
export function columnIndex(address: string): number {
  const match = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(address);
  if (!match) return 0;
  let index = 0;
  for (const ch of match[1].toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index;
}
