import { loadSeed } from '@zv/seed';
import type { ApolloServer } from '@apollo/server';
import type { ExecutionResult } from 'graphql';
import { createApollo } from '../app.js';
import { createContext, type Context } from '../graphql/context.js';
import { silentLogger } from '../log.js';
import { SqliteStore } from '../store/index.js';

/** A fresh in-memory database with the real figures loaded. */
export async function seededStore(): Promise<SqliteStore> {
  const store = SqliteStore.open(':memory:');
  await store.loadSeed(loadSeed());
  return store;
}

export interface TestApi {
  store: SqliteStore;
  apollo: ApolloServer<Context>;
  /** Runs an operation without HTTP, as the dashboard would send it. */
  run<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<ExecutionResult<TData>>;
  close(): Promise<void>;
}

export async function testApi(store?: SqliteStore): Promise<TestApi> {
  const db = store ?? (await seededStore());
  const apollo = createApollo({ logger: silentLogger });
  await apollo.start();
  return {
    store: db,
    apollo,
    async run<TData>(query: string, variables?: Record<string, unknown>) {
      const response = await apollo.executeOperation<TData>(
        { query, variables },
        { contextValue: createContext(db) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as ExecutionResult<TData>;
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}
