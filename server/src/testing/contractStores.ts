import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportKind, ImportRecord } from '../import/types.js';
import type { AccessStore } from '../store/AccessStore.js';
import type { ApplyOptions, DataVersionRow, ImportStore, KeyChange } from '../store/ImportStore.js';
import type { PasskeyStore } from '../store/PasskeyStore.js';
import type { RateLimitStore } from '../store/RateLimitStore.js';
import type { SecondFactorStore } from '../store/SecondFactorStore.js';
import { migratePostgres } from '../store/postgres/migrate.js';
import { PgAccessStore } from '../store/postgres/access.js';
import { PgImportStore } from '../store/postgres/imports.js';
import { PgPasskeyStore } from '../store/postgres/passkeys.js';
import { PgRateLimitStore } from '../store/postgres/rateLimits.js';
import { PgSecondFactorStore } from '../store/postgres/secondFactors.js';
import { createPool } from '../store/postgres/pool.js';
import { importQueries } from '../store/sqlite/imports.js';
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

/** The parts of a store that second factors need: accounts, their factors, passkeys. */
export interface FactorStores {
  access: AccessStore;
  factors: SecondFactorStore;
  passkeys: PasskeyStore;
}

export const factorStores = [
  [
    'SQLite',
    async (): Promise<StoreUnderTest<FactorStores>> => {
      const { store, sql, close } = await sqliteAccess();
      const sqlite = store as SqliteStore;
      const parts = { access: sqlite, factors: sqlite, passkeys: sqlite };
      return { store: parts, sql, another: async () => parts, close };
    },
  ],
  [
    'PostgreSQL',
    async (): Promise<StoreUnderTest<FactorStores>> => {
      const database = await freshPostgres();
      await migratePostgres(database.pool);
      const others: { end(): Promise<void> }[] = [];
      const on = (pool: typeof database.pool): FactorStores => ({
        access: new PgAccessStore(pool),
        factors: new PgSecondFactorStore(pool),
        passkeys: new PgPasskeyStore(pool),
      });
      return {
        store: on(database.pool),
        sql: async (statement) => {
          await database.pool.query(statement);
        },
        another: async () => {
          const pool = createPool(database.url);
          others.push(pool);
          return on(pool);
        },
        close: async () => {
          await Promise.all(others.map((pool) => pool.end()));
          await database.drop();
        },
      };
    },
  ],
] as const;

/** Rate-limit counts: SQLite in memory, or a fresh PostgreSQL database (another() is another server's pool). */
export const rateLimitStores = [
  [
    'SQLite',
    async (): Promise<StoreUnderTest<RateLimitStore>> => {
      const { store, sql, close } = await sqliteAccess();
      const sqlite = store as SqliteStore;
      return { store: sqlite, sql, another: async () => sqlite, close };
    },
  ],
  [
    'PostgreSQL',
    async (): Promise<StoreUnderTest<RateLimitStore>> => {
      const database = await freshPostgres();
      await migratePostgres(database.pool);
      const others: { end(): Promise<void> }[] = [];
      return {
        store: new PgRateLimitStore(database.pool),
        sql: async (statement) => {
          await database.pool.query(statement);
        },
        another: async () => {
          const pool = createPool(database.url);
          others.push(pool);
          return new PgRateLimitStore(pool);
        },
        close: async () => {
          await Promise.all(others.map((pool) => pool.end()));
          await database.drop();
        },
      };
    },
  ],
] as const;

/**
 * Imports as both stores run them: the region-scoped methods take the region first, as
 * sqlite/imports.ts (importQueries) and PgImportStore do.
 */
export interface RegionImports {
  startStaging(): Promise<void>;
  stage(records: readonly ImportRecord[]): Promise<void>;
  applyStaged(regionCode: string, kind: ImportKind, options: ApplyOptions): Promise<KeyChange[]>;
  discardStaging(): Promise<void>;
  listVersions(regionCode: string | null, kind?: ImportKind | null, key?: string | null): Promise<DataVersionRow[]>;
  getVersion(regionCode: string | null, id: number): Promise<DataVersionRow | undefined>;
  restoreVersion(regionCode: string, id: number, options: { dryRun: boolean; actor: string | null; at: string }): Promise<KeyChange[]>;
}

export interface ImportsUnderTest extends StoreUnderTest<RegionImports> {
  /** The rows of one query (no parameters), as plain objects: to read the figures an import left. */
  rows(query: string): Promise<Record<string, unknown>[]>;
}

/**
 * Imports over a database holding `fixture` (statements both stores accept). SQLite: a file, so
 * that another() is a second connection to it, as a second process would have; PostgreSQL: a
 * fresh database, another() a second pool.
 */
export const importStores = [
  [
    'SQLite',
    async (fixture: string): Promise<ImportsUnderTest> => {
      const dir = mkdtempSync(join(tmpdir(), 'zv-imports-'));
      const path = join(dir, 'imports.sqlite');
      const store = SqliteStore.open(path);
      store.db.exec(fixture);
      const others: SqliteStore[] = [];
      const on = (db: SqliteStore['db']): RegionImports => {
        const queries = importQueries(db);
        return {
          startStaging: async () => queries.startStaging(),
          stage: async (records) => queries.stage(records),
          applyStaged: async (regionCode, kind, options) => queries.applyStaged(regionCode, kind, options),
          discardStaging: async () => {
            queries.discardStaging();
          },
          listVersions: async (regionCode, kind, key) => queries.listVersions(regionCode, kind ?? null, key ?? null),
          getVersion: async (regionCode, id) => queries.getVersion(regionCode, id),
          restoreVersion: async (regionCode, id, options) => queries.restoreVersion(regionCode, id, options),
        };
      };
      return {
        store: on(store.db),
        sql: async (statement) => {
          store.db.exec(statement);
        },
        rows: async (query) => store.db.prepare(query).all() as Record<string, unknown>[],
        another: async () => {
          const other = SqliteStore.open(path);
          others.push(other);
          return on(other.db);
        },
        close: async () => {
          for (const other of others) await other.close();
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
  [
    'PostgreSQL',
    async (fixture: string): Promise<ImportsUnderTest> => {
      const database = await freshPostgres();
      await migratePostgres(database.pool);
      await database.pool.query(fixture);
      const others: { end(): Promise<void> }[] = [];
      return {
        store: new PgImportStore(database.pool),
        sql: async (statement) => {
          await database.pool.query(statement);
        },
        rows: async (query) => (await database.pool.query<Record<string, unknown>>(query)).rows,
        another: async () => {
          const pool = createPool(database.url);
          others.push(pool);
          return new PgImportStore(pool);
        },
        close: async () => {
          await Promise.all(others.map((pool) => pool.end()));
          await database.drop();
        },
      };
    },
  ],
] as const;

/**
 * The message a refused operation fails with; fails itself when the operation succeeds.
 * (better-sqlite3's errors come from the module realm of the first test file that loaded the
 * native module, so Jest's `rejects.toThrow` does not see them as errors in later files.)
 */
export async function refused(operation: Promise<unknown>): Promise<string> {
  try {
    await operation;
  } catch (error) {
    return String((error as { message?: unknown }).message ?? error);
  }
  throw new Error('expected the operation to be refused, it succeeded');
}
