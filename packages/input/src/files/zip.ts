import { inflateRawSync } from 'node:zlib';
import type { Label } from '@chitieu/words';

/**
 * Why a workbook file was refused before (or while) reading it: a sentence for the officer, the
 * problem reason, and the place when there is one. Thrown inside the reading modules and turned
 * into a problem record by readInput; never shown as a JavaScript message.
 */
export class ReadRefusal extends Error {
  constructor(
    readonly reason:
      | 'not-xlsx'
      | 'encrypted-workbook'
      | 'unreadable-file'
      | 'limit-exceeded'
      | 'missing-sheet'
      | 'empty-file'
      | 'cell-too-long'
      | 'uncomputed-formula',
    readonly text: Label,
    readonly place: { sheet?: string; row?: number; column?: string } = {},
  ) {
    super(text.en);
  }
}

/** One file inside the archive, as the central directory lists it. */
interface Entry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  declaredSize: number;
  headerOffset: number;
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * A zip archive read from its central directory, whose parts are inflated one at a time and
 * only on request, under a budget of uncompressed bytes shared by every part read. The budget is
 * enforced by zlib itself (`maxOutputLength`) as it inflates, not by trusting the sizes the
 * archive declares: a zip bomb stops at the budget, in the time it takes to inflate the budget.
 */
export class BoundedZip {
  private readonly entries = new Map<string, Entry>();
  private used = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly budget: number,
    private readonly budgetFlag: string,
  ) {
    if (bytes.subarray(0, 8).equals(OLE2))
      throw new ReadRefusal('encrypted-workbook', {
        vi: 'tệp được đặt mật khẩu hoặc là tệp .xls cũ (định dạng OLE2, không phải .xlsx): mở trong Excel, bỏ mật khẩu và lưu thành .xlsx',
        en: 'the file is password-protected or an old .xls (an OLE2 file, not .xlsx): open it in Excel, remove the password and save as .xlsx',
      });
    if (bytes.length < 22 || (bytes.readUInt32LE(0) !== 0x04034b50 && bytes.readUInt32LE(0) !== 0x06054b50))
      throw new ReadRefusal('not-xlsx', {
        vi: 'tệp có đuôi .xlsx nhưng không phải là sổ tính Excel (không phải tệp zip)',
        en: 'the file is named .xlsx but is not an Excel workbook (not a zip archive)',
      });
    const damaged = (what: string) =>
      new ReadRefusal('unreadable-file', {
        vi: `sổ tính bị hỏng hoặc không đầy đủ (${what}): mở lại trong Excel và lưu lại, hoặc lấy lại bản gốc`,
        en: `the workbook is damaged or truncated (${what}): open it in Excel and save it again, or get the original`,
      });
    // The end-of-central-directory record: within the last 64 KB (its comment may be that long).
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (bytes.readUInt32LE(i) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) throw damaged('no zip directory: the file was cut short');
    const count = bytes.readUInt16LE(end + 10);
    let offset = bytes.readUInt32LE(end + 16);
    if (count === 0)
      throw new ReadRefusal('empty-file', {
        vi: 'tệp .xlsx là một tệp zip rỗng (không có phần nào): không phải sổ tính',
        en: 'the .xlsx is an empty zip archive (no parts at all): not a workbook',
      });
    if (count === 0xffff || offset === 0xffffffff) throw damaged('a zip64 archive, which a workbook never needs');
    for (let k = 0; k < count; k++) {
      if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) throw damaged('zip directory');
      const nameLength = bytes.readUInt16LE(offset + 28);
      const entry: Entry = {
        name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
        method: bytes.readUInt16LE(offset + 10),
        encrypted: (bytes.readUInt16LE(offset + 8) & 1) === 1,
        compressedSize: bytes.readUInt32LE(offset + 20),
        declaredSize: bytes.readUInt32LE(offset + 24),
        headerOffset: bytes.readUInt32LE(offset + 42),
      };
      this.entries.set(entry.name.replace(/\\/g, '/').toLowerCase(), entry);
      offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The part's bytes, or null if the archive has no such part. */
  read(name: string): Buffer | null {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return null;
    const damaged = new ReadRefusal('unreadable-file', {
      vi: `sổ tính bị hỏng: phần "${entry.name}" không giải nén được; mở lại trong Excel và lưu lại`,
      en: `the workbook is damaged: its part "${entry.name}" cannot be unpacked; open it in Excel and save it again`,
    });
    if (entry.encrypted)
      throw new ReadRefusal('encrypted-workbook', {
        vi: 'tệp zip được đặt mật khẩu: lưu lại thành .xlsx không mật khẩu',
        en: 'the zip archive is password-protected: save it again as an .xlsx without a password',
      });
    const at = entry.headerOffset;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== 0x04034b50) throw damaged;
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    const left = this.budget - this.used;
    // The declared size is checked first (a quick refusal), the real one while inflating.
    if (entry.declaredSize > left) throw this.overBudget(entry.name);
    let out: Buffer;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, left) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw this.overBudget(entry.name);
        throw damaged;
      }
    } else throw damaged;
    this.used += out.length;
    if (this.used > this.budget) throw this.overBudget(entry.name);
    return out;
  }

  private overBudget(part: string): ReadRefusal {
    const mb = (this.budget / 1024 / 1024).toFixed(0);
    return new ReadRefusal('limit-exceeded', {
      vi: `sổ tính giải nén ra quá ${mb} MB (phần "${part}"; giới hạn, nâng bằng ${this.budgetFlag}): tệp nhỏ nhưng nội dung khổng lồ, có thể là "bom zip"`,
      en: `the workbook unpacks to more than ${mb} MB (part "${part}"; the limit, raise it with ${this.budgetFlag}): a small file with huge contents, possibly a "zip bomb"`,
    });
  }
}
