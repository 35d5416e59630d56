// npm run bench: speed of the core's array forms over 1,000,000 rows, as ratios against
// baselines measured in the same run (never absolute thresholds):
//   - a hand-written plain loop computing the bare formula into a Float64Array (no checks);
//   - formulajs called element by element (RRI, PRODUCT/POWER, IFS), as a formula engine would.
// Results go to the console and into docs/benchmarks.md between the core markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as formulajs from '@formulajs/formulajs';
import { attainment, cagr, status, coverageRatio } from '../packages/core/dist/index.js';

const ROWS = 1_000_000;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 21);

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(2026);
const actual = new Float64Array(ROWS);
const target = new Float64Array(ROWS);
const start = new Float64Array(ROWS);
const population = new Float64Array(ROWS);
const covered = new Float64Array(ROWS);
for (let i = 0; i < ROWS; i++) {
  target[i] = 50 + next() * 100;
  actual[i] = target[i] * (0.8 + next() * 0.4);
  start[i] = 10 + next() * 1000;
  population[i] = 1000 + Math.floor(next() * 200000);
  covered[i] = Math.floor(population[i] * (0.7 + next() * 0.3));
}
const YEARS = 5;

/** Median of a list. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time of one call in ms, after a collection so garbage from the last call is not billed. */
function once(fn) {
  globalThis.gc?.();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Times a candidate against its baseline, interleaved run by run (A B A B ...), so drift and
 * background load hit both alike; reports the median time of each and the median of the
 * per-round ratios, which is the figure that matters.
 */
function compare(baseline, candidate) {
  for (let w = 0; w < 5; w++) {
    baseline();
    candidate();
  }
  const base = [];
  const cand = [];
  const ratios = [];
  for (let k = 0; k < REPEATS; k++) {
    const b = once(baseline);
    const c = once(candidate);
    base.push(b);
    cand.push(c);
    ratios.push(c / b);
  }
  return { baseMs: median(base), candMs: median(cand), ratio: median(ratios) };
}

/** formulajs is ~10-100x slower: time it on a slice of `rows` and scale to the full column. */
function measureSlice(fn, rows) {
  for (let w = 0; w < 2; w++) fn(rows);
  const times = [];
  for (let k = 0; k < 5; k++) times.push(once(() => fn(rows)));
  return (median(times) * ROWS) / rows;
}

const plain = {
  attainment: () => {
    const out = new Float64Array(ROWS);
    for (let i = 0; i < ROWS; i++) out[i] = actual[i] / target[i];
    return out;
  },
  cagr: () => {
    const out = new Float64Array(ROWS);
    for (let i = 0; i < ROWS; i++) out[i] = Math.pow(actual[i] / start[i], 1 / YEARS) - 1;
    return out;
  },
  status: () => {
    const out = new Array(ROWS);
    for (let i = 0; i < ROWS; i++) {
      const a = actual[i];
      const t = target[i];
      out[i] = a > t ? 'exceeded' : a === t ? 'achieved' : a >= t * 0.95 ? 'nearly-achieved' : 'not-achieved';
    }
    return out;
  },
  coverageRatio: () => {
    const out = new Float64Array(ROWS);
    for (let i = 0; i < ROWS; i++) out[i] = covered[i] / population[i];
    return out;
  },
};

const ours = {
  attainment: () => attainment.array(actual, target),
  cagr: () => cagr.array(start, actual, YEARS),
  status: () => status.array(actual, target),
  coverageRatio: () => coverageRatio.array(covered, population),
};

const viaFormulajs = {
  attainment: (rows) => {
    const out = new Array(rows);
    for (let i = 0; i < rows; i++) out[i] = formulajs.PRODUCT(actual[i], formulajs.POWER(target[i], -1));
    return out;
  },
  cagr: (rows) => {
    const out = new Array(rows);
    for (let i = 0; i < rows; i++) out[i] = formulajs.RRI(YEARS, start[i], actual[i]);
    return out;
  },
  status: (rows) => {
    const out = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const a = actual[i];
      const t = target[i];
      out[i] = formulajs.IFS(
        a > t,
        'exceeded',
        a === t,
        'achieved',
        a >= formulajs.PRODUCT(t, 0.95),
        'nearly-achieved',
        true,
        'not-achieved',
      );
    }
    return out;
  },
  coverageRatio: (rows) => {
    const out = new Array(rows);
    for (let i = 0; i < rows; i++) out[i] = formulajs.PRODUCT(covered[i], formulajs.POWER(population[i], -1));
    return out;
  },
};

// Plain JS arrays instead of Float64Array: what a caller holding spreadsheet rows passes.
const actualList = Array.from(actual);
const targetList = Array.from(target);

const rows = [];
for (const name of Object.keys(ours)) {
  const { baseMs: plainMs, candMs: oursMs, ratio } = compare(plain[name], ours[name]);
  const formulajsMs = measureSlice(viaFormulajs[name], 100_000);
  rows.push({ name, plainMs, oursMs, ratio, formulajsMs });
}
const list = compare(
  () => {
    const out = new Float64Array(ROWS);
    for (let i = 0; i < ROWS; i++) out[i] = actualList[i] / targetList[i];
    return out;
  },
  () => attainment.array(actualList, targetList),
);

const fmt = (x, d = 1) => x.toFixed(d);
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${process.version}, ${ROWS.toLocaleString('en-US')} rows; chitieu and its plain loop interleaved over ${REPEATS} rounds, medians; the ratio is the median of per-round ratios. Command: \`npm run bench\`.`,
  '',
  '| function (array form) | plain loop ms | chitieu ms | formulajs ms (per element) | chitieu / plain loop (goal ≤ 1.5) | formulajs / chitieu (goal ≥ 5) |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${fmt(r.plainMs)} | ${fmt(r.oursMs)} | ${fmt(r.formulajsMs, 0)} | ${fmt(r.ratio, 2)} | ${fmt(r.formulajsMs / r.oursMs, 1)} |`,
  ),
  `| attainment, plain-array input | ${fmt(list.baseMs)} | ${fmt(list.candMs)} | | ${fmt(list.ratio, 2)} | |`,
];
console.log(lines.join('\n'));

const here = dirname(fileURLToPath(import.meta.url));
const doc = join(here, '..', 'docs', 'benchmarks.md');
const begin = '<!-- bench:core:start -->';
const end = '<!-- bench:core:end -->';
const text = readFileSync(doc, 'utf8');
if (text.includes(begin) && text.includes(end) && !process.argv.includes('--no-write')) {
  const updated = `${text.slice(0, text.indexOf(begin) + begin.length)}\n${lines.join('\n')}\n${text.slice(text.indexOf(end))}`;
  writeFileSync(doc, updated);
  console.log(`\nwrote ${doc}`);
}
