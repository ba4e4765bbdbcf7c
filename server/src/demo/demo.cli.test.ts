import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort } from '../testing/http.js';

/** These tests run the built commands as npm does: node server/dist/cli/demo.js (npm run demo) and server/dist/main.js (npm start). */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const demoJs = join(dist, 'cli', 'demo.js');
const mainJs = join(dist, 'main.js');
const DATABASE = 'zorg-veiligheid.sqlite';

beforeAll(() => {
  if (!existsSync(demoJs)) throw new Error(`${demoJs} ontbreekt: bouw eerst de server met \`npx tsc -b server\`.`);
});

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zv-demo-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const baseEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, NODE_ENV: 'production', ...extra });

/** Starts a built command until /healthz answers; its output and a way to stop it. */
async function start(script: string, args: string[], extra: Record<string, string> = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [script, ...args], { env: baseEnv({ PORT: String(port), HOST: '127.0.0.1', ...extra }) });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (;;) {
    const health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
    if (health?.ok) break;
    if (child.exitCode !== null) throw new Error(`stopte voordat hij antwoordde:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const deployment = async () => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ deployment { demonstration demoAccounts { username } } }' }),
    });
    return (await response.json()) as { data: { deployment: { demonstration: boolean; demoAccounts: { username: string }[] } } };
  };
  return { output: () => output, deployment, stop: async () => (child.kill('SIGTERM'), exited) };
}

const run = (script: string, args: string[], extra: Record<string, string>) =>
  spawnSync(process.execPath, [script, ...args], { env: baseEnv({ PORT: '0', ...extra }), encoding: 'utf8', timeout: 120_000 });

describe('npm run demo', () => {
  it('makes a marked demonstration database on first start, reuses it after, recreates it with --reset; npm start refuses it', async () => {
    const dir = join(tempDir(), 'data-demo');
    const first = await start(demoJs, ['--data-dir', dir]);
    try {
      expect(first.output()).toMatch(/Nieuwe demonstratiedatabase gevuld/);
      const { data } = await first.deployment();
      expect(data.deployment.demonstration).toBe(true);
      expect(data.deployment.demoAccounts.map((a) => a.username)).toEqual([
        'demo-beheerder',
        'demo-bestuurder',
        'demo-zvh',
        'demo-gemeente',
      ]);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(existsSync(join(dir, DATABASE))).toBe(true);

    // The normal server on the demonstration's database: stops before serving anything.
    const normal = run(mainJs, [], { DATA_DIR: dir, ZV_ADMIN_PASSWORD: 'een lang wachtwoord voor de test' });
    expect(normal.status).toBe(1);
    expect(normal.stderr).toMatch(/is een demonstratiedatabase \(gemaakt door npm run demo/);
    // Nor does npm run seed put the real figures into it.
    const seed = run(join(dist, 'cli', 'seed.js'), ['--reset'], { DATA_DIR: dir });
    expect(seed.status).toBe(1);
    expect(seed.stderr).toMatch(/is een demonstratiedatabase/);

    const again = await start(demoJs, ['--data-dir', dir]);
    try {
      expect(again.output()).not.toMatch(/gevuld/);
      expect((await again.deployment()).data.deployment.demonstration).toBe(true);
    } finally {
      await again.stop();
    }

    const reset = await start(demoJs, ['--data-dir', dir, '--reset']);
    try {
      expect(reset.output()).toMatch(/Demonstratiedatabase weggegooid[\s\S]*Nieuwe demonstratiedatabase gevuld/);
    } finally {
      await reset.stop();
    }
  }, 180_000);

  it('never touches a real database: not in its folder, not with --reset, not DATA_DIR, not ZV_DATABASE_URL', async () => {
    const realDir = tempDir();
    const real = await start(mainJs, [], { DATA_DIR: realDir, ZV_ADMIN_PASSWORD: 'een lang wachtwoord voor de test' });
    expect((await real.deployment()).data.deployment).toEqual({ demonstration: false, demoAccounts: [] });
    await real.stop();
    const before = readFileSync(join(realDir, DATABASE));

    for (const args of [
      ['--data-dir', realDir],
      ['--data-dir', realDir, '--reset'],
    ]) {
      const refused = run(demoJs, args, {});
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/is geen demonstratiedatabase: de demonstratie gebruikt of wist die nooit/);
    }
    expect(readFileSync(join(realDir, DATABASE)).equals(before)).toBe(true);

    const sameAsDataDir = run(demoJs, [], { DATA_DIR: realDir, ZV_DEMO_DATA_DIR: realDir });
    expect(sameAsDataDir.status).toBe(1);
    expect(sameAsDataDir.stderr).toMatch(/is de map van de echte database/);

    const postgres = run(demoJs, ['--data-dir', join(tempDir(), 'demo')], { ZV_DATABASE_URL: 'postgres://zv:geheim@db.example/zv' });
    expect(postgres.status).toBe(1);
    expect(postgres.stderr).toMatch(/npm run demo gebruikt nooit ZV_DATABASE_URL/);
    expect(postgres.stderr).not.toMatch(/geheim/);
  }, 180_000);
});
