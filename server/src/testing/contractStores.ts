import { loadSeed } from '@zv/seed';
import type pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportKind, ImportRecord } from '../import/types.js';
import type { AccessStore } from '../store/AccessStore.js';
import type { ApplyOptions, DataVersionRow, ImportStore, KeyChange } from '../store/ImportStore.js';
import type { PasskeyStore } from '../store/PasskeyStore.js';
import type { RateLimitStore } from '../store/RateLimitStore.js';
import type { SecondFactorStore } from '../store/SecondFactorStore.js';
import type { SteeringStore } from '../store/SteeringStore.js';
import { migratePostgres } from '../store/postgres/migrate.js';
import { PgAccessStore } from '../store/postgres/access.js';
import { PgImportStore } from '../store/postgres/imports.js';
import { PgPasskeyStore } from '../store/postgres/passkeys.js';
import { PgRateLimitStore } from '../store/postgres/rateLimits.js';
import { PgSecondFactorStore } from '../store/postgres/secondFactors.js';
import { PgFigureStore } from '../store/postgres/figures.js';
import { PgReferenceStore } from '../store/postgres/reference.js';
import { PgSeedLoader } from '../store/postgres/seed.js';
import { PgSteeringStore } from '../store/postgres/steering.js';
import { createPool } from '../store/postgres/pool.js';
import type { Store } from '../store/Store.js';
import { caseloadQueries } from '../store/sqlite/caseload.js';
import { financeQueries } from '../store/sqlite/finance.js';
import { flowQueries } from '../store/sqlite/flows.js';
import { referenceQueries } from '../store/sqlite/reference.js';
import { seedLoader } from '../store/sqlite/seed.js';
import { importQueries } from '../store/sqlite/imports.js';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';
import { themeQueries } from '../store/sqlite/themes.js';
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

/**
 * A part of the store on a fresh PostgreSQL database of this worker's test server, migrated and
 * holding `fixture` (SQL) when given; another() is the same part on a pool of its own, as another
 * server would have, and close() ends those pools and drops the database.
 */
async function onPostgres<S>(make: (pool: pg.Pool) => S, fixture?: string): Promise<StoreUnderTest<S> & RowReader> {
  const database = await freshPostgres();
  await migratePostgres(database.pool);
  if (fixture) await database.pool.query(fixture);
  const others: pg.Pool[] = [];
  return {
    store: make(database.pool),
    sql: async (statement) => {
      await database.pool.query(statement);
    },
    rows: async (query) => (await database.pool.query<Record<string, unknown>>(query)).rows,
    another: async () => {
      const pool = createPool(database.url);
      others.push(pool);
      return make(pool);
    },
    close: async () => {
      await Promise.all(others.map((pool) => pool.end()));
      await database.drop();
    },
  };
}

/** Reads rows back with SQL of the test's own (what a table holds after an operation). */
export interface RowReader {
  rows(query: string): Promise<Record<string, unknown>[]>;
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
  return onPostgres((pool) => new PgAccessStore(pool));
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
      return onPostgres((pool) => ({
        access: new PgAccessStore(pool),
        factors: new PgSecondFactorStore(pool),
        passkeys: new PgPasskeyStore(pool),
      }));
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
      return onPostgres((pool) => new PgRateLimitStore(pool));
    },
  ],
] as const;

