import type { SeedReport } from '../types.js';
import type { SqliteDatabase } from './open.js';

type SqlValue = string | number | null;
export type SqlRow = Record<string, SqlValue>;

export interface TableSpec {
  table: string;
  /** Columns that identify a row (NULL allowed: compared with IS). */
  key: readonly string[];
  /** The other columns the upsert owns; columns not named here are left alone. */
  columns: readonly string[];
}

/**
 * Insert-or-update that reports what it did, so loading the same data twice is visibly a no-op.
 * Table and column names come only from the constant specs in this folder, never from input;
 * every value is a bound parameter.
 */
export function upserter(db: SqliteDatabase, spec: TableSpec) {
  const all = [...spec.key, ...spec.columns];
  const where = spec.key.map((k) => `${k} IS @${k}`).join(' AND ');
  const select = db.prepare(`SELECT ${spec.columns.length ? spec.columns.join(', ') : '1 AS present'} FROM ${spec.table} WHERE ${where}`);
  const insert = db.prepare(`INSERT INTO ${spec.table} (${all.join(', ')}) VALUES (${all.map((c) => `@${c}`).join(', ')})`);
  const update = spec.columns.length
    ? db.prepare(`UPDATE ${spec.table} SET ${spec.columns.map((c) => `${c} = @${c}`).join(', ')} WHERE ${where}`)
    : undefined;

  return (row: SqlRow, report: SeedReport): void => {
    const existing = select.get(row) as SqlRow | undefined;
    if (!existing) {
      insert.run(row);
      report.added += 1;
    } else if (update && spec.columns.some((c) => existing[c] !== row[c])) {
      update.run(row);
      report.changed += 1;
    } else {
      report.unchanged += 1;
    }
  };
}
