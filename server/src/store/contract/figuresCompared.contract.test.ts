import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadSeed, type SeedData, type SeedSource } from '@zv/seed';
import { postgresFigures, sqliteFigures, type FigureStores, type FiguresUnderTest } from '../../testing/contractStores.js';
import { SECOND_REGION, secondRegionSeed } from '../../testing/secondRegion.js';

/**
 * The figures of the PostgreSQL store against SQLite's, side by side: the same seeds loaded into
 * both, then every read asked with the same arguments must answer the same, down to the type of
 * each value (numbers, NULLs, booleans). figures.contract.test.ts says what the answers are.
 */

const ZAWA = 'zaanstreek-waterland';
const THIRD_REGION = 'testregio-zuid';

/** A made-up third region that pokes at what differs between the databases: order of names, NULLs, duplicates, large amounts. */
function trickySeed(): SeedData {
  const source = (section: string | null, title: string | null): SeedSource => ({
    document: 'Testgegevens derde regio (verzonnen)',
    section,
    note: null,
    title,
    url: null,
  });
  const plain = source(null, 'Eerste titel');
  const municipalities = [
    { code: 'GM9104', name: 'Zuidhoek' },
    { code: 'GM9101', name: 'aalsmeer-achtig' }, // lower case: NOCASE puts it among the A's
    { code: 'GM9102', name: '_Onderstreept' }, // '_' lies between 'Z' and 'a'
    { code: 'GM9103', name: 'Élan' }, // not ASCII: not folded, after every ASCII letter
    { code: 'GM9105', name: 'Eemdijk' },
  ];
  return {
    region: { code: THIRD_REGION, name: 'Testregio Zuid', source: plain },
    municipalities,
    population: [
      { municipalityCode: 'GM9101', year: 2021, inhabitants: 1_000, referenceDate: '2021-01-01', source: plain },
      { municipalityCode: 'GM9101', year: 2020, inhabitants: 900, referenceDate: '2020-01-01', source: source('B', 'Eerste titel') },
      // The same row twice, then changed: the report counts each as SQLite's row-by-row load does.
      { municipalityCode: 'GM9101', year: 2021, inhabitants: 1_000, referenceDate: '2021-01-01', source: plain },
      { municipalityCode: 'GM9101', year: 2021, inhabitants: 1_100, referenceDate: '2021-01-01', source: plain },
      { municipalityCode: 'GM9103', year: 2021, inhabitants: 50_000, referenceDate: '2021-01-01', source: source('A', 'Eerste titel') },
    ],
    knowledgeDomains: loadSeed().knowledgeDomains,
    caseloadSnapshots: [
      {
        peildatum: '2023-02-01',
        precision: 'DAY',
        total: 7,
        unspecified: 0,
        byMunicipality: [
          { municipalityCode: 'GM9105', count: 4 },
          { municipalityCode: 'GM9101', count: 3 },
        ],
        source: plain,
      },
      { peildatum: '2021-05-01', precision: 'MONTH', total: 5, unspecified: null, byMunicipality: [], source: plain },
    ],
    contributionYears: [
      {
        year: 2025,
        totalEur: 12_345_678_901, // past 32 bits
        byMunicipality: [
          { municipalityCode: 'GM9104', amountEur: 12_345_678_900 },
          { municipalityCode: 'GM9102', amountEur: 1 },
        ],
        // The same source with a new title: the title changes.
        source: source(null, 'Tweede titel'),
      },
    ],
    fundingSources: [],
    capacity: [
      { label: 'Testteam', stage: 'current', fte: 0.1 + 0.2, temporaryFte: null, description: null, source: plain },
      { label: 'Ander team', stage: 'before', fte: 2.5, temporaryFte: 0.25, description: 'Verzonnen', source: plain },
    ],
    themes: [
      // A child before its parent.
      {
        code: 'z-kind',
        number: 21,
        title: 'Kind',
        parentCode: 'z-ouder',
        summary: null,
        keyFacts: ['één', 'twee "aanhalingstekens"'],
        source: plain,
      },
      { code: 'z-ouder', number: 20, title: 'Ouder', parentCode: null, summary: 'Samenvatting', keyFacts: [], source: plain },
    ],
  };
}

type Calls<T> = { [K in keyof T]: T[K] extends (...args: infer A) => unknown ? A[] : never };

const REGIONS = [ZAWA, SECOND_REGION, THIRD_REGION, 'regio-bestaat-niet', null];
const DATES = ['2023-02-01', '2022-01-01', '2021-05-01', '2030-01-01', '2023-02-01'];
const MUNICIPALITIES = ['GM9104', 'GM0479', 'GM9001', 'GM9101', 'GM0000', 'GM9103', 'GM0852'];

