import type { AccessStore } from '../store/AccessStore.js';
import type { ImportStore } from '../store/ImportStore.js';
import { migratePostgres } from '../store/postgres/migrate.js';
import { PgAccessStore } from '../store/postgres/access.js';
import { createPool } from '../store/postgres/pool.js';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';
import { freshPostgres } from './postgres.js';

/** A store under test, and a way to send it SQL of our own (to show what the schema refuses). */
export interface StoreUnderTest<S> {
  store: S;
  /** Runs one statement directly on the database, as someone with SQL access might. */
  sql(statement: string): Promise<void>;
  /** A second handle on the same database, as another server would have (PostgreSQL: its own pool). */
  another(): Promise<S>;
  close(): Promise<void>;
}

export type AccessUnderTest = StoreUnderTest<AccessStore & Pick<ImportStore, 'queryAudit'>>;

/** SQLite in memory: the store as the app opens it. */
export async function sqliteAccess(): Promise<AccessUnderTest> {
  const store = SqliteStore.open(':memory:');
  return {
    store,
    sql: async (statement) => {
      store.db.exec(statement);
    },
    // One in-memory database has one connection; the same store stands for another server.
    another: async () => store,
    close: () => store.close(),
  };
}

/** A fresh PostgreSQL database of this worker's test server, migrated. */
export async function postgresAccess(): Promise<AccessUnderTest> {
  const database = await freshPostgres();
  await migratePostgres(database.pool);
  const others: { end(): Promise<void> }[] = [];
  return {
    store: new PgAccessStore(database.pool),
    sql: async (statement) => {
      await database.pool.query(statement);
    },
    another: async () => {
      const pool = createPool(database.url);
      others.push(pool);
      return new PgAccessStore(pool);
    },
    close: async () => {
      await Promise.all(others.map((pool) => pool.end()));
      await database.drop();
    },
  };
}

export const accessStores = [
  ['SQLite', sqliteAccess],
  ['PostgreSQL', postgresAccess],
] as const;
