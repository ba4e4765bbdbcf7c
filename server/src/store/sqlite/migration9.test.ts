import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { migrations } from '../migrations/index.js';
import { migrate } from './migrate.js';

describe('migration 9: a session has an opaque id, its sign-in method and a description of the client', () => {
  it('keeps every session of a version-8 database as a password sign-in with its own random id, and checks the new columns', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      migrations.filter((m) => m.version <= 8),
    );
    db.prepare("INSERT INTO app_user (username, password_hash, role, created_at) VALUES ('anna', 'x', 'ZVH', '2026-11-01')").run();
    const insert = db.prepare('INSERT INTO session (token_hash, user_id, created_ms, last_seen_ms) VALUES (?, 1, 1000, 2000)');
    insert.run('a'.repeat(64));
    insert.run('b'.repeat(64));

    expect(
      migrate(
        db,
        migrations.filter((m) => m.version <= 9),
      ),
    ).toEqual([9]);
    const rows = db
      .prepare(
        'SELECT token_hash AS tokenHash, public_id AS publicId, method, provider, client, address, created_ms AS createdMs FROM session',
      )
      .all() as { tokenHash: string; publicId: string; method: string; provider: null; client: null; address: null; createdMs: number }[];
    expect(rows.map(({ publicId: _, ...rest }) => rest)).toEqual(
      ['a', 'b'].map((c) => ({
        tokenHash: c.repeat(64),
        method: 'PASSWORD',
        provider: null,
        client: null,
        address: null,
        createdMs: 1000,
      })),
    );
    expect(rows.every((r) => /^[0-9a-f]{32}$/.test(r.publicId) && !r.tokenHash.includes(r.publicId))).toBe(true);
    expect(rows[0]!.publicId).not.toBe(rows[1]!.publicId);

    const add = db.prepare(
      'INSERT INTO session (token_hash, public_id, user_id, created_ms, last_seen_ms, method, provider) VALUES (?, ?, 1, 1, 1, ?, ?)',
    );
    add.run('c', 'c'.repeat(32), 'OIDC', 'entra');
    expect(() => add.run('d', 'd'.repeat(32), 'OIDC', null)).toThrow(/CHECK/);
    expect(() => add.run('e', 'e'.repeat(32), 'PASSWORD', 'entra')).toThrow(/CHECK/);
    expect(() => add.run('f', 'f'.repeat(32), 'SMS', null)).toThrow(/CHECK/);
    expect(() => add.run('g', rows[0]!.publicId, 'PASSWORD', null)).toThrow(/UNIQUE/);
    // Deleting the user still ends the sessions (the foreign key survived the rebuild).
    db.prepare('DELETE FROM app_user').run();
    expect(db.prepare('SELECT count(*) FROM session').pluck().get()).toBe(0);
  });
});
