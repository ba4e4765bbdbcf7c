import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import Database from 'better-sqlite3';
import { migrations } from '../store/migrations/index.js';
import { seededSqliteStore } from '../testing/api.js';
import { writeOlderDatabase } from '../testing/olderSchema.js';
import { freePort } from '../testing/http.js';

/**
 * `npm run backup` and `npm run restore` as the user runs them: the built CLIs and the built
 * server (`npx tsc -b server` first), as child processes on temporary DATA_DIRs.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const mainJs = join(dist, 'main.js');
const backupJs = join(dist, 'cli', 'backup.js');
const restoreJs = join(dist, 'cli', 'restore.js');
const seedJs = join(dist, 'cli', 'seed.js');
const DB = 'zorg-veiligheid.sqlite';
const ADMIN_PASSWORD = 'wachtwoord van de beheerder voor de back-uptest';
const LATEST = migrations.at(-1)!.version;

jest.setTimeout(60_000);

beforeAll(() => {
  for (const file of [mainJs, backupJs, restoreJs]) {
    if (!existsSync(file)) throw new Error(`${file} ontbreekt: bouw eerst de server met \`npx tsc -b server\`.`);
  }
});

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zv-backup-'));
  dirs.push(dir);
  return dir;
}
const stops: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function env(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    ZV_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DATA_DIR: dataDir,
    ZV_MFA_REQUIRED: 'none',
    ...extra,
  };
}

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built CLI without blocking this process (so a server's requests go on meanwhile). */
function run(script: string, args: string[], dataDir: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: env(dataDir) });
    const result: Result = { status: null, stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (result.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (status) => resolve({ ...result, status }));
  });
}
const backup = (dataDir: string, ...args: string[]) => run(backupJs, args, dataDir);
const restore = (dataDir: string, ...args: string[]) => run(restoreJs, args, dataDir);

async function startServer(dataDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [mainJs], { env: env(dataDir, { PORT: String(port), HOST: '127.0.0.1' }) });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  stops.push(stop);
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`De server startte niet: ${output}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { port, stop };
}

async function graphql(port: number, query: string, cookie = ''): Promise<{ body: unknown; cookie: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return { body: await response.json(), cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

async function login(port: number): Promise<string> {
  const result = await graphql(port, `mutation { login(username: "admin", password: "${ADMIN_PASSWORD}") { next user { role } } }`);
  expect(result.body).toEqual({ data: { login: { next: 'NONE', user: { role: 'BEHEERDER' } } } });
  return result.cookie;
}

const FIGURES = '{ caseload(peildatum: "2023-02-01") { total } contributions(year: 2023) { totalEur } }';
const EXPECTED_FIGURES = { data: { caseload: { total: 96 }, contributions: { totalEur: 285_499 } } };

/** Every row of every table (in a stable order), per table name. */
function dump(path: string, skip: readonly string[] = []): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.filter((t) => !skip.includes(t)).map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY ${orderBy(db, t)}`).all()]),
    );
  } finally {
    db.close();
  }
}

/** Tables that change on their own while the server runs (logins, sessions, the audit log, the login rate's counts). */
const ACTIVITY = ['session', 'audit_log', 'login_failure', 'app_user', 'rate_limit'] as const;

