/**
 * The manifest is written once, for development, with every URL on https://localhost:3000.
 * A production build rewrites that origin from ONE setting, the environment variable
 * CHITIEU_ADDIN_URL (e.g. https://addin.example.gov.vn/chitieu), so the two cannot disagree.
 */
export const DEV_ORIGIN = 'https://localhost:3000';

/**
 * The manifest with the development origin replaced by `baseUrl` (no trailing slash). Throws
 * on a base URL that is not https: Office refuses add-ins served over plain http.
 */
export function rewriteManifest(xml: string, baseUrl: string | undefined): string {
  if (baseUrl === undefined || baseUrl.trim() === '') return xml;
  const base = baseUrl.trim().replace(/\/+$/, '');
  const url = new URL(base);
  if (url.protocol !== 'https:') throw new Error(`CHITIEU_ADDIN_URL must be an https URL (got ${baseUrl})`);
  return xml.split(DEV_ORIGIN).join(base);
}
