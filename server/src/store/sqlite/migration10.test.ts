import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { migrations } from '../migrations/index.js';
import { migrate } from './migrate.js';

describe('migration 10: sessions wait for a second step; TOTP secrets and recovery codes', () => {
  it('keeps every session of a version-9 database as a signed-in one, and checks the new columns and tables', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      migrations.filter((m) => m.version <= 9),
    );
    db.prepare("INSERT INTO app_user (username, password_hash, role, created_at) VALUES ('anna', 'x', 'ZVH', '2026-11-01')").run();
    db.prepare(
      `INSERT INTO session (token_hash, public_id, user_id, created_ms, last_seen_ms, method, provider, client, address)
       VALUES ('a', '${'a'.repeat(32)}', 1, 1000, 2000, 'OIDC', 'entra', 'Firefox · Linux', '192.0.2.x')`,
    ).run();

    expect(
      migrate(
        db,
        migrations.filter((m) => m.version <= 10),
      ),
    ).toEqual([10]);
    expect(db.prepare('SELECT * FROM session').all()).toEqual([
      {
        token_hash: 'a',
        public_id: 'a'.repeat(32),
        user_id: 1,
        created_ms: 1000,
        last_seen_ms: 2000,
        method: 'OIDC',
        provider: 'entra',
        client: 'Firefox · Linux',
        address: '192.0.2.x',
        stage: 'FULL',
        factor_failures: 0,
      },
    ]);

    const add = db.prepare(
      'INSERT INTO session (token_hash, public_id, user_id, created_ms, last_seen_ms, method, stage) VALUES (?, ?, 1, 1, 1, ?, ?)',
    );
    add.run('b', 'b'.repeat(32), 'PASSWORD_RECOVERY_CODE', 'FULL');
    add.run('c', 'c'.repeat(32), 'PASSWORD_PASSKEY', 'FULL');
    add.run('d', 'd'.repeat(32), 'PASSWORD', 'SECOND_FACTOR');
    add.run('e', 'e'.repeat(32), 'PASSWORD', 'ENROL');
    expect(() => add.run('f', 'f'.repeat(32), 'PASSWORD', 'HALF')).toThrow(/CHECK/);
    expect(() => add.run('g', 'g'.repeat(32), 'SMS', 'FULL')).toThrow(/CHECK/);

    const totp = db.prepare('INSERT INTO user_totp (user_id, secret, confirmed, created_at) VALUES (?, ?, ?, ?)');
    totp.run(1, Buffer.alloc(48), 0, '2026-12-01');
    expect(() => totp.run(1, Buffer.alloc(48), 0, '2026-12-01')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => totp.run(2, Buffer.alloc(48), 0, '2026-12-01')).toThrow(/FOREIGN KEY/);
    const code = db.prepare('INSERT INTO recovery_code (user_id, code_hash) VALUES (1, ?)');
    code.run('0'.repeat(64));
    expect(() => code.run('kort')).toThrow(/CHECK/);

    // Deleting the user removes sessions, secret and codes (the foreign keys survived the rebuild).
    db.prepare('DELETE FROM app_user').run();
    for (const table of ['session', 'user_totp', 'recovery_code'])
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
  });
});
