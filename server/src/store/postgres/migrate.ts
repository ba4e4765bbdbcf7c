import type pg from 'pg';
import type { Migration } from '../migrations/index.js';
import { StoreOpenError } from '../sqlite/open.js';
import { pgMigrations } from './migrations.js';
import { inTransaction, LOCK_NAMESPACE } from './pool.js';

/** IS JSON (the check of JSON columns) and the other SQL used here need PostgreSQL 16 or later. */
const MINIMUM_SERVER_VERSION = 160000;

/**
 * Brings the database to the latest schema version: every version above the highest in
 * `schema_version` is applied, all in ONE transaction with their rows in `schema_version`, so the
 * database is at the old version or the new one, never in between. The transaction first takes
 * an advisory lock: when two servers start at once, one migrates and the other waits, then
 * finds nothing left to do. Returns the versions applied.
 */
export async function migratePostgres(pool: pg.Pool, migrations: readonly Migration[] = pgMigrations): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK_NAMESPACE.migrate]);
    const { rows: settings } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    const serverVersion = Number(settings[0]!.server_version_num);
    if (serverVersion < MINIMUM_SERVER_VERSION) {
      throw new StoreOpenError(
        `De PostgreSQL-server heeft versie ${Math.floor(serverVersion / 10000)}; de app vraagt PostgreSQL 16 of nieuwer. ` +
          'Kies bij uw aanbieder een nieuwere versie of werk de server bij.',
      );
    }
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_version (
         version     integer PRIMARY KEY,
         name        text NOT NULL,
         applied_at  timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ current: number | null }>('SELECT max(version) AS current FROM schema_version');
    const current = rows[0]?.current ?? 0;
    const latest = migrations.at(-1)?.version ?? 0;
    if (current > latest) {
      throw new StoreOpenError(
        `De database heeft schemaversie ${current}, deze versie van de app kent tot en met ${latest}. ` +
          'Start een nieuwere versie van de app of zet een passende back-up terug.',
      );
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_version (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
