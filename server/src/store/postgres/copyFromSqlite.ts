import Database from 'better-sqlite3';
import type pg from 'pg';
import type { SqliteDatabase } from '../sqlite/open.js';
import { inTransaction } from './pool.js';

/**
 * Moving a region's SQLite database into PostgreSQL: every table copied as it is (ids kept), in
 * one PostgreSQL transaction, then checked table by table (copyCheck.ts). The CLI is
 * cli/copyToPostgres.ts.
 *
 * How rows travel: batched `INSERT … SELECT … FROM json_populate_recordset(NULL::table, $1)`,
 * one parameter holding a JSON array of up to BATCH_ROWS rows. node-postgres has no COPY of its
 * own (that takes the pg-copy-streams package), and a multi-row VALUES list runs into the limit
 * of 65,535 parameters; one JSON parameter has neither problem, PostgreSQL converts each field
 * with the column's own input function, and the database does one statement per batch.
 */

/** A refusal with a message for the person running the copy (Dutch, naming tables). */
export class CopyError extends Error {
  override name = 'CopyError';
}

/**
 * Tables of PostgreSQL that are not data: the schema's own bookkeeping — its versions, and the
 * change stamp's one counter row (made by the migration; the copy moves it like any write).
 */
const NOT_DATA = new Set(['schema_version', 'change_stamp']);

const BATCH_ROWS = 5000;

/** One table as it is copied and checked: its columns (SQLite's), and what PostgreSQL makes of them. */
export interface TablePlan {
  name: string;
  columns: string[];
  /** Columns that are boolean in PostgreSQL (0/1 in SQLite). */
  booleans: Set<string>;
  /** Columns that are bytea in PostgreSQL (BLOB in SQLite). */
  bytes: Set<string>;
  /** Text columns in PostgreSQL: compared with COLLATE "C" when ordering, as SQLite's BINARY. */
  texts: Set<string>;
  /** The order both databases read the rows in for the checksum: the primary key, else every column. */
  orderBy: string[];
  /** Identity columns in PostgreSQL, whose sequence is set past the highest id after the copy. */
  identities: string[];
  /** Has a foreign key to itself (theme.parent_code): sent in one statement, so any row order holds. */
  selfReferencing: boolean;
  /** A rowid table (not WITHOUT ROWID): copied in rowid order, the order `session` keeps in `seq`. */
  hasRowid: boolean;
}

/**
 * Refuses while a server has the SQLite file open: what it wrote after the copy would be left
 * behind. As `npm run restore` finds out (store/sqlite/files.ts, takeOverLiveDatabase): a
 * server's open WAL connection keeps the exclusive lock from being granted.
 */
