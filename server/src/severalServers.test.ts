import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freshPostgres, type FreshDatabase } from './testing/postgres.js';
import { freePort } from './testing/http.js';

/**
 * Two servers — the built app, as `npm start` runs it — on one PostgreSQL database
 * (ZV_DATABASE_URL), as behind a load balancer without sticky sessions. What one server does,
 * the other sees on its next request.
 */
const mainJs = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const ADMIN_PASSWORD = 'wachtwoord van de beheerder voor de test';
const PASSWORD = 'een lange zin als wachtwoord voor de test';

interface Running {
  base: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
}

let database: FreshDatabase;
let root: string;
let keyFile: string;

/** Starts one server on the shared database, with its own DATA_DIR and the shared key file. */
async function startServer(name: string): Promise<Running> {
  const port = await freePort();
  const dataDir = join(root, name);
  const child = spawn(process.execPath, [mainJs], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: dataDir,
      ZV_DATABASE_URL: database.url,
      ZV_ADMIN_PASSWORD: ADMIN_PASSWORD,
      ZV_SECOND_FACTOR_KEY_FILE: keyFile,
      ZV_MFA_REQUIRED: 'none',
    },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server ${name} stopped at start:\n${output}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { base, child, exited, output: () => output };
}

async function graphql<T = Record<string, unknown>>(
  server: Running,
  query: string,
  variables: Record<string, unknown> = {},
  cookie = '',
): Promise<{ data?: T; errors?: { message: string }[]; cookie: string }> {
  const response = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  return { ...body, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { next user { username } } }';
const COUNT_DATES = '{ caseloadSnapshots { peildatum total } }';

async function login(server: Running, username: string, password: string): Promise<string> {
  const result = await graphql(server, LOGIN, { u: username, p: password });
  if (!result.cookie.startsWith('zv_session=')) throw new Error(`login ${username} refused: ${JSON.stringify(result.errors)}`);
  return result.cookie;
}

async function countDates(server: Running, cookie: string): Promise<{ peildatum: string; total: number }[]> {
  const result = await graphql<{ caseloadSnapshots: { peildatum: string; total: number }[] }>(server, COUNT_DATES, {}, cookie);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.caseloadSnapshots;
}

function importFile(server: Running, cookie: string, csv: string | Buffer, fileName: string): Promise<Response> {
  return fetch(`${server.base}/api/import?kind=CASELOAD&dryRun=false&fileName=${fileName}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', cookie },
    body: csv,
  });
}

let a: Running;
let b: Running;
let adminOnA: string;

beforeAll(async () => {
  if (!existsSync(mainJs)) throw new Error(`${mainJs} ontbreekt: bouw eerst de server met \`npm run typecheck\` of \`npm run build\`.`);
  database = await freshPostgres();
  root = mkdtempSync(join(tmpdir(), 'zv-servers-'));
  keyFile = join(root, 'second-factor.key');
  // Both at the same moment on an empty database: one migrates, seeds and makes the admin; the other waits and finds it done.
  [a, b] = await Promise.all([startServer('a'), startServer('b')]);
  adminOnA = await login(a, 'admin', ADMIN_PASSWORD);
});

afterAll(async () => {
  for (const server of [a, b]) {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }
  await database?.drop();
  rmSync(root, { recursive: true, force: true });
});

