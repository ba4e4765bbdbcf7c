import { afterEach, describe, expect, it } from '@jest/globals';
import { freshPostgres, type FreshDatabase } from '../../testing/postgres.js';
import { migrations as sqliteMigrations } from '../migrations/index.js';
import { migrate as migrateSqlite } from '../sqlite/migrate.js';
import { openDatabase, StoreOpenError } from '../sqlite/open.js';
import { migratePostgres } from './migrate.js';
import { pgMigrations, SQLITE_VERSION_MIRRORED } from './migrations.js';
import { createPool } from './pool.js';

const databases: FreshDatabase[] = [];
async function fresh(): Promise<FreshDatabase> {
  const database = await freshPostgres();
  databases.push(database);
  return database;
}
afterEach(async () => {
  await Promise.all(databases.splice(0).map((d) => d.drop()));
}, 60_000);

async function migrated(): Promise<FreshDatabase> {
  const database = await fresh();
  await migratePostgres(database.pool);
  return database;
}

describe('PostgreSQL migrations', () => {
  it('create the schema on an empty database; a second run finds nothing to do', async () => {
    const { pool } = await fresh();
    expect(await migratePostgres(pool)).toEqual(pgMigrations.map((m) => m.version));
    expect(await migratePostgres(pool)).toEqual([]);
    const { rows } = await pool.query('SELECT version, name FROM schema_version ORDER BY version');
    expect(rows).toEqual(pgMigrations.map(({ version, name }) => ({ version, name })));
  });

  it('let one of two servers starting at once migrate, while the other waits and then finds nothing to do', async () => {
    const { pool, url } = await fresh();
    const second = createPool(url);
    try {
      const results = await Promise.all([migratePostgres(pool), migratePostgres(second)]);
      expect(results.map((r) => r.length).sort()).toEqual([0, pgMigrations.length]);
    } finally {
      await second.end();
    }
  });

  it('hold every table and column of the SQLite schema they mirror (and sessions their order of creation)', async () => {
    const { pool } = await migrated();
    const sqlite = openDatabase(':memory:');
    migrateSqlite(
      sqlite,
      sqliteMigrations.filter((m) => m.version <= SQLITE_VERSION_MIRRORED),
    );
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const expected = Object.fromEntries(
      tables.map((t) => [t, (sqlite.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY name`).pluck().all(t) as string[]).sort()]),
    );
    sqlite.close();
    expected.session = [...expected.session!, 'seq'].sort();
    expected.schema_version = ['applied_at', 'name', 'version'];
    // PostgreSQL only: the change stamp's counter (version 3). SQLite reads its stamp off the
    // connection (PRAGMA data_version and the writes it counts), with no table of its own.
    expected.change_stamp = ['n'];
    const { rows } = await pool.query<{ table_name: string; columns: string[] }>(
      `SELECT table_name, array_agg(column_name::text ORDER BY column_name::text COLLATE "C") AS columns
         FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.table_name, r.columns]))).toEqual(expected);
  });

  it('roll back a failing migration whole, keeping the previous version', async () => {
    const { pool } = await fresh();
    const steps = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x integer)' },
      { version: 2, name: 'two', sql: 'CREATE TABLE b (y integer)' },
      { version: 3, name: 'broken', sql: 'CREATE TABLE c (z integer); SELECT no_such_function()' },
    ];
    expect(await migratePostgres(pool, steps.slice(0, 1))).toEqual([1]);
    await expect(migratePostgres(pool, steps)).rejects.toThrow(/no_such_function/);
    const { rows } = await pool.query('SELECT version FROM schema_version ORDER BY version');
    expect(rows).toEqual([{ version: 1 }]);
    const { rows: tables } = await pool.query("SELECT to_regclass('b') AS b, to_regclass('c') AS c");
    expect(tables).toEqual([{ b: null, c: null }]);
  });

  it('refuse a database made by a newer version of the app', async () => {
    const { pool } = await migrated();
    await pool.query("INSERT INTO schema_version (version, name) VALUES (99, 'from the future')");
    const attempt = migratePostgres(pool);
    await expect(attempt).rejects.toBeInstanceOf(StoreOpenError);
    await expect(attempt).rejects.toThrow(/schemaversie 99/);
  });
});

