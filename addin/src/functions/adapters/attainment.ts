// CHITIEU attainment functions: percent of plan, gap, progress, status, cumulative, on track.
import {
  attainment,
  cumulativeAttainment,
  gap,
  isChitieuError,
  onTrack,
  progress,
  status,
  statusLabel,
  termVerdict,
} from '@chitieu/core';
import type {
  CodeColumnResult,
  Direction,
  NumberInput,
  OnTrackCategory,
  StatusCode,
  StatusOptions,
  TermColumns,
  TermMeasure,
} from '@chitieu/core';
import type { ExcelArg, ExcelMatrix, Host } from '../excel.js';
import { invalidArgument, numberFromExcel, optionFromExcel, textFromExcel } from '../coerce.js';
import { cellwise, elementwise, isOneCell, type ArgSpec } from '../elementwise.js';
import { failed, listsOf, perList, spillPerList } from '../lists.js';
import { single } from '../result.js';
import { firstCell } from '../shape.js';

const num = (name: string): ArgSpec => ({ name, read: numberFromExcel });
const text = (name: string): ArgSpec => ({ name, read: textFromExcel });
const option = (name: string): ArgSpec => ({ name, read: optionFromExcel });

/** The label language of STATUS and ONTRACK: Vietnamese unless told (the domain's default). */
function labelLang(where: string, value: unknown): 'vi' | 'en' | ReturnType<typeof invalidArgument> {
  if (isChitieuError(value)) return value; // an error cell given as the language
  if (value === undefined || value === 'vi' || value === 'vi-vn') return 'vi';
  if (value === 'en' || value === 'en-us') return 'en';
  return invalidArgument(
    where,
    `language must be "vi" or "en" (got ${String(value)})`,
    `ngôn ngữ phải là "vi" hoặc "en" (nhận được ${String(value)})`,
  );
}

/** The STATUS options from their cells; blank ones take the core's defaults. */
function statusOptions(direction: unknown, band: unknown): StatusOptions {
  const options: StatusOptions = {};
  if (direction !== undefined) options.direction = direction as Direction;
  // Blank (null) keeps the core's default band; anything else goes to the core, which checks it.
  if (band !== undefined && band !== null) options.band = band as number;
  return options;
}

