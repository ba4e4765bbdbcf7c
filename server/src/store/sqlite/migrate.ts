import { migrations as allMigrations, type Migration } from '../migrations/index.js';
import { StoreOpenError, type SqliteDatabase } from './open.js';

/**
 * Brings the database to the latest schema version. Safe to run on an empty and on an
 * already-migrated database: only versions above `PRAGMA user_version` are applied, each in
 * its own transaction with the version bump. Returns the versions applied.
 */
export function migrate(db: SqliteDatabase, migrations: readonly Migration[] = allMigrations): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
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
    db.transaction(() => {
      db.exec(migration.sql);
      // user_version takes no bound parameter; the value is a number from our own list.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
