import { createHash, type Hash } from 'node:crypto';
import type pg from 'pg';
import type { SqliteDatabase } from '../sqlite/open.js';
import { planCopy, quote, type TablePlan } from './copyFromSqlite.js';

/** The comparison of one table in both databases. */
export interface TableCheck {
  table: string;
  sqliteRows: number;
  postgresRows: number;
  /** SHA-256 (hex) over the rows in key order, each written the same way from either database. */
  sqliteChecksum: string;
  postgresChecksum: string;
  ok: boolean;
}

const FETCH_ROWS = 5000;

/**
 * One value written the same way whichever database it came from: null, a number as JavaScript
 * writes it (integers and doubles alike: SQLite's REAL and PostgreSQL's double precision give
 * the same double), text as a JSON string, a boolean as 0/1 (SQLite's flags), bytes as hex.
 */
function canonical(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Uint8Array) return `x${Buffer.from(value).toString('hex')}`;
  throw new Error(`a value of type ${typeof value} cannot be compared`);
}

function addRow(hash: Hash, row: unknown[]): void {
  hash.update(`${row.map(canonical).join(',')}\n`);
}

/** ORDER BY the key (or every column), NULLs first as in SQLite, text by its bytes on both sides. */
function orderBy(plan: TablePlan, postgres: boolean): string {
  return plan.orderBy
    .map((column) => `${quote(column)}${postgres && plan.texts.has(column) ? ' COLLATE "C"' : ''} ASC NULLS FIRST`)
    .join(', ');
}

function checksumSqlite(db: SqliteDatabase, plan: TablePlan): { rows: number; checksum: string } {
  const hash = createHash('sha256');
  let rows = 0;
  const read = db.prepare(`SELECT ${plan.columns.map(quote).join(', ')} FROM ${quote(plan.name)} ORDER BY ${orderBy(plan, false)}`).raw();
  for (const row of read.iterate() as IterableIterator<unknown[]>) {
    addRow(hash, row);
    rows += 1;
  }
  return { rows, checksum: hash.digest('hex') };
}

/** Read through a cursor, a batch at a time: a table of a million rows does not sit in memory whole. */
async function checksumPostgres(client: pg.ClientBase, plan: TablePlan): Promise<{ rows: number; checksum: string }> {
  const hash = createHash('sha256');
  let rows = 0;
  await client.query(
    `DECLARE copy_check NO SCROLL CURSOR FOR SELECT ${plan.columns.map(quote).join(', ')} FROM ${quote(plan.name)} ORDER BY ${orderBy(plan, true)}`,
  );
  for (;;) {
    const batch = await client.query<unknown[]>({ text: `FETCH FORWARD ${FETCH_ROWS} FROM copy_check`, rowMode: 'array' });
    for (const row of batch.rows) addRow(hash, row);
    rows += batch.rows.length;
    if (batch.rows.length < FETCH_ROWS) break;
  }
  await client.query('CLOSE copy_check');
  return { rows, checksum: hash.digest('hex') };
}

/**
 * Compares every SQLite table with its copy in PostgreSQL: the number of rows and a checksum over
 * all of them, read back from PostgreSQL (after the copy's commit) in one snapshot. Columns
 * PostgreSQL has beyond SQLite's (session.seq) are not part of it.
 */
export async function verifyCopy(db: SqliteDatabase, pool: pg.Pool): Promise<TableCheck[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const plans = await planCopy(db, client);
    const checks: TableCheck[] = [];
    for (const plan of plans) {
      const sqlite = checksumSqlite(db, plan);
      const postgres = await checksumPostgres(client, plan);
      checks.push({
        table: plan.name,
        sqliteRows: sqlite.rows,
        postgresRows: postgres.rows,
        sqliteChecksum: sqlite.checksum,
        postgresChecksum: postgres.checksum,
        ok: sqlite.rows === postgres.rows && sqlite.checksum === postgres.checksum,
      });
    }
    await client.query('COMMIT');
    return checks;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The checks as a table for the terminal: tabel · rijen SQLite · rijen PostgreSQL · controlegetal · ok. */
export function formatChecks(checks: readonly TableCheck[]): string {
  const header = ['tabel', 'rijen SQLite', 'rijen PostgreSQL', 'controlegetal', 'ok'];
  const lines = checks.map((check) => [
    check.table,
    String(check.sqliteRows),
    String(check.postgresRows),
    check.sqliteChecksum === check.postgresChecksum
      ? check.sqliteChecksum.slice(0, 16)
      : `${check.sqliteChecksum.slice(0, 16)} ≠ ${check.postgresChecksum.slice(0, 16)}`,
    check.ok ? 'ok' : 'VERSCHIL',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const numeric = [false, true, true, false, false];
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}
