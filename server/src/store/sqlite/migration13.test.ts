import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { migrations } from '../migrations/index.js';
import { migrate } from './migrate.js';

describe('migration 13: rate-limit counts', () => {
  it('adds the table with its checks', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version < 13),
    );
    expect(
      migrate(
        db,
        migrations.filter((m) => m.version <= 13),
      ),
    ).toEqual([13]);
    const add = db.prepare('INSERT INTO rate_limit (key, hits, reset_ms) VALUES (?, ?, 1)');
    add.run('login:192.0.2.1', 1);
    expect(() => add.run('login:192.0.2.1', 1)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => add.run('', 1)).toThrow(/CHECK/);
    expect(() => add.run('login:192.0.2.2', -1)).toThrow(/CHECK/);
  });
});
