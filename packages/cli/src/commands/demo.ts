import { fileURLToPath } from 'node:url';
import { parseTerm, type Term } from '@chitieu/core';
import { join, resolve } from 'node:path';
import { parse } from '../args.js';
import { sameFile, writeAtomic } from '../atomicWrite.js';
import { buildReport, problemText } from '../buildReport.js';
import { EXIT, EXIT_HELP } from '../exitCodes.js';
import { say, type Io } from '../io.js';
import { summarize, summaryJson, textTable } from '../summary.js';
import { assessmentSection, type SheetLayout } from '@chitieu/templates';
import { writeExtraOutputs } from '../extraOutputs.js';

/** The embedded public sample: Thái Bình's 2020-2025 term targets and results, with their sources. */
/** The sample's term: nhiệm kỳ 2020-2025, plan years 2021..2025. */
const SAMPLE_TERM = parseTerm('2021-2025') as Term;

export const SAMPLE = fileURLToPath(new URL('../../../../data/thai-binh-2020-2025.csv', import.meta.url));

export const DEMO_HELP = {
  vi: `chitieu demo [--lang vi|en] [--json] [--out-dir THƯ_MỤC]

Lập biểu đánh giá nhiệm kỳ từ số liệu mẫu Thái Bình 2020-2025 (data/thai-binh-2020-2025.csv), ghi cả hai
chế độ vào out/ (term-review.live.xlsx, term-review.portable.xlsx), biểu đồ term-review.png và văn bản Word
term-review.docx (ghi đè tệp của chính demo), in bảng tóm tắt và các câu nhận xét.
${EXIT_HELP.vi}
`,
  en: `chitieu demo [--lang vi|en] [--json] [--out-dir DIR]

Builds the term review from the embedded Thái Bình 2020-2025 sample (data/thai-binh-2020-2025.csv),
writes both modes to out/ (term-review.live.xlsx, term-review.portable.xlsx), the chart term-review.png
and the Word document term-review.docx (the demo's own files are replaced), and prints a summary table
and the assessment sentences.
${EXIT_HELP.en}
`,
};

export async function demoCommand(args: string[], io: Io): Promise<number> {
  const { values, lang } = parse(args, { 'out-dir': { type: 'string' }, data: { type: 'string' } });
  if (values.help) {
    io.out(DEMO_HELP[lang]);
    return EXIT.ok;
  }
  const dir = resolve(io.cwd, values['out-dir'] ?? 'out');
  const data = values.data ? resolve(io.cwd, values.data) : SAMPLE;
  const written: string[] = [];
  let summary;
  let indicators;
  let portable: { layout: SheetLayout; chart?: { png: Uint8Array; width: number; height: number } } | undefined;
  for (const mode of ['live', 'portable'] as const) {
    const result = await buildReport(
      { template: 'term-review', data, mode, lang, province: 'Thái Bình', term: SAMPLE_TERM, chart: true },
      io,
      !values.json,
    );
    if (!result.ok) {
      io.err(problemText(result.problems, lang));
      return EXIT.invalidInput;
    }
    const out = join(dir, `term-review.${mode}.xlsx`);
    // The demo replaces its own files: never when --data is one of them (or a link to one).
    if (await sameFile(data, out)) {
      io.err(
        say(
          lang,
          `--data (${data}) là tệp demo sẽ ghi (${out}): tệp đầu vào không bao giờ bị ghi đè. Chọn --out-dir khác.\n`,
          `--data (${data}) is a file the demo writes (${out}): the input is never overwritten. Choose another --out-dir.\n`,
        ),
      );
      return EXIT.usage;
    }
    const refused = await writeAtomic(out, result.bytes, true);
    if (refused) {
      io.err(
        `${say(lang, 'Không ghi được', 'Cannot write')} ${out}: ${refused.kind === 'failed' ? refused.why[lang] : ''}\n`,
      );
      return EXIT.failure;
    }
    written.push(out);
    summary = summarize(result.layout, lang);
    indicators = summaryJson(result.layout, lang);
    portable = result;
  }
  // The chart and the Word document, from the portable report (the same numbers in both modes).
  const extras = portable
    ? await writeExtraOutputs(
        portable.layout,
        { chart: join(dir, 'term-review.png'), docx: join(dir, 'term-review.docx') },
        true,
        portable.chart,
        { province: 'Thái Bình' },
      )
    : { written: [] };
  if (extras.refused) {
    const why = extras.refused.kind === 'failed' ? extras.refused.message : '';
    io.err(`${say(lang, 'Không ghi được', 'Cannot write')} ${extras.refused.path}: ${why}\n`);
    return EXIT.failure;
  }
  written.push(...extras.written);
  const sentences = portable ? assessmentSection(portable.layout) : { heading: '', lines: [] };
  if (values.json) {
    io.out(
      `${JSON.stringify({ ok: true, files: written, summary, indicators, assessment: sentences.lines }, null, 2)}\n`,
    );
    return EXIT.ok;
  }
  const header =
    lang === 'vi'
      ? ['Chỉ tiêu', 'Mục tiêu', 'Đã đạt', '% mục tiêu', 'Đánh giá', 'Cần đạt năm còn lại', 'Số liệu kỳ khác']
      : ['Indicator', 'Target', 'Achieved', '% of target', 'Status', 'Needed in remaining years', 'Other periods'];
  const rows = (summary ?? []).map((r) => [
    r.indicator,
    r.target,
    r.achieved,
    r.percentOfTarget,
    r.status,
    r.required,
    r.otherPeriods,
  ]);
  io.out(
    `${say(lang, 'Đánh giá thực hiện chỉ tiêu nhiệm kỳ 2020-2025 (kế hoạch 2021-2025), tỉnh Thái Bình (số liệu công bố; năm 2025 chưa có số liệu: đánh giá giữa kỳ)', 'Term review 2020-2025 (plan years 2021-2025), Thái Bình province (published figures; 2025 has no data yet: mid-term verdicts)')}\n\n`,
  );
  io.out(`${textTable(header, rows, 40)}\n\n`);
  io.out(`${sentences.heading}:\n${sentences.lines.map((line) => `  - ${line}`).join('\n')}\n\n`);
  io.out(`${say(lang, 'Đã ghi', 'Wrote')}:\n${written.map((f) => `  ${f}`).join('\n')}\n`);
  return EXIT.ok;
}
