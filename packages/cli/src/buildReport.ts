import {
  layoutTemplate,
  problem,
  renderProblems,
  templates,
  type Mode,
  type Problem,
  type SheetLayout,
  type TemplateId,
  type WideReading,
} from '@chitieu/templates';
import { readAnyInput, reportWorkbook, type AnyReadOptions } from '@chitieu/templates/excel';
import type { Term } from '@chitieu/core';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { progressBar, LARGE_INPUT_BYTES } from './progress.js';
import type { ReadLimits } from './args.js';
import { embedChart, reportChart } from './chart/attainmentChart.js';
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
 * invalid input never leaves a file behind.
 */
export async function buildReport(request: ReportRequest, io: Io, showProgress: boolean): Promise<ReportResult> {
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
  const layout = layoutTemplate(templates[request.template], read.dataset, {
    mode: request.mode,
    lang: request.lang,
    province: request.province,
    sourceFile: basename(request.data),
    term: request.term,
    year: request.year,
    quarter: request.quarter,
    indicator: request.indicator,
    period: request.period,
  });
  if (layout.table.length === 0) {
    progress.done();
    const hint = NOTHING[request.template];
    return {
      ok: false,
      problems: [
        ...read.problems,
        problem(
          'error',
          'nothing-to-report',
          { file: basename(request.data) },
          { vi: `không có dòng nào để lập biểu: ${hint.vi}`, en: `nothing to report: ${hint.en}` },
        ),
      ],
    };
  }
  progress.update(2, 3, request.lang === 'vi' ? 'ghi' : 'writing');
  // Excel's limits, checked where cells are written: a formula beyond them is an error (exit 2),
  // an over-long text is cut with a warning.
  const rendered: Problem[] = [];
  const workbook = reportWorkbook(layout, rendered);
  if (rendered.some((p) => p.severity === 'error')) {
    progress.done();
    return { ok: false, problems: [...read.problems, ...rendered] };
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
    warnings: [...read.problems, ...rendered],
    chart,
    wide: read.wide,
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
