/**
 * Calls of every CHITIEU function the way Excel makes them (2-D arrays, null for a left-out
 * argument, text, logicals, error values), each with the answer computed by the core itself in
 * Node: the browser must return exactly that, code and message included.
 */
import * as core from '@chitieu/core';
import * as words from '@chitieu/words';
import type { ChitieuError } from '@chitieu/core';

/** An error value as Excel passes it; the page turns it into a CustomFunctions.Error. */
export interface ErrorArg {
  readonly __error: string;
  readonly message?: string;
}
export type Arg = unknown[][] | null;
export interface Case {
  readonly id: string;
  readonly args: readonly Arg[];
  /** The expected spill, cell by cell, from the core. */
  readonly expected: (lang: 'vi' | 'en') => unknown[][];
}

/** What the page reports for an error cell, and what a core error is expected to look like. */
export function shown(value: unknown, lang: 'vi' | 'en'): unknown {
  if (core.isChitieuError(value)) {
    const e = value as ChitieuError;
    return { error: e.code, message: e.code === '#VALUE!' || e.code === '#N/A' ? e.message[lang] : undefined };
  }
  return value;
}

const vi = (text: string) => core.parseLocaleNumber(text, 'vi');
const naFromSheet: ErrorArg = { __error: '#N/A', message: 'from the sheet' };
/** What the core receives for that cell: its own error shape, which it passes through. */
const naCore = {
  code: '#N/A',
  reason: 'no-data',
  message: { vi: 'from the sheet', en: 'from the sheet' },
} as ChitieuError;

const column = (values: unknown[]) => values.map((v) => [v]);
const each = (rows: unknown[], lang: 'vi' | 'en') => rows.map((v) => [shown(v, lang)]);
const N = (v: unknown) => v as core.NumberInput;

