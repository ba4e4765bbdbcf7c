/**
 * The change stamp moves with every write a cached answer could hold, by construction: a test
 * writes each table of the schema through the store's connection. A new table, or a new write
 * path in the store, needs no call to remember.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { seededSqliteStore, testServices } from '../../testing/api.js';
import type { SqliteStore } from '../index.js';
import { UNSTAMPED_TABLES, writtenTable } from './changeStamp.js';

let store: SqliteStore;
beforeEach(async () => {
  store = await seededSqliteStore();
});
afterEach(() => store.close());

const tables = (s: SqliteStore) =>
  s.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all() as string[];

describe('the change stamp', () => {
  it('moves when any table a cached answer can hold is written, and only names tables that exist as unstamped', async () => {
    const all = tables(store);
    for (const table of UNSTAMPED_TABLES) if (table !== 'import_stage') expect(all).toContain(table);
    const stamped = all.filter((t) => !UNSTAMPED_TABLES.has(t));
    expect(stamped.length).toBeGreaterThan(15);
    for (const table of stamped) {
      const before = await store.changeStamp();
      // A write that changes no row leaves the stamp alone; one that changes rows moves it.
      store.db.prepare(`DELETE FROM "${table}" WHERE 0`).run();
      expect(await store.changeStamp()).toBe(before);
      store.db.pragma('foreign_keys = OFF');
      store.db.prepare(`UPDATE "${table}" SET rowid = rowid WHERE rowid = (SELECT min(rowid) FROM "${table}")`).run();
      store.db.prepare(`INSERT INTO "${table}" SELECT * FROM "${table}" WHERE 0`).run();
      store.db.pragma('foreign_keys = ON');
      const rows = store.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
      if (rows > 0) expect({ table, moved: (await store.changeStamp()) !== before }).toEqual({ table, moved: true });
    }
  });

  it('moves with the store’s own write paths, and stays when only sessions, logins or the audit log change', async () => {
    const services = testServices(store);
    const actor = { username: 'zvh', origin: 'test' };
    const moves = async (what: string, write: () => Promise<unknown>) => {
      const before = await store.changeStamp();
      await write();
      expect({ what, moved: (await store.changeStamp()) !== before }).toEqual({ what, moved: true });
    };
    await moves('import', () =>
      services.imports.run('CASELOAD', ['peildatum;gemeente;aantal\n1-6-2024;Zaanstad;4'], { dryRun: false, actor, fileName: 'x.csv' }),
    );
    await moves('goal', () =>
      services.steering.createGoal(actor, { title: 'Minder casussen', indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 90 }),
    );
    await moves('note', () => services.steering.addNote(actor, { target: 'overzicht', peildatum: null, text: 'Rode draad' }));
    const theme = (await store.listThemes())[0]!.code;
    await moves('theme', () => services.steering.editTheme(actor, theme, { owner: 'Wethouder' }, null));

    const before = await store.changeStamp();
    await services.users.create(
      { username: 'test', origin: 'test' },
      { username: 'iemand', password: 'een lange zin als wachtwoord', role: 'ZVH' },
    );
    const login = await services.auth.login('iemand', 'een lange zin als wachtwoord', '127.0.0.1');
    await services.auth.authenticate(login.token);
    await services.auth.login('iemand', 'fout wachtwoord', '127.0.0.1').catch(() => null);
    await store.appendAudit({
      at: new Date().toISOString(),
      actor: 'x',
      action: 'test',
      object: null,
      result: 'ok',
      origin: null,
      detail: null,
    });
    // Nor rate-limit counts or a passkey's challenge: a flood of logins leaves the cache warm.
    await store.rateLimitHit('login:192.0.2.1', 60_000, Date.now());
    await store.putWebAuthnChallenge('a'.repeat(64), 'AUTHENTICATE', 'c'.repeat(43), Date.now());
    expect(await store.changeStamp()).toBe(before);
  });

  it('reads the written table off every kind of write statement', () => {
    expect(writtenTable('INSERT INTO caseload_count (a) VALUES (1)')).toBe('caseload_count');
    expect(writtenTable('  insert or replace into "goal_value" values (1)')).toBe('goal_value');
    expect(writtenTable('UPDATE OR IGNORE theme SET x = 1')).toBe('theme');
    expect(writtenTable('DELETE FROM main.note WHERE id = 1')).toBe('note');
    expect(writtenTable('REPLACE INTO source VALUES (1)')).toBe('source');
    expect(writtenTable('WITH x AS (SELECT 1) INSERT INTO municipality SELECT * FROM x')).toBe('municipality');
    expect(writtenTable('CREATE TABLE t (a)')).toBeNull();
  });
});
