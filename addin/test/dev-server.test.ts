import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run dev-server` on a machine where the development CA cannot be installed: the server is
 * started with a PATH holding only node (no sudo, no security, no powershell: what root in a
 * container or a user without sudo rights has) and a fresh home directory, so office-addin-dev-certs
 * generates its certificates there and fails to install the CA, on any OS. Nothing is installed
 * on the machine running the test and no network is used.
 */
const addin = join(__dirname, '..');
const EXCEL_ON_THE_WEB = 'https://excel.officeapps.live.com';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** GET or OPTIONS on the dev server, trusting only the CA it generated. */
function ask(url: string, ca: Buffer, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, ca, headers: { origin: EXCEL_ON_THE_WEB } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

interface DevServer {
  readonly origin: string;
  readonly output: string;
  readonly process: ChildProcess;
}

/** Starts `npm run dev-server`'s script on a free port, with only node on PATH and `home` as home. */
function startDevServer(home: string): Promise<DevServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(addin, 'scripts', 'dev-server.ts')], {
    cwd: join(addin, '..'),
    env: { PATH: dirname(process.execPath), HOME: home, USERPROFILE: home, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise<DevServer>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const started = /https:\/\/localhost:(\d+)\//.exec(output);
      if (started !== null) resolve({ origin: `https://localhost:${started[1]}`, output, process: child });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`dev-server exited with ${code}:\n${output}`)));
  });
}

describe('npm run dev-server without a way to install the development CA', () => {
  const home = mkdtempSync(join(tmpdir(), 'chitieu-dev-server-'));
  const caFile = join(home, '.office-addin-dev-certs', 'ca.crt');
  let server: DevServer;
  let origin = '';
  let output = '';

  beforeAll(async () => {
    server = await startDevServer(home);
    ({ origin, output } = server);
  }, 60_000);

  afterAll(() => {
    server?.process.kill();
    rmSync(home, { recursive: true, force: true });
  });

  it('starts anyway and says how to trust the CA it generated', () => {
    expect(output).toMatch(/could not be installed as trusted/);
    expect(output).toContain(caFile);
    expect(output).toMatch(/certutil .* -i /);
  });

  it('serves functions.json over https with a certificate of its CA, and allows Excel on the web to read it', async () => {
    const ca = readFileSync(caFile);
    const answer = await ask(`${origin}/functions.json`, ca);
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    const metadata = JSON.parse(answer.body) as { functions: Array<{ id: string }> };
    expect(metadata.functions.map((f) => f.id)).toContain('ATTAINMENT');
    for (const file of ['functions.vi.json', 'functions.js', 'taskpane.html']) {
      const other = await ask(`${origin}/${file}`, ca);
      expect([file, other.status, other.headers['access-control-allow-origin']]).toEqual([file, 200, '*']);
    }
  });

  it('answers a CORS preflight', async () => {
    const ca = readFileSync(caFile);
    const answer = await ask(`${origin}/functions.json`, ca, 'OPTIONS');
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['access-control-allow-methods']).toContain('GET');
  });

  it('a second start keeps the certificate, so a CA trusted by hand stays trusted', async () => {
    const ca = readFileSync(caFile);
    const again = await startDevServer(home);
    try {
      expect(again.output).not.toMatch(/generated|could not be installed/);
      expect((await ask(`${again.origin}/functions.json`, ca)).status).toBe(200);
    } finally {
      again.process.kill();
    }
  }, 60_000);
});
