import type pg from 'pg';
import type { SeedReport } from '../types.js';

type SqlValue = string | number | boolean | null;
export type SqlRow = Record<string, SqlValue>;

type ColumnType = 'text' | 'integer' | 'bigint' | 'double precision' | 'boolean';

export interface PgTableSpec {
  table: string;
  /** Columns that identify a row, with their types. */
  key: Readonly<Record<string, ColumnType>>;
  /** The other columns the upsert owns, with their types; columns not named here are left alone. */
  columns: Readonly<Record<string, ColumnType>>;
  /** The unique index that identifies a row, when it is not the key's columns (an expression index). */
  conflict?: string;
}

/**
 * Insert-or-update of many rows at once that reports what it did, as sqlite/upsert.ts does row
 * by row: a row not there is added, a row whose owned columns differ is changed, a row equal to
 * what is there is left untouched (the WHERE of DO UPDATE: no new row version, no write).
 * Table and column names come only from the constant specs in this folder, never from input;
 * the rows go in as one JSON parameter.
 *
 * A key given twice is written in rounds (its first occurrence, then its second, …), one
 * statement each, because one statement may not change a row twice; round by round the counts
 * and the result are those of SQLite's row-by-row upsert.
 */
export function pgUpserter(spec: PgTableSpec) {
  const key = Object.keys(spec.key);
  const owned = Object.keys(spec.columns);
  const all = [...key, ...owned];
  const types: Record<string, ColumnType> = { ...spec.key, ...spec.columns };
  const sql = `
    INSERT INTO ${spec.table} AS t (${all.join(', ')})
    SELECT ${all.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r (${all.map((c) => `${c} ${types[c]}`).join(', ')})
    ON CONFLICT (${spec.conflict ?? key.join(', ')}) DO UPDATE SET ${owned.map((c) => `${c} = excluded.${c}`).join(', ')}
      WHERE ROW(${owned.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM ROW(${owned.map((c) => `excluded.${c}`).join(', ')})
    RETURNING (xmax = 0) AS added`;
  const identity = (row: SqlRow) => JSON.stringify(key.map((k) => row[k] ?? null));

  return async (client: pg.PoolClient, rows: readonly SqlRow[], report: SeedReport): Promise<void> => {
    for (const round of rounds(rows, identity)) {
      // An inserted row has no xmax; a row updated by DO UPDATE has the updating transaction's.
      const { rows: written } = await client.query<{ added: boolean }>(sql, [JSON.stringify(round)]);
      const added = written.filter((w) => w.added).length;
      report.added += added;
      report.changed += written.length - added;
      report.unchanged += round.length - written.length;
    }
  };
}

/** The rows split so that no key occurs twice in one part; each key's rows stay in their order. */
function rounds<R>(rows: readonly R[], identity: (row: R) => string): R[][] {
  const seen = new Map<string, number>();
  const parts: R[][] = [];
  for (const row of rows) {
    const id = identity(row);
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    (parts[n] ??= []).push(row);
  }
  return parts;
}
