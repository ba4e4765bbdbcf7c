import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { migrations } from '../migrations/index.js';
import { migrate } from './migrate.js';

describe('migration 12: a user of single sign-on is named by provider and subject; sign-ins under way are kept', () => {
  it('keeps local accounts as they were and makes (provider, subject) unique, both or neither', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      migrations.filter((m) => m.version < 12),
    );
    db.prepare("INSERT INTO app_user (username, password_hash, role, created_at) VALUES ('anna', 'x', 'ZVH', '2026-11-01')").run();

    expect(migrate(db)).toContain(12);
    expect(db.prepare('SELECT username, oidc_provider, oidc_subject FROM app_user').get()).toEqual({
      username: 'anna',
      oidc_provider: null,
      oidc_subject: null,
    });
    const add = db.prepare(
      "INSERT INTO app_user (username, password_hash, role, created_at, oidc_provider, oidc_subject) VALUES (?, '!sso', 'ZVH', '2026-12-01', ?, ?)",
    );
    add.run('bert', 'zaanstad', 'sub-1');
    add.run('carla', 'partner', 'sub-1');
    expect(() => add.run('dirk', 'zaanstad', 'sub-1')).toThrow(/UNIQUE/);
    expect(() => add.run('eva', 'zaanstad', null)).toThrow(/CHECK/);
    expect(() => add.run('fien', null, 'sub-2')).toThrow(/CHECK/);

    const request = db.prepare(
      'INSERT INTO oidc_request (state_hash, provider, nonce, code_verifier, return_to, created_ms) VALUES (?, ?, ?, ?, ?, 1)',
    );
    request.run('a'.repeat(64), 'zaanstad', 'n'.repeat(43), 'v'.repeat(43), '/');
    expect(() => request.run('a'.repeat(64), 'zaanstad', 'n'.repeat(43), 'v'.repeat(43), '/')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => request.run('short', 'zaanstad', 'n'.repeat(43), 'v'.repeat(43), '/')).toThrow(/CHECK/);
  });
});
