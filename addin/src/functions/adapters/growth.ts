// CHITIEU growth functions: index, growth, average growth, required growth, projection, contributions.
import {
  averageGrowth,
  cagr,
  contributions,
  developmentIndex,
  growthRate,
  isChitieuError,
  project,
  requiredAverageGrowth,
  requiredGrowth,
  yearsToTarget,
  type NumberInput,
} from '@chitieu/core';
import type { ExcelArg, ExcelMatrix, Host } from '../excel.js';
import { invalidArgument, numberFromExcel } from '../coerce.js';
import { elementwise, type ArgSpec } from '../elementwise.js';
import { failed, listsOf, perList, spillPerCell, spillPerList } from '../lists.js';
import { shapeOf } from '../shape.js';

const num = (name: string): ArgSpec => ({ name, read: numberFromExcel });
type Col = NumberInput[];

/** Factory of the growth adapters for one host (error maker and language). */
export function growthFunctions(host: Host) {
  return {
    GROWTHINDEX: (previous: ExcelArg, current: ExcelArg): ExcelMatrix =>
      elementwise(host, 'developmentIndex', [num('previous'), num('current')], [previous, current], ([p, c]) =>
        developmentIndex.array(p as Col, c as Col),
      ),

    GROWTHRATE: (previous: ExcelArg, current: ExcelArg): ExcelMatrix =>
      elementwise(host, 'growthRate', [num('previous'), num('current')], [previous, current], ([p, c]) =>
        growthRate.array(p as Col, c as Col),
      ),

    CAGR: (start: ExcelArg, end: ExcelArg, years: ExcelArg): ExcelMatrix =>
      elementwise(host, 'cagr', [num('start'), num('end'), num('years')], [start, end, years], ([s, e, n]) =>
        cagr.array(s as Col, e as Col, n as Col),
      ),

    AVGGROWTH: (rates: ExcelArg): ExcelMatrix =>
      spillPerList(listsOf(rates, numberFromExcel).lists, (list) => averageGrowth(list as Col), host),

    REQUIREDGROWTH: (current: ExcelArg, target: ExcelArg, years: ExcelArg): ExcelMatrix =>
      elementwise(
        host,
        'requiredGrowth',
        [num('current'), num('target'), num('years')],
        [current, target, years],
        ([c, t, n]) => requiredGrowth.array(c as Col, t as Col, n as Col),
      ),

    REQUIREDAVG: (targetRate: ExcelArg, termYears: ExcelArg, achievedRates?: ExcelArg): ExcelMatrix => {
      const { lists } = listsOf(achievedRates ?? null, numberFromExcel);
      // Left out, or a single blank cell: no year achieved yet.
      const achieved = lists.length === 1 && lists[0].every((cell) => cell === null) ? [[]] : lists;
      const g = perList('requiredAverageGrowth', 'targetRate', targetRate, achieved.length, numberFromExcel);
      if (isChitieuError(g)) return failed(g, host);
      const T = perList('requiredAverageGrowth', 'termYears', termYears, achieved.length, numberFromExcel);
      if (isChitieuError(T)) return failed(T, host);
      return spillPerList(
        achieved,
        (list, i) => requiredAverageGrowth(g(i) as NumberInput, T(i) as NumberInput, list as Col),
        host,
      );
    },

    PROJECT: (value: ExcelArg, rate: ExcelArg, years: ExcelArg): ExcelMatrix =>
      elementwise(host, 'project', [num('value'), num('rate'), num('years')], [value, rate, years], ([v, r, n]) =>
        project.array(v as Col, r as Col, n as Col),
      ),

    YEARSTOTARGET: (current: ExcelArg, target: ExcelArg, rate: ExcelArg): ExcelMatrix =>
      elementwise(
        host,
        'yearsToTarget',
        [num('current'), num('target'), num('rate')],
        [current, target, rate],
        ([c, t, r]) => yearsToTarget.array(c as Col, t as Col, r as Col),
      ),

    CONTRIBUTIONS: (previousParts: ExcelArg, currentParts: ExcelArg): ExcelMatrix => {
      const before = shapeOf(previousParts);
      const after = shapeOf(currentParts);
      if (before.rows !== after.rows || before.cols !== after.cols) {
        return failed(
          invalidArgument(
            'contributions',
            `previousParts (${before.rows}×${before.cols}) and currentParts (${after.rows}×${after.cols}) must be ranges of the same size`,
            `previousParts (${before.rows}×${before.cols}) và currentParts (${after.rows}×${after.cols}) phải là các vùng cùng kích thước`,
          ),
          host,
        );
      }
      const previous = listsOf(previousParts, numberFromExcel);
      const current = listsOf(currentParts, numberFromExcel);
      const answers = previous.lists.map((list, i) => {
        const answer = contributions(list as Col, current.lists[i] as Col);
        return isChitieuError(answer) ? answer : answer.parts;
      });
      return spillPerCell(answers, previous, host);
    },
  };
}
