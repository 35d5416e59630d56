import { coreReason } from '@chitieu/input';
import { TEMPLATE_IDS, type TemplateId } from '@chitieu/templates';
import { resolve } from 'node:path';
import { LIMIT_OPTIONS, LIMITS_HELP, numberLocaleOption, parse, readLimits, UsageError } from '../args.js';
import { sameFile, writeAtomic } from '../atomicWrite.js';
import { buildReport, problemText, writeReport, type ReportRequest } from '../buildReport.js';
import { EXIT, EXIT_HELP } from '../exitCodes.js';
import { say, type Io } from '../io.js';
import { isChitieuError, parseTerm, type Term } from '@chitieu/core';
import { summarize, summaryJson, textTable } from '../summary.js';
import { existingOutput, extraOutputs, writeExtraOutputs } from '../extraOutputs.js';
import { previewJson, WIDE_HELP, WIDE_OPTIONS, wideOptions } from '../wideInput.js';

export const REPORT_HELP = {
  vi: `chitieu report --template T --data TỆP --out TỆP [tùy chọn]

Điền một biểu mẫu báo cáo từ tệp số liệu (.xlsx hoặc .csv, bố cục dạng dài) và ghi ra .xlsx.

  -t, --template T     term-review | annual-plan | quarterly | coverage
  -d, --data TỆP       tệp số liệu đầu vào (không bao giờ bị sửa)
  --sheet TÊN          trang của tệp .xlsx (mặc định: "data", hoặc trang đầu)
                       tệp dạng ngang (phụ lục, niên giám) được đọc như chitieu import:
${WIDE_HELP.vi}
  -o, --out TỆP        tệp .xlsx kết quả (ghi nguyên tử; không ghi đè nếu thiếu --force)
  --mode live|portable live: công thức CHITIEU.* (cần add-in); portable (mặc định): hàm Excel gốc
  --lang vi|en         ngôn ngữ nhãn (mặc định vi)
  --province TÊN       tên tỉnh ghi ở tiêu đề (và ở dòng địa danh, ngày tháng)
  --agency TÊN         cơ quan ban hành dưới UBND tỉnh ở đầu văn bản Word (vd. "Sở Tài chính")
  --place TÊN          địa danh của dòng "…, ngày … tháng … năm …" (mặc định: tên tỉnh)
  --signer-title DÒNG  quyền hạn, chức vụ người ký, mỗi dòng một lần (vd. --signer-title "KT. CHỦ TỊCH"
                       --signer-title "PHÓ CHỦ TỊCH"); mặc định "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" khi có
                       --province, nếu không "THỦ TRƯỞNG ĐƠN VỊ"
  --signer TÊN, --preparer TÊN  họ tên người ký, người lập biểu (mặc định: dòng chấm để điền)
  --term 2021-2025     nhiệm kỳ (term-review): 2021-2025 (giai đoạn) hay 2020-2025 (nhiệm kỳ) đều là
                       năm gốc 2020, các năm kế hoạch 2021..2025; mặc định: giai đoạn 5 năm chứa
                       năm mới nhất có số liệu
  --year N, --quarter K  năm, quý báo cáo (annual-plan, quarterly)
  --indicator MÃ, --period KỲ  chỉ tiêu và kỳ của biểu bao phủ (coverage)
  --number-locale vi|en  cách đọc số ghi dạng chữ (mặc định: bảng dạng ngang theo ngôn ngữ tiêu đề, còn lại vi: 8,56 và 20.000)
${LIMITS_HELP.vi}
  --docx TỆP           ghi thêm văn bản Word (.docx): tiêu đề, bảng, biểu đồ và các câu nhận xét
  --chart TỆP          ghi biểu đồ % so với chỉ tiêu (.png) và chèn vào tệp .xlsx
  --force              ghi đè tệp kết quả đã có
  --json               in kết quả dạng JSON
${EXIT_HELP.vi}
`,
  en: `chitieu report --template T --data FILE --out FILE [options]

Fills a report template from a data file (.xlsx or .csv, long-form layout) and writes an .xlsx.

  -t, --template T     term-review | annual-plan | quarterly | coverage
  -d, --data FILE      input data (never modified)
  --sheet NAME         the .xlsx sheet to read (default: "data", else the first)
                       a wide file (an annex, a yearbook table) is read as chitieu import reads it:
${WIDE_HELP.en}
  -o, --out FILE       the .xlsx to write (atomically; never replaced without --force)
  --mode live|portable live: CHITIEU.* formulas (needs the add-in); portable (default): native Excel functions
  --lang vi|en         label language (default vi)
  --province NAME      province named in the title (and in the place and date line)
  --agency NAME        the issuing agency under the committee, in the Word document's header
  --place NAME         the place of the "…, day … month … year …" line (default: the province)
  --signer-title LINE  the signer's authority and title, once per line (e.g. --signer-title "KT. CHỦ TỊCH"
                       --signer-title "PHÓ CHỦ TỊCH"); default with --province "ON BEHALF OF THE PEOPLE'S
                       COMMITTEE" / "CHAIRMAN" (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH), else "HEAD OF UNIT"
  --signer NAME, --preparer NAME  full names of the signer and of the preparer (default: dots to fill in)
  --term 2021-2025     the term (term-review): 2021-2025 (plan years) and 2020-2025 (congress term)
                       both mean base 2020, plan years 2021..2025; default: the five-year plan
                       period of the data's latest year
  --year N, --quarter K  report year and quarter (annual-plan, quarterly)
  --indicator CODE, --period P  the covered indicator and period (coverage)
  --number-locale vi|en  how numbers typed as text are read (default: a wide table by its headers' language, else vi: 8,56 and 20.000)
${LIMITS_HELP.en}
  --docx FILE          also write a Word document (.docx): title, table, chart and assessment sentences
  --chart FILE         write the percent-of-target chart (.png) and put it into the .xlsx
  --force              replace an existing output
  --json               machine-readable result
${EXIT_HELP.en}
`,
};