export function refuseWhileInUse(path: string, dataDir: string): void {
  const db = new Database(path, { fileMustExist: true, timeout: 1000 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
  } catch (error) {
    if (/^SQLITE_(BUSY|LOCKED)/.test((error as { code?: string }).code ?? '')) {
      throw new CopyError(
        `De database ${path} is in gebruik: draait de server nog op DATA_DIR=${dataDir}? ` +
          'Stop de server eerst, zodat niets wat hij daarna schrijft achterblijft, en start het kopiëren opnieuw. Er is niets gekopieerd.',
      );
    }
    throw error;
  } finally {
    db.close();
  }
}

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The SQLite tables of the app (not SQLite's own), by name. */
function sqliteTables(db: SqliteDatabase): { name: string; sql: string }[] {
  return db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .all() as { name: string; sql: string }[];
}

/**
 * What to copy and in which order: every SQLite table, each of which must exist in PostgreSQL
 * with every column, parents before the tables that refer to them (PostgreSQL's foreign keys).
 */
export async function planCopy(db: SqliteDatabase, client: pg.ClientBase): Promise<TablePlan[]> {
  const { rows: pgColumns } = await client.query<{ table_name: string; column_name: string; data_type: string; is_identity: string }>(
    `SELECT c.table_name, c.column_name, c.data_type, c.is_identity
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`,
  );
  const byTable = new Map<string, Map<string, { type: string; identity: boolean }>>();
  for (const column of pgColumns) {
    if (!byTable.has(column.table_name)) byTable.set(column.table_name, new Map());
    byTable.get(column.table_name)!.set(column.column_name, { type: column.data_type, identity: column.is_identity === 'YES' });
  }
  const { rows: foreignKeys } = await client.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid
       JOIN pg_class parent ON parent.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE c.contype = 'f' AND n.nspname = current_schema()`,
  );

  const tables = sqliteTables(db);
  const missing = tables.filter((table) => !byTable.has(table.name)).map((table) => table.name);
  if (missing.length > 0) {
    throw new CopyError(
      `De PostgreSQL-database mist ${missing.length === 1 ? 'de tabel' : 'de tabellen'} ${missing.join(', ')} die de SQLite-database wel heeft. ` +
        'Werk de app bij tot een versie waarvan het PostgreSQL-schema deze tabellen kent, en kopieer dan opnieuw.',
    );
  }
  const plans = tables.map(({ name, sql }) => {
    const target = byTable.get(name)!;
    const info = db.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(name) as { name: string; pk: number }[];
    const columns = info.map((column) => column.name);
    const absent = columns.filter((column) => !target.has(column));
    if (absent.length > 0) {
      throw new CopyError(
        `De tabel ${name} in PostgreSQL mist ${absent.length === 1 ? 'de kolom' : 'de kolommen'} ${absent.join(', ')}. ` +
          'Werk de app bij tot een versie waarvan het PostgreSQL-schema deze kolommen kent.',
      );
    }
    const ofType = (...types: string[]) => new Set(columns.filter((column) => types.includes(target.get(column)!.type)));
    const key = info
      .filter((column) => column.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((column) => column.name);
    return {
      name,
      columns,
      booleans: ofType('boolean'),
      bytes: ofType('bytea'),
      texts: ofType('text', 'character varying', 'character'),
      orderBy: key.length > 0 ? key : columns,
      identities: [...target].filter(([, column]) => column.identity).map(([column]) => column),
      selfReferencing: foreignKeys.some((fk) => fk.child === name && fk.parent === name),
      hasRowid: !/\bWITHOUT\s+ROWID\b/i.test(sql),
    } satisfies TablePlan;
  });
  return inForeignKeyOrder(plans, foreignKeys);
}

/** Parents first; among tables that are ready at the same time, by name (a stable order to read in the log). */
function inForeignKeyOrder(plans: TablePlan[], foreignKeys: { child: string; parent: string }[]): TablePlan[] {
  const names = new Set(plans.map((plan) => plan.name));
  const pending = new Map(
    plans.map((plan) => [
      plan.name,
      new Set(foreignKeys.filter((fk) => fk.child === plan.name && fk.parent !== plan.name && names.has(fk.parent)).map((fk) => fk.parent)),
    ]),
  );
  const ordered: TablePlan[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([, parents]) => parents.size === 0).map(([name]) => name);
    if (ready.length === 0) throw new CopyError(`De verwijzingen tussen de tabellen ${[...pending.keys()].join(', ')} vormen een kring.`);
    for (const name of ready.sort()) {
      pending.delete(name);
      for (const parents of pending.values()) parents.delete(name);
      ordered.push(plans.find((plan) => plan.name === name)!);
    }
  }
  return ordered;
}

/** Tables of the PostgreSQL database that already hold rows (its own bookkeeping aside), by name. */
export async function tablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const filled: string[] = [];
  for (const { table_name: name } of rows) {
    if (NOT_DATA.has(name)) continue;
    const { rows: found } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quote(name)}) AS any`);
    if (found[0]!.any) filled.push(name);
  }
  return filled;
}

