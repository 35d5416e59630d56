/**
 * A static file handler for node:http / node:https, shared by the development server (https on
 * localhost:3000) and the browser tests (http on 127.0.0.1): each mount maps a URL prefix to a
 * directory. No dependency, no directory listing, no path escaping its directory.
 *
 * Every answer allows any origin (CORS): Excel on the web fetches functions.json,
 * functions.vi.json and functions.js from its own origin (excel.officeapps.live.com, a
 * SharePoint host, ...), and the browser blocks them unless the server says so. The files are
 * public and no cookie is involved, so `*` is enough. A production server must do the same
 * (README, "Use it in Excel").
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

/** URL prefix (`/`, `/office/`) → directory. */
export type Mounts = ReadonlyArray<readonly [prefix: string, directory: string]>;

/** A request handler serving the files of `mounts`, the longest matching prefix first. */
export function staticHandler(mounts: Mounts): (req: IncomingMessage, res: ServerResponse) => void {
  const sorted = [...mounts].sort((a, b) => b[0].length - a[0].length);
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = sorted.find(([prefix]) => path.startsWith(prefix));
    const endWith = (status: number) => {
      res.statusCode = status;
      res.end();
    };
    res.setHeader('access-control-allow-origin', '*');
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-methods', 'GET, HEAD, OPTIONS');
      return endWith(204);
    }
    if (mount === undefined) return endWith(404);
    const [prefix, directory] = mount;
    const relative = normalize(path.slice(prefix.length) || 'index.html');
    if (relative.startsWith('..') || relative.includes(`${sep}..`)) return endWith(403);
    const file = join(directory, relative);
    readFile(file).then(
      (body) => {
        res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('cache-control', 'no-store');
        res.end(body);
      },
      () => endWith(404),
    );
  };
}