/** Every read of the figures, with the arguments to compare it on (the compiler checks that none is left out). */
const figureCalls: Calls<FigureStores['figures']> = {
  listCaseloadSnapshots: REGIONS.map((r) => [r]),
  caseCountsBySnapshot: REGIONS.map((r) => [r, DATES]),
  caseTotalsBySnapshot: REGIONS.map((r) => [r, DATES]),
  unspecifiedBySnapshot: REGIONS.map((r) => [r, DATES]),
  listFlowMonths: REGIONS.map((r) => [r]),
  listFlowCounts: REGIONS.map((r) => [r]),
  listContributionYears: REGIONS.map((r) => [r]),
  contributionsByYear: REGIONS.map((r) => [r, [2025, 2023, 2099, 2024]]),
  listFundingSources: [[]],
  listCapacityFigures: [[]],
  listThemes: [[]],
};
const referenceCalls: Calls<Omit<FigureStores['reference'], 'createSecret' | 'deploymentSecret'>> = {
  regionCodes: [[]],
  getRegion: [[ZAWA], [SECOND_REGION], [THIRD_REGION], ['regio-bestaat-niet']],
  listMunicipalities: REGIONS.map((r) => [r]),
  getMunicipalities: REGIONS.map((r) => [r, MUNICIPALITIES]),
  populationByMunicipality: REGIONS.map((r) => [r, MUNICIPALITIES]),
  regionTotals: [...DATES, '2019-12-31', '2022-12-31'].map((d) => [d]),
  listKnowledgeDomains: [[]],
  getKnowledgeDomains: [[['cter', 'geen', 'onbegrepen-gedrag']]],
  getSources: [[Array.from({ length: 40 }, (_, i) => 40 - i)]],
  listSources: [[]],
  getSecret: [['sessions'], ['unknown']],
  ping: [[]],
};

/** Every answer of every read, in the order of the tables above. */
async function answers(store: FigureStores): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  const part = async (target: object, calls: Record<string, unknown[][]>) => {
    for (const [method, argsList] of Object.entries(calls)) {
      const call = (target as Record<string, (...args: unknown[]) => Promise<unknown>>)[method]!.bind(target);
      all[method] = [];
      for (const args of argsList) all[method].push(await call(...args));
    }
  };
  await part(store.figures, figureCalls);
  await part(store.reference, referenceCalls);
  return all;
}

/** Counts per knowledge domain, which the seed does not hold (imports write them): the same statement on both. */
const DOMAIN_COUNTS = `INSERT INTO caseload_count (region_code, peildatum, scope, municipality_code, domain_code, count) VALUES
  ('${ZAWA}', '2023-02-01', 'unspecified', NULL, 'cter', 1),
  ('${ZAWA}', '2023-02-01', 'region', NULL, 'cter', 9),
  ('${ZAWA}', '2023-02-01', 'municipality', 'GM0479', 'mensenhandel', 3),
  ('${ZAWA}', '2023-02-01', 'municipality', 'GM0479', 'cter', 5),
  ('${ZAWA}', '2023-02-01', 'municipality', 'GM0385', 'cter', 2)`;

describe('PostgreSQL answers as SQLite', () => {
  let sqlite: FiguresUnderTest;
  let postgres: FiguresUnderTest;
  beforeEach(async () => {
    sqlite = await sqliteFigures();
    postgres = await postgresFigures();
  }, 60_000);
  afterEach(async () => {
    await sqlite.close();
    await postgres.close();
  }, 60_000);

  /** Does the same to both, and expects the same answer (numbers, NULLs, booleans alike). */
  async function both<T>(work: (subject: FiguresUnderTest) => Promise<T>): Promise<T> {
    const expected = await work(sqlite);
    expect(await work(postgres)).toStrictEqual(expected);
    return expected;
  }

  it('gives every read the same answer on the same seeds, and the same reports', async () => {
    const reports = [];
    for (const seed of [loadSeed, secondRegionSeed, trickySeed, trickySeed, loadSeed]) {
      reports.push(await both((s) => s.store.seed.loadSeed(seed())));
    }
    // A population row given again with another number; a source's title changed, and changed back.
    expect(reports[2]).toMatchObject({ changed: 3 });
    expect(reports[3]).toMatchObject({ added: 0 });
    await both((s) => s.sql(DOMAIN_COUNTS));
    await both(async (s) => s.store.reference.createSecret('sessions', Buffer.alloc(32, 7)));

    const answered = await both((s) => answers(s.store));
    // The order of names as SQLite's NOCASE gives it.
    expect((answered.listMunicipalities![2] as { name: string }[]).map((m) => m.name)).toEqual([
      '_Onderstreept',
      'aalsmeer-achtig',
      'Eemdijk',
      'Zuidhoek',
      'Élan',
    ]);
    expect((answered.listContributionYears![2] as { totalEur: number }[])[0]!.totalEur).toBe(12_345_678_901);
    await both(async (s) => [await s.store.seed.isEmpty(THIRD_REGION), await s.store.seed.isEmpty('regio-bestaat-niet')]);

    // After clearing one region, and then everything, and loading anew: still the same.
    await both((s) => s.store.seed.clear(THIRD_REGION));
    await both((s) => answers(s.store));
    await both((s) => s.store.seed.clear(null));
    await both((s) => answers(s.store));
    await both((s) => s.store.seed.loadSeed(trickySeed()));
    await both((s) => s.store.seed.loadSeed(loadSeed()));
    await both((s) => answers(s.store));
  });
});
