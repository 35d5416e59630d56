import {
  layoutSteps,
  layoutTemplate,
  type LayoutOptions,
  type LayoutSinks,
  templates,
  type Mode,
  type SheetLayout,
  type SignatureOptions,
  type TemplateId,
} from '@chitieu/templates';
import { type Dataset, problem, renderProblems, type Problem, type WideReading } from '@chitieu/input';
import { readAnyInput, type AnyReadOptions } from '@chitieu/input/files';
import { reportWorkbook, streamReport } from '@chitieu/templates/excel';
import type { Term } from '@chitieu/core';
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { writeAtomic, type WriteRefusal } from './atomicWrite.js';
import { basename } from 'node:path';
import { progressBar, LARGE_INPUT_BYTES } from './progress.js';
import type { ReadLimits } from './args.js';
import { embedChart, reportChart } from '@chitieu/templates/chart';
import type { Io, Lang } from './io.js';
import { printPreview } from './wideInput.js';

export interface ReportRequest extends ReadLimits {
  template: TemplateId;
  data: string;
  mode: Mode;
  lang: Lang;
  province?: string;
  term?: Term;
  year?: number;
  quarter?: number;
  indicator?: string;
  period?: string;
  numberLocale?: 'vi' | 'en';
  sheet?: string;
  /** Draw the percent-of-target chart: returned as PNG and put into the workbook as a picture. */
  chart?: boolean;
  /** What the signature block says (--place, --signer-title, --signer, --preparer). */
  signature?: SignatureOptions;
  /** A wide input's table, mapping file and language of its notes (wideInput.ts). */
  wide?: Pick<AnyReadOptions, 'table' | 'mapping' | 'mappingFile'> & { problems?: Problem[] };
}

export type ReportResult =
  | {
      ok: true;
      layout: SheetLayout;
      bytes: Uint8Array;
      warnings: Problem[];
      chart?: { png: Uint8Array; width: number; height: number };
      wide?: WideReading;
    }
  | { ok: false; problems: Problem[]; wide?: WideReading };

/**
 * Reads and validates the input, lays the template out and renders the workbook in memory.
 * Nothing is written here: a caller writes the bytes only when everything succeeded, so an
 * invalid input never leaves a file behind. The CLI's `report` streams instead (`writeReport`);
 * this whole-workbook path is the one that can also carry the chart's picture.
 */
export async function buildReport(request: ReportRequest, io: Io, showProgress: boolean): Promise<ReportResult> {
  const read = await readStage(request, io, showProgress);
  if (!read.ok) return read;
  const { dataset, warnings, progress, wide } = read;
  const layout = layoutTemplate(templates[request.template], dataset, layoutOptions(request));
  if (layout.table.length === 0) {
    progress.done();
    return { ...nothingToReport(request, warnings), wide };
  }
  progress.update(2, 3, request.lang === 'vi' ? 'ghi' : 'writing');
  // Excel's limits, checked where cells are written: a formula beyond them is an error (exit 2),
  // an over-long text is cut with a warning.
  const rendered: Problem[] = [];
  const workbook = reportWorkbook(layout, rendered);
  if (rendered.some((p) => p.severity === 'error')) {
    progress.done();
    return { ok: false, problems: [...warnings, ...rendered], wide };
  }
  const chart = request.chart ? reportChart(layout) : undefined;
  if (chart) embedChart(workbook, layout, chart);
  const buffer = await workbook.xlsx.writeBuffer();
  progress.update(3, 3, request.lang === 'vi' ? 'ghi' : 'writing');
  progress.done();
  return {
    ok: true,
    layout,
    bytes: new Uint8Array(buffer as ArrayBuffer),
    warnings: [...warnings, ...rendered],
    chart,
    wide,
  };
}

export type WrittenReport =
  | {
      ok: true;
      layout: SheetLayout | undefined;
      warnings: Problem[];
      refused: WriteRefusal | null;
      wide?: WideReading;
    }
  | { ok: false; problems: Problem[]; wide?: WideReading };

/**
 * Reads and validates the input, then lays the report out and writes it to `out` in one pass,
 * row by row (`streamReport`), into a temporary file placed atomically only when the report is
 * valid: memory follows the number of indicator rows, not the number of cells. `beforeWrite`
 * runs once the input is known to be valid, before anything is written (the other outputs'
 * checks); a refusal from it is returned as is. Same outcomes as `buildReport` then `writeAtomic`.
 */
