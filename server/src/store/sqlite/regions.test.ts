import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import Database from 'better-sqlite3';
import { ConfigError } from '../../configError.js';
import { seededSqliteStore, testApi, testServices, viewerAs } from '../../testing/api.js';
import { generateTable, insertTable } from '../../testing/domainCounts.js';
import { dumpAll, writeOlderDatabase } from '../../testing/olderSchema.js';
import { SECOND_REGION, secondRegionSeed } from '../../testing/secondRegion.js';
import { caseloadSql } from './caseload.js';
import { migrations } from '../migrations/index.js';
import { SqliteStore } from './SqliteStore.js';

const ZAWA = 'zaanstreek-waterland';
const actor = { username: 'zvh-medewerker', origin: 'test' };

const dirs: string[] = [];
function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zv-regions-'));
  dirs.push(dir);
  return join(dir, 'db.sqlite');
}
const opened: { close(): Promise<void> }[] = [];
function open(path: string, region?: string): SqliteStore {
  const store = SqliteStore.open(path, region === undefined ? {} : { region });
  opened.push(store);
  return store;
}
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** One region's rows in every table that holds regional figures, and the sources they cite. */
function regionRows(db: Database.Database, region: string): Record<string, unknown[]> {
  const queries: Record<string, string> = {
    region: 'SELECT * FROM region WHERE code = @region',
    municipality: 'SELECT * FROM municipality WHERE region_code = @region ORDER BY code',
    population:
      'SELECT p.* FROM population p JOIN municipality m ON m.code = p.municipality_code WHERE m.region_code = @region ORDER BY 1, 2',
    caseload_snapshot: 'SELECT * FROM caseload_snapshot WHERE region_code = @region ORDER BY peildatum',
    caseload_count: 'SELECT * FROM caseload_count WHERE region_code = @region ORDER BY 1, 2, 3, 4, 5, 6',
    contribution_year: 'SELECT * FROM contribution_year WHERE region_code = @region ORDER BY year',
    contribution: 'SELECT * FROM contribution WHERE region_code = @region ORDER BY 1, 2, 3',
    data_version: 'SELECT * FROM data_version WHERE region_code = @region ORDER BY id',
    source: `SELECT * FROM source WHERE id IN (
               SELECT source_id FROM caseload_snapshot WHERE region_code = @region UNION SELECT source_id FROM contribution_year WHERE region_code = @region
               UNION SELECT p.source_id FROM population p JOIN municipality m ON m.code = p.municipality_code WHERE m.region_code = @region
               UNION SELECT source_id FROM region WHERE code = @region) ORDER BY id`,
  };
  return Object.fromEntries(Object.entries(queries).map(([table, sql]) => [table, db.prepare(sql).all({ region })]));
}

const caseloadCsv = (date: string, counts: Record<string, number>) =>
  ['peildatum;gemeente;kennisdomein;aantal', ...Object.entries(counts).map(([name, n]) => `${date};${name};;${n}`)].join('\n');
const FEB_2023 = {
  'Edam-Volendam': 3,
  Landsmeer: 2,
  Oostzaan: 2,
  Purmerend: 27,
  Waterland: 6,
  Wormerland: 2,
  Zaanstad: 45,
  'Niet gespecificeerd': 9,
};

