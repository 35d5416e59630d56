/**
 * `node:path` for the page. A chosen file is known by its name only (./fs.ts), so `basename`,
 * `extname` and `resolve` work on names; `posix` is the real thing, for the .xlsx reader's part
 * names inside the archive ("xl/worksheets/../sharedStrings.xml").
 */
const name = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

export const basename = (path: string) => name(path);
export function extname(path: string): string {
  const base = name(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
}
export const resolve = (...paths: string[]) => paths[paths.length - 1] ?? '';

/** Collapses "." and ".." segments and repeated slashes, as path.posix.normalize does. */
function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(segment);
  }
  const joined = out.join('/');
  return (absolute ? '/' : '') + (joined || (absolute ? '' : '.'));
}

export function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  if (at < 0) return '.';
  return at === 0 ? '/' : path.slice(0, at);
}

export const join = (...paths: string[]) => normalize(paths.filter((p) => p !== '').join('/'));
export const posix = { basename: (path: string) => path.slice(path.lastIndexOf('/') + 1), dirname, join, normalize };
export default { basename, extname, resolve, join, dirname, posix };
