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
    if (isMissingNativeModule(error)) throw new StoreOpenError(nativeModuleAdvice(reason));
    throw new StoreOpenError(
      `Kan de database ${path} niet openen: ${reason}. ` +
        'Controleer of het pad klopt en schrijfbaar is; is het bestand beschadigd, zet dan een back-up terug ' +
        'of verplaats het bestand, zodat bij de volgende start een nieuwe database met de bronwaarden wordt gemaakt.',
    );
  }
}

/**
 * better-sqlite3's compiled part is missing (its install script did not run) or was built for
 * another Node version: nothing is wrong with the database file itself.
 */
export function isMissingNativeModule(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  return (
    /Could not locate the bindings file|NODE_MODULE_VERSION|invalid ELF header|better_sqlite3\.node/.test(message) ||
    code === 'ERR_DLOPEN_FAILED'
  );
}

export function nativeModuleAdvice(reason: string): string {
  return (
    `De SQLite-module (better-sqlite3) is niet gebouwd voor deze Node.js (${process.version}): ${reason.split('\n')[0]}. ` +
    'De database zelf is in orde. Installeer opnieuw met `npm ci` (of `npm rebuild better-sqlite3`) met de Node.js waarmee u start; ' +
    'het installatiescript van better-sqlite3 moet mogen draaien (allowScripts in package.json).'
  );
}
