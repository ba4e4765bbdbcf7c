import { PgStore, SqliteStore, type Store } from '../store/index.js';

/**
 * SQL of a test's own on the store under test, SQLite or PostgreSQL (testing/api.ts TEST_STORE):
 * to look into a table, or to try what the schema refuses. Parameters are written `?` and
 * numbered for PostgreSQL here; the statements must mean the same on both.
 */
export interface TestSql {
  /** The first column of the first row (undefined when there is none). */
  value(statement: string, ...params: unknown[]): Promise<unknown>;
  /** Runs a statement that answers nothing. */
  run(statement: string): Promise<void>;
}

export function sqlOf(store: Store): TestSql {
  if (store instanceof SqliteStore) {
    return {
      value: async (statement, ...params) =>
        store.db
          .prepare(statement)
          .pluck()
          .get(...params),
      run: async (statement) => {
        store.db.exec(statement);
      },
    };
  }
  if (store instanceof PgStore) {
    return {
      value: async (statement, ...params) => {
        let n = 0;
        const text = statement.replace(/\?/g, () => `$${(n += 1)}`);
        const { rows } = await store.pool.query<unknown[]>({ text, values: params, rowMode: 'array' });
        return rows[0]?.[0];
      },
      run: async (statement) => {
        await store.pool.query(statement);
      },
    };
  }
  throw new Error('sqlOf: a store of an unknown kind');
}
