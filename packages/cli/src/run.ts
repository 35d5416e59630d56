import { langOf, UsageError } from './args.js';
import { checkCommand } from './commands/check.js';
import { demoCommand } from './commands/demo.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { reportCommand } from './commands/report.js';
import { templatesCommand } from './commands/templates.js';
import { EXIT, EXIT_HELP } from './exitCodes.js';
import { say, type Io } from './io.js';

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  demo: demoCommand,
  report: reportCommand,
  init: initCommand,
  import: importCommand,
  check: checkCommand,
  templates: templatesCommand,
};

export const HELP = {
  vi: `chitieu: lập các biểu báo cáo chỉ tiêu cấp tỉnh từ tệp số liệu

Lệnh:
  chitieu demo                       biểu đánh giá nhiệm kỳ từ số liệu mẫu Thái Bình, ghi vào out/
  chitieu init [--out TỆP]           sổ tính số liệu trống có danh sách chọn và dòng ví dụ
  chitieu import TỆP -o TỆP          đọc bảng sẵn có dạng ngang (phụ lục, niên giám), ghi bố cục dạng dài
  chitieu check TỆP                  kiểm tra tệp số liệu (lỗi và số liệu không nhất quán)
  chitieu report -t MẪU -d TỆP -o TỆP  điền biểu mẫu, ghi .xlsx (--mode live|portable)
  chitieu templates                  các biểu mẫu có sẵn

Tùy chọn chung: --lang vi|en, --json, --help (mỗi lệnh: chitieu LỆNH --help)
${EXIT_HELP.vi}
`,
  en: `chitieu: fill the standard provincial report tables from a data file

Commands:
  chitieu demo                       term review from the Thái Bình sample, written to out/
  chitieu init [--out FILE]          blank input workbook with dropdowns and an example row
  chitieu import FILE -o FILE        read a wide table (an annex, a yearbook table) into the long layout
  chitieu check FILE                 check a data file (errors and inconsistent figures)
  chitieu report -t T -d FILE -o FILE  fill a template, write .xlsx (--mode live|portable)
  chitieu templates                  the available templates

Common options: --lang vi|en, --json, --help (per command: chitieu COMMAND --help)
${EXIT_HELP.en}
`,
};

/**
 * Runs one `chitieu` command line and returns its exit code. Usage errors become exit 1 with the
 * help hint; an unexpected failure becomes exit 5 with its message, never a stack trace alone.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP[lang]);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`${say(lang, 'Lệnh không có', 'Unknown command')}: ${name}\n\n${HELP[lang]}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(
        `${say(lang, 'Sai cú pháp', 'Usage error')}: ${error.text[lang]}\n${say(lang, `Xem: chitieu ${name} --help`, `See: chitieu ${name} --help`)}\n`,
      );
      return EXIT.usage;
    }
    // A failure no check foresaw is a chitieu bug: said as one, with the detail a bug report needs,
    // and in --json mode as JSON on stdout too (a script reading stdout never gets nothing).
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const message = say(
      lang,
      `Lỗi không mong đợi của chitieu (xin báo lại kèm lệnh và tệp số liệu). Chi tiết: ${detail}`,
      `Unexpected failure in chitieu (please report it with the command and the data file). Detail: ${detail}`,
    );
    if (rest.includes('--json')) io.out(`${JSON.stringify({ ok: false, exitCode: EXIT.failure, message }, null, 2)}\n`);
    io.err(`${message}\n`);
    return EXIT.failure;
  }
}
