import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort } from './testing/http.js';

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

const ADMIN_PASSWORD = 'wachtwoord van de beheerder voor de test';

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, NODE_ENV: 'production', ZV_ADMIN_PASSWORD: ADMIN_PASSWORD, ...extra };
}

async function graphql(port: number, query: string, cookie = ''): Promise<{ body: unknown; cookie: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return { body: await response.json(), cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

/** Starts the built server; answers its port, its output so far and a way to stop it. */
async function startServer(dataDir: string, extraEnv: Record<string, string> = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [mainJs], { env: { ...env({ PORT: String(port), DATA_DIR: dataDir }), ...extraEnv } });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitForHealth(`http://127.0.0.1:${port}/healthz`);
  return { port, output, stop: async () => (child.kill('SIGTERM'), exited) };
}

async function waitForHealth(url: string, timeoutMs = 60_000): Promise<Response> {
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
  it('creates and seeds the database under DATA_DIR and serves /healthz and, after login, /graphql on PORT', async () => {
    const dataDir = join(tempDir(), 'nieuw');
    const server = await startServer(dataDir, { ZV_MFA_REQUIRED: 'none' });
    try {
      const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect(existsSync(join(dataDir, 'zorg-veiligheid.sqlite'))).toBe(true);

      const anonymous = await graphql(server.port, '{ contributions(year: 2023) { totalEur } }');
      expect(JSON.stringify(anonymous.body)).toMatch(/UNAUTHENTICATED/);
      const login = await graphql(
        server.port,
        `mutation { login(username: "admin", password: "${ADMIN_PASSWORD}") { next user { role } } }`,
      );
      expect(login.body).toEqual({ data: { login: { next: 'NONE', user: { role: 'BEHEERDER' } } } });
      const figures = await graphql(server.port, '{ contributions(year: 2023) { totalEur } }', login.cookie);
      expect(figures.body).toEqual({ data: { contributions: { totalEur: 285_499 } } });
      expect(server.output.stderr).toMatch(/Nieuwe database gevuld met de bronwaarden/);
      // The password came from ZV_ADMIN_PASSWORD: nothing printed, no file written.
      expect(server.output.stdout).not.toMatch(/wachtwoord:/);
      expect(existsSync(join(dataDir, 'initial-admin-password'))).toBe(false);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('without ZV_ADMIN_PASSWORD generates the first password, prints it once and keeps it in a file only the owner reads', async () => {
    const dataDir = tempDir();
    const first = await startServer(dataDir, { ZV_ADMIN_PASSWORD: '' });
    const file = join(dataDir, 'initial-admin-password');
    try {
      const password = readFileSync(file, 'utf8').trim();
      expect(password.length).toBeGreaterThanOrEqual(20);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(first.output.stdout).toContain(`wachtwoord: ${password}`);
      const login = await graphql(first.port, `mutation { login(username: "admin", password: "${password}") { next user { username } } }`);
      // By default a beheerder needs a second factor: the right password leads to setting one up.
      expect(login.body).toEqual({ data: { login: { next: 'ENROL', user: null } } });
      expect(existsSync(join(dataDir, 'second-factor.key'))).toBe(true);
      expect(statSync(join(dataDir, 'second-factor.key')).mode & 0o777).toBe(0o600);
    } finally {
      await first.stop();
    }
    const second = await startServer(dataDir, { ZV_ADMIN_PASSWORD: '' });
    await second.stop();
    expect(second.output.stdout).not.toMatch(/wachtwoord:/);
  });

  it('refuses a common ZV_ADMIN_PASSWORD at the first start, saying why', () => {
    const result = spawnSync(process.execPath, [mainJs], {
      env: env({ PORT: '0', DATA_DIR: tempDir(), ZV_ADMIN_PASSWORD: 'welkom01' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ZV_ADMIN_PASSWORD wordt niet geaccepteerd.*veelgebruikte wachtwoorden/);
  });

  it('stops at start with a message naming the path when the database file is corrupt', () => {
    const dataDir = tempDir();
    const path = join(dataDir, 'zorg-veiligheid.sqlite');
    writeFileSync(path, 'SQLite format 3\0'.padEnd(4096, 'x'));
    const result = spawnSync(process.execPath, [mainJs], { env: env({ PORT: '0', DATA_DIR: dataDir }), encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Kan de database ${path} niet openen`);
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('stops at start when PORT is not a port number, saying what is allowed', () => {
    const result = spawnSync(process.execPath, [mainJs], {
      env: env({ PORT: 'vierduizend', DATA_DIR: tempDir() }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/PORT="vierduizend" is geen geldig poortnummer/);
  });
});

describe('npm run seed', () => {
  it('loads the figures, changes nothing the second time, and reloads them with --reset', () => {
    const dataDir = tempDir();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [seedJs, ...args], { env: env({ DATA_DIR: dataDir }), encoding: 'utf8', timeout: 60_000 });
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
