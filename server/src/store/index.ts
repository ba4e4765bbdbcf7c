export type { Store } from './Store.js';
export type * from './types.js';
export { SqliteStore } from './sqlite/SqliteStore.js';
export { StoreOpenError } from './sqlite/open.js';