/** A SQLite query module with every function answering a promise: what its PostgreSQL counterpart must offer. */
export type AsyncQueries<Q> = {
  [K in keyof Q]: Q[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<[R] extends [undefined] ? void : R> : never;
};

function asAsync<Q extends Record<string, (...args: never[]) => unknown>>(queries: Q): AsyncQueries<Q> {
  return Object.fromEntries(
    Object.entries(queries).map(([name, query]) => [name, async (...args: never[]) => query(...args)]),
  ) as AsyncQueries<Q>;
}

/**
 * The figures part of a store, region by region as the query modules take it (SQLite's
 * reference, caseload, finance, themes and seed modules; PostgreSQL's PgReferenceStore,
 * PgFigureStore and PgSeedLoader), with the deployment secret and ping as SqliteStore has them.
 * Typing the PostgreSQL classes as this checks that their methods mirror the SQLite ones.
 */
export interface FigureStores {
  reference: AsyncQueries<ReturnType<typeof referenceQueries>> & Pick<Store, 'deploymentSecret' | 'ping'>;
  figures: AsyncQueries<
    ReturnType<typeof caseloadQueries> &
      ReturnType<typeof flowQueries> &
      ReturnType<typeof financeQueries> &
      ReturnType<typeof themeQueries>
  >;
  seed: AsyncQueries<ReturnType<typeof seedLoader>>;
}

export interface FiguresUnderTest extends StoreUnderTest<FigureStores> {
  /** The rows a query answers, straight from the database (to compare states, or see what a load wrote). */
  rows(query: string): Promise<Record<string, unknown>[]>;
}

/** The figures on SQLite in memory (another() is the same connection, as for the access store). */
export async function sqliteFigures(): Promise<FiguresUnderTest> {
  const store = SqliteStore.open(':memory:');
  const { db } = store;
  const parts: FigureStores = {
    reference: {
      ...asAsync(referenceQueries(db)),
      deploymentSecret: (purpose) => store.deploymentSecret(purpose),
      ping: () => store.ping(),
    },
    figures: asAsync({ ...caseloadQueries(db), ...flowQueries(db), ...financeQueries(db), ...themeQueries(db) }),
    seed: asAsync(seedLoader(db)),
  };
  return {
    store: parts,
    sql: async (statement) => {
      db.exec(statement);
    },
    rows: async (query) => db.prepare(query).all() as Record<string, unknown>[],
    another: async () => parts,
    close: () => store.close(),
  };
}

/** The figures on a fresh PostgreSQL database, migrated (another() is another server's pool). */
export async function postgresFigures(): Promise<FiguresUnderTest> {
  return onPostgres((pool) => ({ reference: new PgReferenceStore(pool), figures: new PgFigureStore(pool), seed: new PgSeedLoader(pool) }));
}

export const figureStores = [
  ['SQLite', sqliteFigures],
  ['PostgreSQL', postgresFigures],
] as const;

/** The steering part of a store, and a way to read rows back (what the theme itself holds after an edit). */
export interface SteeringUnderTest extends StoreUnderTest<SteeringStore> {
  rows(query: string): Promise<Record<string, unknown>[]>;
}

/**
 * The reference rows steering needs on a PostgreSQL database (the seed loader is a part of its
 * own): one source, the knowledge domains and three themes of the real seed, by their codes.
 */
const STEERING_REFERENCE = `
  INSERT INTO source (id, document, section) VALUES (1, '003_8a1aa5aa1d12b1c5.txt', 'Prioriteiten');
  INSERT INTO knowledge_domain (code, name, position, source_id) VALUES
    ('onbegrepen-gedrag', 'Personen met onbegrepen gedrag met hoge veiligheidsrisico''s', 1, 1),
    ('mensenhandel', 'Mensenhandel', 2, 1),
    ('cter', 'CTER', 3, 1),
    ('excessief-geweld', 'Excessief geweld', 4, 1),
    ('huiselijk-geweld', 'Ernstig huiselijk geweld', 5, 1),
    ('nazorg-ex-gedetineerden', 'Nazorg aan ex-gedetineerden met veiligheidsrisico''s', 6, 1);
  INSERT INTO theme (code, number, title, source_id) VALUES
    ('zorg-en-veiligheidshuis', 1, 'Zorg- en Veiligheidshuis', 1),
    ('mensenhandel', 4, 'Mensenhandel', 1),
    ('onbegrepen-gedrag', 6, 'Personen met onbegrepen (of verward) gedrag', 1);
`;

/** Goals, theme edits and notes: SQLite in memory with the real seed, or PostgreSQL with the same themes and domains. */
export const steeringStores = [
  [
    'SQLite',
    async (): Promise<SteeringUnderTest> => {
      const { store, sql, close } = await sqliteAccess();
      const sqlite = store as SqliteStore;
      await sqlite.loadSeed(loadSeed());
      return {
        store: sqlite,
        sql,
        rows: async (query) => sqlite.db.prepare(query).all() as Record<string, unknown>[],
        another: async () => sqlite,
        close,
      };
    },
  ],
  [
    'PostgreSQL',
    async (): Promise<SteeringUnderTest> => {
      return onPostgres((pool) => new PgSteeringStore(pool), STEERING_REFERENCE);
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
      return onPostgres((pool) => new PgImportStore(pool), fixture);
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