export async function writeReport(
  request: ReportRequest,
  io: Io,
  showProgress: boolean,
  out: { path: string; force: boolean; beforeWrite?: () => Promise<WriteRefusal | null> },
): Promise<WrittenReport> {
  const read = await readStage(request, io, showProgress);
  if (!read.ok) return read;
  const { dataset, warnings, progress, wide } = read;
  const before = (await out.beforeWrite?.()) ?? null;
  if (before) {
    progress.done();
    return { ok: true, layout: undefined, warnings, refused: before, wide };
  }
  const rendered: Problem[] = [];
  let layout: SheetLayout | undefined;
  const refused = await writeAtomic(
    out.path,
    async (temporary) => {
      const file = createWriteStream(temporary, { flags: 'wx' });
      const closed = finished(file);
      try {
        const written = await streamReport(
          (sinks: LayoutSinks) => layoutSteps(templates[request.template], dataset, layoutOptions(request), sinks),
          file,
          rendered,
        );
        layout = written;
        await closed;
        return written.table.length > 0 && !rendered.some((p) => p.severity === 'error');
      } catch (error) {
        file.destroy();
        await closed.catch(() => undefined);
        throw error;
      }
    },
    out.force,
  );
  progress.done();
  if (refused?.kind === 'withheld')
    return layout && layout.table.length === 0
      ? { ...nothingToReport(request, warnings), wide }
      : { ok: false, problems: [...warnings, ...rendered], wide };
  return { ok: true, layout, warnings: [...warnings, ...rendered], refused, wide };
}

/** Reading and validating, with the progress bar the later stages go on with. */
async function readStage(
  request: ReportRequest,
  io: Io,
  showProgress: boolean,
): Promise<
  | {
      ok: true;
      dataset: Dataset;
      warnings: Problem[];
      progress: ReturnType<typeof progressBar>;
      wide?: WideReading;
    }
  | { ok: false; problems: Problem[]; wide?: WideReading }
> {
  let size = 0;
  try {
    size = (await stat(request.data)).size;
  } catch {
    size = 0;
  }
  const progress = progressBar(showProgress && io.errIsTTY && size >= LARGE_INPUT_BYTES);
  const read = await readAnyInput(request.data, {
    ...request.wide,
    lang: request.lang,
    numberLocale: request.numberLocale,
    maxBytes: request.maxBytes,
    maxUnzippedBytes: request.maxUnzippedBytes,
    maxRows: request.maxRows,
    maxColumns: request.maxColumns,
    maxCellChars: request.maxCellChars,
    maxYears: request.maxYears,
    sheet: request.sheet,
    onProgress: (done, total) => progress.update(done, total, request.lang === 'vi' ? 'đọc' : 'reading'),
  });
  printPreview(io, read.wide, request.lang, !showProgress);
  read.problems.unshift(...(request.wide?.problems ?? []));
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    progress.done();
    return { ok: false, problems: read.problems, wide: read.wide };
  }
  progress.update(1, 3, request.lang === 'vi' ? 'tính' : 'computing');
  return { ok: true, dataset: read.dataset, warnings: read.problems, progress, wide: read.wide };
}

function layoutOptions(request: ReportRequest): LayoutOptions {
  return {
    mode: request.mode,
    lang: request.lang,
    province: request.province,
    sourceFile: basename(request.data),
    term: request.term,
    year: request.year,
    quarter: request.quarter,
    indicator: request.indicator,
    period: request.period,
    ...request.signature,
  };
}

function nothingToReport(request: ReportRequest, warnings: Problem[]): { ok: false; problems: Problem[] } {
  const hint = NOTHING[request.template];
  return {
    ok: false,
    problems: [
      ...warnings,
      problem(
        'error',
        'nothing-to-report',
        { file: basename(request.data) },
        { vi: `không có dòng nào để lập biểu: ${hint.vi}`, en: `nothing to report: ${hint.en}` },
      ),
    ],
  };
}

/** Why a template found no rows in a valid file, and what it needs. */
const NOTHING: Record<TemplateId, { vi: string; en: string }> = {
  'term-review': {
    vi: 'tệp không có chỉ tiêu nào (ngoài dân số)',
    en: 'the file has no indicator (other than population)',
  },
  'annual-plan': {
    vi: 'không chỉ tiêu nào có số liệu năm báo cáo hoặc năm trước (--year)',
    en: 'no indicator has a figure for the report year or the year before (--year)',
  },
  quarterly: {
    vi: 'không có số liệu quý (2025-Q1) hay lũy kế (2025-9M) của năm báo cáo (--year, --quarter)',
    en: 'no quarter (2025-Q1) or year-to-date (2025-9M) figures for the report year (--year, --quarter)',
  },
  coverage: {
    vi: 'không có dòng loại covered (số người tham gia, theo địa bàn) cho kỳ đã chọn (--indicator, --period)',
    en: 'no rows of kind covered (people covered, by area) for the period (--indicator, --period)',
  },
};

/** Problems for the terminal: a count, then one line each. */
export function problemText(problems: Problem[], lang: Lang): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const head = lang === 'vi' ? `${errors} lỗi, ${warnings} cảnh báo` : `${errors} error(s), ${warnings} warning(s)`;
  return `${head}\n${renderProblems(problems, lang)}\n`;
}
