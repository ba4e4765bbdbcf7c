import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { migrations } from '../migrations/index.js';
import { migrate } from './migrate.js';

describe('migration 8: a goal entered by hand has a unit, a status change keeps its note', () => {
  it('keeps every goal and edit of a version-7 database, with no unit and no note, and checks the new columns', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      migrations.filter((m) => m.version <= 7),
    );
    db.prepare(
      `INSERT INTO goal (title, indicator, direction, target, margin, stale_after_days, created_at)
       VALUES ('Wachttijd', 'MANUAL', 'AT_MOST', 14, 0.1, 90, '2026-11-01T00:00:00Z')`,
    ).run();
    db.prepare(
      `INSERT INTO theme_edit (theme_code, at, field, old_value, new_value) VALUES ('x', '2026-11-01', 'status', 'NOT_ASSESSED', 'AT_RISK')`,
    ).run();

    expect(
      migrate(
        db,
        migrations.filter((m) => m.version <= 8),
      ),
    ).toEqual([8]);
    expect(db.prepare('SELECT title, unit FROM goal').all()).toEqual([{ title: 'Wachttijd', unit: null }]);
    expect(db.prepare('SELECT new_value AS newValue, note FROM theme_edit').all()).toEqual([{ newValue: 'AT_RISK', note: null }]);

    db.prepare("UPDATE goal SET unit = 'dagen'").run();
    expect(() => db.prepare("UPDATE goal SET unit = ''").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE goal SET unit = ?').run('x'.repeat(41))).toThrow(/CHECK/);
  });
});
