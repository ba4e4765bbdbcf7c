/**
 * The change stamp on PostgreSQL: kept by the database (schema version 3), read by PgChangeStamp.
 * Several servers share the database, each caching answers under the stamp it reads: a write
 * through any connection must move it, at its commit and not before; a write that no cached
 * answer holds must leave it, so that logins and sessions keep the caches warm.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { freshPostgres, type FreshDatabase } from '../../testing/postgres.js';
import { UNSTAMPED_TABLES } from '../sqlite/changeStamp.js';
import { PgAccessStore } from './access.js';
import { PgChangeStamp } from './changeStamp.js';
import { migratePostgres } from './migrate.js';
import { createPool, inTransaction } from './pool.js';
import { PgRateLimitStore } from './rateLimits.js';
import { PgSteeringStore } from './steering.js';

const databases: FreshDatabase[] = [];
const pools: pg.Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
  await Promise.all(databases.splice(0).map((d) => d.drop()));
}, 60_000);

/** A migrated database, and a second pool on it as another server would have. */
async function twoServers(): Promise<{ pool: pg.Pool; other: pg.Pool }> {
  const database = await freshPostgres();
  databases.push(database);
  await migratePostgres(database.pool);
  const other = createPool(database.url);
  pools.push(other);
  return { pool: database.pool, other };
}

/** Tables that neither change the stamp nor appear in a cached answer: not stamped, and need not be. */
const EXEMPT = new Set([...UNSTAMPED_TABLES, 'schema_version', 'change_stamp']);

/**
 * The tables of the public schema (a connection's TEMP tables, such as an import's staging, live
 * elsewhere), each with whether it is stamped: AFTER … FOR EACH STATEMENT triggers, enabled,
 * calling move_change_stamp, covering INSERT, UPDATE, DELETE (each with its transition table,
 * which the function reads) and TRUNCATE.
 */
async function stampedTables(pool: pg.Pool): Promise<Map<string, boolean>> {
  const { rows } = await pool.query<{ name: string; stamped: boolean }>(
    `SELECT c.relname::text AS name,
            coalesce(bit_or(t.tgtype::integer & (4 | 8 | 16 | 32)) FILTER (
              WHERE t.tgfoid = 'move_change_stamp'::regproc
                AND t.tgenabled IN ('O', 'A')
                AND t.tgtype::integer & (1 | 2 | 64) = 0
                AND (t.tgtype::integer & (4 | 16) = 0 OR t.tgnewtable IS NOT NULL)
                AND (t.tgtype::integer & 8 = 0 OR t.tgoldtable IS NOT NULL)
            ), 0) = (4 | 8 | 16 | 32) AS stamped
       FROM pg_class c
       JOIN pg_namespace s ON s.oid = c.relnamespace
       LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND NOT t.tgisinternal
      WHERE s.nspname = 'public' AND c.relkind IN ('r', 'p')
      GROUP BY c.relname`,
  );
  return new Map(rows.map((r) => [r.name, r.stamped]));
}

/** Tables that are neither stamped nor exempt (should be none), and exempt tables that are stamped (should be none). */
async function forgotten(pool: pg.Pool): Promise<{ notStamped: string[]; stampedButExempt: string[] }> {
  const tables = [...(await stampedTables(pool))].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    notStamped: tables.filter(([name, stamped]) => !stamped && !EXEMPT.has(name)).map(([name]) => name),
    stampedButExempt: tables.filter(([name, stamped]) => stamped && EXEMPT.has(name)).map(([name]) => name),
  };
}