/** Factory of the attainment adapters for one host (error maker and language). */
export function attainmentFunctions(host: Host) {
  return {
    ATTAINMENT: (actual: ExcelArg, target: ExcelArg): ExcelMatrix =>
      elementwise(host, 'attainment', [num('actual'), num('target')], [actual, target], ([a, t]) =>
        attainment.array(a as NumberInput[], t as NumberInput[]),
      ),

    GAP: (actual: ExcelArg, target: ExcelArg): ExcelMatrix =>
      elementwise(host, 'gap', [num('actual'), num('target')], [actual, target], ([a, t]) =>
        gap.array(a as NumberInput[], t as NumberInput[]),
      ),

    PROGRESS: (baseline: ExcelArg, actual: ExcelArg, target: ExcelArg): ExcelMatrix =>
      elementwise(
        host,
        'progress',
        [num('baseline'), num('actual'), num('target')],
        [baseline, actual, target],
        ([b, a, t]) => progress.array(b as NumberInput[], a as NumberInput[], t as NumberInput[]),
      ),

    STATUS: (
      actual: ExcelArg,
      target: ExcelArg,
      direction?: ExcelArg,
      band?: ExcelArg,
      language?: ExcelArg,
    ): ExcelMatrix => {
      const specs = [num('actual'), text('target'), option('direction'), num('band'), option('language')];
      const args = [actual, target, direction ?? null, band ?? null, language ?? null];
      // Options in single cells (the usual case): the core's array form judges the whole range,
      // unless an option cell is an error or unreadable: then cell by cell, to answer every row.
      const lang = labelLang('status', optionFromExcel(firstCell(args[4])));
      const chosen = [optionFromExcel(firstCell(args[2])), numberFromExcel(firstCell(args[3]))];
      const oneCellOptions = isOneCell(args[2]) && isOneCell(args[3]) && isOneCell(args[4]);
      if (oneCellOptions && !isChitieuError(lang) && !chosen.some(isChitieuError)) {
        const options = statusOptions(chosen[0], chosen[1]);
        return elementwise(
          host,
          'status',
          specs.slice(0, 2),
          [actual, target],
          ([a, t]) => status.array(a, t as string[], options) as CodeColumnResult<string>,
          (code) => statusLabel(code as StatusCode, lang),
        );
      }
      return cellwise(host, 'status', specs, args, ([a, t, d, b, l]) => {
        const cellLang = labelLang('status', l);
        if (isChitieuError(cellLang)) return cellLang;
        return statusLabel(status(a, t as string, statusOptions(d, b)), cellLang);
      });
    },

    CUMATTAINMENT: (values: ExcelArg, target: ExcelArg, termYears: ExcelArg): ExcelMatrix => {
      const { lists } = listsOf(values, numberFromExcel);
      const t = perList('cumulativeAttainment', 'target', target, lists.length, numberFromExcel);
      if (isChitieuError(t)) return failed(t, host);
      const T = perList('cumulativeAttainment', 'termYears', termYears, lists.length, numberFromExcel);
      if (isChitieuError(T)) return failed(T, host);
      return spillPerList(
        lists,
        (list, i) => {
          const answer = cumulativeAttainment(list as NumberInput[], t(i) as NumberInput, T(i) as NumberInput);
          return isChitieuError(answer) ? answer : answer.ratio;
        },
        host,
      );
    },

    ONTRACK: (
      baseValue: ExcelArg,
      baseYear: ExcelArg,
      latestValue: ExcelArg,
      latestYear: ExcelArg,
      target: ExcelArg,
      targetYear: ExcelArg,
      direction?: ExcelArg,
      language?: ExcelArg,
    ): ExcelMatrix => {
      const specs = [
        num('baseValue'),
        num('baseYear'),
        num('latestValue'),
        num('latestYear'),
        text('target'),
        num('targetYear'),
        option('direction'),
      ];
      if (!isOneCell(language ?? null)) {
        return single(invalidArgument('onTrack', 'language must be one cell', 'ngôn ngữ phải là một ô'), host);
      }
      const lang = labelLang('onTrack', optionFromExcel(firstCell(language ?? null)));
      if (isChitieuError(lang)) return single(lang, host);
      return elementwise(
        host,
        'onTrack',
        specs,
        [baseValue, baseYear, latestValue, latestYear, target, targetYear, direction ?? null],
        ([bv, by, lv, ly, t, ty, d]) => {
          const columns: TermColumns = {
            baseValue: bv,
            baseYear: by,
            latestValue: lv,
            latestYear: ly,
            target: t,
            targetYear: ty,
          };
          if (d !== undefined) columns.direction = d as Direction;
          const answer = onTrack.array(columns);
          return isChitieuError(answer) ? answer : answer.category;
        },
        (code) => statusLabel(code as OnTrackCategory, lang, 'onTrack'),
      );
    },

    VERDICT: (
      measure: ExcelArg,
      target: ExcelArg,
      base: ExcelArg,
      values: ExcelArg,
      direction?: ExcelArg,
      rate?: ExcelArg,
      band?: ExcelArg,
      likely?: ExcelArg,
      ceiling?: ExcelArg,
      language?: ExcelArg,
    ): ExcelMatrix => {
      // One series per row of `values` (indicators down, plan years across), like CUMATTAINMENT;
      // the per-indicator arguments are one cell for all or one per series; settings one cell.
      const { lists } = listsOf(values, numberFromExcel);
      const n = lists.length;
      const perSeries = [
        perList('termVerdict', 'measure', measure, n, optionFromExcel),
        perList('termVerdict', 'target', target, n, textFromExcel),
        perList('termVerdict', 'base', base ?? null, n, numberFromExcel),
        perList('termVerdict', 'direction', direction ?? null, n, optionFromExcel),
        perList('termVerdict', 'rate', rate ?? null, n, optionFromExcel),
      ];
      const refused = perSeries.find(isChitieuError);
      if (refused) return failed(refused, host);
      const [m, t, b, d, r] = perSeries as Array<(i: number) => unknown>;
      const settings = [band, likely, ceiling].map((arg) => numberFromExcel(firstCell(arg ?? null)));
      const badSetting = settings.find(isChitieuError);
      if (badSetting) return failed(badSetting, host);
      const [bandValue, likelyValue, ceilingValue] = settings as Array<number | null>;
      const lang = labelLang('termVerdict', optionFromExcel(firstCell(language ?? null)));
      if (isChitieuError(lang)) return single(lang, host);
      return spillPerList(
        lists,
        (list, i) => {
          const answer = termVerdict({
            measure: m(i) as TermMeasure,
            target: t(i) as string,
            base: b(i) as NumberInput,
            values: list as NumberInput[],
            direction: d(i) as Direction | undefined,
            rate: r(i) === true,
            band: bandValue ?? undefined,
            likelyFrom: likelyValue ?? undefined,
            ceiling: ceilingValue ?? undefined,
          });
          return isChitieuError(answer) ? answer : statusLabel(answer.verdict, lang);
        },
        host,
      );
    },
  };
}
