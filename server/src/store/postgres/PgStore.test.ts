import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { StoreOpenError } from '../sqlite/open.js';
import { SqliteStore } from '../sqlite/SqliteStore.js';
import { freshPostgres, type FreshDatabase } from '../../testing/postgres.js';
import { refused } from '../../testing/contractStores.js';
import { PgStore } from './PgStore.js';

let database: FreshDatabase;
let store: PgStore;

beforeAll(async () => {
  database = await freshPostgres();
  store = await PgStore.open(database.url);
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

describe('PgStore', () => {
  it('has every method of the SQLite store: the forwarded parts leave none out', () => {
    const methods = Object.getOwnPropertyNames(SqliteStore.prototype).filter((name) => name !== 'constructor');
    expect(methods.length).toBeGreaterThan(100);
    const missing = methods.filter((name) => typeof (store as unknown as Record<string, unknown>)[name] !== 'function');
    expect(missing).toEqual([]);
  });

  it('serves the seed it loaded, choosing the region as SQLite does', async () => {
    expect(await store.isEmpty()).toBe(true);
    await store.loadSeed(loadSeed());
    expect(await store.isEmpty()).toBe(false);
    expect((await store.getRegion()).code).toBe('zaanstreek-waterland');
    expect((await store.listMunicipalities()).map((m) => m.name)).toContain('Zaanstad');
    const other = await PgStore.open(database.url, { region: 'elders' });
    try {
      expect(await other.isEmpty()).toBe(true);
      expect(await refused(other.getRegion())).toMatch(
        /ZV_REGION="elders": deze regio staat niet in de database\. Regio's in de database: zaanstreek-waterland/,
      );
    } finally {
      await other.close();
    }
  });

  it('stops at open with a message naming the database, never its password, when it cannot be reached', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const error = await PgStore.open(`postgres://zv:heel-geheim@127.0.0.1:${port}/zv`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toMatch(
      new RegExp(`Kan de PostgreSQL-database postgres://127\\.0\\.0\\.1:${port}/zv niet openen: .*Controleer ZV_DATABASE_URL`),
    );
    expect((error as Error).message).not.toMatch(/heel-geheim/);
  });
});
