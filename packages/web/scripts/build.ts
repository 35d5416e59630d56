/**
 * Builds the page into packages/web/dist/index.html: one self-contained file (script, styles and
 * the worker's code inlined) that works served (`npm run web`) and opened from disk (file://),
 * where Chromium refuses module scripts and workers loaded by URL. So:
 * 1. the worker (src/worker.ts) is bundled first, as a classic script, with the CLI's Node-only
 *    imports pointed at the page's shims (src/shims/: the chosen file for node:fs, fflate for
 *    node:zlib, the `buffer` package for Buffer, the canvas for resvg);
 * 2. the page (src/page.ts) is bundled as one classic script with the worker's code as a string,
 *    started from a Blob URL;
 * 3. both go into src/index.html with a Content-Security-Policy that allows exactly them (by
 *    hash), their Blob worker and the images the page makes itself; nothing from any host.
 * The add-in's check of library calls (addin/scripts/webviews.ts) holds for both bundles, for
 * the browsers the page supports (PAGE_TARGET).
 */
import { build, type BuildOptions } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tooNewCalls } from '../../../addin/scripts/webviews.js';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(web, 'src');
const dist = join(web, 'dist');

/**
 * The page runs in browsers, not in Office's webviews: Chrome, Edge and Firefox 100 and Safari
 * 15.4 (Array.prototype.at, which the wide reader uses). The Set-method names are also zod's
 * schema builders (z.union, z.intersection), which the pattern cannot tell apart.
 */
const PAGE_TARGET = ['chrome100', 'edge100', 'firefox100', 'safari15.4'];
const PAGE_HAS = [
  'Array/String.prototype.at',
  'Object.hasOwn',
  'structuredClone',
  'Array.prototype.findLast',
  'Set methods',
];

const shared: BuildOptions = {
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: PAGE_TARGET,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  alias: {
    'node:fs/promises': join(src, 'shims', 'fs.ts'),
    'node:fs': join(src, 'shims', 'fs.ts'),
    'node:path': join(src, 'shims', 'path.ts'),
    'node:zlib': join(src, 'shims', 'zlib.ts'),
    'node:util': join(src, 'shims', 'util.ts'),
    'node:string_decoder': join(src, 'shims', 'string_decoder.ts'),
    'node:stream/promises': join(src, 'shims', 'stream.ts'),
    'node:module': join(src, 'shims', 'module.ts'),
    'node:child_process': join(src, 'shims', 'unavailable.ts'),
    'node:os': join(src, 'shims', 'unavailable.ts'),
    'node:crypto': join(src, 'shims', 'unavailable.ts'),
    '@resvg/resvg-js': join(src, 'shims', 'resvg.ts'),
  },
  inject: [join(src, 'shims', 'buffer.ts'), join(src, 'shims', 'process.ts')],
  define: { 'process.env.NODE_ENV': '"production"' },
};

async function bundle(entry: string, define: Record<string, string> = {}): Promise<string> {
  const result = await build({ ...shared, entryPoints: [join(src, entry)], define: { ...shared.define, ...define } });
  const code = result.outputFiles[0].text;
  const calls = tooNewCalls(code).filter((what) => !PAGE_HAS.some((has) => what.startsWith(has)));
  if (calls.length > 0)
    throw new Error(`${entry} calls what some browsers lack (addin/scripts/webviews.ts):\n${calls.join('\n')}`);
  return code;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The inlined script must not close its own tag early. */
const inlineSafe = (code: string) => code.replace(/<\/script/giu, '<\\/script').replace(/<!--/gu, '<\\!--');

const worker = await bundle('worker.ts');
/** The sample the README's demo uses, so a first visit can try the page without a file of its own. */
const sample = {
  name: 'thai-binh-2020-2025.csv',
  text: readFileSync(join(web, '..', '..', 'data', 'thai-binh-2020-2025.csv'), 'utf8'),
};
const script = inlineSafe(
  await bundle('page.ts', { CHITIEU_WORKER_SOURCE: JSON.stringify(worker), CHITIEU_SAMPLE: JSON.stringify(sample) }),
);
const style = readFileSync(join(src, 'page.css'), 'utf8');
const page = readFileSync(join(src, 'index.html'), 'utf8')
  .replace('/* CHITIEU_STYLE */', () => style)
  .replace('/* CHITIEU_SCRIPT */', () => script);
/** The policy's hashes are of each element's whole text, as the browser hashes it. */
const inline = (tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'u').exec(page)?.[1] ?? '';
const policy = [
  "default-src 'none'",
  `script-src ${sha256(inline('script'))}`,
  `style-src ${sha256(inline('style'))}`,
  'worker-src blob:',
  'img-src data: blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const html = page.replace('CHITIEU_CSP', policy);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'index.html'), html);
const gz = gzipSync(html, { level: 9 }).length;
console.log(
  `web page built in ${join(dist, 'index.html')}: ${(html.length / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzipped`,
);
