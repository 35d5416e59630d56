// CHITIEU coverage functions: coverage ratio, per-population rate, share, structure, coverage gap.
import { coverageGap, coverageRatio, perPopulation, share, structure, type NumberInput } from '@chitieu/core';
import type { ExcelArg, ExcelMatrix, Host } from '../excel.js';
import { numberFromExcel } from '../coerce.js';
import { elementwise, type ArgSpec } from '../elementwise.js';
import { listsOf, spillPerCell } from '../lists.js';

const num = (name: string): ArgSpec => ({ name, read: numberFromExcel });
type Col = NumberInput[];

/** PERPOP's `per` when left out: 10,000 (trên 1 vạn dân), the core's default. */
function perOrDefault(cell: Parameters<typeof numberFromExcel>[0]): unknown {
  return cell === null || cell === undefined ? 10000 : numberFromExcel(cell);
}

/** Factory of the coverage adapters for one host (error maker and language). */
export function coverageFunctions(host: Host) {
  return {
    COVERAGE: (covered: ExcelArg, population: ExcelArg): ExcelMatrix =>
      elementwise(host, 'coverageRatio', [num('covered'), num('population')], [covered, population], ([c, p]) =>
        coverageRatio.array(c as Col, p as Col),
      ),

    PERPOP: (count: ExcelArg, population: ExcelArg, per?: ExcelArg): ExcelMatrix =>
      elementwise(
        host,
        'perPopulation',
        [num('count'), num('population'), { name: 'per', read: perOrDefault }],
        [count, population, per ?? null],
        ([c, p, n]) => perPopulation.array(c as Col, p as Col, n as Col),
      ),

    SHARE: (part: ExcelArg, total: ExcelArg): ExcelMatrix =>
      elementwise(host, 'share', [num('part'), num('total')], [part, total], ([p, t]) =>
        share.array(p as Col, t as Col),
      ),

    STRUCTURE: (parts: ExcelArg): ExcelMatrix => {
      const lists = listsOf(parts, numberFromExcel);
      return spillPerCell(
        lists.lists.map((list) => structure(list as Col)),
        lists,
        host,
      );
    },

    COVERAGEGAP: (covered: ExcelArg, population: ExcelArg, targetRatio: ExcelArg): ExcelMatrix =>
      elementwise(
        host,
        'coverageGap',
        [num('covered'), num('population'), num('targetRatio')],
        [covered, population, targetRatio],
        ([c, p, t]) => coverageGap.array(c as Col, p as Col, t as Col),
      ),
  };
}
