import { checkConsistency } from '@chitieu/input';
import { readAnyInput } from '@chitieu/input/files';
import { resolve } from 'node:path';
import { LIMIT_OPTIONS, LIMITS_HELP, numberLocaleOption, parse, readLimits, UsageError } from '../args.js';
import { problemText } from '../buildReport.js';
import { EXIT, EXIT_HELP } from '../exitCodes.js';
import { say, type Io } from '../io.js';
import { previewJson, printPreview, WIDE_HELP, WIDE_OPTIONS, wideOptions } from '../wideInput.js';

export const CHECK_HELP = {
  vi: `chitieu check TỆP [--sheet TÊN] [--lang vi|en] [--json] [--number-locale vi|en] [--max-… giới hạn]

Kiểm tra tệp số liệu: mọi lỗi bố cục (tệp / trang / dòng / cột / lý do) và các số liệu không nhất
quán: các phần (cột part_of) không cộng đủ tổng (139 + 170 + 41 phải bằng 350), tốc độ tăng khác
tốc độ suy ra từ số tuyệt đối (cột growth_of) quá mức làm tròn, lũy kế (2025-9M) khác tổng các quý,
tỷ lệ bao phủ trên 100%, tỷ lệ ngoài 0-100%, tốc độ tăng quá ±100%, chỉ tiêu thiếu mục tiêu, thiếu
chỉ tiêu nhiệm kỳ, chỉ tiêu nhiệm kỳ ghi hai giá trị khác nhau.

Tệp dạng ngang (phụ lục, biểu niên giám: các năm theo cột) được đọc như chitieu import, in bảng ánh xạ trước:
${WIDE_HELP.vi}

Giới hạn đọc (tệp vượt giới hạn bị từ chối, mã 2, kèm tên tùy chọn nâng giới hạn):
${LIMITS_HELP.vi}
${EXIT_HELP.vi}
`,
  en: `chitieu check FILE [--sheet NAME] [--lang vi|en] [--json] [--number-locale vi|en] [--max-… limits]

Checks a data file: every layout problem (file / sheet / row / column / reason) and the figures
that cannot all be right: parts (part_of) not adding up to their total (139 + 170 + 41 must equal
350), a growth rate disagreeing with its levels (growth_of) beyond rounding, a year to date
(2025-9M) unlike the sum of its quarters, coverage above 100%, a rate outside 0-100%, growth
beyond ±100%, an indicator without a target or without a term target, a term target written twice.

A wide file (an annex, a yearbook table: years across) is read as chitieu import reads it, its mapping printed first:
${WIDE_HELP.en}

Reading limits (a file beyond one is refused, exit 2, naming the flag that raises it):
${LIMITS_HELP.en}
${EXIT_HELP.en}
`,
};

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals, lang } = parse(
    args,
    { 'number-locale': { type: 'string' }, sheet: { type: 'string' }, ...WIDE_OPTIONS, ...LIMIT_OPTIONS },
    1,
  );
  if (values.help) {
    io.out(CHECK_HELP[lang]);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError({ vi: 'check cần đúng một TỆP', en: 'check needs one FILE' });
  const numberLocale = numberLocaleOption(values['number-locale']);
  const limits = readLimits(values);
  // A wide table (an annex, a yearbook table) is read as such, its mapping preview printed first.
  const wide = await wideOptions(values, io.cwd);
  const read = await readAnyInput(resolve(io.cwd, positionals[0]), {
    numberLocale,
    sheet: values.sheet,
    lang,
    ...wide,
    ...limits,
  });
  printPreview(io, read.wide, lang, Boolean(values.json));
  read.problems.unshift(...wide.problems);
  const errors = read.problems.some((p) => p.severity === 'error');
  const problems = errors ? read.problems : [...read.problems, ...checkConsistency(read.dataset)];
  const code = errors ? EXIT.invalidInput : problems.length > 0 ? EXIT.inconsistent : EXIT.ok;
  if (values.json) {
    io.out(
      `${JSON.stringify({ ok: code === EXIT.ok, exitCode: code, rows: read.dataset.records.length, problems, ...previewJson(read.wide) }, null, 2)}\n`,
    );
  } else if (problems.length === 0) {
    io.out(
      say(
        lang,
        `${read.dataset.file}: ${read.dataset.records.length} dòng, không có vấn đề.\n`,
        `${read.dataset.file}: ${read.dataset.records.length} rows, no problems.\n`,
      ),
    );
  } else {
    (errors ? io.err : io.out)(problemText(problems, lang));
  }
  return code;
}