describe('the change stamp on PostgreSQL', () => {
  it('is kept on every table of the schema but the unstamped ones, which all exist', async () => {
    const { pool } = await twoServers();
    const tables = await stampedTables(pool);
    expect(await forgotten(pool)).toEqual({ notStamped: [], stampedButExempt: [] });
    for (const name of EXEMPT) if (name !== 'import_stage') expect({ name, exists: tables.has(name) }).toEqual({ name, exists: true });
    expect([...tables.values()].filter(Boolean).length).toBeGreaterThan(15);
    for (const name of ['theme', 'theme_edit', 'goal', 'goal_value', 'note', 'caseload_count', 'data_version', 'source']) {
      expect({ name, stamped: tables.get(name) }).toEqual({ name, stamped: true });
    }
  });

  it('names a table whose trigger was removed or disabled, and a new table that was not stamped', async () => {
    const { pool } = await twoServers();
    await pool.query('DROP TRIGGER change_stamp_delete ON goal');
    await pool.query('ALTER TABLE note DISABLE TRIGGER change_stamp_insert');
    await pool.query('CREATE TABLE added_later (x integer)');
    expect((await forgotten(pool)).notStamped).toEqual(['added_later', 'goal', 'note']);
    // What a later migration that adds a table does:
    await pool.query(`SELECT stamp_changes_of('added_later')`);
    expect((await forgotten(pool)).notStamped).toEqual(['goal', 'note']);
    // And a table of UNSTAMPED_TABLES that moved the stamp after all is named too.
    await pool.query(`SELECT stamp_changes_of('session')`);
    expect((await forgotten(pool)).stampedButExempt).toEqual(['session']);
  });

  it('moves when another server writes, at its commit and not before', async () => {
    const { pool, other } = await twoServers();
    const stamp = new PgChangeStamp(pool);
    const steering = new PgSteeringStore(other);
    const first = await stamp.current();
    expect(first).toMatch(/^0\.\d+$/);
    const id = await steering.addNote({
      target: 'overzicht',
      peildatum: null,
      text: 'Rode draad',
      author: 'anna',
      createdAt: '2026-12-06',
    });
    const second = await stamp.current();
    expect(second).not.toBe(first);
    await steering.deleteNote(id);
    const third = await stamp.current();
    expect(third).not.toBe(second);

    // Until the other server commits, this one reads the old stamp (and the old rows).
    const client = await other.connect();
    try {
      await client.query('BEGIN');
      await client.query(`INSERT INTO note (target, text, created_at) VALUES ('overzicht', 'Nog niet vastgelegd', '2026-12-06')`);
      expect(await stamp.current()).toBe(third);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect(await stamp.current()).not.toBe(third);
  });

  it('stays when a statement changes no row, and moves once per transaction however many statements change rows', async () => {
    const { pool } = await twoServers();
    const stamp = new PgChangeStamp(pool);
    const counter = async () => (await pool.query<{ n: number }>('SELECT n FROM change_stamp')).rows[0]!.n;
    await pool.query(`INSERT INTO source (id, document) VALUES (1, 'bron.pdf')`);
    const before = await stamp.current();
    await pool.query(`UPDATE goal SET title = 'x' WHERE id = 1`);
    await pool.query('DELETE FROM note WHERE id = 1');
    await pool.query(`INSERT INTO source (id, document) VALUES (1, 'bron.pdf') ON CONFLICT DO NOTHING`);
    await pool.query('INSERT INTO theme_edit SELECT * FROM theme_edit WHERE false');
    expect(await stamp.current()).toBe(before);

    const n = await counter();
    await inTransaction(pool, async (client) => {
      for (let i = 1; i <= 5; i++) {
        await client.query(`INSERT INTO theme (code, number, title, source_id) VALUES ($1, $2, $1, 1)`, [`thema-${i}`, i]);
      }
      await client.query(`UPDATE theme SET owner = 'Anna'`);
      await client.query(`DELETE FROM theme WHERE number > 3`);
    });
    expect(await counter()).toBe(n + 1);
    // TRUNCATE has no rows to look at: it always moves the stamp.
    const truncated = await stamp.current();
    await pool.query('TRUNCATE theme_edit');
    expect(await stamp.current()).not.toBe(truncated);
  });

  it('stays when a write is rolled back, also a savepoint, and moves for what a transaction kept after one', async () => {
    const { pool } = await twoServers();
    const stamp = new PgChangeStamp(pool);
    const before = await stamp.current();
    const failing = inTransaction(pool, async (client) => {
      await client.query(`INSERT INTO note (target, text, created_at) VALUES ('overzicht', 'Weg', '2026-12-06')`);
      throw new Error('the import found a bad row');
    });
    await expect(failing).rejects.toThrow('bad row');
    expect(await stamp.current()).toBe(before);

    const inSavepoint = (keepAfter: boolean) =>
      inTransaction(pool, async (client) => {
        await client.query('SAVEPOINT attempt');
        await client.query(`INSERT INTO note (target, text, created_at) VALUES ('overzicht', 'Weg', '2026-12-06')`);
        await client.query('ROLLBACK TO SAVEPOINT attempt');
        if (keepAfter) await client.query(`INSERT INTO note (target, text, created_at) VALUES ('overzicht', 'Blijft', '2026-12-06')`);
      });
    await inSavepoint(false);
    expect(await stamp.current()).toBe(before);
    // The savepoint's move was undone with it, and so was the memory that this transaction moved
    // the stamp: the write after it moves it again.
    await inSavepoint(true);
    expect(await stamp.current()).not.toBe(before);
  });

  it('counts every transaction of two servers writing figures at once, none waiting on the other for ever', async () => {
    const { pool, other } = await twoServers();
    await pool.query(`
      INSERT INTO source (id, document) VALUES (1, 'bron.pdf');
      INSERT INTO knowledge_domain (code, name, position, source_id) VALUES ('cter', 'CTER', 1, 1), ('mensenhandel', 'Mensenhandel', 2, 1);
      INSERT INTO theme (code, number, title, source_id) VALUES ('mensenhandel', 4, 'Mensenhandel', 1), ('onbegrepen-gedrag', 6, 'POG', 1);
    `);
    const counter = async () => (await pool.query<{ n: number }>('SELECT n FROM change_stamp')).rows[0]!.n;
    const before = await counter();
    const servers = [new PgSteeringStore(pool), new PgSteeringStore(other)];
    const at = '2026-12-06T09:00:00.000Z';
    const writes = Array.from({ length: 24 }, (_, i) => {
      const store = servers[i % 2]!;
      switch (i % 4) {
        case 0:
          return store.editTheme('mensenhandel', { owner: `Eigenaar ${i}` }, i % 8 === 0 ? ['cter'] : ['mensenhandel'], at, 'anna');
        case 1:
          return store.editTheme(
            'onbegrepen-gedrag',
            { progressNote: `Stand ${i}` },
            ['cter', 'mensenhandel'].slice(i % 3 === 0 ? 1 : 0),
            at,
            'bert',
          );
        case 2:
          return store.addNote({ target: 'overzicht', peildatum: null, text: `Notitie ${i}`, author: 'anna', createdAt: at });
        default:
          return store.createGoal(
            {
              title: `Doel ${i}`,
              themeCode: 'mensenhandel',
              municipalityCode: null,
              indicator: 'MANUAL',
              direction: 'AT_MOST',
              target: i,
              targetUpper: null,
              margin: 0.1,
              deadline: null,
              staleAfterDays: 30,
              unit: 'dagen',
            },
            at,
            'anna',
          );
      }
    });
    await Promise.all(writes);
    // Every call here changed rows in one transaction of its own: each moved the counter once.
    expect(await counter()).toBe(before + writes.length);
  });

  it('stays when only sessions, failed logins, the audit log, users or rate limits change', async () => {
    const { pool, other } = await twoServers();
    const stamp = new PgChangeStamp(pool);
    const before = await stamp.current();
    const access = new PgAccessStore(other);
    const userId = await access.createUser({
      username: 'anna',
      passwordHash: 'hash',
      role: 'ZVH',
      municipalityCode: null,
      createdAt: '2026-12-06T08:00:00.000Z',
    });
    await access.createSession({
      tokenHash: 't'.repeat(64),
      publicId: 'p'.repeat(32),
      userId,
      createdMs: 1,
      lastSeenMs: 1,
      method: 'PASSWORD',
      provider: null,
      client: null,
      address: null,
      stage: 'FULL',
      factorFailures: 0,
    });
    await access.setLastLogin(userId, '2026-12-06T08:01:00.000Z');
    await access.beginLoginAttempt('anna', '192.0.2.1', 10, 0, () => true);
    await access.appendAudit({
      at: '2026-12-06T08:02:00.000Z',
      actor: 'anna',
      action: 'login',
      object: null,
      result: 'ok',
      origin: null,
      detail: null,
    });
    await new PgRateLimitStore(other).rateLimitHit('login:192.0.2.1', 60_000, Date.now());
    await other.query('DELETE FROM session');
    expect(await stamp.current()).toBe(before);
  });

  it('never comes back to an earlier stamp, even when the counter does (a database restored from a dump)', async () => {
    const { pool } = await twoServers();
    const stamp = new PgChangeStamp(pool);
    const before = await stamp.current();
    await pool.query(`INSERT INTO note (target, text, created_at) VALUES ('overzicht', 'Rode draad', '2026-12-06')`);
    await pool.query('UPDATE change_stamp SET n = 0');
    const after = await stamp.current();
    expect(after.split('.')[0]).toBe(before.split('.')[0]);
    expect(after).not.toBe(before);
  });

  it('keeps its one row: a second row, DELETE and TRUNCATE are refused', async () => {
    const { pool } = await twoServers();
    await expect(pool.query('INSERT INTO change_stamp (n) VALUES (7)')).rejects.toThrow(/change_stamp_one_row/);
    await expect(pool.query('DELETE FROM change_stamp')).rejects.toThrow('change_stamp is append-only');
    await expect(pool.query('TRUNCATE change_stamp')).rejects.toThrow('change_stamp is append-only');
  });
});
