import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import Database from 'better-sqlite3';
import { migrations } from '../migrations/index.js';
import { migrate } from './migrate.js';
import { StoreOpenError } from './open.js';
import { SqliteStore } from './SqliteStore.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zv-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, to compare two states of a database. */
function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY ${orderBy(db, t)}`).all()]));
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('creates the schema on an empty database and leaves an already-migrated one as it is', async () => {
    const path = join(tempDir(), 'db.sqlite');
    const store = SqliteStore.open(path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(migrate(store.db)).toEqual([]); // nothing left to apply
    await store.loadSeed(loadSeed());
    await store.close();
    const before = dump(path);

    const reopened = SqliteStore.open(path);
    expect(await reopened.isEmpty()).toBe(false);
    await reopened.close();
    expect(dump(path)).toEqual(before);
  });

  it('applies only the versions above the current one, each with its version bump', () => {
    const db = new Database(':memory:');
    const steps = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER) STRICT;' },
    ];
    expect(migrate(db, steps.slice(0, 1))).toEqual([1]);
    expect(migrate(db, steps)).toEqual([2]);
    expect(migrate(db, steps)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('rolls back a failing migration whole, keeping the previous version', () => {
    const db = new Database(':memory:');
    const steps = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (y INTEGER) STRICT; CREATE TABLE a (z INTEGER);' },
    ];
    expect(() => migrate(db, steps)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe(0);
  });

  it('refuses a database made by a newer version of the app', () => {
    const path = join(tempDir(), 'newer.sqlite');
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    expect(() => SqliteStore.open(path)).toThrow(/schemaversie 999/);
  });
});

describe('opening', () => {
  it('sets WAL, foreign keys and a busy timeout', async () => {
    const store = SqliteStore.open(join(tempDir(), 'db.sqlite'));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    await store.close();
  });

  it('stops with a message naming the path when the file is not a database', () => {
    const path = join(tempDir(), 'corrupt.sqlite');
    writeFileSync(path, 'dit is geen database '.repeat(500));
    expect(() => SqliteStore.open(path)).toThrow(StoreOpenError);
    expect(() => SqliteStore.open(path)).toThrow(path);
  });

  it('stops with a message naming the path when the directory cannot be created', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const path = join(file, 'sub', 'db.sqlite');
    expect(() => SqliteStore.open(path)).toThrow(StoreOpenError);
    expect(() => SqliteStore.open(path)).toThrow(path);
  });
});

describe('seed', () => {
  it('loads every real figure once, and loading twice changes nothing', async () => {
    const path = join(tempDir(), 'db.sqlite');
    const store = SqliteStore.open(path);
    expect(await store.isEmpty()).toBe(true);
    const first = await store.loadSeed(loadSeed());
    expect(first.added).toBeGreaterThan(50);
    const afterFirst = dump(path);

    const second = await store.loadSeed(loadSeed());
    expect(second).toMatchObject({ added: 0, changed: 0 });
    await store.close();
    expect(dump(path)).toEqual(afterFirst);
    expect(afterFirst.municipality).toHaveLength(7);
    expect(afterFirst.population).toHaveLength(10);
    expect(afterFirst.caseload_snapshot).toHaveLength(2);
    expect(afterFirst.caseload_count).toHaveLength(8); // seven municipalities and "niet gespecificeerd"
    expect(afterFirst.contribution).toHaveLength(14);
    expect(afterFirst.theme).toHaveLength(9);
    expect(afterFirst.knowledge_domain).toHaveLength(6);
  });

  it('restores a changed figure to the source value and reports it as changed', async () => {
    const store = SqliteStore.open(':memory:');
    await store.loadSeed(loadSeed());
    store.db.prepare("UPDATE contribution SET amount_eur = 1 WHERE year = 2023 AND municipality_code = 'GM0479'").run();
    const report = await store.loadSeed(loadSeed());
    expect(report).toMatchObject({ added: 0, changed: 1 });
    const [rows] = await store.contributionsByYear([2023]);
    expect(rows!.find((r) => r.municipalityCode === 'GM0479')!.amountEur).toBe(131_804);
    await store.close();
  });

  it('keeps a theme status set by people when the seed is loaded again', async () => {
    const store = SqliteStore.open(':memory:');
    await store.loadSeed(loadSeed());
    store.db.prepare("UPDATE theme SET status = 'ON_TRACK' WHERE number = 4").run();
    await store.loadSeed(loadSeed());
    expect((await store.listThemes()).find((t) => t.number === 4)!.status).toBe('ON_TRACK');
    await store.close();
  });

  it('empties every figure with clear, after which the seed loads as new', async () => {
    const store = SqliteStore.open(':memory:');
    await store.loadSeed(loadSeed());
    await store.clear();
    expect(await store.isEmpty()).toBe(true);
    expect(await store.listCaseloadSnapshots()).toEqual([]);
    const report = await store.loadSeed(loadSeed());
    expect(report.changed).toBe(0);
    expect((await store.listCaseloadSnapshots()).map((s) => s.total)).toEqual([44, 96]);
    await store.close();
  });

  it('keeps every figure tied to an existing source', async () => {
    const store = SqliteStore.open(':memory:');
    await store.loadSeed(loadSeed());
    const orphans = store.db
      .prepare(
        `SELECT count(*) FROM (
           SELECT source_id FROM population UNION ALL SELECT source_id FROM caseload_snapshot
           UNION ALL SELECT source_id FROM contribution_year UNION ALL SELECT source_id FROM theme
           UNION ALL SELECT source_id FROM knowledge_domain UNION ALL SELECT source_id FROM funding_source
           UNION ALL SELECT source_id FROM capacity_figure UNION ALL SELECT source_id FROM region
         ) f WHERE f.source_id NOT IN (SELECT id FROM source)`,
      )
      .pluck()
      .get();
    expect(orphans).toBe(0);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    await store.close();
  });
});

describe('batch reads', () => {
  it('answers in key order, with undefined or an empty list for unknown keys', async () => {
    const store = SqliteStore.open(':memory:');
    await store.loadSeed(loadSeed());
    const municipalities = await store.getMunicipalities(['GM0479', 'GM0000', 'GM0385']);
    expect(municipalities.map((m) => m?.name)).toEqual(['Zaanstad', undefined, 'Edam-Volendam']);
    const population = await store.populationByMunicipality(['GM0852', 'GM0000', 'GM0479']);
    expect(population.map((rows) => rows.map((r) => r.year))).toEqual([[2020], [], [2020, 2022]]);
    await store.close();
  });
});

/** ORDER BY every column (up to the first three): a stable order whatever the table's width. */
function orderBy(db: Database.Database, table: string): string {
  const columns = (db.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(table) as number) || 1;
  return Array.from({ length: Math.min(columns, 3) }, (_, i) => i + 1).join(', ');
}