describe('the PostgreSQL schema', () => {
  it('keeps the audit log append-only: no UPDATE, DELETE or TRUNCATE, except entries a recorded export holds', async () => {
    const { pool } = await migrated();
    await pool.query(
      "INSERT INTO audit_log (at, actor, action, result) VALUES ('2026-01-01T00:00:00.000Z', 'anna', 'login', 'ok'), ('2026-01-02T00:00:00.000Z', 'anna', 'logout', 'ok')",
    );
    await expect(pool.query("UPDATE audit_log SET actor = 'mallory'")).rejects.toThrow('audit_log is append-only');
    await expect(pool.query('DELETE FROM audit_log')).rejects.toThrow(/only entries in a recorded export may be removed/);
    await expect(pool.query('TRUNCATE audit_log')).rejects.toThrow('audit_log is append-only');
    const { rows } = await pool.query<{ id: number }>('SELECT min(id) AS id FROM audit_log');
    await pool.query(
      `INSERT INTO audit_export (at, file, up_to_id, rows, sha256) VALUES ('2027-01-01', 'f.jsonl', $1, 1, repeat('a', 64))`,
      [rows[0]!.id],
    );
    expect((await pool.query('DELETE FROM audit_log WHERE id = $1', [rows[0]!.id])).rowCount).toBe(1);
    await expect(pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(pool.query("UPDATE audit_export SET file = 'x'")).rejects.toThrow('audit_export is append-only');
    await expect(pool.query('DELETE FROM audit_export')).rejects.toThrow('audit_export is append-only');
    await expect(pool.query('TRUNCATE audit_export')).rejects.toThrow('audit_export is append-only');
  });

  it('never updates a kept version of the figures', async () => {
    const { pool } = await migrated();
    await pool.query(
      `INSERT INTO data_version (kind, region_code, key, replaced_at, rows, payload) VALUES ('FUNDING', NULL, '2026', '2026-01-01', 0, '[]')`,
    );
    await expect(pool.query("UPDATE data_version SET key = 'x'")).rejects.toThrow('data_version is append-only');
    await expect(
      pool.query(
        `INSERT INTO data_version (kind, region_code, key, replaced_at, rows, payload) VALUES ('FUNDING', NULL, '2027', '2027-01-01', 0, '{bad')`,
      ),
    ).rejects.toThrow(/data_version_payload_check|violates check constraint/);
  });

  it('refuses a role, a municipality binding and an OIDC identity that the checks do not allow', async () => {
    const { pool } = await migrated();
    const insert = (role: string, municipality: string | null, provider: string | null = null, subject: string | null = null) =>
      pool.query(
        `INSERT INTO app_user (username, password_hash, role, municipality_code, created_at, oidc_provider, oidc_subject)
         VALUES ($1, 'x', $2, $3, '2026-01-01', $4, $5)`,
        [`u${Math.random()}`.slice(0, 20), role, municipality, provider, subject],
      );
    await expect(insert('KONING', null)).rejects.toThrow(/app_user_role_check/);
    await expect(insert('GEMEENTE', null)).rejects.toThrow(/violates check constraint/);
    await expect(insert('ZVH', 'GM0439')).rejects.toThrow(/violates check constraint/);
    await expect(insert('ZVH', null, 'entra', null)).rejects.toThrow(/violates check constraint/);
    await insert('GEMEENTE', 'GM0439');
    await insert('ZVH', null, 'entra', 'sub-1');
    await expect(insert('ZVH', null, 'entra', 'sub-1')).rejects.toThrow(/app_user_oidc/);
  });

  it("removes a user's sessions, second factors and passkeys with the user (ON DELETE CASCADE)", async () => {
    const { pool } = await migrated();
    const { rows } = await pool.query<{ id: number }>(
      "INSERT INTO app_user (username, password_hash, role, created_at) VALUES ('anna', 'x', 'ZVH', '2026-01-01') RETURNING id",
    );
    const id = rows[0]!.id;
    await pool.query(
      `INSERT INTO session (token_hash, public_id, user_id, created_ms, last_seen_ms) VALUES ('t', repeat('p', 32), $1, 1, 1)`,
      [id],
    );
    await pool.query(`INSERT INTO user_totp (user_id, secret, created_at) VALUES ($1, $2, '2026-01-01')`, [id, Buffer.alloc(40, 1)]);
    await pool.query(`INSERT INTO recovery_code (user_id, code_hash) VALUES ($1, repeat('c', 64))`, [id]);
    await pool.query(
      `INSERT INTO passkey (user_id, credential_id, public_key, counter, name, backed_up, created_at)
       VALUES ($1, repeat('k', 20), $2, 0, 'Laptop', false, '2026-01-01')`,
      [id, Buffer.alloc(64, 2)],
    );
    await pool.query('DELETE FROM app_user WHERE id = $1', [id]);
    const { rows: left } = await pool.query(
      `SELECT (SELECT count(*) FROM session) + (SELECT count(*) FROM user_totp) + (SELECT count(*) FROM recovery_code)
              + (SELECT count(*) FROM passkey) AS n`,
    );
    expect(left).toEqual([{ n: 0 }]);
  });

  it('answers bigint columns (times in ms) as JavaScript numbers, and refuses what a number cannot hold', async () => {
    const { pool } = await migrated();
    const { rows } = await pool.query('SELECT 1780000000000::bigint AS ms, count(*) AS n FROM app_user');
    expect(rows).toEqual([{ ms: 1_780_000_000_000, n: 0 }]);
    await expect(pool.query('SELECT 9007199254740993::bigint AS big')).rejects.toThrow(/safe integers/);
  });
});
