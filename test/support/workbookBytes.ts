/**
 * Hostile .xlsx files built in memory for the hostile-input suite and the benchmarks: a minimal
 * zip writer (stored or deflated parts, declared sizes that may lie) and the few XML parts a
 * workbook needs. Nothing here reads a file; every byte is made by the test that uses it.
 */
import { crc32, constants, deflateRawSync } from 'node:zlib';

export interface Part {
  name: string;
  data: Buffer;
  /** Already-deflated bytes (a bomb made of repeated blocks): written as method 8 as they are. */
  deflated?: Buffer;
  /** A size to declare instead of the real one (a lying archive). */
  declaredSize?: number;
}

/** A zip archive of the parts, each deflated unless it comes deflated already. */
export function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const body = part.deflated ?? deflateRawSync(part.data);
    const size = part.declaredSize ?? part.data.length;
    const crc = part.deflated ? 0 : crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(size, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(Math.min(size, 0xfffffffe), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts around one sheet: a workbook naming it "data", and the relationships to it. */
export function workbookParts(sheetName = 'data'): Part[] {
  return [
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
  ];
}

/** A sheet part around the given `<sheetData>` content (bytes, so invalid UTF-8 can be put in). */
export function sheetPart(rows: Buffer | string): Part {
  return {
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.concat([
      Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`),
      Buffer.isBuffer(rows) ? rows : Buffer.from(rows),
      Buffer.from('</sheetData></worksheet>'),
    ]),
  };
}

/** An inline-string row: `<row r="n"><c r="A1" t="inlineStr"><is><t>…</t></is></c>…</row>`. */
export function inlineRow(row: number, cells: string[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const columns = (k: number) => String.fromCharCode(65 + k);
  return `<row r="${row}">${cells
    .map((text, k) => `<c r="${columns(k)}${row}" t="inlineStr"><is><t>${escape(text)}</t></is></c>`)
    .join('')}</row>`;
}

/**
 * A zip bomb's sheet: `megabytes` MB of blank XML (inside a valid sheet) from one 1 MB deflate
 * block repeated, so that building a 2 GB bomb costs 1 MB of deflating and a few MB of memory.
 */
export function bombSheet(megabytes: number): Part {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const head = deflateRawSync(sheetPart('').data.subarray(0, -'</sheetData></worksheet>'.length), {
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const tail = deflateRawSync(Buffer.from('</sheetData></worksheet>'));
  const body = Buffer.concat([head, ...Array.from({ length: megabytes }, () => block), tail]);
  return {
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.alloc(0),
    deflated: body,
    declaredSize: megabytes * 1024 * 1024,
  };
}
