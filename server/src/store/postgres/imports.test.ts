import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { refused } from '../../testing/contractStores.js';
import { applyOptions, counts, figures, IMPORT_FIXTURE, importOn, ZW } from '../../testing/importFixture.js';
import { freshPostgres, type FreshDatabase } from '../../testing/postgres.js';
import { PgImportStore } from './imports.js';
import { migratePostgres } from './migrate.js';
import { createPool, LOCK_NAMESPACE } from './pool.js';

/**
 * What only PostgreSQL has to show: several servers (pools) on one database, a server that dies
 * mid-import, connections and locks always given back. The answers themselves are the contract
 * suite's (contract/imports.contract.test.ts).
 */
describe('imports on PostgreSQL with several servers', () => {
  let database: FreshDatabase;
  /** Another server's pool on the same database. */
  let other: pg.Pool;
  beforeEach(async () => {
    database = await freshPostgres();
    await migratePostgres(database.pool);
    await database.pool.query(IMPORT_FIXTURE);
    other = createPool(database.url);
  }, 60_000);
  /** Every import store of the test, to end what a failed test left waiting. */
  let stores: PgImportStore[];
  const importStore = (pool: pg.Pool) => {
    const store = new PgImportStore(pool);
    stores.push(store);
    return store;
  };
  beforeEach(() => {
    stores = [];
  });
  afterEach(async () => {
    // A test that failed may leave a connection waiting for the lock: end every session first
    // (a pool ends only once its connections are back).
    const admin = createPool(database.url, { max: 1 });
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await admin.end();
    await Promise.allSettled(stores.map((store) => store.discardStaging()));
    await other.end();
    await database.drop();
  }, 60_000);

  const rows = async (query: string) => (await other.query<Record<string, unknown>>(query)).rows;
  const JANUARY = (zaanstad: number) =>
    counts('2024-01-01', [
      ['municipality', 'GM0479', null, zaanstad],
      ['municipality', 'GM0479', 'huiselijk-geweld', 25],
      ['municipality', 'GM0439', null, 15],
      ['unspecified', null, null, 5],
    ]);

  /** The imports' advisory lock: who holds it, how many wait for it. */
  async function importLock(): Promise<{ holders: number[]; waiting: number }> {
    const { rows: locks } = await other.query<{ pid: number; granted: boolean }>(
      "SELECT pid, granted FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = $1 AND objid::bigint = 0 AND objsubid = 2",
      [LOCK_NAMESPACE.imports],
    );
    return { holders: locks.filter((l) => l.granted).map((l) => l.pid), waiting: locks.filter((l) => !l.granted).length };
  }

  /** Polls until `condition` holds (what another connection does is seen only through the database). */
  async function eventually(condition: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 600; i += 1) {
      if (await condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the condition did not come true');
  }

  const idle = (pool: pg.Pool) => pool.totalCount === pool.idleCount;

  it("makes a second server's import wait until the first one ends, and a restore too", async () => {
    const a = importStore(database.pool);
    const b = importStore(other);
    await importOn(a, ZW, 'CASELOAD', JANUARY(41));

    await a.startStaging();
    const events: string[] = [];
    const second = b.startStaging().then(() => events.push('b started'));
    // Waiters get the lock in the order they asked for it: the import first, then the restore.
    await eventually(async () => (await importLock()).waiting === 1);
    const restore = b
      .restoreVersion(ZW, 1, { dryRun: false, actor: 'b', at: '2026-12-06T10:00:00.000Z' })
      .then((changes) => (events.push('b restored'), changes));
    await eventually(async () => (await importLock()).waiting === 2);
    expect(events).toEqual([]);
    await a.stage(JANUARY(42));
    expect(await a.applyStaged(ZW, 'CASELOAD', applyOptions())).toEqual([expect.objectContaining({ totalBefore: 61, totalAfter: 62 })]);
    events.push('a applied');
    await a.discardStaging();
    await second;
    // b's import holds the lock now; its restore waits for it in turn.
    expect(events).toEqual(['a applied', 'b started']);
    await b.stage(JANUARY(43));
    expect(await b.applyStaged(ZW, 'CASELOAD', applyOptions())).toEqual([expect.objectContaining({ totalBefore: 62, totalAfter: 63 })]);
    await b.discardStaging();
    // The restore ran after both imports: it replaced b's figure.
    expect(await restore).toEqual([expect.objectContaining({ totalBefore: 63, totalAfter: 60 })]);
    expect(events).toEqual(['a applied', 'b started', 'b restored']);
    expect(await importLock()).toEqual({ holders: [], waiting: 0 });
    expect(idle(database.pool) && idle(other)).toBe(true);
  });

  it('leaves nothing half-written when the importing server dies mid-apply, and frees the lock at once', async () => {
    const before = await figures({ rows });
    const a = importStore(database.pool);
    await a.startStaging();
    await a.stage([...JANUARY(41), ...counts('2024-06-01', [['municipality', 'GM0479', null, 47]])]);
    const [pid] = (await importLock()).holders;
    expect(pid).toEqual(expect.any(Number));

    // Hold the count date's row, so that the import stops in the middle of writing it: after its
    // source, its version and the removal of the old counts, at the update of the snapshot.
    const blocker = await other.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT 1 FROM caseload_snapshot WHERE region_code = '${ZW}' AND peildatum = '2024-01-01' FOR UPDATE`);
    const applying = a.applyStaged(ZW, 'CASELOAD', applyOptions());
    await eventually(async () => {
      const { rows: waiting } = await other.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'", [pid]);
      return waiting.length === 1;
    });
    // The importing server dies: PostgreSQL loses its connection.
    await other.query('SELECT pg_terminate_backend($1)', [pid]);
    expect(await refused(applying)).toMatch(/terminat/);
    await blocker.query('ROLLBACK');
    blocker.release();

    // Its transaction is gone, and with the session the temp table and the lock.
    expect(await figures({ rows })).toEqual(before);
    expect(await importLock()).toEqual({ holders: [], waiting: 0 });
    // The broken connection is destroyed, not handed out again.
    await a.discardStaging();
    expect(idle(database.pool)).toBe(true);

    // Another server imports at once; the first one too, on a new connection.
    const b = importStore(other);
    expect(await importOn(b, ZW, 'CASELOAD', JANUARY(41))).toEqual([expect.objectContaining({ effect: 'CHANGED', totalBefore: 60 })]);
    expect(await importOn(a, ZW, 'CASELOAD', JANUARY(42))).toEqual([expect.objectContaining({ effect: 'CHANGED', totalBefore: 61 })]);
    expect(await importLock()).toEqual({ holders: [], waiting: 0 });
  });

  it('gives the connection and the lock back when applying fails, and drops the staged rows', async () => {
    const a = importStore(database.pool);
    const before = await figures({ rows });
    await a.startStaging();
    // A knowledge domain the database does not know: refused by its foreign key, after the
    // first count date was written.
    await a.stage([
      ...counts('2023-01-01', [['municipality', 'GM0479', null, 3]]),
      ...counts('2023-02-01', [['municipality', 'GM0479', 'onbekend', 3]]),
    ]);
    expect(await refused(a.applyStaged(ZW, 'CASELOAD', applyOptions()))).toMatch(/foreign key/);
    await a.discardStaging();
    await a.discardStaging();
    expect(await figures({ rows })).toEqual(before);
    expect(await importLock()).toEqual({ holders: [], waiting: 0 });
    expect(idle(database.pool)).toBe(true);
    // The connection went back to the pool without the staging table.
    const { rows: tables } = await database.pool.query("SELECT 1 FROM pg_class WHERE relname = 'import_stage' AND relpersistence = 't'");
    expect(tables).toEqual([]);
    expect(await refused(a.stage([]))).toBe('no import is being staged: startStaging() first');
  });
});
