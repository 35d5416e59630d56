import { longCsv, longRecords, mappingCsv, previewText, type WideReading } from '@chitieu/input';
import { inputWorkbook, readAnyInput } from '@chitieu/input/files';
import { extname, resolve } from 'node:path';
import { LIMIT_OPTIONS, LIMITS_HELP, numberLocaleOption, parse, readLimits, UsageError } from '../args.js';
import { sameFile, writeAtomic, type WriteRefusal } from '../atomicWrite.js';
import { problemText } from '../buildReport.js';
import { EXIT, EXIT_HELP } from '../exitCodes.js';
import { say, type Io } from '../io.js';
import { previewJson, WIDE_HELP, WIDE_OPTIONS, wideOptions } from '../wideInput.js';

export const IMPORT_HELP = {
  vi: `chitieu import TỆP -o KẾT_QUẢ.xlsx|.csv [--sheet TÊN] [--table N] [--map TỆP.csv] [--write-map TỆP.csv]

Đọc một bảng sẵn có dạng ngang (phụ lục báo cáo, biểu niên giám: chỉ tiêu theo dòng, các năm theo
cột, "Ước TH 2024", "KH 2025", "Mục tiêu NQ", dòng nhóm I, II) và ghi ra bố cục dạng dài đúng như
chitieu init (mỗi dòng một chỉ tiêu và một kỳ; cột source ghi ô gốc, ví dụ "Phụ lục.xlsx › Biểu 01!F12").
In ra bảng ánh xạ: các cột đã nhận ra, các năm, nhóm, chỉ tiêu, và loại, hướng suy ra cùng lý do.
Loại hoặc hướng không suy ra được là câu hỏi (mã 2, kèm ô): trả lời bằng cột "Loại"/"Hướng" trong bảng
hoặc bằng tệp ánh xạ --map (--write-map ghi sẵn một tệp để điền). Tệp đầu vào không bao giờ bị sửa.

  -o, --out TỆP        tệp kết quả .xlsx hoặc .csv (ghi nguyên tử; không ghi đè nếu thiếu --force)
  --sheet TÊN          trang của tệp .xlsx (mặc định: trang đầu)
${WIDE_HELP.vi}
  --write-map TỆP.csv  ghi tệp ánh xạ: mọi chỉ tiêu với loại, hướng, mã đã quyết định; câu hỏi để trống
  --number-locale vi|en  cách đọc số ghi dạng chữ (mặc định: bảng dạng ngang theo ngôn ngữ tiêu đề, còn lại vi: 8,56 và 20.000)
  --force              ghi đè tệp kết quả đã có
${LIMITS_HELP.vi}
${EXIT_HELP.vi}
`,
  en: `chitieu import FILE -o OUT.xlsx|.csv [--sheet NAME] [--table N] [--map FILE.csv] [--write-map FILE.csv]

Reads a table officers already keep, laid out wide (a report annex, a yearbook table: indicators
down the rows, years across, "Ước TH 2024", "KH 2025", "Mục tiêu NQ", sector rows I, II) and writes
the long input layout exactly as chitieu init makes it (one row per indicator and period; source
names the original cell, e.g. "Annex.xlsx › Biểu 01!F12"). Prints the mapping: the columns found,
years, groups, targets, and each inferred kind and direction with why. A kind or direction no rule
decides is a question (exit 2, with its cell): answer it in a "Loại"/"Hướng" column of the table or in
a mapping file --map (--write-map writes one to fill in). The input is never modified.

  -o, --out FILE       the .xlsx or .csv to write (atomically; never replaced without --force)
  --sheet NAME         the .xlsx sheet to read (default: the first)
${WIDE_HELP.en}
  --write-map FILE.csv write a mapping file: every indicator with the kind, direction, code decided; questions blank
  --number-locale vi|en  how numbers typed as text are read (default: a wide table by its headers' language, else vi: 8,56 and 20.000)
  --force              replace an existing output
${LIMITS_HELP.en}
${EXIT_HELP.en}
`,
};

