import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { migrations } from '../migrations/index.js';
import { migrate } from './migrate.js';

describe('migration 11: passkeys and WebAuthn challenges', () => {
  it('adds the tables, checks their columns and removes a user’s passkeys with the user', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      migrations.filter((m) => m.version < 11),
    );
    expect(
      migrate(
        db,
        migrations.filter((m) => m.version <= 11),
      ),
    ).toEqual([11]);
    db.prepare("INSERT INTO app_user (username, password_hash, role, created_at) VALUES ('anna', 'x', 'ZVH', '2026-12-01')").run();
    const add = db.prepare(
      `INSERT INTO passkey (user_id, credential_id, public_key, counter, transports, name, backed_up, created_at)
       VALUES (1, ?, ?, ?, ?, ?, 0, '2026-12-06')`,
    );
    const key = Buffer.alloc(77, 1);
    add.run('c'.repeat(43), key, 0, '["internal"]', 'Laptop');
    expect(() => add.run('c'.repeat(43), key, 0, '[]', 'Telefoon')).toThrow(/UNIQUE/);
    expect(() => add.run('d'.repeat(43), key, -1, '[]', 'Telefoon')).toThrow(/CHECK/);
    expect(() => add.run('e'.repeat(43), key, 0, 'geen json', 'Telefoon')).toThrow(/CHECK/);
    expect(() => add.run('f'.repeat(43), key, 0, '[]', '')).toThrow(/CHECK/);
    expect(() => add.run('g'.repeat(43), Buffer.alloc(4), 0, '[]', 'Sleutel')).toThrow(/CHECK/);

    const challenge = db.prepare("INSERT INTO webauthn_challenge (session_hash, purpose, challenge, created_ms) VALUES ('s', ?, ?, 1)");
    challenge.run('AUTHENTICATE', 'x'.repeat(43));
    expect(() => challenge.run('AUTHENTICATE', 'y'.repeat(43))).toThrow(/UNIQUE|PRIMARY/);
    expect(() => challenge.run('LOGIN', 'y'.repeat(43))).toThrow(/CHECK/);

    db.prepare('DELETE FROM app_user').run();
    expect(db.prepare('SELECT count(*) FROM passkey').pluck().get()).toBe(0);
  });
});
