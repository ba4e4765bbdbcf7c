import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { freshPostgres, type FreshDatabase } from '../../testing/postgres.js';
import { SqliteStore } from '../sqlite/SqliteStore.js';
import { PgAccessStore } from './access.js';
import { verifyCopy } from './copyCheck.js';
import { copySqliteToPostgres, CopyError } from './copyFromSqlite.js';
import { migratePostgres } from './migrate.js';

jest.setTimeout(60_000);

const cleanUps: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

const AT = '2026-11-30T09:00:00.000Z';

/**
 * A region's SQLite file as a server leaves it: the seed, users (one deactivated), sessions (two
 * made in the same millisecond), audit entries, an import that kept a version, a TOTP enrolment
 * with recovery codes, a passkey, a deployment secret, a failed login and a flag set to 1.
 */
async function usedSqlite(): Promise<SqliteStore> {
  const dir = mkdtempSync(join(tmpdir(), 'zv-copy-'));
  const store = SqliteStore.open(join(dir, 'zorg-veiligheid.sqlite'));
  cleanUps.push(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await store.loadSeed(loadSeed());
  const admin = await store.createUser({
    username: 'Beheer',
    passwordHash: 'hash-a',
    role: 'BEHEERDER',
    municipalityCode: null,
    createdAt: AT,
  });
  const other = await store.createUser({
    username: 'Zaanstad',
    passwordHash: 'hash-b',
    role: 'GEMEENTE',
    municipalityCode: 'GM0479',
    createdAt: AT,
  });
  await store.setUserActive(other, false);
  for (const [i, createdMs] of [1_000, 5_000, 5_000].entries()) {
    await store.createSession({
      tokenHash: `token-${i}`,
      publicId: `${i}`.padStart(32, 'p'),
      userId: admin,
      createdMs,
      lastSeenMs: createdMs,
      method: 'PASSWORD',
      provider: null,
      client: 'Firefox · Linux',
      address: '192.0.2.x',
      stage: 'FULL',
      factorFailures: 0,
    });
  }
  await store.appendAudit({
    at: AT,
    actor: 'Beheer',
    action: 'user.create',
    object: 'Zaanstad',
    result: 'ok',
    origin: '192.0.2.x',
    detail: null,
  });
  await store.appendAudit({
    at: AT,
    actor: null,
    action: 'login',
    object: 'onbekend',
    result: 'refused',
    origin: null,
    detail: 'ﬁ “quote” \n tab\t',
  });
  await store.saveTotpEnrolment(admin, randomBytes(40), AT);
  await store.replaceRecoveryCodes(admin, ['a'.repeat(64), 'b'.repeat(64)]);
  await store.confirmTotp(admin, 12345, ['c'.repeat(64)]);
  await store.addPasskey({
    userId: admin,
    credentialId: 'credential-id-0123456789',
    publicKey: randomBytes(77),
    counter: 3,
    transports: ['usb'],
    name: 'Sleutel',
    backedUp: true,
    createdAt: AT,
  });
  await store.deploymentSecret('session-signing');
  await store.beginLoginAttempt('Iemand', '192.0.2.7', 9_000, 0, () => true);
  store.db.prepare("UPDATE funding_source SET structural = 1 WHERE code = 'rijksbijdrage-zvh'").run();
  // Doubles that print long, and text that sorts differently by locale: the checksum must not care.
  const goal = await store.createGoal(
    {
      title: 'Één doel, ‘ordening’ met Ä en a',
      themeCode: null,
      municipalityCode: null,
      indicator: 'MANUAL',
      direction: 'BETWEEN',
      target: 0.1 + 0.2,
      targetUpper: 1 / 3,
      margin: 1e-7,
      deadline: null,
      staleAfterDays: 30,
      unit: '%',
    },
    AT,
    'Beheer',
  );
  await store.reportGoalValue(goal, '2026-10-01', 12.345678901234567, AT, 'Beheer');
  await store.reportGoalValue(goal, '2026-11-01', -0, AT, null);
  for (const text of ['zebra', 'Zebra', 'Ärger', 'apple', 'Éclair']) {
    await store.addNote({ target: 'overzicht', peildatum: null, text, author: null, createdAt: AT });
  }
  // An import of the 2020 population replaces the figures and keeps the old ones as a version.
  const municipalities = store.db.prepare('SELECT code FROM municipality ORDER BY code').pluck().all() as string[];
  await store.startStaging();
  await store.stage(
    municipalities.map((code, i) => ({
      kind: 'POPULATION',
      line: i + 2,
      year: 2020,
      municipalityCode: code,
      inhabitants: 10_000 + i,
      source: 'CBS',
    })),
  );
  await store.applyStaged('POPULATION', {
    dryRun: false,
    actor: 'Beheer',
    at: AT,
    source: { document: 'Import bevolking.csv', note: null },
  });
  await store.discardStaging();
  return store;
}

async function emptyPostgres(): Promise<FreshDatabase> {
  const database = await freshPostgres();
  cleanUps.push(() => database.drop());
  await migratePostgres(database.pool);
  return database;
}

const count = (sqlite: SqliteStore, table: string) => sqlite.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;

describe('copying a SQLite database into PostgreSQL', () => {
  it('copies every table with its ids and types, and the check finds every table equal', async () => {
    const sqlite = await usedSqlite();
    const { pool } = await emptyPostgres();

    const copied = await copySqliteToPostgres(sqlite.db, pool);

    const tables = sqlite.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all();
    expect(copied.map((table) => table.table).sort()).toEqual(tables);
    // Parents before the tables that refer to them.
    const order = copied.map((table) => table.table);
    expect(order.indexOf('region')).toBeLessThan(order.indexOf('municipality'));
    expect(order.indexOf('app_user')).toBeLessThan(order.indexOf('session'));
    for (const table of [
      'app_user',
      'session',
      'audit_log',
      'data_version',
      'user_totp',
      'recovery_code',
      'passkey',
      'deployment_secret',
      'population',
      'goal',
      'goal_value',
      'note',
    ]) {
      expect(copied.find((c) => c.table === table)!.rows).toBeGreaterThan(0);
    }

    const checks = await verifyCopy(sqlite.db, pool);
    expect(checks.map((check) => check.table).sort()).toEqual(tables);
    for (const check of checks) {
      expect(check).toMatchObject({ ok: true, postgresRows: count(sqlite, check.table), sqliteRows: count(sqlite, check.table) });
      expect(check.postgresChecksum).toBe(check.sqliteChecksum);
    }

    // The flags became booleans, the bytes bytea, and the sessions kept the order they were made in.
    const { rows: users } = await pool.query('SELECT username, active FROM app_user ORDER BY id');
    expect(users).toEqual([
      { username: 'Beheer', active: true },
      { username: 'Zaanstad', active: false },
    ]);
    const { rows: flags } = await pool.query("SELECT structural FROM funding_source WHERE code = 'rijksbijdrage-zvh'");
    expect(flags).toEqual([{ structural: true }]);
    const secret = sqlite.db.prepare('SELECT value FROM deployment_secret').pluck().get() as Buffer;
    const { rows: secrets } = await pool.query('SELECT value FROM deployment_secret');
    expect(Buffer.compare(secrets[0].value as Buffer, secret)).toBe(0);
    const sqliteOrder = sqlite.db.prepare('SELECT token_hash FROM session ORDER BY rowid').pluck().all();
    const { rows: sessions } = await pool.query<{ token_hash: string }>('SELECT token_hash FROM session ORDER BY seq');
    expect(sessions.map((s) => s.token_hash)).toEqual(sqliteOrder);
    // The newest first, the tie broken by the order of making, as on SQLite.
    const pg = new PgAccessStore(pool);
    const admin = (await sqlite.findUser('beheer'))!.id;
    expect((await pg.userSessions(admin, 0, 0)).map((s) => s.tokenHash)).toEqual(
      (await sqlite.userSessions(admin, 0, 0)).map((s) => s.tokenHash),
    );
  });

  it('sets every identity past the highest id copied: new users, audit entries and passkeys get fresh ids', async () => {
    const sqlite = await usedSqlite();
    const { pool } = await emptyPostgres();
    await copySqliteToPostgres(sqlite.db, pool);

    const pg = new PgAccessStore(pool);
    const id = await pg.createUser({ username: 'Nieuw', passwordHash: 'hash-c', role: 'ZVH', municipalityCode: null, createdAt: AT });
    expect(id).toBe((sqlite.db.prepare('SELECT max(id) FROM app_user').pluck().get() as number) + 1);
    await pg.appendAudit({ at: AT, actor: 'Nieuw', action: 'login', object: null, result: 'ok', origin: null, detail: null });
    const audited = count(sqlite, 'audit_log');
    const { rows } = await pool.query<{ id: number }>('SELECT id FROM audit_log ORDER BY id');
    expect(rows.map((row) => row.id)).toEqual(Array.from({ length: audited + 1 }, (_, i) => i + 1));
    const { rows: versions } = await pool.query<{ next: number }>("SELECT nextval(pg_get_serial_sequence('data_version', 'id')) AS next");
    expect(versions[0]!.next).toBe((sqlite.db.prepare('SELECT max(id) FROM data_version').pluck().get() as number) + 1);
    const { rows: sources } = await pool.query<{ id: number }>("INSERT INTO source (document) VALUES ('Nieuwe bron') RETURNING id");
    expect(sources[0]!.id).toBe((sqlite.db.prepare('SELECT max(id) FROM source').pluck().get() as number) + 1);
  });

  it('refuses a second time, naming the tables that hold data, and changes nothing', async () => {
    const sqlite = await usedSqlite();
    const { pool } = await emptyPostgres();
    await copySqliteToPostgres(sqlite.db, pool);
    const before = await verifyCopy(sqlite.db, pool);

    const again = copySqliteToPostgres(sqlite.db, pool);
    await expect(again).rejects.toThrow(CopyError);
    await expect(again).rejects.toThrow(/bevat al gegevens \(in .*app_user, audit_log.*\); er is niets gekopieerd/);
    expect(await verifyCopy(sqlite.db, pool)).toEqual(before);
  });

  it('refuses a database where one row was already written, naming that table only', async () => {
    const sqlite = await usedSqlite();
    const { pool } = await emptyPostgres();
    await pool.query("INSERT INTO rate_limit (key, hits, reset_ms) VALUES ('login:192.0.2.1', 1, 0)");

    await expect(copySqliteToPostgres(sqlite.db, pool)).rejects.toThrow('De PostgreSQL-database bevat al gegevens (in rate_limit)');
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
    expect(rows[0]!.n).toBe(0);
  });

  it('finds a value changed in PostgreSQL after the copy, and names that table only', async () => {
    const sqlite = await usedSqlite();
    const { pool } = await emptyPostgres();
    await copySqliteToPostgres(sqlite.db, pool);

    const changed = await pool.query('UPDATE population SET inhabitants = inhabitants + 1 WHERE ctid = (SELECT min(ctid) FROM population)');
    expect(changed.rowCount).toBe(1);
    await pool.query("UPDATE app_user SET active = true WHERE username = 'Zaanstad'");
    const checks = await verifyCopy(sqlite.db, pool);

    expect(checks.filter((check) => !check.ok).map((check) => check.table)).toEqual(['app_user', 'population']);
    const population = checks.find((check) => check.table === 'population')!;
    expect(population.postgresRows).toBe(population.sqliteRows);
    expect(population.postgresChecksum).not.toBe(population.sqliteChecksum);

    // A missing row shows in the counts too.
    await pool.query('DELETE FROM caseload_count WHERE ctid = (SELECT min(ctid) FROM caseload_count)');
    const caseload = (await verifyCopy(sqlite.db, pool)).find((check) => check.table === 'caseload_count')!;
    expect(caseload.postgresRows).toBe(caseload.sqliteRows - 1);
    expect(caseload.ok).toBe(false);
  });

  it('stops with the name of a table PostgreSQL lacks, before writing anything', async () => {
    const sqlite = await usedSqlite();
    const { pool } = await emptyPostgres();
    sqlite.db.exec('CREATE TABLE local_extra (x INTEGER)');

    await expect(copySqliteToPostgres(sqlite.db, pool)).rejects.toThrow(
      'De PostgreSQL-database mist de tabel local_extra die de SQLite-database wel heeft.',
    );
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM source');
    expect(rows[0]!.n).toBe(0);
  });
});
