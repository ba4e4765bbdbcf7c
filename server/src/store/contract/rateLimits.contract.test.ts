import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { rateLimitStores, refused, type StoreUnderTest } from '../../testing/contractStores.js';
import type { RateLimitStore } from '../RateLimitStore.js';

/** Rate-limit counts, once for each store: whatever holds for SQLite holds for PostgreSQL. */
describe.each(rateLimitStores)('RateLimitStore on %s', (_name, open) => {
  let subject: StoreUnderTest<RateLimitStore>;
  beforeEach(async () => {
    subject = await open();
  }, 60_000);
  afterEach(async () => {
    await subject.close();
  }, 60_000);

  const WINDOW = 60_000;
  const NOW = 1_765_000_000_000;

  it('counts within a window, starts a new one when it ended, takes one back and forgets a key', async () => {
    const { store } = subject;
    expect(await store.rateLimitHit('login:192.0.2.1', WINDOW, NOW)).toEqual({ hits: 1, resetMs: NOW + WINDOW });
    expect(await store.rateLimitHit('login:192.0.2.1', WINDOW, NOW + 10)).toEqual({ hits: 2, resetMs: NOW + WINDOW });
    expect((await store.rateLimitHit('oidc:192.0.2.1', WINDOW, NOW)).hits).toBe(1);
    await store.rateLimitUndo('login:192.0.2.1');
    expect((await store.rateLimitHit('login:192.0.2.1', WINDOW, NOW + 20)).hits).toBe(2);
    expect(await store.rateLimitHit('login:192.0.2.1', WINDOW, NOW + WINDOW)).toEqual({ hits: 1, resetMs: NOW + 2 * WINDOW });
    await store.rateLimitReset('login:192.0.2.1');
    expect((await store.rateLimitHit('login:192.0.2.1', WINDOW, NOW + WINDOW)).hits).toBe(1);
  });

  it('lands every count of two servers hitting one address at once', async () => {
    const other = await subject.another();
    const hits = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? subject.store : other).rateLimitHit('login:198.51.100.9', WINDOW, NOW)),
    );
    expect(hits.map((h) => h.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('prunes the counts whose window ended, and refuses a key that is empty or too long', async () => {
    const { store } = subject;
    await store.rateLimitHit('login:a', WINDOW, NOW);
    await store.rateLimitHit('login:b', WINDOW, NOW + WINDOW);
    await store.pruneRateLimits(NOW + WINDOW);
    expect((await store.rateLimitHit('login:a', WINDOW, NOW + WINDOW + 1)).hits).toBe(1);
    expect((await store.rateLimitHit('login:b', WINDOW, NOW + WINDOW + 1)).hits).toBe(2);
    expect(await refused(store.rateLimitHit('', WINDOW, NOW))).toMatch(/CHECK|check/);
    expect(await refused(store.rateLimitHit('x'.repeat(201), WINDOW, NOW))).toMatch(/CHECK|check/);
  });
});