const OPTIONS = {
  template: { type: 'string', short: 't' },
  data: { type: 'string', short: 'd' },
  out: { type: 'string', short: 'o' },
  mode: { type: 'string' },
  force: { type: 'boolean' },
  province: { type: 'string' },
  agency: { type: 'string' },
  place: { type: 'string' },
  'signer-title': { type: 'string', multiple: true },
  signer: { type: 'string' },
  preparer: { type: 'string' },
  term: { type: 'string' },
  year: { type: 'string' },
  quarter: { type: 'string' },
  indicator: { type: 'string' },
  period: { type: 'string' },
  'number-locale': { type: 'string' },
  ...LIMIT_OPTIONS,
  sheet: { type: 'string' },
  docx: { type: 'string' },
  chart: { type: 'string' },
  ...WIDE_OPTIONS,
} as const;

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const { values, lang } = parse(args, OPTIONS);
  if (values.help) {
    io.out(REPORT_HELP[lang]);
    return EXIT.ok;
  }
  const template = values.template as TemplateId | undefined;
  if (!template || !TEMPLATE_IDS.includes(template))
    throw new UsageError({
      vi: `--template phải là một trong ${TEMPLATE_IDS.join(', ')}${template ? ` (đã ghi ${template})` : ''}`,
      en: `--template must be one of ${TEMPLATE_IDS.join(', ')}${template ? ` (got ${template})` : ''}`,
    });
  if (!values.data) throw new UsageError({ vi: 'thiếu --data TỆP', en: '--data FILE is required' });
  if (!values.out) throw new UsageError({ vi: 'thiếu --out TỆP', en: '--out FILE is required' });
  const mode = values.mode ?? 'portable';
  if (mode !== 'live' && mode !== 'portable')
    throw new UsageError({
      vi: `--mode phải là live hoặc portable (đã ghi ${mode})`,
      en: `--mode must be live or portable (got ${mode})`,
    });
  const data = resolve(io.cwd, values.data);
  const out = resolve(io.cwd, values.out);
  // Real paths and inodes, not the names typed: a symlink or hard link to the input is the input.
  if (await sameFile(data, out)) {
    io.err(
      say(
        lang,
        `--out (${out}) là chính tệp số liệu --data (${data}): tệp đầu vào không bao giờ bị ghi đè, kể cả với --force. Chọn tên khác.\n`,
        `--out (${out}) is the input file --data (${data}): the input is never overwritten, not even with --force. Choose another name.\n`,
      ),
    );
    return EXIT.usage;
  }
  if (!out.toLowerCase().endsWith('.xlsx'))
    throw new UsageError({ vi: '--out phải là tệp .xlsx', en: '--out must name an .xlsx file' });
  const extras = extraOutputs(io.cwd, { docx: values.docx, chart: values.chart }, [data, out]);
  const numberLocale = numberLocaleOption(values['number-locale']);

  const request: ReportRequest = {
    template,
    data,
    mode,
    lang,
    province: values.province,
    term: values.term ? term(values.term) : undefined,
    year: values.year ? whole(values.year, '--year') : undefined,
    quarter: values.quarter ? whole(values.quarter, '--quarter', 1, 4) : undefined,
    indicator: values.indicator,
    period: values.period,
    numberLocale,
    ...readLimits(values),
    sheet: values.sheet,
    chart: extras.chart !== undefined,
    wide: await wideOptions(values, io.cwd),
    signature: {
      place: values.place,
      signerTitle: values['signer-title'],
      signer: values.signer,
      preparer: values.preparer,
    },
  };
  const force = Boolean(values.force);
  // Every output is checked before the first is written: a refusal leaves nothing half done.
  const others = async () => {
    const existing = await existingOutput(
      [extras.docx, extras.chart].filter((p) => p !== undefined),
      force,
    );
    return existing ? ({ kind: 'exists', path: existing } as const) : null;
  };
  // The workbook is streamed row by row; a chart's picture needs the whole workbook in memory, and
  // the Word document the layout's cells (a streamed layout keeps none).
  const result =
    request.chart || extras.docx !== undefined
      ? await buildReport(request, io, !values.json)
      : await writeReport(request, io, !values.json, { path: out, force, beforeWrite: others });
  if (!result.ok) {
    if (values.json)
      io.out(
        `${JSON.stringify({ ok: false, exitCode: EXIT.invalidInput, problems: result.problems, ...previewJson(result.wide) }, null, 2)}\n`,
      );
    else
      io.err(
        say(lang, 'Tệp số liệu không hợp lệ; không ghi gì.\n', 'The input is not valid; nothing was written.\n') +
          problemText(result.problems, lang),
      );
    return EXIT.invalidInput;
  }
  const layout = result.layout;
  const refused =
    'bytes' in result ? ((await others()) ?? (await writeAtomic(out, result.bytes, force))) : result.refused;
  const extrasRefused =
    refused || !layout
      ? null
      : (
          await writeExtraOutputs(layout, extras, force, 'chart' in result ? result.chart : undefined, {
            province: values.province,
            agency: values.agency,
          })
        ).refused;
  const refusal = refused ?? extrasRefused;
  if (refusal || !layout) {
    const target = refusal?.path ?? out;
    const exists = refusal?.kind === 'exists';
    const message = exists
      ? say(lang, `Tệp ${target} đã có; dùng --force để ghi đè.`, `${target} exists; use --force to replace it.`)
      : say(
          lang,
          `Không ghi được ${target}: ${refusal?.kind === 'failed' ? refusal.why.vi : ''}`,
          `Cannot write ${target}: ${refusal?.kind === 'failed' ? refusal.why.en : ''}`,
        );
    const code = exists ? EXIT.outputExists : EXIT.failure;
    if (values.json) io.out(`${JSON.stringify({ ok: false, exitCode: code, message }, null, 2)}\n`);
    else io.err(`${message}\n`);
    return code;
  }
  const summary = summarize(layout, lang);
  // Text cut to Excel's cell limit is said, never silent (input warnings stay check's business).
  const truncated = result.warnings.filter((p) => p.reason === 'text-truncated');
  if (values.json) {
    io.out(
      `${JSON.stringify({ ok: true, template, mode, lang, out, ...extras, rows: layout.table.length, summary, indicators: summaryJson(layout, lang), ...(truncated.length > 0 ? { warnings: truncated } : {}), ...previewJson(result.wide) }, null, 2)}\n`,
    );
  } else {
    if (truncated.length > 0) io.err(problemText(truncated, lang));
    // Only the term review has years left to need something in.
    const needed = template === 'term-review';
    const header = (
      lang === 'vi'
        ? ['Chỉ tiêu / địa bàn', 'Mục tiêu', 'Thực hiện', '% mục tiêu', 'Đánh giá', 'Cần đạt năm còn lại']
        : ['Indicator / area', 'Target', 'Actual', '% of target', 'Verdict', 'Needed in remaining years']
    ).slice(0, needed ? 6 : 5);
    // A terminal shows a province's table; a national panel's is in the file (and in --json).
    const shown = summary.slice(0, PRINTED_ROWS);
    const more = summary.length - shown.length;
    io.out(
      `${textTable(
        header,
        shown.map((r) =>
          [r.indicator, r.target, r.achieved, r.percentOfTarget, r.status, r.required].slice(0, header.length),
        ),
        44,
      )}\n${more > 0 ? say(lang, `… và ${more} dòng nữa, trong tệp.\n`, `… and ${more} more rows, in the file.\n`) : ''}\n`,
    );
    io.out(
      say(
        lang,
        `Đã ghi ${out} (${layout.table.length} dòng, chế độ ${mode}).\n`,
        `Wrote ${out} (${layout.table.length} rows, ${mode} mode).\n`,
      ),
    );
    for (const extra of [extras.chart, extras.docx]) if (extra) io.out(`${say(lang, 'Đã ghi', 'Wrote')} ${extra}\n`);
  }
  return EXIT.ok;
}

/** At most this many summary rows are printed (every row is in the .xlsx and in --json). */
const PRINTED_ROWS = 500;

/** `--term 2020-2025` (nhiệm kỳ) and `--term 2021-2025` (giai đoạn) are one term: base 2020, plan years 2021..2025. */
function term(text: string): Term {
  const parsed = parseTerm(text);
  if (isChitieuError(parsed))
    throw new UsageError({ vi: `--term: ${coreReason(parsed).vi}`, en: `--term: ${coreReason(parsed).en}` });
  return parsed;
}

function whole(text: string, name: string, min = 1900, max = 9999): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError({
      vi: `${name} phải là số nguyên từ ${min} đến ${max} (đã ghi ${text})`,
      en: `${name} must be a whole number from ${min} to ${max} (got ${text})`,
    });
  return n;
}
