import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** The database could not be opened or is damaged; the message names the path and what to do. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

export type SqliteDatabase = Database.Database;

/**
 * Opens (or creates) the SQLite file with the settings the app relies on: WAL so readers never
 * wait for the writer, foreign keys enforced, a busy timeout instead of instant SQLITE_BUSY.
 * One connection per process. A file that is not a database, or fails the quick integrity
 * check, stops here with a message naming the path.
 */
export function openDatabase(path: string): SqliteDatabase {
  const inMemory = path === ':memory:';
  let db: SqliteDatabase | undefined;
  try {
    if (!inMemory) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`integriteitscontrole mislukt: ${String(check)}`);
    return db;
  } catch (error) {
    db?.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreOpenError(
      `Kan de database ${path} niet openen: ${reason}. ` +
        'Controleer of het pad klopt en schrijfbaar is; is het bestand beschadigd, zet dan een back-up terug ' +
        'of verplaats het bestand, zodat bij de volgende start een nieuwe database met de bronwaarden wordt gemaakt.',
    );
  }
}
