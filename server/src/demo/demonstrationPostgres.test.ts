import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { readConfig } from '../config.js';
import { serve } from '../serve.js';
import { copySqliteToPostgres } from '../store/postgres/copyFromSqlite.js';
import { migratePostgres } from '../store/postgres/migrate.js';
import { databaseName, openStore, SqliteStore } from '../store/index.js';
import { testServices } from '../testing/api.js';
import { freshPostgres, type FreshDatabase } from '../testing/postgres.js';
import { DEMO_ACCOUNTS, fillDemonstration, isDemonstration } from './demonstration.js';

/**
 * The demonstration's mark travels with `npm run copy-to-postgres` (decision 0023): a demonstration
 * database copied into PostgreSQL is still one, and the normal server (`npm start`, serve.ts)
 * refuses it there as it refuses the SQLite file — before anything is served. A real PostgreSQL
 * (testing/postgres.ts), the demonstration filled as npm run demo fills it, the copy of the CLI.
 */

jest.setTimeout(120_000);

let dir: string;
let database: FreshDatabase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zv-demo-pg-'));
  const sqlite = SqliteStore.open(join(dir, 'zorg-veiligheid.sqlite'));
  try {
    await fillDemonstration({ ...testServices(sqlite), demonstration: { accounts: DEMO_ACCOUNTS } }, loadSeed());
    database = await freshPostgres();
    await migratePostgres(database.pool);
    await copySqliteToPostgres(sqlite.db, database.pool);
  } finally {
    await sqlite.close();
  }
});

afterAll(async () => {
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a demonstration database copied to PostgreSQL', () => {
  it('keeps its mark', async () => {
    const { rows } = await database.pool.query<{ purpose: string }>('SELECT purpose FROM deployment_secret ORDER BY purpose');
    expect(rows.map((row) => row.purpose)).toContain('demonstration-data');
    const config = readConfig({ ZV_DATABASE_URL: database.url, DATA_DIR: dir });
    const store = await openStore(config);
    try {
      expect(await isDemonstration(store)).toBe(true);
      // Still the demonstration's figures: the copy is whole.
      expect((await store.listCaseloadSnapshots()).length).toBe(24);
    } finally {
      await store.close();
    }
  });

  it('is refused by the normal server (npm start), naming the database and the way out', async () => {
    const config = readConfig({ ZV_DATABASE_URL: database.url, DATA_DIR: dir, PORT: '0', NODE_ENV: 'production' });
    const name = databaseName(config);
    expect(name).not.toContain(new URL(database.url).password);
    const counts = async () =>
      (
        await database.pool.query<{ users: number; sessions: number; audit: number }>(
          'SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM session) AS sessions, (SELECT count(*) FROM audit_log) AS audit',
        )
      ).rows[0];
    const before = await counts();
    const refused = serve(config);
    await expect(refused).rejects.toThrow(`${name} is een demonstratiedatabase (gemaakt door npm run demo, met verzonnen cijfers)`);
    await expect(refused).rejects.toThrow(
      'Start de demonstratie met npm run demo, of kies met DATA_DIR of ZV_DATABASE_URL de echte database.',
    );
    // Refused before anything was written: no administrator made, nothing audited.
    expect(await counts()).toEqual(before);
    expect(before?.users).toBe(DEMO_ACCOUNTS.length);
  });
});
