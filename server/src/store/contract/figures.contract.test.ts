import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { figureStores, postgresFigures, refused, type FigureStores, type FiguresUnderTest } from '../../testing/contractStores.js';
import { SECOND_REGION, secondRegionSeed } from '../../testing/secondRegion.js';

const ZAWA = 'zaanstreek-waterland';
const THIRD_REGION = 'testregio-zuid';

/** Tables the seed writes, each in a stable order, to compare two states of a database. */
const SEEDED_TABLES: Record<string, string> = {
  source: 'id',
  region: 'code',
  municipality: 'code',
  population: 'municipality_code, year',
  knowledge_domain: 'code',
  caseload_snapshot: 'region_code, peildatum',
  caseload_count: "region_code, peildatum, scope, coalesce(municipality_code, ''), coalesce(domain_code, '')",
  contribution_year: 'region_code, year',
  contribution: 'region_code, year, municipality_code',
  funding_source: 'code',
  capacity_figure: 'id',
  theme: 'code',
};

async function dump(subject: FiguresUnderTest) {
  const tables: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(SEEDED_TABLES))
    tables[table] = await subject.rows(`SELECT * FROM ${table} ORDER BY ${order}`);
  return tables;
}

const count = async (subject: FiguresUnderTest, table: string) => Number((await subject.rows(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

/**
 * Reference data, caseload, finance, themes, seed loading and clear, once for each
 * implementation: whatever holds for SQLite holds for PostgreSQL. Each test gets an empty
 * database of its own.
 */
describe.each(figureStores)('figures on %s', (_name, open) => {
  let subject: FiguresUnderTest;
  let store: FigureStores;
  beforeEach(async () => {
    subject = await open();
    store = subject.store;
  }, 60_000);
  afterEach(async () => {
    await subject.close();
  }, 60_000);

  describe('the real seed', () => {
    it('loads every real figure once, and loading twice changes nothing', async () => {
      expect(await store.seed.isEmpty(ZAWA)).toBe(true);
      const first = await store.seed.loadSeed(loadSeed());
      expect(first.added).toBeGreaterThan(50);
      expect(first.changed).toBe(0);
      const afterFirst = await dump(subject);
      expect(afterFirst.municipality).toHaveLength(7);
      expect(afterFirst.population).toHaveLength(10);
      expect(afterFirst.caseload_snapshot).toHaveLength(2);
      expect(afterFirst.caseload_count).toHaveLength(8); // seven municipalities and "niet gespecificeerd"
      expect(afterFirst.contribution).toHaveLength(14);
      expect(afterFirst.theme).toHaveLength(9);
      expect(afterFirst.knowledge_domain).toHaveLength(6);
      expect(await store.seed.isEmpty(ZAWA)).toBe(false);

      const second = await store.seed.loadSeed(loadSeed());
      expect(second).toEqual({ added: 0, changed: 0, unchanged: first.added + first.unchanged });
      expect(await dump(subject)).toEqual(afterFirst);
    });

    it('answers the figures of the sources', async () => {
      await store.seed.loadSeed(loadSeed());
      const { reference, figures } = store;
      expect(await reference.regionCodes()).toEqual([ZAWA]);
      expect(await reference.getRegion(ZAWA)).toEqual({ code: ZAWA, name: 'Zaanstreek-Waterland', sourceId: 1 });
      expect((await reference.listMunicipalities(ZAWA)).map((m) => m.name)).toEqual([
        'Edam-Volendam',
        'Landsmeer',
        'Oostzaan',
        'Purmerend',
        'Waterland',
        'Wormerland',
        'Zaanstad',
      ]);
      expect((await reference.getMunicipalities(ZAWA, ['GM0479', 'GM0000', 'GM0385'])).map((m) => m?.name)).toEqual([
        'Zaanstad',
        undefined,
        'Edam-Volendam',
      ]);
      const population = await reference.populationByMunicipality(ZAWA, ['GM0852', 'GM0000', 'GM0479']);
      expect(population.map((rows) => rows.map((r) => r.year))).toEqual([[2020], [], [2020, 2022]]);
      expect((await reference.listKnowledgeDomains()).map((d) => [d.code, d.position])).toEqual([
        ['onbegrepen-gedrag', 1],
        ['mensenhandel', 2],
        ['cter', 3],
        ['excessief-geweld', 4],
        ['huiselijk-geweld', 5],
        ['nazorg-ex-gedetineerden', 6],
      ]);
      expect(
        (await reference.getKnowledgeDomains(['cter', 'geen', 'mensenhandel'])).map((d) => (d === undefined ? d : d.description)),
      ).toEqual([expect.stringMatching(/^Contraterrorisme/), undefined, null]);
      const sources = await reference.listSources();
      expect((await reference.getSources([sources[0]!.id, 9999])).map((s) => s?.id)).toEqual([sources[0]!.id, undefined]);

      expect(await figures.listCaseloadSnapshots(ZAWA)).toEqual([
        { peildatum: '2022-01-01', precision: 'MONTH', total: 44, sourceId: expect.any(Number) },
        { peildatum: '2023-02-01', precision: 'DAY', total: 96, sourceId: expect.any(Number) },
      ]);
      const [counts, none] = await figures.caseCountsBySnapshot(ZAWA, ['2023-02-01', '2022-01-01']);
      expect(counts!.map((c) => [c.scope, c.municipalityCode, c.domainCode, c.count])).toEqual([
        ['municipality', 'GM0385', null, 3],
        ['municipality', 'GM0415', null, 2],
        ['municipality', 'GM0431', null, 2],
        ['municipality', 'GM0439', null, 27],
        ['municipality', 'GM0479', null, 45],
        ['municipality', 'GM0852', null, 6],
        ['municipality', 'GM0880', null, 2],
        ['unspecified', null, null, 9],
      ]);
      expect(none).toEqual([]);
      expect(await figures.caseTotalsBySnapshot(ZAWA, ['2023-02-01'])).toEqual([counts]);
      expect(await figures.unspecifiedBySnapshot(ZAWA, ['2023-02-01', '2022-01-01', '2030-01-01', '2023-02-01'])).toEqual([
        { stated: 9, brokenDown: true },
        { stated: null, brokenDown: false },
        { stated: null, brokenDown: false },
        { stated: 9, brokenDown: true },
      ]);

      expect((await figures.listContributionYears(ZAWA)).map((y) => [y.year, y.totalEur])).toEqual([
        [2023, 285_499],
        [2024, 298_809],
      ]);
      const [y2023, y2099] = await figures.contributionsByYear(ZAWA, [2023, 2099]);
      expect(y2023!.find((c) => c.municipalityCode === 'GM0479')).toEqual({ year: 2023, municipalityCode: 'GM0479', amountEur: 131_804 });
      expect(y2023!.map((c) => c.municipalityCode)).toEqual(['GM0385', 'GM0415', 'GM0431', 'GM0439', 'GM0479', 'GM0852', 'GM0880']);
      expect(y2099).toEqual([]);
      expect((await figures.listFundingSources()).map((f) => [f.code, f.structural])).toEqual([
        ['gemeentelijke-bijdragen', null],
        ['rijksbijdrage-zvh', null],
        ['spok-middelen', null],
        ['cter', false],
        ['pok-verward-gedrag', true],
      ]);
      expect((await figures.listCapacityFigures()).map((c) => [c.stage, c.fte, c.temporaryFte])).toEqual([
        ['before', 3.7, null],
        ['after', 5.6, 0.7],
      ]);
      const themes = await figures.listThemes();
      expect(themes.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(themes[2]).toMatchObject({ parentCode: 'huiselijk-geweld-kindermishandeling', status: 'NOT_ASSESSED', owner: null });
      expect(themes.every((t) => Array.isArray(t.keyFacts))).toBe(true);
    });

    it('puts a changed figure back to the source value and reports it as changed', async () => {
      await store.seed.loadSeed(loadSeed());
      await subject.sql("UPDATE contribution SET amount_eur = 1 WHERE year = 2023 AND municipality_code = 'GM0479'");
      expect(await store.seed.loadSeed(loadSeed())).toMatchObject({ added: 0, changed: 1 });
      const [rows] = await store.figures.contributionsByYear(ZAWA, [2023]);
      expect(rows!.find((r) => r.municipalityCode === 'GM0479')!.amountEur).toBe(131_804);
    });

    it('keeps a theme status set by people when the seed is loaded again', async () => {
      await store.seed.loadSeed(loadSeed());
      await subject.sql("UPDATE theme SET status = 'ON_TRACK', owner = 'Anna' WHERE number = 4");
      await store.seed.loadSeed(loadSeed());
      expect((await store.figures.listThemes()).find((t) => t.number === 4)).toMatchObject({ status: 'ON_TRACK', owner: 'Anna' });
    });

    it('empties every figure with clear, after which the seed loads as new with the same numbering', async () => {
      const first = await store.seed.loadSeed(loadSeed());
      const sources = await store.reference.listSources();
      await store.seed.clear(ZAWA);
      expect(await store.seed.isEmpty(ZAWA)).toBe(true);
      expect(await store.reference.regionCodes()).toEqual([]);
      for (const table of Object.keys(SEEDED_TABLES)) expect(await count(subject, table)).toBe(0);

      expect(await store.seed.loadSeed(loadSeed())).toEqual(first);
      expect((await store.figures.listCaseloadSnapshots(ZAWA)).map((s) => s.total)).toEqual([44, 96]);
      expect(await store.reference.listSources()).toEqual(sources);
    });

    it('lets two servers load the same seed at once, one after the other: nothing fails, nothing doubles', async () => {
      const other = await subject.another();
      const reports = await Promise.all([store.seed.loadSeed(loadSeed()), other.seed.loadSeed(loadSeed())]);
      const single = reports[0]!.added > 0 ? reports[0]! : reports[1]!;
      expect(single.added).toBeGreaterThan(50);
      expect(reports).toContainEqual({ added: 0, changed: 0, unchanged: single.added + single.unchanged });
      expect(await count(subject, 'municipality')).toBe(7);
      expect(await count(subject, 'caseload_count')).toBe(8);
      expect(await count(subject, 'source')).toBe((await store.reference.listSources()).length);
    });
  });

  describe('several regions in one database', () => {
    beforeEach(async () => {
      await store.seed.loadSeed(loadSeed());
      await store.seed.loadSeed(secondRegionSeed());
    });

    it('answers each region its own municipalities, inhabitants, count dates and contributions', async () => {
      const { reference, figures } = store;
      expect(await reference.regionCodes()).toEqual([SECOND_REGION, ZAWA]);
      expect(await reference.listMunicipalities(ZAWA)).toHaveLength(7);
      expect((await reference.listMunicipalities(SECOND_REGION)).map((m) => m.name)).toEqual([
        'Testgemeente Noord',
        'Testgemeente Oost',
        'Testgemeente Zuid',
      ]);
      // Another region's code answers nothing.
      expect((await reference.getMunicipalities(ZAWA, ['GM0479', 'GM9001'])).map((m) => m?.name)).toEqual(['Zaanstad', undefined]);
      expect((await reference.getMunicipalities(SECOND_REGION, ['GM0479', 'GM9001'])).map((m) => m?.name)).toEqual([
        undefined,
        'Testgemeente Noord',
      ]);
      expect((await reference.populationByMunicipality(ZAWA, ['GM9001', 'GM0479'])).map((rows) => rows.length)).toEqual([0, 2]);

      // The same count dates and years in both: each answers its own.
      expect((await figures.listCaseloadSnapshots(SECOND_REGION)).map((s) => [s.peildatum, s.total])).toEqual([
        ['2022-01-01', 30],
        ['2023-02-01', 21],
      ]);
      const [otherCounts] = await figures.caseCountsBySnapshot(SECOND_REGION, ['2023-02-01']);
      expect(otherCounts!.map((c) => c.municipalityCode)).toEqual(['GM9001', 'GM9002', 'GM9003', null]);
      const [zawaCounts] = await figures.caseCountsBySnapshot(ZAWA, ['2023-02-01']);
      expect(zawaCounts!.reduce((sum, c) => sum + c.count, 0)).toBe(96);
      expect((await figures.listContributionYears(SECOND_REGION)).map((y) => y.totalEur)).toEqual([62_023, 62_024]);
      const [otherContributions] = await figures.contributionsByYear(SECOND_REGION, [2023]);
      expect(otherContributions!.map((c) => c.municipalityCode)).toEqual(['GM9001', 'GM9002', 'GM9003']);

      // No region (null) answers nothing.
      expect(await reference.listMunicipalities(null)).toEqual([]);
      expect(await reference.getMunicipalities(null, ['GM0479'])).toEqual([undefined]);
      expect(await figures.listCaseloadSnapshots(null)).toEqual([]);
      expect(await figures.caseCountsBySnapshot(null, ['2023-02-01'])).toEqual([[]]);
      expect(await figures.unspecifiedBySnapshot(null, ['2023-02-01'])).toEqual([{ stated: null, brokenDown: false }]);
      expect(await figures.listContributionYears(null)).toEqual([]);
      expect(await figures.contributionsByYear(null, [2023])).toEqual([[]]);
      expect(await store.seed.isEmpty('regio-bestaat-niet')).toBe(true);
    });

    it("clears one region of several: its own figures go, the other's and what is per database stay", async () => {
      const before = await dump(subject);
      const ofOther = (tables: Record<string, unknown[]>) =>
        ['municipality', 'caseload_snapshot', 'caseload_count', 'contribution_year', 'contribution'].map((t) =>
          (tables[t] as { region_code?: string; code?: string }[]).filter((r) => (r.region_code ?? r.code) === SECOND_REGION),
        );
      await store.seed.clear(ZAWA);
      expect(await store.seed.isEmpty(ZAWA)).toBe(true);
      expect(await store.seed.isEmpty(SECOND_REGION)).toBe(false);
      expect(await store.reference.regionCodes()).toEqual([SECOND_REGION]);
      const after = await dump(subject);
      expect(ofOther(after)).toEqual(ofOther(before));
      for (const shared of ['source', 'knowledge_domain', 'funding_source', 'capacity_figure', 'theme']) {
        expect(after[shared]).toEqual(before[shared]);
      }
      expect(after.population).toHaveLength(3);

      // Loaded again, it is as before.
      expect(await store.seed.loadSeed(loadSeed())).toMatchObject({ changed: 0 });
      expect((await store.figures.listCaseloadSnapshots(ZAWA)).map((s) => s.total)).toEqual([44, 96]);
      expect(ofOther(await dump(subject))).toEqual(ofOther(before));
    });

    it('clears everything when no region is named, also what is per database', async () => {
      await store.seed.clear(null);
      for (const table of Object.keys(SEEDED_TABLES)) expect(await count(subject, table)).toBe(0);
    });

    it('refuses a seed whose municipality is another region’s, and leaves everything as it was', async () => {
      const before = await dump(subject);
      const seed = secondRegionSeed();
      seed.region = { ...seed.region, code: THIRD_REGION };
      expect(await refused(store.seed.loadSeed(seed))).toMatch(/foreign key|FOREIGN KEY|unique|UNIQUE/);
      expect(await dump(subject)).toEqual(before);
    });
  });

  describe('deployment secrets', () => {
    it('makes a secret once and answers the same one after', async () => {
      expect(await store.reference.getSecret('sessions')).toBeUndefined();
      const made = await store.reference.deploymentSecret('sessions');
      expect(made).toHaveLength(32);
      expect(await store.reference.deploymentSecret('sessions')).toEqual(made);
      expect(await store.reference.getSecret('sessions')).toEqual(made);
      expect(await store.reference.deploymentSecret('other')).not.toEqual(made);
    });

    it('keeps the first secret stored when another is created for the same purpose', async () => {
      await store.reference.createSecret('sessions', Buffer.alloc(32, 1));
      await store.reference.createSecret('sessions', Buffer.alloc(32, 2));
      expect(await store.reference.getSecret('sessions')).toEqual(Buffer.alloc(32, 1));
    });

    it('answers the same secret to two servers that ask for it at once', async () => {
      const other = await subject.another();
      const secrets = await Promise.all([
        store.reference.deploymentSecret('sessions'),
        other.reference.deploymentSecret('sessions'),
        other.reference.deploymentSecret('sessions'),
        store.reference.deploymentSecret('sessions'),
      ]);
      expect(new Set(secrets.map((s) => s.toString('hex'))).size).toBe(1);
      expect(await count(subject, 'deployment_secret')).toBe(1);
    });

    it('answers a ping', async () => {
      expect(await store.reference.ping()).toBe(true);
    });
  });
});

describe('loading the seed on PostgreSQL', () => {
  let subject: FiguresUnderTest;
  beforeEach(async () => {
    subject = await postgresFigures();
  }, 60_000);
  afterEach(async () => {
    await subject.close();
  }, 60_000);

  it('leaves rows equal to the seed untouched: no new row versions on a second load', async () => {
    await subject.store.seed.loadSeed(loadSeed());
    const versions = async () => {
      const all: Record<string, unknown[]> = {};
      for (const [table, order] of Object.entries(SEEDED_TABLES)) {
        all[table] = (await subject.rows(`SELECT xmin::text AS version FROM ${table} ORDER BY ${order}`)).map((r) => r.version);
      }
      return all;
    };
    const before = await versions();
    await subject.store.seed.loadSeed(loadSeed());
    expect(await versions()).toEqual(before);
  });
});
