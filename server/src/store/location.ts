/** Where the store lives, from the configuration (config.ts). */
export interface StoreLocation {
  /** The SQLite file, used when databaseUrl is null. */
  databasePath: string;
  /** ZV_DATABASE_URL: PostgreSQL, for several servers on one database. */
  databaseUrl: string | null;
  /** ZV_DATABASE_POOL: PostgreSQL connections of this server at most (default 10). */
  databasePool?: number;
  /** ZV_REGION. */
  region: string | undefined;
}

/** The database for log lines and messages: the SQLite path, or PostgreSQL's host and database — never a password. */
export function databaseName(location: Pick<StoreLocation, 'databasePath' | 'databaseUrl'>): string {
  if (location.databaseUrl === null) return location.databasePath;
  const url = new URL(location.databaseUrl);
  return `postgres://${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
