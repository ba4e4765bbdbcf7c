/**
 * The API against its floor, in one run: the Overzicht view's query through GraphQL — persisted,
 * as the dashboard sends it; as plain text, as other tools send it (kept by the response cache
 * after its first answer); and as text to a second server whose cache keeps nothing, so that
 * every request is worked out as the first one after a change is — and the floor route that
 * returns the same data by direct SQL. Server processes in production mode, one at a time under
 * load, autocannon as the load generator.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { loadSeed } from '@zv/seed';
import { readPersistedDocuments } from '@zv/server/dist/http/persistedQueries.js';
import { SqliteStore } from '@zv/server/dist/store/index.js';
import { BENCH_USER, BENCH_USERS } from './names.js';

export interface LoadResult {
  target: Target;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
}

/** What is measured: the floor; the Overview persisted, as text, and as text with every request a miss. */
export type Target = 'floor' | 'graphql' | 'graphql-text' | 'graphql-uncached';

export interface ApiBenchResult {
  rows: LoadResult[];
  /** Bytes of the overview's JSON answer (GraphQL and floor). */
  answerBytes: { graphql: number; floor: number };
}

/** Goals a board would have, so that the overview computes statuses as it does in use. */
const GOALS = [
  { title: 'Lopende casussen ten hoogste 120', indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 120 },
  { title: 'Ten hoogste 4 casussen per 10.000 inwoners', indicator: 'CASES_PER_10K', direction: 'AT_MOST', target: 4 },
  { title: 'Bijdragen gemeenten ten hoogste € 300.000', indicator: 'CONTRIBUTIONS_TOTAL', direction: 'AT_MOST', target: 300_000 },
] as const;

/** The database of `npm start` (the real figures) with three goals. */
export async function prepareRegionDatabase(path: string): Promise<void> {
  const store = SqliteStore.open(path);
  try {
    await store.loadSeed(loadSeed());
    for (const goal of GOALS) {
      await store.createGoal(
        {
          ...goal,
          themeCode: null,
          municipalityCode: null,
          targetUpper: null,
          margin: goal.target * 0.05,
          deadline: null,
          staleAfterDays: 180,
          unit: null,
        },
        new Date().toISOString(),
        'bench',
      );
    }
  } finally {
    await store.close();
  }
}

/** Whether `taskset` can pin a process to a core here (Linux with util-linux). */
export const canPin = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/**
 * Starts benchServer.js on `port` (on the SQLite file or postgres:// URL `databasePath`);
 * resolves once it listens. With `cpu`, the server runs pinned to that core (taskset) when the
 * machine allows.
 */
