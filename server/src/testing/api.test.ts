import { describe, expect, it } from '@jest/globals';
import { PgStore, SqliteStore } from '../store/index.js';
import { seededStore, TEST_STORE } from './api.js';

describe('the store the API tests run on', () => {
  it('is PostgreSQL in the project "server-postgres" and SQLite in "server", with the real figures', async () => {
    expect(TEST_STORE).toBe(process.env.ZV_TEST_STORE === 'postgres' ? 'PostgreSQL' : 'SQLite');
    const store = await seededStore();
    try {
      expect(store).toBeInstanceOf(TEST_STORE === 'PostgreSQL' ? PgStore : SqliteStore);
      expect((await store.getRegion()).code).toBe('zaanstreek-waterland');
      expect(await store.ping()).toBe(true);
    } finally {
      await store.close();
    }
  });
});
