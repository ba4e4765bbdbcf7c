import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';

/** These tests run the built server as `npm start` does: node server/dist/main.js. */
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const mainJs = join(dist, 'main.js');
const seedJs = join(dist, 'cli', 'seed.js');

beforeAll(() => {
  if (!existsSync(mainJs)) throw new Error(`${mainJs} ontbreekt: bouw eerst de server met \`npm run typecheck\` of \`npm run build\`.`);
});

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zv-main-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, NODE_ENV: 'production', ...extra };
}

async function waitForHealth(url: string, timeoutMs = 15_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('the server process', () => {
  it('creates and seeds the database under DATA_DIR and serves /healthz and /graphql on PORT', async () => {
    const dataDir = join(tempDir(), 'nieuw');
    const port = await freePort();
    const child = spawn(process.execPath, [mainJs], { env: env({ PORT: String(port), DATA_DIR: dataDir }) });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const health = await waitForHealth(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect(existsSync(join(dataDir, 'zorg-veiligheid.sqlite'))).toBe(true);

      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ contributions(year: 2023) { totalEur } }' }),
      });
      expect(await response.json()).toEqual({ data: { contributions: { totalEur: 285_499 } } });
      expect(stderr).toMatch(/Nieuwe database gevuld met de bronwaarden/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('stops at start with a message naming the path when the database file is corrupt', () => {
    const dataDir = tempDir();
    const path = join(dataDir, 'zorg-veiligheid.sqlite');
    writeFileSync(path, 'SQLite format 3\0'.padEnd(4096, 'x'));
    const result = spawnSync(process.execPath, [mainJs], { env: env({ PORT: '0', DATA_DIR: dataDir }), encoding: 'utf8', timeout: 15_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Kan de database ${path} niet openen`);
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('stops at start when PORT is not a port number, saying what is allowed', () => {
    const result = spawnSync(process.execPath, [mainJs], { env: env({ PORT: 'vierduizend', DATA_DIR: tempDir() }), encoding: 'utf8', timeout: 15_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/PORT="vierduizend" is geen geldig poortnummer/);
  });
});

describe('npm run seed', () => {
  it('loads the figures, changes nothing the second time, and reloads them with --reset', () => {
    const dataDir = tempDir();
    const run = (...args: string[]) => spawnSync(process.execPath, [seedJs, ...args], { env: env({ DATA_DIR: dataDir }), encoding: 'utf8', timeout: 15_000 });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/toegevoegd [1-9]\d*, gewijzigd 0/);
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/toegevoegd 0, gewijzigd 0/);
    const reset = run('--reset');
    expect(reset.status).toBe(0);
    expect(reset.stdout).toMatch(/leeggemaakt en opnieuw gevuld/);
    expect(reset.stdout).toMatch(/toegevoegd [1-9]\d*, gewijzigd 0/);
  });

  it('refuses an unknown option with its usage', () => {
    const result = spawnSync(process.execPath, [seedJs, '--wis-alles'], { env: env({ DATA_DIR: tempDir() }), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Gebruik: npm run seed/);
  });
});
