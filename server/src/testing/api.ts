import { loadSeed } from '@zv/seed';
import type { ApolloServer } from '@apollo/server';
import type { ExecutionResult } from 'graphql';
import { createApollo } from '../app.js';
import type { PendingSignIn } from '../auth/AuthService.js';
import type { SignInConfig } from '../auth/oidc/config.js';
import type { OidcFetch } from '../auth/oidc/discovery.js';
import type { Viewer } from '../auth/viewer.js';
import { createContext, type Context, type Services } from '../graphql/context.js';
import { silentLogger } from '../log.js';
import { createServices } from '../services.js';
import { PgStore, SqliteStore, type Store } from '../store/index.js';
import type { Role } from '../store/types.js';
import { freshPostgres } from './postgres.js';

/**
 * The store the API and service tests run on: PostgreSQL in the Jest project "server-postgres"
 * (ZV_TEST_STORE=postgres, see jest.config.js), which runs those tests a second time; SQLite
 * otherwise. Tests that read SQLite's tables directly use seededSqliteStore.
 */
export const TEST_STORE: 'SQLite' | 'PostgreSQL' = process.env.ZV_TEST_STORE === 'postgres' ? 'PostgreSQL' : 'SQLite';

/** A fresh, empty database of TEST_STORE's kind: SQLite in memory, or a new PostgreSQL database (dropped at close). */
export async function emptyStore(): Promise<Store> {
  if (TEST_STORE === 'SQLite') return SqliteStore.open(':memory:');
  const database = await freshPostgres();
  const store = await PgStore.open(database.url);
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    await database.drop();
  };
  return store;
}

/** A fresh database with the real figures loaded, of TEST_STORE's kind. */
export async function seededStore(): Promise<Store> {
  const store = await emptyStore();
  await store.loadSeed(loadSeed());
  return store;
}

/** A fresh in-memory SQLite database with the real figures loaded: for tests that look into its tables. */
export async function seededSqliteStore(): Promise<SqliteStore> {
  const store = SqliteStore.open(':memory:');
  await store.loadSeed(loadSeed());
  return store;
}

/**
 * Services for tests: the real ones, with a cheaper scrypt so that tests can create many users.
 * (The OWASP setting is the default; auth tests check that it is.)
 */
export function testServices(
  store: Store,
  options: {
    now?: () => number;
    suppressBelow?: number;
    hashing?: { concurrency: number; queue: number };
    /** Default none: tests of other things sign in with a password alone; MFA tests name the roles. */
    mfaRequiredRoles?: Role[];
    signIn?: SignInConfig;
    oidcFetch?: OidcFetch;
  } = {},
): Services {
  return createServices(store, {
    ...(options.signIn ? { signIn: options.signIn } : {}),
    ...(options.oidcFetch ? { oidcFetch: options.oidcFetch } : {}),
    auth: {
      scrypt: { logN: 10, r: 8, p: 1 },
      mfaRequiredRoles: options.mfaRequiredRoles ?? [],
      ...(options.now ? { now: options.now } : {}),
      ...(options.hashing ? { hashing: options.hashing } : {}),
    },
    ...(options.suppressBelow ? { suppressBelow: options.suppressBelow } : {}),
  });
}

/** A viewer without a stored user: enough for everything but `me`. */
export function viewerAs(role: Role, municipalityCode: string | null = null): Viewer {
  return { userId: -1, username: `test-${role.toLowerCase()}`, role, municipalityCode, sessionHash: '' };
}

export interface TestApi<S extends Store = Store> {
  store: S;
  services: Services;
  apollo: ApolloServer<Context>;
  /** Runs an operation without HTTP, as `viewer` (default: a ZVH user; null: not logged in). */
  run<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer | null,
    /** A sign-in waiting for its second step (with viewer null). */
    pending?: PendingSignIn | null,
  ): Promise<ExecutionResult<TData>>;
  close(): Promise<void>;
}

export async function testApi<S extends Store = Store>(options: { store?: S; services?: Services } = {}): Promise<TestApi<S>> {
  const store = options.store ?? ((await seededStore()) as S);
  const services = options.services ?? testServices(store);
  const apollo = createApollo({ logger: silentLogger });
  await apollo.start();
  return {
    store,
    services,
    apollo,
    async run<TData>(
      query: string,
      variables?: Record<string, unknown>,
      viewer: Viewer | null = viewerAs('ZVH'),
      pending: PendingSignIn | null = null,
    ) {
      const response = await apollo.executeOperation<TData>(
        { query, variables },
        { contextValue: createContext(services, { viewer, pending, origin: 'test' }) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as ExecutionResult<TData>;
    },
    async close() {
      await apollo.stop();
      await store.close();
    },
  };
}