describe('two servers on one PostgreSQL database', () => {
  it('start at the same moment on an empty database: one schema, one seed, one admin', async () => {
    const { rows: versions } = await database.pool.query<{ n: number }>('SELECT count(*) AS n FROM schema_version');
    expect(versions[0]!.n).toBeGreaterThanOrEqual(3);
    const { rows: users } = await database.pool.query<{ username: string }>('SELECT username FROM app_user');
    expect(users).toEqual([{ username: 'admin' }]);
    // The seed's two count dates, once, and both servers answer them.
    expect(await countDates(a, adminOnA)).toEqual(await countDates(b, adminOnA));
    expect((await countDates(b, adminOnA)).map((s) => s.peildatum)).toEqual(['2022-01-01', '2023-02-01']);
  });

  it('a session made on A is valid on B, and logging out on B ends it on A', async () => {
    const cookie = await login(a, 'admin', ADMIN_PASSWORD);
    const me = await graphql<{ me: { username: string; role: string } }>(b, '{ me { username role } }', {}, cookie);
    expect(me.data?.me).toEqual({ username: 'admin', role: 'BEHEERDER' });
    await graphql(b, 'mutation { logout }', {}, cookie);
    expect((await graphql(a, '{ me { username } }', {}, cookie)).data?.me).toBeNull();
  });

  it('an import on A is the figure B answers on its next request, though B had the old answer cached', async () => {
    const before = await countDates(b, adminOnA);
    expect(await countDates(b, adminOnA)).toEqual(before); // B's cache holds this answer now
    const csv = [
      'peildatum;gemeente;kennisdomein;aantal',
      '1-7-2024;Zaanstad;;47',
      '1-7-2024;Edam-Volendam;;12',
      '1-7-2024;Niet gespecificeerd;;8',
    ];
    const response = await importFile(a, adminOnA, csv.join('\n'), 'juli.csv');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { added: number }).added).toBe(3);
    expect(await countDates(b, adminOnA)).toEqual(
      [...before, { peildatum: '2024-07-01', total: 67 }].sort((x, y) => x.peildatum.localeCompare(y.peildatum)),
    );
  });

  it('a lock made by failed logins on A holds on B, for the right password too', async () => {
    await graphql(
      a,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { username } }',
      { input: { username: 'collega', password: PASSWORD, role: 'ZVH' } },
      adminOnA,
    );
    for (let i = 0; i < 5; i++) {
      expect((await graphql(a, LOGIN, { u: 'collega', p: `fout ${i}` })).errors?.[0]?.message).toMatch(/Inloggen is niet gelukt/);
    }
    const onB = await graphql(b, LOGIN, { u: 'collega', p: PASSWORD });
    expect(onB.cookie).not.toMatch(/^zv_session=/);
    expect(onB.errors?.[0]?.message).toMatch(/Inloggen is niet gelukt/);
    // Refused because of the lock A made, as B's audit entry says.
    const { rows } = await database.pool.query<{ detail: string }>(
      "SELECT detail FROM audit_log WHERE action = 'login' AND object = 'collega' ORDER BY id DESC LIMIT 1",
    );
    expect(rows[0]!.detail).toMatch(/geblokkeerd tot/);
  });

  it('A stopped in the middle of an import leaves nothing half-written, and B imports at once', async () => {
    const before = await countDates(b, adminOnA);
    const { rows: versionsBefore } = await database.pool.query<{ n: number }>('SELECT count(*) AS n FROM data_version');
    const municipalities = ['Edam-Volendam', 'Landsmeer', 'Oostzaan', 'Purmerend', 'Waterland', 'Wormerland', 'Zaanstad'];
    // Daily count dates from 2001 on, seven municipalities each: big enough to stop A while it writes.
    const lines = ['peildatum;gemeente;kennisdomein;aantal'];
    for (let day = 0; day < 6000; day++) {
      const date = new Date(Date.UTC(2001, 0, 1) + day * 86_400_000);
      const dutch = `${date.getUTCDate()}-${date.getUTCMonth() + 1}-${date.getUTCFullYear()}`;
      municipalities.forEach((name, i) => lines.push(`${dutch};${name};;${10 + ((day + i) % 40)}`));
    }
    const pending = importFile(a, adminOnA, lines.join('\n'), 'groot.csv').catch(() => null);
    // Wait until A's connection is inside the transaction that writes the figures, then stop A at once.
    for (;;) {
      const { rows } = await database.pool.query<{ n: number }>(
        `SELECT count(*) AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
            AND query ILIKE '%caseload_count%' AND query NOT ILIKE '%pg_stat_activity%'`,
      );
      if (rows[0]!.n > 0) break;
      if (a.child.exitCode !== null) throw new Error(`A stopped on its own:\n${a.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    a.child.kill('SIGKILL');
    await a.exited;
    await pending;

    // Nothing of it on B, and no version of it; the import lock is free: B's import goes through at once.
    expect(await countDates(b, adminOnA)).toEqual(before);
    const { rows: versionsAfter } = await database.pool.query<{ n: number }>('SELECT count(*) AS n FROM data_version');
    expect(versionsAfter[0]!.n).toBe(versionsBefore[0]!.n);
    const csv = ['peildatum;gemeente;kennisdomein;aantal', '1-8-2024;Zaanstad;;50', '1-8-2024;Purmerend;;20'].join('\n');
    const response = await importFile(b, adminOnA, csv, 'augustus.csv');
    expect(response.status).toBe(200);
    expect((await countDates(b, adminOnA)).find((s) => s.peildatum === '2024-08-01')).toEqual({ peildatum: '2024-08-01', total: 70 });
  });
});