/** A SQLite value as PostgreSQL's column takes it through JSON: 0/1 flags as booleans, BLOBs as bytea's hex text. */
function converter(plan: TablePlan): (row: unknown[]) => Record<string, unknown> {
  const kinds = plan.columns.map((column) => (plan.booleans.has(column) ? 'boolean' : plan.bytes.has(column) ? 'bytes' : 'plain'));
  return (row) => {
    const out: Record<string, unknown> = {};
    row.forEach((value, i) => {
      const column = plan.columns[i]!;
      if (value === null) out[column] = null;
      else if (kinds[i] === 'boolean') {
        if (value !== 0 && value !== 1) {
          throw new CopyError(`De kolom ${plan.name}.${column} hoort 0 of 1 te bevatten, maar bevat ${JSON.stringify(value)}.`);
        }
        out[column] = value === 1;
      } else if (kinds[i] === 'bytes') {
        if (!Buffer.isBuffer(value))
          throw new CopyError(`De kolom ${plan.name}.${column} hoort bytes (BLOB) te bevatten, maar bevat tekst of een getal.`);
        out[column] = `\\x${value.toString('hex')}`;
      } else out[column] = value;
    });
    return out;
  };
}

export interface CopiedTable {
  table: string;
  rows: number;
}

/**
 * Copies every table of the SQLite database into the (migrated, empty) PostgreSQL database, in
 * ONE transaction: all of it or nothing. Refuses when PostgreSQL already holds data, naming the
 * tables. Ids are kept; `session` goes in rowid order, which its identity `seq` then keeps; every
 * identity sequence is set past the highest id copied. The append-only triggers of audit_log,
 * audit_export and data_version refuse UPDATE and DELETE only: these INSERTs pass them.
 *
 * Then VACUUM (ANALYZE), so that the planner knows the new rows at once.
 *
 * The SQLite reads run in one read transaction, so a server writing meanwhile (it should be
 * stopped) cannot make the copy inconsistent.
 */
export async function copySqliteToPostgres(
  db: SqliteDatabase,
  pool: pg.Pool,
  onTable: (copied: CopiedTable) => void = () => undefined,
): Promise<CopiedTable[]> {
  const tables = await inTransaction(pool, async (client) => {
    const filled = await tablesWithRows(client);
    if (filled.length > 0) {
      throw new CopyError(
        `De PostgreSQL-database bevat al gegevens (in ${filled.join(', ')}); er is niets gekopieerd. ` +
          'Kopieer naar een lege database: maak een nieuwe aan, of start geen server op deze database vóór het kopiëren.',
      );
    }
    const plans = await planCopy(db, client);
    const copied: CopiedTable[] = [];
    for (const plan of plans) {
      const rows = await copyTable(db, client, plan);
      await resetIdentities(client, plan);
      copied.push({ table: plan.name, rows });
      onTable({ table: plan.name, rows });
    }
    return copied;
  });
  // Statistics for the planner and the visibility map for index-only scans, now rather than
  // whenever autovacuum comes round: the first requests after a move are planned on real numbers.
  await pool.query('VACUUM (ANALYZE)');
  return tables;
}

async function copyTable(db: SqliteDatabase, client: pg.ClientBase, plan: TablePlan): Promise<number> {
  const columns = plan.columns.map(quote).join(', ');
  const insert = `INSERT INTO ${quote(plan.name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quote(plan.name)}, $1)`;
  const read = db
    .prepare(`SELECT ${columns} FROM ${quote(plan.name)}${plan.hasRowid ? ' ORDER BY rowid' : ''}`)
    .raw()
    .iterate() as IterableIterator<unknown[]>;
  const convert = converter(plan);
  // A table that refers to itself goes in one statement: PostgreSQL checks the references at its end.
  const batchRows = plan.selfReferencing ? Infinity : BATCH_ROWS;
  let batch: Record<string, unknown>[] = [];
  let count = 0;
  const send = async () => {
    try {
      await client.query(insert, [JSON.stringify(batch)]);
    } catch (error) {
      throw new CopyError(`Kopiëren van de tabel ${plan.name} mislukt: ${error instanceof Error ? error.message : String(error)}`);
    }
    count += batch.length;
    batch = [];
  };
  for (const row of read) {
    batch.push(convert(row));
    if (batch.length >= batchRows) await send();
  }
  if (batch.length > 0) await send();
  return count;
}

/** The next id of every identity column comes after the highest copied (or 1 for an empty table). */
async function resetIdentities(client: pg.ClientBase, plan: TablePlan): Promise<void> {
  for (const column of plan.identities) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quote(column)}) FROM ${quote(plan.name)}), 0) + 1, false)`,
      [quote(plan.name), column],
    );
  }
}
