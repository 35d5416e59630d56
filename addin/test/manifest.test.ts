import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT, PRODUCTION, manifestVersion, productionManifest, withVersion } from '../scripts/manifest.js';

const root = join(__dirname, '..', '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const version = (JSON.parse(readFileSync(join(root, 'addin', 'package.json'), 'utf8')) as { version: string }).version;
// office-addin-manifest (a devDependency of the add-in) reads manifests with xml2js; use the same parser.
const requireFromManifest = createRequire(createRequire(__filename).resolve('office-addin-manifest'));
const { parseStringPromise } = requireFromManifest('xml2js') as {
  parseStringPromise: (xml: string, options: object) => Promise<unknown>;
};
const { OfficeAddinManifest } = createRequire(__filename)('office-addin-manifest') as {
  OfficeAddinManifest: { readManifestFile: (path: string) => Promise<Record<string, unknown>> };
};

/** Every element of the parsed tree as [name, attributes, text], depth first. */
function elements(node: unknown, name = ''): Array<[string, Record<string, string>, string]> {
  const out: Array<[string, Record<string, string>, string]> = [];
  if (typeof node === 'string') return [[name, {}, node]];
  if (typeof node !== 'object' || node === null) return out;
  const record = node as Record<string, unknown>;
  out.push([name, (record.$ as Record<string, string>) ?? {}, typeof record._ === 'string' ? record._ : '']);
  for (const [key, value] of Object.entries(record)) {
    if (key === '$' || key === '_') continue;
    for (const child of Array.isArray(value) ? value : [value]) out.push(...elements(child, key));
  }
  return out;
}

const tree = parseStringPromise(xml, { strict: true });

/** Every URL of a manifest: URL-valued attributes and AppDomain texts. */
function urlsOf(all: Array<[string, Record<string, string>, string]>): string[] {
  return all.flatMap(([name, attrs, text]) => [
    ...Object.entries(attrs).flatMap(([key, value]) =>
      /^(DefaultValue|Value)$/.test(key) && /^[a-z]+:\/\//i.test(value) ? [value] : [],
    ),
    ...(name === 'AppDomain' ? [text] : []),
  ]);
}

/** The text of the first element `name` (with attributes `attrs`) of a parsed manifest. */
function valueOf(all: Array<[string, Record<string, string>, string]>, name: string, attr = ''): string | undefined {
  const found = all.find(([n]) => n === name);
  return found === undefined ? undefined : attr === '' ? found[2] : found[1][attr];
}

describe('manifest.xml (offline checks; `npm run validate` runs Microsoft online validator)', () => {
  it('is well-formed XML that office-addin-manifest reads', async () => {
    await expect(tree).resolves.toBeTruthy();
    const info = await OfficeAddinManifest.readManifestFile(join(root, 'manifest.xml'));
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.hosts).toEqual(['Workbook']);
  });

  it('every resid resolves to a resource', async () => {
    const all = elements(await tree);
    const ids = new Set(
      all.filter(([name, attrs]) => /^bt:(Image|Url|String)$/.test(name) && attrs.id).map(([, attrs]) => attrs.id),
    );
    const resids = all.flatMap(([, attrs]) => (attrs.resid ? [attrs.resid] : []));
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect(ids.has(resid), `resid ${resid} has no resource`).toBe(true);
  });

  it('every URL is https', async () => {
    const urls = urlsOf(elements(await tree));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(new URL(url).protocol, url).toBe('https:');
  });

  it('has the required elements: shared runtime, custom functions extension point, ribbon button, vi-VN metadata', async () => {
    const all = elements(await tree);
    const has = (name: string, attrs: Record<string, string> = {}) =>
      all.some(([n, a]) => n === name && Object.entries(attrs).every(([k, v]) => a[k] === v));
    for (const name of [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'Permissions',
    ]) {
      expect(has(name), name).toBe(true);
    }
    expect(has('Runtime', { resid: 'Taskpane.Url', lifetime: 'long' })).toBe(true);
    expect(has('ExtensionPoint', { 'xsi:type': 'CustomFunctions' })).toBe(true);
    for (const name of ['Script', 'Page', 'Metadata', 'Namespace']) expect(has(name), name).toBe(true);
    expect(has('Action', { 'xsi:type': 'ShowTaskpane' })).toBe(true);
    expect(has('bt:String', { id: 'Functions.Namespace', DefaultValue: DEVELOPMENT.namespace })).toBe(true);
    expect(has('bt:Override', { Locale: 'vi-VN', Value: 'https://localhost:3000/functions.vi.json' })).toBe(true);
    expect(has('Set', { Name: 'SharedRuntime' })).toBe(true);
  });

  it('icons are PNGs of the sizes the manifest names', async () => {
    const all = elements(await tree);
    const images = all.filter(([name, attrs]) => name === 'bt:Image' && attrs.DefaultValue);
    for (const [, attrs] of images) {
      const file = join(root, 'addin', 'assets', attrs.DefaultValue.split('/').pop() as string);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const size = Number(/(\d+)x/.exec(attrs.id)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      // The pixel data inflates to exactly one filter byte and four bytes per pixel per row.
      expect(inflateSync(png.subarray(41, 33 + png.readUInt32BE(33) + 8)).length).toBe(size * (1 + size * 4));
    }
  });

  it('is the development edition: its own Id, DisplayName and namespace, no AppDomains, the add-in version', async () => {
    const all = elements(await tree);
    expect(valueOf(all, 'Id')).toBe(DEVELOPMENT.id);
    expect(valueOf(all, 'DisplayName', 'DefaultValue')).toBe('chitieu (dev)');
    expect(all.some(([name]) => name === 'AppDomains' || name === 'AppDomain')).toBe(false);
    expect(valueOf(all, 'Version'), 'bump manifest.xml with addin/package.json').toBe(manifestVersion(version));
    expect(DEVELOPMENT.id).not.toBe(PRODUCTION.id);
    expect(DEVELOPMENT.namespace).not.toBe(PRODUCTION.namespace);
    for (const edition of [DEVELOPMENT, PRODUCTION]) expect(edition.namespace).toMatch(/^[A-Z][A-Z0-9]{2,31}$/);
  });

  it('the production edition: URLs only under CHITIEU_ADDIN_URL, its own Id, name and namespace, the version', async () => {
    const production = productionManifest(xml, 'https://addin.example.gov.vn/chitieu/', '1.2.3');
    const all = elements(await parseStringPromise(production, { strict: true }));
    const urls = urlsOf(all);
    expect(urls.length).toBe(urlsOf(elements(await tree)).length);
    for (const url of urls) expect(url.startsWith('https://addin.example.gov.vn/chitieu/'), url).toBe(true);
    expect(urls).toContain('https://addin.example.gov.vn/chitieu/functions.vi.json?v=1.2.3');
    expect(urls).toContain('https://addin.example.gov.vn/chitieu/functions.js?v=1.2.3');
    expect(urls).toContain('https://addin.example.gov.vn/chitieu/taskpane.html');
    expect(valueOf(all, 'Id')).toBe(PRODUCTION.id);
    expect(valueOf(all, 'Version')).toBe('1.2.3.0');
    expect(valueOf(all, 'DisplayName', 'DefaultValue')).toBe(PRODUCTION.displayName.en);
    expect(production).toContain(`<Override Locale="vi-VN" Value="${PRODUCTION.displayName.vi}"/>`);
    expect(production).toContain(`<bt:String id="Functions.Namespace" DefaultValue="${PRODUCTION.namespace}"/>`);
    // No trace of the development edition is left, in URLs or in text.
    expect(production).not.toMatch(/localhost|CHITIEUDEV|\(dev\)/);
    // The getting-started text names the namespace each edition's user types.
    expect(xml).toContain('Type =CHITIEUDEV. in a cell');
    expect(production).toContain('Type =CHITIEU. in a cell');
    expect(production).toContain('production edition for https://addin.example.gov.vn/chitieu:');
    expect(() => productionManifest(xml, 'http://addin.example.gov.vn', '1.2.3')).toThrow(/https/);
  });

  it('the version is the package version, in four parts', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('2.10.3-beta.1')).toBe('2.10.3.0');
    expect(withVersion(xml, '3.4.5')).toContain('<Version>3.4.5.0</Version>');
    expect(() => manifestVersion('latest')).toThrow(/version/);
  });
});