export const CASES: readonly Case[] = [
  {
    id: 'ATTAINMENT',
    args: [column([86.3, 5, null, '1.234,5', true, naFromSheet, '8.56']), column([100, 0, 1, 2469, 1, 1, 1])],
    expected: (lang) =>
      each(
        [
          core.attainment(86.3, 100),
          core.attainment(5, 0),
          core.attainment(null, 1),
          core.attainment(N(vi('1.234,5')), 2469),
          core.attainment(N(true), 1),
          core.attainment(naCore, 1),
          core.attainment(N(vi('8.56')), 1),
        ],
        lang,
      ),
  },
  {
    // Error codes a custom function may not return become #VALUE! naming them, whichever
    // argument holds them (error-cells.test.ts sends them through the runtime as Excel does).
    id: 'SHARE',
    args: [column([{ __error: '#REF!' }, { __error: '#NAME?' }, 1]), column([1, 1, { __error: '#NULL!' }])],
    expected: (lang) =>
      ['#REF!', '#NAME?', '#NULL!'].map((code) => [
        {
          error: '#VALUE!',
          message: lang === 'vi' ? `một ô đầu vào đang có lỗi ${code}` : `an input cell holds the error ${code}`,
        },
      ]),
  },
  {
    id: 'GAP',
    args: [column([0.0668, '7,5%', '']), [[0.07]]],
    expected: (lang) => each([core.gap(0.0668, 0.07), core.gap(N(vi('7,5%')), 0.07), core.gap(null, 0.07)], lang),
  },
  {
    id: 'PROGRESS',
    args: [column([100, 100, 100]), column([115, 90, 100]), column([130, 130, 100])],
    expected: (lang) =>
      each([core.progress(100, 115, 130), core.progress(100, 90, 130), core.progress(100, 100, 100)], lang),
  },
  {
    id: 'STATUS',
    args: [column([0.925, 0.96, null, 'abc']), [['95% trở lên']], null, null, null],
    expected: (lang) =>
      each(
        [0.925, 0.96, null]
          .map((a) => core.statusLabel(core.status(a, '95% trở lên') as core.StatusCode))
          .concat([core.status(N(vi('abc')), '95% trở lên') as never]),
        lang,
      ),
  },
  {
    id: 'STATUS',
    args: [column([0.031, 0.05]), [[0.04]], [['lower']], [[0]], [['en']]],
    expected: (lang) =>
      each(
        [0.031, 0.05].map((a) =>
          core.statusLabel(core.status(a, 0.04, { direction: 'lower', band: 0 }) as core.StatusCode, 'en'),
        ),
        lang,
      ),
  },
  {
    id: 'CUMATTAINMENT',
    args: [
      [
        [3500, 4200, 4800, null, null],
        [null, null, null, null, null],
      ],
      [[20000]],
      [[5]],
    ],
    expected: (lang) =>
      each(
        [
          [3500, 4200, 4800, null, null],
          [null, null, null, null, null],
        ].map((values) => {
          const r = core.cumulativeAttainment(values, 20000, 5);
          return core.isChitieuError(r) ? r : r.ratio;
        }),
        lang,
      ),
  },
  {
    id: 'ONTRACK',
    args: [column([100, 100, -1]), [[2020]], column([120, 90, 5]), [[2023]], [[130]], [[2025]], null, [['en']]],
    expected: (lang) =>
      each(
        [
          [100, 120],
          [100, 90],
          [-1, 5],
        ].map(([b, l]) => {
          const r = core.onTrack({
            baseValue: b,
            baseYear: 2020,
            latestValue: l,
            latestYear: 2023,
            target: 130,
            targetYear: 2025,
          });
          return core.isChitieuError(r) ? r : core.statusLabel(r.category, 'en', 'onTrack');
        }),
        lang,
      ),
  },
  {
    // Issue 7: two indicators, one series per row (plan years across), text targets, one cell of
    // settings; Thái Bình's GRDP at mid-term is "Khó đạt", the other has "abc" for a year.
    id: 'VERDICT',
    args: [
      column(['growth', 'level']),
      column(['10% trở lên', '14 trở lên']),
      column([null, 9]),
      [
        [0.0668, 0.0952, 0.0737, 0.0701, null],
        [10, 11, 'abc', 13, null],
      ],
      null,
      null,
      null,
      null,
      null,
      [['vi']],
    ],
    expected: (lang) =>
      each(
        [
          core.termVerdict({
            measure: 'growth',
            target: '10% trở lên',
            values: [0.0668, 0.0952, 0.0737, 0.0701, null],
          }),
          core.termVerdict({
            measure: 'level',
            target: '14 trở lên',
            base: 9,
            values: [10, 11, core.parseLocaleNumber('abc', 'vi') as never, 13, null],
          }),
        ].map((r) => (core.isChitieuError(r) ? r : core.statusLabel(r.verdict, 'vi'))),
        lang,
      ),
  },
  {
    // Issue 9: the term review's row of Thái Bình's GRDP (labels as the sheet shows them, the
    // verdict in words), a row whose percent cell holds a label, and an unknown verdict.
    id: 'ASSESSMENT',
    args: [
      column(['Tốc độ tăng trưởng GRDP', 'GRDP (theo công bố)', 'X']),
      column(['growth', 'level', 'level']),
      column(['Khó đạt', 'Chưa có chỉ tiêu', 'maybe']),
      column(['2021-2024', 2024, 2024]),
      column([0.0764, 71326, 1]),
      column(['%', 'tỷ đồng', '%']),
      column([0.764, 'Chưa có chỉ tiêu', null]),
      column([0.1997, '–', null]),
      [[2025]],
      null,
      null,
      null,
    ],
    expected: (lang) =>
      each(
        [
          words.assessment({
            indicator: 'Tốc độ tăng trưởng GRDP',
            measure: 'growth',
            verdict: 'hard',
            period: '2021-2024',
            achieved: 0.0764,
            unit: '%',
            percentOfTarget: 0.764,
            needed: 0.1997,
            neededUnit: 'growth',
            remaining: '2025',
          }),
          words.assessment({
            indicator: 'GRDP (theo công bố)',
            measure: 'level',
            verdict: 'no-target',
            period: '2024',
            achieved: 71326,
            unit: 'tỷ đồng',
            remaining: '2025',
          }),
          words.assessment({
            indicator: 'X',
            measure: 'level',
            verdict: 'maybe' as core.VerdictCode,
            period: '2024',
            achieved: 1,
            unit: '%',
          }),
        ],
        lang,
      ),
  },
  {
    id: 'GROWTHINDEX',
    args: [column([100, 0]), column([108.56, 5])],
    expected: (lang) => each([core.developmentIndex(100, 108.56), core.developmentIndex(0, 5)], lang),
  },
  {
    id: 'GROWTHRATE',
    args: [column([53523, -5]), column([71326, 10])],
    expected: (lang) => each([core.growthRate(53523, 71326), core.growthRate(-5, 10)], lang),
  },
  {
    id: 'CAGR',
    args: [column([10000, 53523, -5]), column([11000, 71326, 10]), column([96, 4, 2])],
    expected: (lang) => each([core.cagr(10000, 11000, 96), core.cagr(53523, 71326, 4), core.cagr(-5, 10, 2)], lang),
  },
  {
    id: 'AVGGROWTH',
    args: [
      [
        [0.0668, 0.0952, 0.0737],
        [0.05, -1, 0.05],
        ['6,68%', null, '7,37%'],
      ],
    ],
    expected: (lang) =>
      each(
        [
          core.averageGrowth([0.0668, 0.0952, 0.0737]),
          core.averageGrowth([0.05, -1, 0.05]),
          core.averageGrowth([N(vi('6,68%')), null, N(vi('7,37%'))]),
        ],
        lang,
      ),
  },
  {
    id: 'REQUIREDGROWTH',
    args: [column([100, 0]), [[130]], [[2]]],
    expected: (lang) => each([core.requiredGrowth(100, 130, 2), core.requiredGrowth(0, 130, 2)], lang),
  },
  {
    id: 'REQUIREDAVG',
    args: [[[0.09]], [[5]], [[0.0856, 0.0856, 0.0856]]],
    expected: (lang) => each([core.requiredAverageGrowth(0.09, 5, [0.0856, 0.0856, 0.0856])], lang),
  },
  {
    id: 'REQUIREDAVG',
    args: [[[0.09]], [[3]], null],
    expected: (lang) => each([core.requiredAverageGrowth(0.09, 3, [])], lang),
  },
  {
    id: 'PROJECT',
    args: [column([100, 100]), column([0.1, -2]), [[2]]],
    expected: (lang) => each([core.project(100, 0.1, 2), core.project(100, -2, 2)], lang),
  },
  {
    id: 'YEARSTOTARGET',
    args: [column([100, 100]), [[200]], column([0.1, -0.1])],
    expected: (lang) => each([core.yearsToTarget(100, 200, 0.1), core.yearsToTarget(100, 200, -0.1)], lang),
  },
  {
    id: 'CONTRIBUTIONS',
    args: [[[100, 300, 600]], [[103, 330, 630]]],
    expected: () => [(core.contributions([100, 300, 600], [103, 330, 630]) as core.Contributions).parts],
  },
  {
    id: 'COVERAGE',
    args: [column([1700000, 5]), column([1837838, 0])],
    expected: (lang) => each([core.coverageRatio(1700000, 1837838), core.coverageRatio(5, 0)], lang),
  },
  {
    id: 'PERPOP',
    args: [column([14, 14]), column([10000, 10000]), null],
    expected: (lang) => each([core.perPopulation(14, 10000), core.perPopulation(14, 10000)], lang),
  },
  {
    id: 'SHARE',
    args: [column([139, 1]), column([350, null])],
    expected: (lang) => each([core.share(139, 350), core.share(1, null)], lang),
  },
  {
    id: 'STRUCTURE',
    args: [[[139, 170, 41]]],
    expected: () => [core.structure([139, 170, 41]) as number[]],
  },
  {
    id: 'COVERAGEGAP',
    args: [column([1700000, 900]), column([1837838, 1000]), column([0.95, 95])],
    expected: (lang) => each([core.coverageGap(1700000, 1837838, 0.95), core.coverageGap(900, 1000, 95)], lang),
  },
  {
    id: 'PARSEVN',
    args: [column(['1.234.567,89', '8,56%', '20.000 tỷ đồng', 7.01, '']), null],
    expected: (lang) =>
      each(
        ['1.234.567,89', '8,56%', '20.000 tỷ đồng', 7.01, ''].map((t) => core.parseLocaleNumber(t, 'vi')),
        lang,
      ),
  },
  {
    id: 'PARSEVN',
    args: [[['1,234.5']], [['en']]],
    expected: (lang) => each([core.parseLocaleNumber('1,234.5', 'en')], lang),
  },
];
