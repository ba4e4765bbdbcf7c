/**
 * Rate-limit counts in the database: two servers on one database count an address's logins
 * together, a window ends and a new one starts, and counts sent at once all land.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeed } from '@zv/seed';
import { SqliteStore } from '../store/index.js';
import { testServices } from '../testing/api.js';
import { serveOnLoopback } from '../testing/http.js';
import { DatabaseRateLimit } from './rateLimitStore.js';

const LOGIN = { query: 'mutation { login(username: "iemand", password: "niet het wachtwoord") { next } }' };
const RATE = { limit: 5, windowMs: 60_000 };

describe('two servers on one database', () => {
  let dir: string;
  const stores: SqliteStore[] = [];
  const servers: Awaited<ReturnType<typeof serveOnLoopback>>[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zv-ratelimit-'));
    const file = join(dir, 'zv.sqlite');
    const first = SqliteStore.open(file);
    await first.loadSeed(loadSeed());
    stores.push(first, SqliteStore.open(file));
    for (const store of stores) servers.push(await serveOnLoopback({ services: testServices(store), loginRate: RATE }));
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (server: number) =>
    fetch(`${servers[server]!.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(LOGIN),
    }).then((response) => response.status);

  it("count an address's logins together: three on A and two on B fill the limit, the next is refused on either", async () => {
    expect([await post(0), await post(0), await post(0), await post(1), await post(1)]).toEqual([200, 200, 200, 200, 200]);
    expect(await post(1)).toBe(429);
    expect(await post(0)).toBe(429);
  });
});

describe('the counts', () => {
  let store: SqliteStore;
  let clock = 1_000_000;
  let counter: DatabaseRateLimit;

  beforeAll(() => {
    store = SqliteStore.open(':memory:');
    counter = new DatabaseRateLimit(store, 'login:', () => clock);
    counter.init({ windowMs: 60_000 } as Parameters<DatabaseRateLimit['init']>[0]);
  });
  afterAll(() => store.close());

  it('start a new window once the last one ended, and keep addresses and limiters apart', async () => {
    expect(await counter.increment('192.0.2.1')).toEqual({ totalHits: 1, resetTime: new Date(clock + 60_000) });
    expect((await counter.increment('192.0.2.1')).totalHits).toBe(2);
    expect((await counter.increment('192.0.2.2')).totalHits).toBe(1);
    expect((await new DatabaseRateLimit(store, 'oidc:', () => clock).increment('192.0.2.1')).totalHits).toBe(1);
    await counter.decrement('192.0.2.1');
    expect((await counter.increment('192.0.2.1')).totalHits).toBe(2);
    clock += 60_000;
    expect(await counter.increment('192.0.2.1')).toEqual({ totalHits: 1, resetTime: new Date(clock + 60_000) });
    await counter.resetKey('192.0.2.1');
    expect((await counter.increment('192.0.2.1')).totalHits).toBe(1);
  });

  it('count every one of many requests sent at once', async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => counter.increment('198.51.100.9')));
    expect(counts.map((c) => c.totalHits).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('forget counts whose window ended', async () => {
    clock += 120_000;
    await store.pruneRateLimits(clock);
    expect(store.db.prepare('SELECT count(*) FROM rate_limit').pluck().get()).toBe(0);
  });
});