export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals, lang } = parse(
    args,
    {
      out: { type: 'string', short: 'o' },
      sheet: { type: 'string' },
      force: { type: 'boolean' },
      'write-map': { type: 'string' },
      'number-locale': { type: 'string' },
      ...WIDE_OPTIONS,
      ...LIMIT_OPTIONS,
    },
    1,
  );
  if (values.help) {
    io.out(IMPORT_HELP[lang]);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError({ vi: 'import cần đúng một TỆP', en: 'import needs one FILE' });
  if (!values.out) throw new UsageError({ vi: 'thiếu --out TỆP', en: '--out FILE is required' });
  const input = resolve(io.cwd, positionals[0]);
  const out = resolve(io.cwd, values.out);
  const format = extname(out).toLowerCase();
  if (format !== '.xlsx' && format !== '.csv')
    throw new UsageError({ vi: '--out phải là tệp .xlsx hoặc .csv', en: '--out must name an .xlsx or .csv file' });
  const numberLocale = numberLocaleOption(values['number-locale']);
  const writeMap = values['write-map'] ? resolve(io.cwd, values['write-map']) : undefined;
  for (const output of [out, writeMap])
    if (output && (await sameFile(input, output))) {
      io.err(
        say(
          lang,
          `${output} là chính tệp đầu vào: tệp đầu vào không bao giờ bị ghi đè. Chọn tên khác.\n`,
          `${output} is the input file: the input is never overwritten. Choose another name.\n`,
        ),
      );
      return EXIT.usage;
    }
  const wide = await wideOptions(values, io.cwd);
  const read = await readAnyInput(input, {
    numberLocale,
    sheet: values.sheet,
    lang,
    table: wide.table,
    mapping: wide.mapping,
    mappingFile: wide.mappingFile,
    ...readLimits(values),
  });
  const problems = [...wide.problems, ...read.problems];
  const errors = problems.some((p) => p.severity === 'error');
  if (!read.wide && !errors) {
    const message = say(
      lang,
      `${positionals[0]} đã theo bố cục dạng dài (dòng 1 có các cột period, value): không cần import; dùng chitieu check hoặc chitieu report.`,
      `${positionals[0]} is already in the long layout (row 1 names period, value): nothing to import; use chitieu check or chitieu report.`,
    );
    if (values.json) io.out(`${JSON.stringify({ ok: true, exitCode: EXIT.ok, message }, null, 2)}\n`);
    else io.out(`${message}\n`);
    return EXIT.ok;
  }
  if (!values.json && read.wide) io.out(`${previewTextOf(read.wide, lang)}\n`);
  // The mapping file is written even when questions remain: it is how they get answered.
  let refused: WriteRefusal | null = null;
  if (writeMap && read.wide)
    refused = await writeAtomic(
      writeMap,
      new TextEncoder().encode(mappingCsv(read.wide.preview, read.wide.questions, lang)),
      Boolean(values.force),
    );
  if (errors) {
    if (values.json)
      io.out(
        `${JSON.stringify({ ok: false, exitCode: EXIT.invalidInput, problems, ...previewJson(read.wide) }, null, 2)}\n`,
      );
    else
      io.err(
        say(
          lang,
          'Chưa đọc được bảng; không ghi tệp kết quả.\n',
          'The table cannot be read yet; nothing was written.\n',
        ) +
          problemText(problems, lang) +
          (writeMap && !refused
            ? say(
                lang,
                `Đã ghi tệp ánh xạ ${writeMap}: điền các ô trống rồi chạy lại với --map.\n`,
                `Wrote the mapping file ${writeMap}: fill in the blanks, then run again with --map.\n`,
              )
            : ''),
      );
    return EXIT.invalidInput;
  }
  const table = read.wide!.table;
  // The output is read back as a long file: Vietnamese numbers unless --number-locale says otherwise.
  const readIn = read.wide!.preview.numbers.locale;
  const written = numberLocale ?? 'vi';
  const bytes =
    format === '.csv'
      ? new TextEncoder().encode(longCsv(table, lang, written, readIn))
      : new Uint8Array(
          (await inputWorkbook(
            lang,
            longRecords(table, lang, { from: readIn, to: written }),
          ).xlsx.writeBuffer()) as ArrayBuffer,
        );
  refused ??= await writeAtomic(out, bytes, Boolean(values.force));
  if (refused) {
    const exists = refused.kind === 'exists';
    const message =
      refused.kind === 'exists'
        ? say(
            lang,
            `Tệp ${refused.path} đã có; dùng --force để ghi đè.`,
            `${refused.path} exists; use --force to replace it.`,
          )
        : say(
            lang,
            `Không ghi được ${refused.path}: ${refused.why.vi}`,
            `Cannot write ${refused.path}: ${refused.why.en}`,
          );
    const code = exists ? EXIT.outputExists : EXIT.failure;
    if (values.json) io.out(`${JSON.stringify({ ok: false, exitCode: code, message }, null, 2)}\n`);
    else io.err(`${message}\n`);
    return code;
  }
  const indicators = read.wide!.preview.indicators.length;
  if (values.json)
    io.out(
      `${JSON.stringify({ ok: true, exitCode: EXIT.ok, out, ...(writeMap ? { map: writeMap } : {}), rows: table.rows.length, indicators, ...previewJson(read.wide) }, null, 2)}\n`,
    );
  else
    io.out(
      say(
        lang,
        `Đã ghi ${out} (${table.rows.length} dòng, ${indicators} chỉ tiêu). Kiểm tra: chitieu check ${out}\n`,
        `Wrote ${out} (${table.rows.length} rows, ${indicators} indicators). Check it: chitieu check ${out}\n`,
      ) + (writeMap ? `${say(lang, 'Đã ghi', 'Wrote')} ${writeMap}\n` : ''),
    );
  return EXIT.ok;
}

const previewTextOf = (wide: WideReading, lang: 'vi' | 'en') => previewText(wide.preview, wide.questions, lang);
