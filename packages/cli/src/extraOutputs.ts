/**
 * The Word document and the chart a report can write beside its .xlsx (`--docx FILE`,
 * `--chart FILE`), with the .xlsx's rules: atomic writes (the same `writeAtomic`), no file
 * replaced without `--force`, never the input file, and the right extension.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { SheetLayout } from '@chitieu/templates';
import { UsageError } from './args.js';
import { writeAtomic, type WriteRefusal } from './atomicWrite.js';
import { reportChart } from '@chitieu/templates/chart';
import { reportDocument, type ReportDocumentOptions } from '@chitieu/templates/word';

export interface ExtraOutputs {
  docx?: string;
  chart?: string;
}

/**
 * The extra outputs as absolute paths, checked before anything is read or written: each has
 * its extension and differs from the input, the .xlsx and each other.
 */
export function extraOutputs(cwd: string, given: ExtraOutputs, taken: string[]): ExtraOutputs {
  const paths: ExtraOutputs = {};
  const seen = [...taken];
  for (const [key, ext] of [
    ['docx', '.docx'],
    ['chart', '.png'],
  ] as const) {
    const value = given[key];
    if (value === undefined) continue;
    const path = resolve(cwd, value);
    if (!path.toLowerCase().endsWith(ext))
      throw new UsageError({
        vi: `--${key} phải là tệp ${ext} (đã ghi ${value})`,
        en: `--${key} must name a ${ext} file (got ${value})`,
      });
    if (seen.includes(path))
      throw new UsageError({
        vi: `--${key} phải khác tệp đầu vào và các tệp kết quả khác`,
        en: `--${key} must differ from the input and the other outputs`,
      });
    seen.push(path);
    paths[key] = path;
  }
  return paths;
}

/** The first output that exists, when --force is not given: nothing is written then. */
export async function existingOutput(paths: string[], force: boolean): Promise<string | null> {
  if (force) return null;
  for (const path of paths) {
    try {
      await access(path, constants.F_OK);
      return path;
    } catch {
      // absent: fine
    }
  }
  return null;
}

/**
 * Writes the .docx (with the chart in it, `header` naming its issuing body) and the .png; returns the paths written, or the
 * first refusal. The chart is the one the .xlsx embeds when it was drawn for it.
 */
export async function writeExtraOutputs(
  layout: SheetLayout,
  paths: ExtraOutputs,
  force: boolean,
  drawn?: { png: Uint8Array; width: number; height: number },
  header: Pick<ReportDocumentOptions, 'province' | 'agency'> = {},
): Promise<{ written: string[]; refused?: WriteRefusal }> {
  const written: string[] = [];
  if (!paths.docx && !paths.chart) return { written };
  const chart = drawn ?? reportChart(layout);
  if (paths.chart) {
    const refused = await writeAtomic(paths.chart, chart.png, force);
    if (refused) return { written, refused };
    written.push(paths.chart);
  }
  if (paths.docx) {
    const refused = await writeAtomic(paths.docx, await reportDocument(layout, { chart, ...header }), force);
    if (refused) return { written, refused };
    written.push(paths.docx);
  }
  return { written };
}
