import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrations } from '../migrations/index.js';
import { migrate } from './migrate.js';
import { openDatabase } from './open.js';

/**
 * The SQLite database as a file: copying it while the server runs, checking a copy, and taking
 * over the live file for a restore. Used by `npm run backup` and `npm run restore`
 * (server/src/cli/), which keep the arguments and the messages around them.
 */

/** A file that is not a sound database of this app, or a database in use; the message is for the user. */
export class DatabaseFileError extends Error {
  override name = 'DatabaseFileError';
}

/**
 * Pages per step of the online backup: all of them. The first step (0 pages) opens the backup;
 * the second copies every page within one read transaction on the source, so the copy is one
 * consistent snapshot even while the server (or an import) writes. SQLite restarts a backup whose
 * source was changed by another connection *between* steps; with a single copying step a restart
 * happens at most once and cannot repeat forever under a steady stream of writes.
 */
const ALL_PAGES = 0x7fffffff;

export interface DatabaseSummary {
  path: string;
  sizeBytes: number;
  schemaVersion: number;
  snapshots: number | null;
  contributions: number | null;
  users: number | null;
}

function tableNames(db: Database.Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all() as string[];
}

/** The tables a database of schema version `version` has: the migrations up to it, run in memory. */
export function expectedTables(version: number): string[] {
  const db = new Database(':memory:');
  try {
    migrate(
      db,
      migrations.filter((m) => m.version <= version),
    );
    return tableNames(db);
  } finally {
    db.close();
  }
}

/**
 * Checks that `path` is a sound database of this app and says what is in it: it opens as SQLite,
 * `PRAGMA integrity_check` and `foreign_key_check` find nothing, its schema version is one this
 * app knows (1 … latest) and it has every table of that version. Messages name `shownAs` (the
 * file the user gave). `readonly`: open without write access (only for files not in WAL mode).
 */
export function inspectDatabaseFile(path: string, shownAs: string, { readonly = false } = {}): DatabaseSummary {
  const latest = migrations.at(-1)?.version ?? 0;
  let db: Database.Database | undefined;
  try {
    try {
      db = new Database(path, { readonly, fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      const problems = db.pragma('integrity_check') as { integrity_check: string }[];
      if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') {
        throw new DatabaseFileError(
          `${shownAs} is beschadigd: ${problems
            .slice(0, 5)
            .map((p) => p.integrity_check)
            .join('; ')}`,
        );
      }
    } catch (error) {
      if (error instanceof DatabaseFileError) throw error;
      throw new DatabaseFileError(`${shownAs} is geen bruikbare SQLite-database: ${(error as Error).message}.`);
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version === 0) throw new DatabaseFileError(`${shownAs} is geen database van dit dashboard: er staat geen schemaversie in.`);
    if (version > latest) {
      throw new DatabaseFileError(
        `${shownAs} heeft schemaversie ${version}; deze versie van de app kent tot en met ${latest}. Gebruik een nieuwere versie van de app.`,
      );
    }
    const present = new Set(tableNames(db));
    const missing = expectedTables(version).filter((name) => !present.has(name));
    if (missing.length > 0) {
      throw new DatabaseFileError(
        `${shownAs} is geen volledige database van dit dashboard (schemaversie ${version}): de tabel(len) ${missing.join(', ')} ontbreken.`,
      );
    }
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0)
      throw new DatabaseFileError(
        `${shownAs} is niet consistent: ${orphans.length} verwijzing(en) naar ontbrekende rijen (PRAGMA foreign_key_check).`,
      );
    const count = (table: string) => (present.has(table) ? (db!.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) : null);
    return {
      path: shownAs,
      sizeBytes: statSync(path).size,
      schemaVersion: version,
      snapshots: count('caseload_snapshot'),
      contributions: count('contribution'),
      users: count('app_user'),
    };
  } finally {
    db?.close();
  }
}

/** Copies the live database at `source` to `target` as one consistent, self-contained file (no WAL). */
export async function copyLiveDatabase(source: string, target: string): Promise<void> {
  const live = new Database(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    await live.backup(target, { progress: () => ALL_PAGES });
  } finally {
    live.close();
  }
  // The copy carries the live database's WAL mode; a backup is one self-contained file.
  const copy = new Database(target, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Prepares a restored copy at `path` for use: brings it to the current schema, ends every session
 * it holds (after a restore everyone logs in again) and records the restore in its audit log.
 * Answers the migrations applied.
 */
export function prepareRestoredDatabase(path: string, record: { backup: string; schemaVersion: number }): number[] {
  const db = openDatabase(path);
  try {
    const applied = migrate(db);
    db.transaction(() => {
      db.prepare('DELETE FROM session').run();
      db.prepare('INSERT INTO audit_log (at, actor, action, object, result, origin, detail) VALUES (?, NULL, ?, ?, ?, ?, ?)').run(
        new Date().toISOString(),
        'database.restore',
        record.backup,
        'ok',
        'cli',
        `schemaversie ${record.schemaVersion}${applied.length ? ` → ${applied.at(-1)}` : ''}; sessies beëindigd`,
      );
    })();
    db.pragma('journal_mode = DELETE');
    return applied;
  } finally {
    db.close();
  }
}

const sqliteCode = (error: unknown) => (error as { code?: string }).code ?? '';

/**
 * Makes sure no server has the live database open, and folds its WAL into the file.
 *
 * How a running server is detected: the server keeps one connection open in WAL mode, and a
 * WAL-mode connection holds a shared lock on the database file for as long as it is open. This
 * connection asks for `locking_mode = EXCLUSIVE` and `BEGIN EXCLUSIVE`, which needs the file's
 * exclusive lock: with a short busy timeout that fails (SQLITE_BUSY) while any other process has
 * the database open. (A plain `BEGIN EXCLUSIVE` would not do: in WAL mode it does not conflict
 * with an idle reader.) Holding that lock, it checkpoints the WAL into the file and switches the
 * file to journal mode DELETE, so that the database is one self-contained file to keep.
 *
 * Answers false when the file is not a readable database (damaged): it is then kept as it is.
 */
export function takeOverLiveDatabase(path: string, dataDir: string): boolean {
  let live: Database.Database | undefined;
  try {
    live = new Database(path, { fileMustExist: true, timeout: 1000 });
    live.pragma('locking_mode = EXCLUSIVE');
    live.exec('BEGIN EXCLUSIVE');
    live.exec('COMMIT');
    live.pragma('wal_checkpoint(TRUNCATE)');
    live.pragma('journal_mode = DELETE');
    return true;
  } catch (error) {
    if (['SQLITE_BUSY', 'SQLITE_LOCKED'].some((code) => sqliteCode(error).startsWith(code))) {
      throw new DatabaseFileError(
        `De database ${path} is in gebruik: draait de server nog op DATA_DIR=${dataDir}? ` +
          'Stop de server eerst (Ctrl+C of de service stoppen) en start het terugzetten daarna opnieuw. Er is niets veranderd.',
      );
    }
    if (['SQLITE_NOTADB', 'SQLITE_CORRUPT'].some((code) => sqliteCode(error).startsWith(code))) {
      console.error(`Let op: de huidige database ${path} is beschadigd (${(error as Error).message}); hij wordt bewaard zoals hij is.`);
      return false;
    }
    throw error;
  } finally {
    live?.close();
  }
}
