import type { Store } from './Store.js';
import { PgStore } from './postgres/PgStore.js';
import { SqliteStore } from './sqlite/SqliteStore.js';
import type { StoreLocation } from './location.js';

export type { Store } from './Store.js';
export type * from './types.js';
export { SqliteStore } from './sqlite/SqliteStore.js';
export { PgStore } from './postgres/PgStore.js';
export { StoreOpenError } from './sqlite/open.js';
export { databaseName, type StoreLocation } from './location.js';

/**
 * Opens the store the configuration names — PostgreSQL when ZV_DATABASE_URL is set, the SQLite
 * file under DATA_DIR otherwise — creating and migrating its schema as needed.
 */
export async function openStore(location: StoreLocation): Promise<Store> {
  return location.databaseUrl === null
    ? SqliteStore.open(location.databasePath, { region: location.region })
    : PgStore.open(location.databaseUrl, {
        region: location.region,
        ...(location.databasePool === undefined ? {} : { poolSize: location.databasePool }),
      });
}