export async function startBenchServer(
  databasePath: string,
  port: number,
  password: string,
  env: Record<string, string> = {},
  { cpu }: { cpu?: number } = {},
): Promise<ChildProcess> {
  const command = [process.execPath, new URL('./benchServer.js', import.meta.url).pathname, databasePath, String(port)];
  const pinned = cpu !== undefined && canPin ? ['taskset', '-c', String(cpu), ...command] : command;
  const child = spawn(pinned[0]!, pinned.slice(1), {
    env: { ...process.env, ...env, NODE_ENV: 'production', ZV_BENCH_PASSWORD: password },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`benchServer stopped (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
  });
  return child;
}

/** Logs in as the bench user; returns the Cookie header value. */
export async function login(base: string, password: string, username = BENCH_USER): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { next user { username } } }',
      variables: { u: username, p: password },
    }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie) throw new Error(`Inloggen voor de benchmark mislukt: ${response.status} ${await response.text()}`);
  return cookie;
}

export function overviewRequests(cookie: string) {
  const overview = [...readPersistedDocuments().values()].find((d) => d.operationName === 'Overview');
  if (!overview) throw new Error('Het Overview-document ontbreekt in persisted-documents.json: npm run codegen');
  const headers = { 'content-type': 'application/json', cookie };
  return {
    graphql: {
      method: 'POST' as const,
      path: '/graphql',
      headers,
      body: JSON.stringify({ operationName: 'Overview', extensions: { persistedQuery: { version: 1, sha256Hash: overview.hash } } }),
    },
    'graphql-text': {
      method: 'POST' as const,
      path: '/graphql',
      headers,
      body: JSON.stringify({ operationName: 'Overview', query: overview.text }),
    },
    floor: { method: 'GET' as const, path: '/floor/overview', headers: { cookie } },
  };
}

/** Logs in every bench user; answers their Cookie header values. */
export async function loginAll(base: string, password: string): Promise<string[]> {
  const cookies: string[] = [];
  for (const username of BENCH_USERS) cookies.push(await login(base, password, username));
  return cookies;
}

/**
 * One autocannon run; throws when any answer was not 2xx. With `cookies`, the connections are
 * spread over those sessions in turn (each user may have six requests in flight).
 */
export async function load(
  base: string,
  request: { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string },
  connections: number,
  seconds: number,
  cookies: readonly string[] = [],
) {
  let next = 0;
  const setupClient = (client: { setHeaders(headers: Record<string, string>): void }) => {
    if (cookies.length > 0) client.setHeaders({ ...request.headers, cookie: cookies[next++ % cookies.length]! });
  };
  const result = await autocannon({
    url: `${base}${request.path}`,
    method: request.method,
    headers: request.headers,
    body: request.body,
    connections,
    duration: seconds,
    setupClient,
  } as autocannon.Options);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${request.path}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
  };
}

export async function measureApi({ connections = [1, 16, 64], seconds = 8, port = 4711 } = {}): Promise<ApiBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'zv-bench-api-'));
  const password = randomBytes(18).toString('base64url');
  const databasePath = join(dir, 'zv.sqlite');
  await prepareRegionDatabase(databasePath);
  const server = await startBenchServer(databasePath, port, password);
  // Started after the first has created the users; sessions live in the database, so the cookies serve both.
  const uncachedServer = await startBenchServer(databasePath, port + 1, password, { ZV_BENCH_UNCACHED: '1' });
  try {
    const base = `http://127.0.0.1:${port}`;
    const cookies = await loginAll(base, password);
    const requests = overviewRequests(cookies[0]!);
    const bases: Record<Target, string> = {
      floor: base,
      graphql: base,
      'graphql-text': base,
      'graphql-uncached': `http://127.0.0.1:${port + 1}`,
    };
    const targets: Record<Target, Parameters<typeof load>[1]> = { ...requests, 'graphql-uncached': requests['graphql-text'] };

    // Every way of asking answers the same bytes, and the floor the same data, or the comparison means nothing.
    const answer = async (target: Target) => {
      const { path, headers, body } = targets[target];
      return (await fetch(`${bases[target]}${path}`, { method: 'POST', headers, body })).text();
    };
    const graphqlText = await answer('graphql');
    for (const target of ['graphql-text', 'graphql-uncached'] as const) {
      const other = await answer(target);
      if (other !== graphqlText) throw new Error(`${target} antwoordt anders dan de persisted query:\n${other.slice(0, 500)}`);
    }
    const floorText = await (await fetch(`${base}/floor/overview`, { headers: requests.floor.headers })).text();
    // __typename is GraphQL's own (the client's cache needs it), not data: left out of the comparison.
    const { data, errors } = JSON.parse(graphqlText, (key, value: unknown) => (key === '__typename' ? undefined : value)) as {
      data?: unknown;
      errors?: unknown;
    };
    const floor = JSON.parse(floorText) as Record<string, unknown>;
    if (errors || !isDeepStrictEqual(data, floor)) {
      const fields = (data ?? {}) as Record<string, unknown>;
      const differ = [...new Set([...Object.keys(fields), ...Object.keys(floor)])].filter((k) => !isDeepStrictEqual(fields[k], floor[k]));
      const show = (value: unknown) => JSON.stringify(value)?.slice(0, 400);
      throw new Error(
        `De vloer geeft andere gegevens dan GraphQL (${differ.join(', ')}):\n${differ.map((k) => `${k}: ${show(fields[k])}\nvloer: ${show(floor[k])}`).join('\n')}`,
      );
    }

    const rows: LoadResult[] = [];
    for (const n of connections) {
      for (const target of ['floor', 'graphql', 'graphql-text', 'graphql-uncached'] as const) {
        await load(bases[target], targets[target], n, 1, cookies); // warm up: JIT, caches, connections
        rows.push({ target, connections: n, ...(await load(bases[target], targets[target], n, seconds, cookies)) });
      }
    }
    return { rows, answerBytes: { graphql: Buffer.byteLength(graphqlText), floor: Buffer.byteLength(floorText) } };
  } finally {
    server.kill();
    uncachedServer.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
