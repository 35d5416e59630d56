import { inputWorkbook } from '@chitieu/input/files';
import { resolve } from 'node:path';
import { parse } from '../args.js';
import { writeAtomic } from '../atomicWrite.js';
import { EXIT, EXIT_HELP } from '../exitCodes.js';
import { say, type Io } from '../io.js';

export const INIT_HELP = {
  vi: `chitieu init [--out TỆP] [--force] [--lang vi|en] [--json]

Ghi một sổ tính số liệu trống (mặc định chitieu-input.xlsx): dòng tiêu đề theo bố cục chuẩn, danh sách
chọn (direction, kind), một dòng ví dụ và trang hướng dẫn.
${EXIT_HELP.vi}
`,
  en: `chitieu init [--out FILE] [--force] [--lang vi|en] [--json]

Writes a blank input workbook (default chitieu-input.xlsx): the header row of the documented
layout, dropdowns (direction, kind), an example row and a guide sheet.
${EXIT_HELP.en}
`,
};

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values, lang } = parse(args, { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } });
  if (values.help) {
    io.out(INIT_HELP[lang]);
    return EXIT.ok;
  }
  const out = resolve(io.cwd, values.out ?? 'chitieu-input.xlsx');
  const bytes = new Uint8Array((await inputWorkbook(lang).xlsx.writeBuffer()) as ArrayBuffer);
  const refused = await writeAtomic(out, bytes, Boolean(values.force));
  const code = refused === null ? EXIT.ok : refused.kind === 'exists' ? EXIT.outputExists : EXIT.failure;
  const message =
    refused === null
      ? say(
          lang,
          `Đã ghi ${out}. Điền số liệu vào trang "data", rồi chạy: chitieu check ${out}`,
          `Wrote ${out}. Fill the "data" sheet, then run: chitieu check ${out}`,
        )
      : refused.kind === 'exists'
        ? say(lang, `Tệp ${out} đã có; dùng --force để ghi đè.`, `${out} exists; use --force to replace it.`)
        : say(lang, `Không ghi được ${out}: ${refused.why.vi}`, `Cannot write ${out}: ${refused.why.en}`);
  if (values.json) io.out(`${JSON.stringify({ ok: code === EXIT.ok, exitCode: code, out, message }, null, 2)}\n`);
  else (code === EXIT.ok ? io.out : io.err)(`${message}\n`);
  return code;
}
