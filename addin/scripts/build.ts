/**
 * Builds the add-in into addin/dist, in the order the pieces depend on each other:
 * 1. functions.json from the JSDoc of src/functions/functions.ts (custom-functions-metadata:
 *    never kept by hand) with error cells allowed in (scripts/metadata.ts), and functions.vi.json
 *    from it and translations.vi.ts;
 * 2. the functions bundle and the task pane bundle (esbuild, minified, for the webviews of
 *    Office; a library call one of them lacks fails the build);
 * 3. the task pane page and the icons, copied;
 * 4. dist/manifest.xml: the root manifest.xml (the development edition) with the version of
 *    addin/package.json; when CHITIEU_ADDIN_URL is set (a production build), the production
 *    edition for that URL (scripts/manifest.ts).
 * Run from the repository root: `npm run build` builds the workspaces (core, templates, ...)
 * and then this (`npm run build:addin`), which bundles their dist output.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { VI } from '../src/functions/translations.vi.js';
import { translateMetadata, type FunctionsMetadata } from './locales.js';
import { DEVELOPMENT, PRODUCTION, productionManifest, withVersion } from './manifest.js';
import { withErrorCells } from './metadata.js';
import { paneTemplates } from './pane-templates.js';
import { BROWSER_TARGET, tooNewCalls } from './webviews.js';

const addin = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(addin, 'dist');
const require = createRequire(import.meta.url);
const version = (JSON.parse(readFileSync(join(addin, 'package.json'), 'utf8')) as { version: string }).version;
const productionUrl = process.env.CHITIEU_ADDIN_URL?.trim() || undefined;
/** The edition being built: the task pane writes formulas in its namespace. */
const edition = productionUrl === undefined ? DEVELOPMENT : PRODUCTION;

async function metadata(): Promise<void> {
  const { generateCustomFunctionsMetadata } = require('custom-functions-metadata') as {
    generateCustomFunctionsMetadata: (
      input: string,
      console?: boolean,
    ) => Promise<{ metadataJson: string; errors: string[] }>;
  };
  const result = await generateCustomFunctionsMetadata(join(addin, 'src', 'functions', 'functions.ts'), true);
  if (result.errors.length > 0) throw new Error(`custom-functions-metadata:\n${result.errors.join('\n')}`);
  const en = withErrorCells(JSON.parse(result.metadataJson) as FunctionsMetadata);
  writeFileSync(join(dist, 'functions.json'), `${JSON.stringify(en, null, 2)}\n`);
  writeFileSync(join(dist, 'functions.vi.json'), `${JSON.stringify(translateMetadata(en, VI), null, 2)}\n`);
}

/**
 * esbuild lowers syntax to the target but leaves library calls as written: a call a webview of
 * Office lacks (Object.hasOwn on Safari 14) fails the build instead of throwing in Excel.
 */
function checkWebviews(): void {
  for (const file of ['functions.js', 'taskpane.js', 'tablereader.js']) {
    const calls = tooNewCalls(readFileSync(join(dist, file), 'utf8'));
    if (calls.length > 0)
      throw new Error(`${file} calls what some Office webviews lack (scripts/webviews.ts):\n${calls.join('\n')}`);
  }
}

async function bundles(): Promise<void> {
  await build({
    entryPoints: {
      functions: join(addin, 'src', 'functions', 'functions.ts'),
      taskpane: join(addin, 'src', 'taskpane', 'taskpane.ts'),
      // The wide-table reader, loaded by the pane when the officer first reads a table.
      tablereader: join(addin, 'src', 'taskpane', 'reader.ts'),
    },
    outdir: dist,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // The webviews Office runs the shared runtime in (scripts/webviews.ts says which and why).
    target: BROWSER_TARGET,
    minify: true,
    legalComments: 'none',
    metafile: false,
    logLevel: 'warning',
    define: { FUNCTIONS_NAMESPACE: JSON.stringify(edition.namespace) },
    plugins: [paneTemplates()],
  });
}

function pages(): void {
  copyFileSync(join(addin, 'src', 'taskpane', 'taskpane.html'), join(dist, 'taskpane.html'));
  copyFileSync(join(addin, 'src', 'taskpane', 'taskpane.css'), join(dist, 'taskpane.css'));
  copyFileSync(join(addin, 'src', 'support.html'), join(dist, 'support.html'));
  mkdirSync(join(dist, 'assets'), { recursive: true });
  for (const file of readdirSync(join(addin, 'assets')))
    copyFileSync(join(addin, 'assets', file), join(dist, 'assets', file));
  const manifest = readFileSync(join(addin, '..', 'manifest.xml'), 'utf8');
  writeFileSync(
    join(dist, 'manifest.xml'),
    productionUrl === undefined ? withVersion(manifest, version) : productionManifest(manifest, productionUrl, version),
  );
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await metadata();
await bundles();
checkWebviews();
pages();
console.log(
  `add-in ${version} built in ${dist}${productionUrl === undefined ? ' (development edition)' : ` for ${productionUrl}`}`,
);
