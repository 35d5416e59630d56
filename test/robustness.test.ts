// No exported function of @chitieu/core, helpers included, given any mix of NaN, ±Infinity,
// null, undefined, strings, booleans, objects, empty or mismatched arrays, throws or returns
// anything but its documented result: a finite number, a code or label, a documented object of
// finite numbers, or an error value. The functions are the package's real exports, read from
// its index, so a new export is swept the day it is added.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from '../packages/core/src/index.js';
import { isDocumentedResult } from './support/results.js';

const upstreamError = core.attainment(1, 0);

/** Any single value a spreadsheet, a CSV or a careless caller could pass. */
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, -0 and huge values
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.constantFrom(null, undefined, '', '   ', true, false, 0, -0, 1, -1, 1e308, -1e308, 5e-324),
  fc.constantFrom(
    '8,56%',
    '95% trở lên',
    '1.234,5',
    '1,234.5',
    'abc',
    '=SUM(A1)',
    'dưới 4%',
    '6,5 - 7%',
    'NaN',
    'Infinity',
  ),
  fc.constantFrom('exceeded', 'achieved', 'vi', 'en', 'higher', 'lower'),
  fc.string({ maxLength: 12 }),
  fc.constant(upstreamError),
  fc.constant({}),
  fc.constant({ kind: 'floor', low: 0.95, high: null, inclusive: true }),
  fc.constant(Symbol('s')),
  fc.constant(() => 1),
);

/** Arrays, typed arrays and lists of arrays, including empty and ragged ones. */
const nastyColumn: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(nastyValue, { maxLength: 6 }),
  fc.array(fc.double(), { maxLength: 6 }).map((values) => Float64Array.from(values)),
  fc.array(fc.array(nastyValue, { maxLength: 4 }), { maxLength: 4 }),
  fc.array(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 3 }), {
    minLength: 1,
    maxLength: 4,
  }),
  fc.constant([]),
  fc.constant([[]]),
);

/** Inputs of the term-forecast functions, with nasty fields. */
const nastyTerm: fc.Arbitrary<unknown> = fc.record(
  {
    baseValue: fc.oneof(nastyValue, fc.double({ min: 0, max: 1000, noNaN: true })),
    baseYear: fc.oneof(nastyValue, fc.integer({ min: 2015, max: 2025 })),
    latestValue: fc.oneof(nastyValue, fc.double({ min: 0, max: 1000, noNaN: true })),
    latestYear: fc.oneof(nastyValue, fc.integer({ min: 2015, max: 2030 })),
    target: fc.oneof(nastyValue, fc.double({ min: 0, max: 1000, noNaN: true })),
    targetYear: fc.oneof(nastyValue, fc.integer({ min: 2015, max: 2035 })),
    direction: fc.constantFrom('higher', 'lower', 'sideways', undefined),
    unit: fc.constantFrom('rate', 'level', undefined),
  },
  { requiredKeys: [] },
);

const anyArgument = fc.oneof(
  { weight: 4, arbitrary: nastyValue },
  { weight: 2, arbitrary: nastyColumn },
  { weight: 1, arbitrary: nastyTerm },
);

type CoreFunction = ((...args: unknown[]) => unknown) & { array?: (...args: unknown[]) => unknown };

/** Every function the package exports, with the forms it has: `name` and, if any, `name.array`. */
const EXPORTS: Array<[string, 'scalar' | 'array']> = Object.entries(core)
  .filter(([, value]) => typeof value === 'function')
  .flatMap(([name, value]) =>
    typeof (value as CoreFunction).array === 'function'
      ? [
          [name, 'scalar'],
          [name, 'array'],
        ]
      : [[name, 'scalar']],
  );

/** Where an array form's error does not say its row: every `errors` Map's entry k has row k. */
function misplacedRows(value: unknown, path = 'result', seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Map) {
    return [...value.entries()]
      .filter(([row, error]) => (error as { row?: unknown }).row !== row)
      .map(([row]) => `${path}.get(${String(row)}) has no row ${String(row)}`);
  }
  return Object.entries(value).flatMap(([key, item]) => misplacedRows(item, `${path}.${key}`, seen));
}

function call(name: string, form: 'scalar' | 'array', args: unknown[]): unknown {
  const fn = (
    core as unknown as Record<string, ((...a: unknown[]) => unknown) & { array: (...a: unknown[]) => unknown }>
  )[name];
  return form === 'scalar' ? fn(...args) : fn.array(...args);
}

