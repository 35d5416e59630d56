import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VI } from '../src/functions/translations.vi.js';
import { translationProblems, type FunctionsMetadata } from '../scripts/locales.js';
import { withErrorCells } from '../scripts/metadata.js';
import { createFunctions } from '../src/functions/adapters/index.js';
import { testHost } from './host.js';

const dist = join(__dirname, '..', 'dist');
const read = (file: string) => JSON.parse(readFileSync(join(dist, file), 'utf8')) as FunctionsMetadata;
const NAMES = [
  'ATTAINMENT',
  'GAP',
  'PROGRESS',
  'STATUS',
  'CUMATTAINMENT',
  'ONTRACK',
  'VERDICT',
  'ASSESSMENT',
  'GROWTHINDEX',
  'GROWTHRATE',
  'CAGR',
  'AVGGROWTH',
  'REQUIREDGROWTH',
  'REQUIREDAVG',
  'PROJECT',
  'YEARSTOTARGET',
  'CONTRIBUTIONS',
  'COVERAGE',
  'PERPOP',
  'SHARE',
  'STRUCTURE',
  'COVERAGEGAP',
  'PARSEVN',
];

describe('functions metadata, English and Vietnamese', () => {
  it('the build wrote both files (run npm run build first)', () => {
    expect(existsSync(join(dist, 'functions.json')), 'run npm run build first').toBe(true);
    expect(existsSync(join(dist, 'functions.vi.json'))).toBe(true);
  });

  it('functions.json is what custom-functions-metadata generates from the source now, error cells allowed (never stale, never by hand)', async () => {
    const { generateCustomFunctionsMetadata } = createRequire(__filename)('custom-functions-metadata') as {
      generateCustomFunctionsMetadata: (input: string) => Promise<{ metadataJson: string; errors: string[] }>;
    };
    const fresh = await generateCustomFunctionsMetadata(join(__dirname, '..', 'src', 'functions', 'functions.ts'));
    expect(fresh.errors).toEqual([]);
    expect(read('functions.json')).toEqual(withErrorCells(JSON.parse(fresh.metadataJson) as FunctionsMetadata));
  });

  it('both files let error cells in (allowErrorForDataTypeAny), which custom-functions-metadata never writes', () => {
    expect(read('functions.json').allowErrorForDataTypeAny).toBe(true);
    expect(read('functions.vi.json').allowErrorForDataTypeAny).toBe(true);
  });

  it('lists exactly the 23 CHITIEU functions, the ones the adapters implement', () => {
    const ids = read('functions.json').functions.map((f) => f.id);
    expect(ids).toEqual(NAMES);
    expect(Object.keys(createFunctions(testHost())).sort()).toEqual([...NAMES].sort());
    for (const fn of read('functions.json').functions) expect(fn.name, 'names stay English').toBe(fn.id);
  });

  it('the two files list the same ids, names and parameters, with the same types and options', () => {
    const en = read('functions.json');
    const vi = read('functions.vi.json');
    const shape = (m: FunctionsMetadata) =>
      m.functions.map((f) => ({
        id: f.id,
        name: f.name,
        result: f.result,
        parameters: f.parameters.map(({ description: _, ...rest }) => rest),
      }));
    expect(shape(vi)).toEqual(shape(en));
  });

  it('every description and parameter help is written in both languages, and they differ', () => {
    const en = read('functions.json');
    const vi = read('functions.vi.json');
    expect(translationProblems(en, VI)).toEqual([]);
    en.functions.forEach((fn, i) => {
      const other = vi.functions[i];
      expect(fn.description?.length, fn.id).toBeGreaterThan(10);
      expect(other.description, fn.id).not.toBe(fn.description);
      fn.parameters.forEach((p, k) => {
        expect(p.description?.length, `${fn.id}(${p.name})`).toBeGreaterThan(3);
        expect(other.parameters[k].description, `${fn.id}(${p.name})`).not.toBe(p.description);
      });
    });
  });

  it('the translation check finds a missing or an extra translation', () => {
    const en = read('functions.json');
    const { GAP: _, ...withoutGap } = VI;
    expect(translationProblems(en, withoutGap)).toEqual(['GAP: no Vietnamese translation']);
    const extra = { ...VI, STATUS: { ...VI.STATUS, parameters: { ...VI.STATUS.parameters, colour: 'màu' } } };
    expect(translationProblems(en, extra)).toEqual(['STATUS(colour): translated but not a parameter']);
  });

  it('every parameter is a matrix of any values (a cell or a range), optional ones marked', () => {
    for (const fn of read('functions.json').functions) {
      for (const p of fn.parameters)
        expect([p.type, p.dimensionality], `${fn.id}(${p.name})`).toEqual(['any', 'matrix']);
      expect(fn.result?.dimensionality).toBe('matrix');
    }
    const optional = read('functions.json').functions.flatMap((f) =>
      f.parameters.filter((p) => p.optional).map((p) => `${f.id}.${p.name}`),
    );
    expect(optional).toEqual([
      'STATUS.direction',
      'STATUS.band',
      'STATUS.language',
      'ONTRACK.direction',
      'ONTRACK.language',
      'VERDICT.direction',
      'VERDICT.rate',
      'VERDICT.band',
      'VERDICT.likely',
      'VERDICT.ceiling',
      'VERDICT.language',
      'ASSESSMENT.unit',
      'ASSESSMENT.percentOfTarget',
      'ASSESSMENT.needed',
      'ASSESSMENT.remaining',
      'ASSESSMENT.target',
      'ASSESSMENT.direction',
      'ASSESSMENT.language',
      'ASSESSMENT.status',
      'REQUIREDAVG.achievedRates',
      'PERPOP.per',
      'PARSEVN.locale',
    ]);
  });
});