describe('migration 5: figures, count dates and versions get a region', () => {
  it('gives every figure of a version-4 database its single region, every figure unchanged', async () => {
    // A database full of what version 4 could hold: the seed, counts per knowledge domain, and
    // versions of every kind kept by corrected imports.
    const store = await seededSqliteStore();
    await insertTable(store, '2023-06-01', generateTable(7));
    const services = testServices(store);
    const imports: [kind: 'CASELOAD' | 'CONTRIBUTIONS' | 'POPULATION' | 'FUNDING', content: string][] = [
      ['CASELOAD', caseloadCsv('1-2-2023', { ...FEB_2023, Zaanstad: 46, 'Niet gespecificeerd': 8 })],
      ['CASELOAD', caseloadCsv('1-9-2023', FEB_2023)],
      ['CONTRIBUTIONS', 'jaar;gemeente;bedrag\n2023;Zaanstad;€ 131.900\n2025;Oostzaan;9000'],
      ['POPULATION', 'jaar;gemeente;inwoners;bron\n2020;Oostzaan;9.800;Testbron gecorrigeerd'],
      ['FUNDING', 'jaar;bron;bedrag\n2022;POK-middelen personen met (hoog) risicovol verward gedrag;€ 183.000'],
      ['FUNDING', 'jaar;bron;bedrag\n2022;POK-middelen personen met (hoog) risicovol verward gedrag;€ 180.000'],
    ];
    for (const [kind, content] of imports) {
      const result = await services.imports.run(kind, [content], { dryRun: false, actor, fileName: `${kind}.csv` });
      expect(result.errors).toEqual([]);
    }
    expect((await store.listVersions()).map((v) => v.kind).sort()).toEqual(['CASELOAD', 'CONTRIBUTIONS', 'FUNDING', 'POPULATION']);
    const expected = dumpAll(store.db);
    const path = tempPath();
    writeOlderDatabase(path, 4, store.db);
    await store.close();

    const old = new Database(path, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(4);
    expect(old.prepare('SELECT count(*) FROM caseload_count').pluck().get()).toBe((expected.caseload_count ?? []).length);
    old.close();

    const migrated = open(path);
    expect(migrated.db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    // Every row of every table as before, the regional ones with the region's code.
    expect(dumpAll(migrated.db)).toEqual(expected);
    expect(new Set((expected.caseload_count as { region_code: string }[]).map((r) => r.region_code))).toEqual(new Set([ZAWA]));
    expect((expected.data_version as { kind: string; region_code: string | null }[]).map((v) => [v.kind, v.region_code])).toContainEqual([
      'FUNDING',
      null,
    ]);
    expect(migrated.db.pragma('foreign_key_check')).toEqual([]);
    expect(migrated.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The same indexes and triggers as a database made new; versions are still append-only.
    const schema = (db: Database.Database) => db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all();
    const fresh = open(':memory:');
    expect(schema(migrated.db)).toEqual(schema(fresh.db));
    expect(() => migrated.db.prepare("UPDATE data_version SET key = 'x'").run()).toThrow(/append-only/);
    // And the store answers as before.
    expect((await migrated.listCaseloadSnapshots()).map((s) => [s.peildatum, s.total])).toEqual([
      ['2022-01-01', 44],
      ['2023-02-01', 96],
      ['2023-06-01', expect.any(Number)],
      ['2023-09-01', 96],
    ]);
  });

  it('stops on a version-4 database with figures and more than one region, and stays at version 4', async () => {
    const store = await seededSqliteStore();
    const path = tempPath();
    writeOlderDatabase(path, 4, store.db);
    await store.close();
    const db = new Database(path);
    db.prepare("INSERT INTO region (code, name, source_id) VALUES ('andere-regio', 'Andere regio', (SELECT min(id) FROM source))").run();
    db.close();

    expect(() => SqliteStore.open(path)).toThrow(/NOT NULL/);
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(4);
    expect(after.prepare('SELECT count(*) FROM caseload_snapshot').pluck().get()).toBe(2);
    after.close();
  });
});

describe('two regions in one database', () => {
  let path: string;
  let zawa: SqliteStore;
  let other: SqliteStore;

  beforeEach(async () => {
    path = tempPath();
    zawa = open(path, ZAWA);
    other = open(path, SECOND_REGION);
    await zawa.loadSeed(loadSeed());
    await other.loadSeed(secondRegionSeed());
  });

  it('each store sees only its own region, municipalities, inhabitants, count dates and contributions', async () => {
    expect((await zawa.getRegion()).code).toBe(ZAWA);
    expect((await other.getRegion()).code).toBe(SECOND_REGION);
    expect((await zawa.listMunicipalities()).map((m) => m.code)).toHaveLength(7);
    expect((await other.listMunicipalities()).map((m) => m.name)).toEqual(['Testgemeente Noord', 'Testgemeente Oost', 'Testgemeente Zuid']);
    expect((await zawa.getMunicipalities(['GM0479', 'GM9001'])).map((m) => m?.name)).toEqual(['Zaanstad', undefined]);
    expect((await other.getMunicipalities(['GM0479', 'GM9001'])).map((m) => m?.name)).toEqual([undefined, 'Testgemeente Noord']);
    expect((await zawa.populationByMunicipality(['GM9001', 'GM0479'])).map((rows) => rows.length)).toEqual([0, 2]);

    // The same count dates and years in both: each answers its own.
    expect((await zawa.listCaseloadSnapshots()).map((s) => [s.peildatum, s.total])).toEqual([
      ['2022-01-01', 44],
      ['2023-02-01', 96],
    ]);
    expect((await other.listCaseloadSnapshots()).map((s) => [s.peildatum, s.total])).toEqual([
      ['2022-01-01', 30],
      ['2023-02-01', 21],
    ]);
    const [zawaCounts] = await zawa.caseCountsBySnapshot(['2023-02-01']);
    const [otherCounts] = await other.caseCountsBySnapshot(['2023-02-01']);
    expect(zawaCounts!.reduce((sum, c) => sum + c.count, 0)).toBe(96);
    expect(otherCounts!.map((c) => c.municipalityCode)).toEqual(['GM9001', 'GM9002', 'GM9003', null]);
    expect((await zawa.listContributionYears()).map((y) => y.totalEur)).toEqual([285_499, 298_809]);
    expect((await other.listContributionYears()).map((y) => y.totalEur)).toEqual([62_023, 62_024]);
    const [otherContributions] = await other.contributionsByYear([2023]);
    expect(otherContributions!.map((c) => c.municipalityCode)).toEqual(['GM9001', 'GM9002', 'GM9003']);

    // What is per database is shared.
    expect(await other.listThemes()).toHaveLength(9);
    expect(await other.listKnowledgeDomains()).toEqual(await zawa.listKnowledgeDomains());
    expect(await zawa.isEmpty()).toBe(false);
    expect(await other.isEmpty()).toBe(false);
  });

  it("answers through the API with its own region only: another region's municipality is unknown", async () => {
    const api = await testApi({ store: other });
    try {
      const { data, errors } = await api.run<{
        region: { code: string; municipalities: { code: string }[] };
        municipalities: { code: string }[];
        zaanstad: unknown;
        noord: { name: string; population: { inhabitants: number } };
        caseloadSnapshots: { peildatum: string; total: number }[];
        caseload: { total: number; unspecified: number; byMunicipality: { municipality: { code: string }; count: number }[] };
        contributionHistory: { year: number; totalEur: number; byMunicipality: { municipality: { code: string } }[] }[];
      }>(
        `{ region { code municipalities { code } } municipalities { code }
           zaanstad: municipality(code: "GM0479") { name } noord: municipality(code: "GM9001") { name population { inhabitants } }
           caseloadSnapshots { peildatum total }
           caseload(peildatum: "2023-02-01") { total unspecified byMunicipality { municipality { code } count } }
           contributionHistory { year totalEur byMunicipality { municipality { code } } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data!.region.code).toBe(SECOND_REGION);
      expect(data!.region.municipalities.map((m) => m.code).sort()).toEqual(['GM9001', 'GM9002', 'GM9003']);
      expect(data!.municipalities.map((m) => m.code).sort()).toEqual(['GM9001', 'GM9002', 'GM9003']);
      expect(data!.zaanstad).toBeNull();
      expect(data!.noord).toEqual({ name: 'Testgemeente Noord', population: { inhabitants: 20_000 } });
      expect(data!.caseloadSnapshots).toEqual([
        { peildatum: '2022-01-01', total: 30 },
        { peildatum: '2023-02-01', total: 21 },
      ]);
      expect(data!.caseload.total).toBe(21);
      expect(data!.caseload.byMunicipality.map((m) => m.count)).toEqual([10, 2, 6]);
      expect(data!.contributionHistory.map((y) => y.byMunicipality.length)).toEqual([3, 3]);
    } finally {
      await api.apollo.stop();
    }
  });

  it("an import and a restore in one region leave the other's figures byte-identical, also on the same date and year", async () => {
    const before = regionRows(other.db, SECOND_REGION);
    const api = await testApi({ store: zawa });
    try {
      const importData = (kind: string, content: string) =>
        api.run<{ importData: { errors: unknown[]; changes: { key: string; effect: string }[] } }>(
          'mutation ($kind: ImportKind!, $content: String!) { importData(kind: $kind, content: $content) { errors { message } changes { key effect } } }',
          { kind, content },
          viewerAs('ZVH'),
        );
      const corrected = await importData('CASELOAD', caseloadCsv('1-2-2023', { ...FEB_2023, Zaanstad: 50 }));
      expect(corrected.data!.importData).toEqual({ errors: [], changes: [{ key: '2023-02-01', effect: 'CHANGED' }] });
      const contributions = await importData('CONTRIBUTIONS', 'jaar;gemeente;bedrag\n2023;Zaanstad;€ 131.000\n2024;Zaanstad;1');
      expect(contributions.data!.importData.errors).toEqual([]);
      const population = await importData('POPULATION', 'jaar;gemeente;inwoners;bron\n2020;Zaanstad;150.000;Testbron');
      expect(population.data!.importData.errors).toEqual([]);
      // Another region's municipality is unknown to this region's import.
      const refused = await importData('CASELOAD', caseloadCsv('1-2-2023', { 'Testgemeente Noord': 11 }));
      expect(refused.data!.importData.errors).not.toEqual([]);

      const versions = await zawa.listVersions();
      expect(versions.map((v) => [v.kind, v.key]).sort()).toEqual([
        ['CASELOAD', '2023-02-01'],
        ['CONTRIBUTIONS', '2023'],
        ['CONTRIBUTIONS', '2024'],
        ['POPULATION', '2020'],
      ]);
      const restored = await api.run<{ restoreVersion: { changes: { effect: string }[] } }>(
        'mutation ($id: ID!) { restoreVersion(id: $id) { changes { effect } } }',
        { id: String(versions.find((v) => v.kind === 'CASELOAD')!.id) },
      );
      expect(restored.data!.restoreVersion.changes).toEqual([{ effect: 'CHANGED' }]);

      expect(regionRows(other.db, SECOND_REGION)).toEqual(before);
      // The other region sees none of these versions, and cannot put one back.
      expect(await other.listVersions()).toEqual([]);
      expect(await other.getVersion(versions[0]!.id)).toBeUndefined();
      await expect(other.restoreVersion(versions[0]!.id, { dryRun: false, actor: null, at: '2025-01-01T00:00:00Z' })).rejects.toThrow(
        /not found/,
      );
      const { data } = await api.run<{ dataVersions: { key: string }[] }>('{ dataVersions { key } }');
      expect(data!.dataVersions).toHaveLength(5);
    } finally {
      await api.apollo.stop();
    }
  });

  it('imports the same count date into both regions, each keeping its own', async () => {
    const services = testServices(other);
    const result = await services.imports.run(
      'CASELOAD',
      [caseloadCsv('1-2-2023', { 'Testgemeente Noord': 12, 'Testgemeente Zuid': 6, 'Testgemeente Oost': 2, 'Niet gespecificeerd': 3 })],
      {
        dryRun: false,
        actor,
      },
    );
    expect(result.changes).toEqual([expect.objectContaining({ key: '2023-02-01', effect: 'CHANGED', totalBefore: 21, totalAfter: 23 })]);
    expect((await other.listCaseloadSnapshots()).at(-1)!.total).toBe(23);
    expect((await zawa.listCaseloadSnapshots()).at(-1)!.total).toBe(96);
    expect(await zawa.listVersions()).toEqual([]);
    expect(await other.listVersions('CASELOAD', '2023-02-01')).toHaveLength(1);
  });

  it('loads the Zaanstreek-Waterland seed again, and anew after clear, without touching the other region', async () => {
    const before = regionRows(other.db, SECOND_REGION);
    expect(await zawa.loadSeed(loadSeed())).toMatchObject({ added: 0, changed: 0 });

    await zawa.clear();
    expect(await zawa.isEmpty()).toBe(true);
    expect(other.db.prepare('SELECT count(*) FROM municipality').pluck().get()).toBe(3);
    // What is per database stays: the other region shares it.
    expect(await other.listThemes()).toHaveLength(9);
    expect(regionRows(other.db, SECOND_REGION)).toEqual(before);
    expect(await other.isEmpty()).toBe(false);

    await zawa.loadSeed(loadSeed());
    expect((await zawa.listCaseloadSnapshots()).map((s) => s.total)).toEqual([44, 96]);
    expect(regionRows(other.db, SECOND_REGION)).toEqual(before);
    expect(zawa.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses a seed of another region than the one it serves', async () => {
    await expect(other.loadSeed(loadSeed())).rejects.toThrow(ConfigError);
    await expect(other.loadSeed(loadSeed())).rejects.toThrow(
      /regio zaanstreek-waterland, deze server dient regio testregio-noord \(ZV_REGION\)/,
    );
  });

  it('without ZV_REGION, names the setting and the regions; likewise for a region not in the database', async () => {
    const unnamed = open(path);
    for (const use of [() => unnamed.listMunicipalities(), () => unnamed.isEmpty(), () => unnamed.getRegion()]) {
      await expect(use()).rejects.toThrow(ConfigError);
      await expect(use()).rejects.toThrow(`De database bevat meerdere regio's (${SECOND_REGION}, ${ZAWA}): kies met ZV_REGION`);
    }
    const unknown = open(path, 'regio-bestaat-niet');
    await expect(unknown.listCaseloadSnapshots()).rejects.toThrow(
      `ZV_REGION="regio-bestaat-niet": deze regio staat niet in de database. Regio's in de database: ${SECOND_REGION}, ${ZAWA}.`,
    );
    // Not in the database is empty: a region is filled by loading its seed.
    expect(await unknown.isEmpty()).toBe(true);
  });
});

describe('a database with one region', () => {
  it('serves its only region without ZV_REGION, settled once the seed has loaded', async () => {
    const path = tempPath();
    const store = open(path);
    expect(await store.isEmpty()).toBe(true);
    expect(await store.listMunicipalities()).toEqual([]);
    await expect(store.getRegion()).rejects.toThrow(/nog geen regio/);
    await store.loadSeed(loadSeed());
    expect((await store.getRegion()).code).toBe(ZAWA);
    expect(await store.listMunicipalities()).toHaveLength(7);

    const named = open(path, ZAWA);
    expect(await named.listCaseloadSnapshots()).toEqual(await store.listCaseloadSnapshots());
  });
});

describe('indexes', () => {
  it("list one region's count dates and fetch its counts on any set of dates by index", async () => {
    const store = await seededSqliteStore();
    const plan = (sql: string, ...params: unknown[]) =>
      (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(caseloadSql.snapshots, ZAWA)).toMatch(
      /SEARCH caseload_snapshot USING INDEX sqlite_autoindex_caseload_snapshot_1 \(region_code=\?\)/,
    );
    const counts = plan(caseloadSql.counts, ZAWA, JSON.stringify(['2023-02-01', '2022-01-01']));
    expect(counts).toMatch(/SEARCH caseload_count USING INDEX caseload_count_identity \(region_code=\? AND peildatum=\?\)/);
    expect(counts).not.toMatch(/SCAN caseload_count|TEMP B-TREE/);
    await store.close();
  });
});