describe('every function survives any input', () => {
  it('sweeps the real exports, helpers included', () => {
    const names = EXPORTS.map(([name]) => name);
    for (const helper of ['describeError', 'rowsOf', 'isBlank', 'describeTarget', 'averageGrowthDetail', 'toNumber'])
      expect(names).toContain(helper);
    expect(EXPORTS.length).toBeGreaterThan(50);
  });

  for (const [name, form] of EXPORTS) {
    it(`${name}${form === 'array' ? '.array' : ''}: never throws, never NaN/Infinity/undefined`, () => {
      fc.assert(
        fc.property(fc.array(anyArgument, { maxLength: 5 }), (args) => {
          let result: unknown;
          expect(() => {
            result = call(name, form, args);
          }).not.toThrow();
          const problems: string[] = [];
          expect(isDocumentedResult(result, problems), `${name}(${fc.stringify(args)}): ${problems.join('; ')}`).toBe(
            true,
          );
          if (form === 'array') expect(misplacedRows(result), `${name}.array(${fc.stringify(args)})`).toEqual([]);
        }),
        { numRuns: 400, seed: 42 },
      );
    });
  }

  // The sweep of issue 11, kept exact: each hostile value in every position of every form (the
  // other positions 1, or the same value), at least four positions, one more than the function declares.
  it('answers the fixed hostile sweep with a value or a typed error, never a throw', () => {
    const hostile: unknown[] = [NaN, Infinity, -Infinity, null, undefined, '', 'abc', true, [], {}, -1, 0, '8,56%'];
    hostile.push(Symbol('s'), () => 1, Object.create(null), new Float64Array([NaN]), [[]]);
    const failures: string[] = [];
    let calls = 0;
    for (const [name, form] of EXPORTS) {
      const fn = (core as unknown as Record<string, CoreFunction>)[name];
      const arity = Math.max((form === 'array' ? fn.array! : fn).length, 3) + 1;
      for (let position = 0; position < arity; position++) {
        for (const value of hostile) {
          for (const fill of [1, value]) {
            const args = new Array<unknown>(arity).fill(fill);
            args[position] = value;
            calls++;
            try {
              const problems: string[] = [];
              if (!isDocumentedResult(call(name, form, args), problems)) failures.push(`${name}: ${problems[0]}`);
            } catch (error) {
              failures.push(`${name}${form === 'array' ? '.array' : ''} threw ${(error as Error).message}`);
            }
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(5000);
    expect(failures).toEqual([]);
  });
});

/** Array forms whose arguments are plain numeric columns, with their arity. */
const COLUMN_FUNCTIONS: Array<[string, number]> = [
  ['attainment', 2],
  ['gap', 2],
  ['progress', 3],
  ['cagr', 3],
  ['developmentIndex', 2],
  ['growthRate', 2],
  ['requiredGrowth', 3],
  ['project', 3],
  ['yearsToTarget', 3],
  ['coverageRatio', 2],
  ['perPopulation', 3],
  ['share', 2],
  ['coverageGap', 3],
  ['roundHalfAwayFromZero', 2],
];

/** Cell values that stress the fast paths: edge numbers plus the non-numbers. */
const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -5, max: 200, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 10 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 1, -1, 0.5, Infinity, -Infinity, NaN, 1e308, -1e308, 5e-324) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '', 'x', '8,56', true, upstreamError) },
);

describe('array forms agree with their scalar function on every row', () => {
  for (const [name, arity] of COLUMN_FUNCTIONS) {
    it(`${name}.array(...) row i === ${name}(...row i)`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 8 }).chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.array(
                fc.oneof(
                  fc.array(cellValue, { minLength: rows, maxLength: rows }),
                  fc.array(fc.double(), { minLength: rows, maxLength: rows }).map((xs) => Float64Array.from(xs)),
                  cellValue, // a single value broadcast to every row
                ),
                { minLength: arity, maxLength: arity },
              ),
            ),
          ),
          ([rows, args]) => {
            const result = call(name, 'array', args) as { values: ArrayLike<number>; errors: Map<number, unknown> };
            const anyColumn = args.some((a) => Array.isArray(a) || ArrayBuffer.isView(a));
            const expectedRows = anyColumn ? rows : 1;
            expect(result.values.length).toBe(expectedRows);
            for (let i = 0; i < expectedRows; i++) {
              const rowArgs = args.map((a) =>
                Array.isArray(a) || ArrayBuffer.isView(a) ? (a as ArrayLike<unknown>)[i] : a,
              );
              const scalar = call(name, 'scalar', rowArgs);
              const row = result.errors.get(i) ?? result.values[i];
              if (typeof scalar === 'number')
                expect(row === scalar, `row ${i}: ${String(row)} vs ${scalar} for ${fc.stringify(rowArgs)}`).toBe(true);
              else expect(row, `row ${i} for ${fc.stringify(rowArgs)}`).toEqual(scalar);
            }
          },
        ),
        { numRuns: 500, seed: 99 },
      );
    });
  }
});
