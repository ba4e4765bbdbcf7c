/**
 * Databases of an older schema version, as an older release of the app left them, for tests of
 * migrations and of restoring old backups. The store's loaders only write the latest schema, so
 * the rows are made by them and then copied into a database migrated up to the older version:
 * every table and column that version has; what it does not have is left out.
 */
import Database from 'better-sqlite3';
import { migrations } from '../store/migrations/index.js';
import { migrate } from '../store/sqlite/migrate.js';

type Db = Database.Database;

const tablesOf = (db: Db): string[] =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all() as string[];
const columnsOf = (db: Db, table: string): string[] => db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];

/** Writes a database of schema `version` at `path` holding the rows of `from` that fit it. */
export function writeOlderDatabase(path: string, version: number, from: Db): void {
  const db = new Database(path);
  try {
    migrate(
      db,
      migrations.filter((m) => m.version <= version),
    );
    const present = new Set(tablesOf(from));
    db.transaction(() => {
      // Rows are copied table by table in any order: references are checked at commit.
      db.pragma('defer_foreign_keys = ON');
      for (const table of tablesOf(db).filter((t) => present.has(t))) {
        const source = new Set(columnsOf(from, table));
        const columns = columnsOf(db, table).filter((c) => source.has(c));
        const list = columns.map((c) => `"${c}"`).join(', ');
        const insert = db.prepare(`INSERT INTO "${table}" (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
        for (const row of from.prepare(`SELECT ${list} FROM "${table}"`).raw().iterate()) insert.run(...(row as unknown[]));
      }
    })();
  } finally {
    db.close();
  }
}

/**
 * Every row of every table, each table's rows sorted on all their columns: two databases with
 * the same content give equal dumps whatever order the rows were written in.
 */
export function dumpAll(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(
    tablesOf(db).map((table) => {
      const order = columnsOf(db, table)
        .map((_, i) => i + 1)
        .join(', ');
      return [table, db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).all()];
    }),
  );
}
