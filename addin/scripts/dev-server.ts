/**
 * The development server Office expects for a sideloaded add-in: https://localhost:3000 serving
 * addin/dist, with the localhost certificate of office-addin-dev-certs (installed and trusted on
 * first use; on Windows and Mac it asks once for permission). Build first (`npm run build`).
 * PORT overrides the port (the manifest's URLs say 3000).
 */
import { createServer } from 'node:https';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { staticHandler } from './static.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
if (!existsSync(join(dist, 'functions.json'))) {
  console.error('addin/dist is missing: run `npm run build` first');
  process.exit(1);
}
const { getHttpsServerOptions } = createRequire(import.meta.url)('office-addin-dev-certs') as {
  getHttpsServerOptions: () => Promise<{ ca: Buffer; key: Buffer; cert: Buffer }>;
};
const port = Number(process.env.PORT ?? 3000);
const server = createServer(await getHttpsServerOptions(), staticHandler([['/', dist]]));
server.listen(port, 'localhost', () =>
  console.log(`chitieu add-in on https://localhost:${port}/taskpane.html (Ctrl+C to stop)`),
);