describe('npm run backup while the server runs, and npm run restore', () => {
  it('takes a consistent backup while the server serves requests and writes; restored into a fresh DATA_DIR it gives the same figures', async () => {
    const liveDir = tempDir();
    const server = await startServer(liveDir);
    const cookie = await login(server.port);

    // Keep the server busy, and writing (every request touches the session; logins add
    // sessions and audit entries), for as long as the backup runs.
    let busy = true;
    let requests = 0;
    const load = (async () => {
      while (busy) {
        const [figures] = await Promise.all([
          graphql(server.port, FIGURES, cookie),
          requests % 5 === 0 ? login(server.port) : Promise.resolve(''),
        ]);
        expect(figures.body).toEqual(EXPECTED_FIGURES);
        requests++;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const target = join(tempDir(), 'back-ups', 'zv.sqlite');
    const made = await backup(liveDir, target);
    busy = false;
    await load;
    expect(requests).toBeGreaterThan(0);

    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain(`Back-up gemaakt: ${target}`);
    expect(made.stdout).toMatch(new RegExp(`schemaversie ${LATEST}, integriteitscontrole ok`));
    expect(made.stdout).toMatch(/2 peildata, 14 bijdragen, 1 gebruiker\b/);
    // One self-contained file, nothing half-written left beside it.
    expect(readdirSync(join(target, '..'))).toEqual(['zv.sqlite']);

    // The live database's figures, as they are after the backup (server stopped).
    expect(await server.stop()).toBe(0);
    const liveFigures = dump(join(liveDir, DB), ACTIVITY);
    const backupRows = dump(target);

    const freshDir = join(tempDir(), 'nieuw');
    const restored = await restore(freshDir, target);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain(`Database teruggezet uit ${target}`);
    expect(restored.stdout).toContain('Er was nog geen database.');
    expect(readdirSync(freshDir)).toEqual([DB]);

    // Every table's rows as in the backup; only the sessions are ended and the restore is logged.
    const restoredRows = dump(join(freshDir, DB));
    expect(restoredRows.session).toEqual([]);
    expect(restoredRows.audit_log!.slice(0, -1)).toEqual(backupRows.audit_log);
    expect(restoredRows.audit_log!.at(-1)).toMatchObject({ action: 'database.restore', object: target, result: 'ok', origin: 'cli' });
    const figures = (rows: Record<string, unknown[]>) =>
      Object.fromEntries(Object.entries(rows).filter(([t]) => !(ACTIVITY as readonly string[]).includes(t)));
    expect(figures(restoredRows)).toEqual(figures(backupRows));
    expect(figures(restoredRows)).toEqual(liveFigures);
    expect(restoredRows.app_user).toEqual(backupRows.app_user);

    // And a server on the restored DATA_DIR answers with the same figures: 96 cases, € 285.499.
    const again = await startServer(freshDir);
    const figuresThere = await graphql(again.port, FIGURES, await login(again.port));
    expect(figuresThere.body).toEqual(EXPECTED_FIGURES);
  });

  it('copies one consistent snapshot while another process writes without pause (as an import would)', async () => {
    const liveDir = tempDir();
    expect((await run(seedJs, [], liveDir)).status).toBe(0);
    // Transactions of 100 audit rows each, back to back: a consistent copy holds a whole number of them.
    const writer = spawn(process.execPath, [
      '-e',
      `const D = require(${JSON.stringify(packagePath('better-sqlite3'))});
       const db = new D(${JSON.stringify(join(liveDir, DB))});
       db.pragma('journal_mode = WAL');
       db.pragma('busy_timeout = 5000');
       const insert = db.prepare("INSERT INTO audit_log (at, action, result) VALUES ('2025-01-01T00:00:00Z', 'test.load', 'ok')");
       const batch = db.transaction(() => { for (let i = 0; i < 100; i++) insert.run(); });
       let n = 0;
       for (;;) { batch(); if (++n === 5) console.log('schrijft'); }`,
    ]);
    stops.push(
      async () => (
        writer.kill('SIGKILL'),
        new Promise((resolve) => (writer.exitCode === null ? writer.once('exit', resolve) : resolve(null)))
      ),
    );
    await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));

    const target = join(tempDir(), 'tijdens-schrijven.sqlite');
    const made = await backup(liveDir, target);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const db = new Database(target, { readonly: true });
    const rows = db.prepare("SELECT count(*) FROM audit_log WHERE action = 'test.load'").pluck().get() as number;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(rows).toBeGreaterThanOrEqual(500);
    expect(rows % 100).toBe(0);
  });

  it('taken during an import holds the import whole or not at all, and restores to those figures', async () => {
    const liveDir = tempDir();
    expect((await run(seedJs, [], liveDir)).status).toBe(0);
    // 9.000 new count dates: an import that writes for a while.
    const names = ['Edam-Volendam', 'Landsmeer', 'Oostzaan', 'Purmerend', 'Waterland', 'Wormerland', 'Zaanstad', 'Niet gespecificeerd'];
    const lines = ['peildatum;gemeente;kennisdomein;aantal'];
    for (let day = 0; day < 9000; day += 1) {
      const date = new Date(Date.UTC(2000, 0, 1) + day * 86_400_000);
      const text = `${date.getUTCDate()}-${date.getUTCMonth() + 1}-${date.getUTCFullYear()}`;
      names.forEach((name, i) => lines.push(`${text};${name};;${(day + i) % 40}`));
    }
    const file = join(tempDir(), 'groot.csv');
    writeFileSync(file, lines.join('\r\n'));
    const snapshots = (path: string) => {
      const db = new Database(path, { readonly: true });
      try {
        return db.prepare('SELECT count(*) FROM caseload_snapshot').pluck().get() as number;
      } finally {
        db.close();
      }
    };
    const before = snapshots(join(liveDir, DB));

    const importing = run(join(dist, 'cli', 'import.js'), [file, '--kind', 'CASELOAD'], liveDir);
    await new Promise((resolve) => setTimeout(resolve, 400)); // while it reads and writes
    const target = join(tempDir(), 'tijdens-import.sqlite');
    const made = await backup(liveDir, target);
    expect(made.status).toBe(0);
    const imported = await importing;
    expect(imported.status).toBe(0);
    const after = snapshots(join(liveDir, DB));
    expect(after).toBeGreaterThan(before);

    // The backup holds one of the two states, never half an import.
    expect([before, after]).toContain(snapshots(target));
    const restoredDir = tempDir();
    const restored = await restore(restoredDir, target);
    expect(restored.status).toBe(0);
    expect(snapshots(join(restoredDir, DB))).toBe(snapshots(target));
  });

  it('does not overwrite an existing file without --force, and does with it', async () => {
    const liveDir = tempDir();
    expect((await run(seedJs, [], liveDir)).status).toBe(0);
    const target = join(tempDir(), 'bestaand.sqlite');
    writeFileSync(target, 'een eerdere back-up');

    const refused = await backup(liveDir, target);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Fout: ${target} bestaat al en wordt niet overschreven`);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('een eerdere back-up');

    const forced = await backup(liveDir, target, '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(target).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(readdirSync(join(target, '..'))).toEqual(['bestaand.sqlite']);
  });

  it('says so when there is no database to back up, and when no file is given', async () => {
    const empty = tempDir();
    const none = await backup(empty, join(tempDir(), 'x.sqlite'));
    expect(none.status).toBe(1);
    expect(none.stderr).toContain(`Er is geen database om te back-uppen: ${join(empty, DB)} bestaat niet`);
    const noFile = await backup(empty);
    expect(noFile.status).toBe(1);
    expect(noFile.stderr).toMatch(/Gebruik: npm run backup -- <bestand>/);
  });
});

describe('npm run restore checks the file first', () => {
  /** A DATA_DIR with a seeded database, to see that a refused restore leaves it alone. */
  async function seededDir(): Promise<string> {
    const dir = tempDir();
    expect((await run(seedJs, [], dir)).status).toBe(0);
    return dir;
  }
  function expectUntouched(dir: string) {
    expect(readdirSync(dir)).toEqual([DB]);
  }

  it.each([
    ['a text file', 'dit is geen database\n', /is geen bruikbare SQLite-database/],
    ['a damaged SQLite file', 'SQLite format 3\0'.padEnd(4096, 'x'), /is (geen bruikbare SQLite-database|beschadigd)/],
  ])('refuses %s, naming it', async (_, content, message) => {
    const dir = await seededDir();
    const file = join(tempDir(), 'kapot.sqlite');
    writeFileSync(file, content);
    const result = await restore(dir, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Fout: Het back-upbestand ${file}`);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expectUntouched(dir);
  });

  it('refuses a SQLite database that is not one of this app, one with a newer schema, and one with tables missing', async () => {
    const dir = await seededDir();
    const make = (name: string, sql: string) => {
      const path = join(tempDir(), name);
      const db = new Database(path);
      db.exec(sql);
      db.close();
      return path;
    };
    const foreign = make('ander.sqlite', 'CREATE TABLE t (x)');
    const newer = make('nieuwer.sqlite', `CREATE TABLE t (x); PRAGMA user_version = ${LATEST + 1}`);
    const partial = make('half.sqlite', 'CREATE TABLE region (code TEXT); PRAGMA user_version = 1');

    const results = await Promise.all([foreign, newer, partial].map((file) => restore(dir, file)));
    expect(results.map((r) => r.status)).toEqual([1, 1, 1]);
    expect(results[0]!.stderr).toContain(`${foreign} is geen database van dit dashboard`);
    expect(results[1]!.stderr).toContain(`${newer} heeft schemaversie ${LATEST + 1}; deze versie van de app kent tot en met ${LATEST}`);
    expect(results[2]!.stderr).toMatch(
      new RegExp(
        `${escapeRegExp(partial)} is geen volledige database van dit dashboard \\(schemaversie 1\\): de tabel\\(len\\) .*caseload_snapshot.* ontbreken`,
      ),
    );
    expectUntouched(dir);

    const missing = await restore(dir, join(tempDir(), 'bestaat-niet.sqlite'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Het back-upbestand .*bestaat-niet\.sqlite bestaat niet/);
  });

  it('refuses while a server runs on that DATA_DIR, and changes nothing', async () => {
    const liveDir = tempDir();
    const server = await startServer(liveDir);
    const target = join(tempDir(), 'zv.sqlite');
    expect((await backup(liveDir, target)).status).toBe(0);

    const refused = await restore(liveDir, target);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`De database ${join(liveDir, DB)} is in gebruik`);
    expect(refused.stderr).toContain('Stop de server eerst');
    expect(readdirSync(liveDir).filter((f) => f.includes('herstel'))).toEqual([]);
    // The server did not notice.
    expect((await graphql(server.port, FIGURES, await login(server.port))).body).toEqual(EXPECTED_FIGURES);

    expect(await server.stop()).toBe(0);
    expect((await restore(liveDir, target)).status).toBe(0);
  });

  it('keeps the previous database (its WAL checkpointed into it) and brings an older backup to the current schema', async () => {
    // An old backup: schema version 1 (before users existed), with the real figures.
    const old = join(tempDir(), 'versie-1.sqlite');
    {
      const seeded = await seededSqliteStore();
      writeOlderDatabase(old, 1, seeded.db);
      await seeded.close();
    }

    // The database in use has a change that is still only in its WAL (a process that died
    // without closing, so nothing was checkpointed).
    const dir = await seededDir();
    const writer = spawn(process.execPath, [
      '-e',
      `const D = require(${JSON.stringify(packagePath('better-sqlite3'))});
       const db = new D(${JSON.stringify(join(dir, DB))});
       db.pragma('wal_autocheckpoint = 0');
       db.prepare('UPDATE contribution_year SET total_eur = 1 WHERE year = 2023').run();
       process.kill(process.pid, 'SIGKILL');`,
    ]);
    await new Promise((resolve) => writer.once('exit', resolve));
    expect(existsSync(join(dir, `${DB}-wal`))).toBe(true);

    const result = await restore(dir, old);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `schemaversie 1 → ${LATEST} (migratie ${migrations
        .filter((m) => m.version > 1)
        .map((m) => m.version)
        .join(', ')} toegepast)`,
    );
    const kept = readdirSync(dir).filter((f) => f.startsWith(`${DB}.voor-herstel-`));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^zorg-veiligheid\.sqlite\.voor-herstel-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/);
    expect(result.stdout).toContain(`De vorige database is bewaard als ${join(dir, kept[0]!)}`);
    // Only the two databases: no -wal or -shm left, the WAL's change is inside the kept file.
    expect(readdirSync(dir).sort()).toEqual([DB, kept[0]!].sort());
    const previous = new Database(join(dir, kept[0]!), { readonly: true });
    expect(previous.prepare('SELECT total_eur FROM contribution_year WHERE year = 2023').pluck().get()).toBe(1);
    previous.close();

    const now = new Database(join(dir, DB), { readonly: true });
    expect(now.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(now.prepare('SELECT total_eur FROM contribution_year WHERE year = 2023').pluck().get()).toBe(285_499);
    expect(now.prepare('SELECT count(*) FROM app_user').pluck().get()).toBe(0);
    now.close();

    // The server starts on it (creating admin, as on any database without users).
    const server = await startServer(dir);
    expect((await graphql(server.port, FIGURES, await login(server.port))).body).toEqual(EXPECTED_FIGURES);
  });
});

/** A path as it appears inside a RegExp. */
function escapeRegExp(path: string): string {
  return path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The resolved path of a package, for the child process (CommonJS require). */
function packagePath(name: string): string {
  return join(fileURLToPath(new URL('../../../node_modules/', import.meta.url)), name);
}

/** ORDER BY every column (up to the first three): a stable order whatever the table's width. */
function orderBy(db: Database.Database, table: string): string {
  const columns = (db.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(table) as number) || 1;
  return Array.from({ length: Math.min(columns, 3) }, (_, i) => i + 1).join(', ');
}
