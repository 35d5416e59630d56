/**
 * `npm run web`: serves the built page (packages/web/dist, `npm run build` first) on
 * http://127.0.0.1:8080 (PORT overrides it), for whoever prefers an address to opening
 * dist/index.html from disk. Only this machine can reach it; the page asks it for nothing more.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticHandler } from '../../../addin/scripts/static.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('chitieu web: no built page; run `npm run build` first');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
const server = createServer(staticHandler([['/', dist]]));
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const at = typeof address === 'object' && address !== null ? address.port : port;
  console.log(`chitieu web page: http://127.0.0.1:${at}/ (Ctrl+C to stop)`);
});
