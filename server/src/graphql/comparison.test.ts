/**
 * Query.municipalityComparison and Query.nationalComparison per role: the real seed (one region:
 * nothing to compare with nationally), and a database holding more regions, where the region is
 * set beside the national figure and the regions nearest in inhabitants — region totals only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeed, type SeedData } from '@zv/seed';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgStore } from '../store/postgres/PgStore.js';
import { SqliteStore } from '../store/sqlite/SqliteStore.js';
import type { Store } from '../store/Store.js';
import type { Role } from '../store/types.js';
import { TEST_STORE, testApi, viewerAs, type TestApi } from '../testing/api.js';
import { freshPostgres } from '../testing/postgres.js';
import { secondRegionSeed } from '../testing/secondRegion.js';

const MUNICIPALITY = `query ($code: ID!, $peildatum: Date) { municipalityComparison(code: $code, peildatum: $peildatum) {
  municipality { code } peildatum previousPeildatum contributionYear populationYear assignedCases
  figures { kind own reference difference relativeDifference direction }
} }`;
const NATIONAL = `{ nationalComparison {
  peildatum regionsInDatabase regionsCompared regionsLeftOut nationalPer10k
  own { code name peildatum total inhabitants populationYear per10kInhabitants }
  figure { own reference direction relativeDifference }
  similar { code name total inhabitants per10kInhabitants }
  leftOut { code name peildatum reason isServedRegion }
} }`;

interface Figure {
  kind: string;
  own: number | null;
  reference: number | null;
  difference: number | null;
  relativeDifference: number | null;
  direction: string | null;
}
interface MunicipalityAnswer {
  municipalityComparison: {
    municipality: { code: string };
    peildatum: string;
    previousPeildatum: string | null;
    contributionYear: number;
    populationYear: number;
    assignedCases: number;
    figures: Figure[];
  } | null;
}
interface RegionFigures {
  code: string;
  name: string;
  total: number;
  inhabitants: number;
  per10kInhabitants: number;
}
interface NationalAnswer {
  nationalComparison: {
    peildatum: string;
    regionsInDatabase: number;
    regionsCompared: number;
    regionsLeftOut: number;
    nationalPer10k: number | null;
    own: RegionFigures | null;
    figure: { own: number | null; reference: number | null; direction: string | null; relativeDifference: number | null };
    similar: RegionFigures[];
    leftOut: { code: string; name: string; peildatum: string | null; reason: string; isServedRegion: boolean }[];
  } | null;
}

const REGION_ROLES: readonly Role[] = ['BEHEERDER', 'ZVH', 'BESTUURDER'];

describe('comparison with the real figures (one region)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi();
  });
  afterAll(() => api.close());

  it('sets Zaanstad beside the region for every role, a GEMEENTE user of another municipality too (totals are public)', async () => {
    for (const viewer of [viewerAs('BESTUURDER'), viewerAs('ZVH'), viewerAs('GEMEENTE', 'GM0479'), viewerAs('GEMEENTE', 'GM0439')]) {
      const { data, errors } = await api.run<MunicipalityAnswer>(MUNICIPALITY, { code: 'GM0479' }, viewer);
      expect(errors).toBeUndefined();
      const answer = data!.municipalityComparison!;
      expect(answer).toMatchObject({
        peildatum: '2023-02-01',
        previousPeildatum: '2022-01-01',
        contributionYear: 2024,
        populationYear: 2022,
        assignedCases: 87,
      });
      const [rate, shares, money, trend] = answer.figures;
      expect(rate).toMatchObject({ kind: 'CASES_PER_10K', direction: 'ABOVE' });
      expect(rate!.own).toBeCloseTo(2.8632, 4); // 45 / 157.166 × 10.000
      expect(rate!.reference).toBeCloseTo(2.5546, 4); // 87 / 340.557 × 10.000
      expect(shares).toMatchObject({ kind: 'SHARE_OF_CASES', direction: 'ABOVE' });
      expect(shares!.difference).toBeCloseTo(45 / 87 - 157_166 / 340_557, 10);
      expect(money).toMatchObject({ kind: 'CONTRIBUTION_PER_INHABITANT', direction: 'ABOUT_EQUAL' });
      expect(money!.own).toBeCloseTo(137_949 / 157_166, 10);
      // January 2022 was not broken down by municipality: a region trend only.
      expect(trend).toMatchObject({ kind: 'CASES_CHANGE', own: null, direction: null });
      expect(trend!.reference).toBeCloseTo(52 / 44, 10);
    }
  });

  it('answers null for an unknown municipality or count date, and takes a code in lower case', async () => {
    expect((await api.run<MunicipalityAnswer>(MUNICIPALITY, { code: 'GM9999' })).data!.municipalityComparison).toBeNull();
    expect(
      (await api.run<MunicipalityAnswer>(MUNICIPALITY, { code: 'GM0479', peildatum: '2023-03-01' })).data!.municipalityComparison,
    ).toBeNull();
    expect((await api.run<MunicipalityAnswer>(MUNICIPALITY, { code: 'gm0479' })).data!.municipalityComparison!.municipality.code).toBe(
      'GM0479',
    );
  });

  it('compares at an earlier count date without a breakdown with what there is: nothing per municipality', async () => {
    const { data } = await api.run<MunicipalityAnswer>(MUNICIPALITY, { code: 'GM0479', peildatum: '2022-01-01' });
    const answer = data!.municipalityComparison!;
    expect(answer.assignedCases).toBeNull();
    expect(answer.figures.find((f) => f.kind === 'CASES_PER_10K')).toMatchObject({ own: null, direction: null });
  });

  it('says to the region roles that there is no other region, and refuses the national comparison to a GEMEENTE user', async () => {
    for (const role of REGION_ROLES) {
      const { data, errors } = await api.run<NationalAnswer>(NATIONAL, {}, viewerAs(role));
      expect(errors).toBeUndefined();
      expect(data!.nationalComparison).toMatchObject({ regionsInDatabase: 1, regionsCompared: 1, nationalPer10k: null, similar: [] });
      expect(data!.nationalComparison!.own).toMatchObject({ code: 'zaanstreek-waterland', total: 96, inhabitants: 340_557 });
    }
    const refused = await api.run<NationalAnswer>(NATIONAL, {}, viewerAs('GEMEENTE', 'GM0479'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/gemeente.*bestuurder/);
  });
});

/**
 * A made-up region like the second region of the tests, with its own codes, names and size;
 * counted on 1-1-2023 unless `peildatum` says otherwise (null: never counted), and with every
 * municipality's inhabitants unless `withoutInhabitants` names one.
 */
function madeUpRegion(
  index: number,
  inhabitantsEach: number,
  count: number,
  { peildatum = '2023-01-01', withoutInhabitants }: { peildatum?: string | null; withoutInhabitants?: string } = {},
): SeedData {
  const base = secondRegionSeed();
  const code = `testregio-${index}`;
  const municipalities = [1, 2, 3].map((n) => ({ code: `GM9${index}0${n}`, name: `Testgemeente ${index}-${n}` }));
  const source = base.region.source;
  return {
    ...base,
    region: { code, name: `Testregio ${index}`, source },
    municipalities,
    population: municipalities
      .filter((m) => m.code !== withoutInhabitants)
      .map((m) => ({
        municipalityCode: m.code,
        year: 2022,
        inhabitants: inhabitantsEach,
        referenceDate: '2022-01-01',
        source,
      })),
    caseloadSnapshots:
      peildatum === null
        ? []
        : [
            {
              peildatum,
              precision: 'DAY',
              total: count,
              unspecified: 0,
              byMunicipality: municipalities.map((m, i) => ({ municipalityCode: m.code, count: i === 0 ? count : 0 })),
              source,
            },
          ],
    contributionYears: [],
  };
}

/** Sizes of the made-up regions (three municipalities each) and their counts on 1-1-2023. */
const REGIONS: readonly [number, number][] = [
  [100_000, 90], // 300.000 inhabitants
  [120_000, 72], // 360.000
  [60_000, 18], // 180.000
  [200_000, 120], // 600.000
  [110_000, 33], // 330.000
  [20_000, 6], // 60.000
];

/** Regions left out of the national average: a count 14 months old, one municipality's inhabitants unknown, never counted. */
const LEFT_OUT: readonly [number, { peildatum?: string | null; withoutInhabitants?: string }][] = [
  [9, { peildatum: '2021-12-01' }],
  [8, { withoutInhabitants: 'GM9802' }],
  [7, { peildatum: null }],
];

/** Opens a store serving `region` on one shared database of TEST_STORE's kind. */
async function sharedDatabase(): Promise<{ open(region: string): Promise<Store>; drop(): Promise<void> }> {
  if (TEST_STORE === 'SQLite') {
    const dir = mkdtempSync(join(tmpdir(), 'zv-comparison-'));
    return {
      open: async (region) => SqliteStore.open(join(dir, 'zv.sqlite'), { region }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const database = await freshPostgres();
  return { open: (region) => PgStore.open(database.url, { region }), drop: () => database.drop() };
}

describe('comparison with more regions in the database', () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof sharedDatabase>>;
  beforeAll(async () => {
    database = await sharedDatabase();
    const zawa = await database.open('zaanstreek-waterland');
    await zawa.loadSeed(loadSeed());
    for (const [i, [each, count]] of REGIONS.entries()) {
      const code = `testregio-${i + 1}`;
      // A store serves one region: each region's figures are loaded through a store of its own.
      const other = await database.open(code);
      await other.loadSeed(madeUpRegion(i + 1, each, count));
      await other.close();
    }
    // Three left out of the average, each for its own reason; 339.000 inhabitants each: the nearest to the region's if they counted.
    for (const [index, options] of LEFT_OUT) {
      const other = await database.open(`testregio-${index}`);
      await other.loadSeed(madeUpRegion(index, 113_000, 300, options));
      await other.close();
    }
    api = await testApi({ store: zawa });
  });
  afterAll(async () => {
    await api.close();
    await database.drop();
  });

  it('sets the region beside the national figure, weighted by inhabitants, and the four regions nearest in inhabitants', async () => {
    for (const role of REGION_ROLES) {
      const { data, errors } = await api.run<NationalAnswer>(NATIONAL, {}, viewerAs(role));
      expect(errors).toBeUndefined();
      const national = data!.nationalComparison!;
      expect(national).toMatchObject({ peildatum: '2023-02-01', regionsInDatabase: 10, regionsCompared: 7, regionsLeftOut: 3 });
      // (96 + 90 + 72 + 18 + 120 + 33 + 6) / (340.557 + 300.000 + 360.000 + 180.000 + 600.000 + 330.000 + 60.000) × 10.000
      expect(national.nationalPer10k).toBeCloseTo((435 / 2_170_557) * 10_000, 10);
      expect(national.figure.own).toBeCloseTo((96 / 340_557) * 10_000, 10);
      expect(national.figure.direction).toBe('ABOVE'); // 2,82 against 2,00
      // Nearest to 340.557: 330.000, 360.000, 300.000, 180.000.
      expect(national.similar.map((r) => [r.code, r.inhabitants, r.total])).toEqual([
        ['testregio-5', 330_000, 33],
        ['testregio-2', 360_000, 72],
        ['testregio-1', 300_000, 90],
        ['testregio-3', 180_000, 18],
      ]);
    }
  });

  it('names the regions left out, by name, with their latest count date and why: region level only', async () => {
    for (const role of REGION_ROLES) {
      const { data, errors } = await api.run<NationalAnswer>(NATIONAL, {}, viewerAs(role));
      expect(errors).toBeUndefined();
      expect(data!.nationalComparison!.leftOut).toEqual([
        { code: 'testregio-7', name: 'Testregio 7', peildatum: null, reason: 'NO_COUNT', isServedRegion: false },
        { code: 'testregio-8', name: 'Testregio 8', peildatum: '2023-01-01', reason: 'INHABITANTS_INCOMPLETE', isServedRegion: false },
        { code: 'testregio-9', name: 'Testregio 9', peildatum: '2021-12-01', reason: 'COUNT_TOO_OLD', isServedRegion: false },
      ]);
    }
  });

  it('shows no other region’s municipality, and still refuses the GEMEENTE user', async () => {
    const { data } = await api.run<NationalAnswer>(NATIONAL, {}, viewerAs('BESTUURDER'));
    expect(JSON.stringify(data)).not.toMatch(/GM9|Testgemeente/);
    const refused = await api.run<NationalAnswer>(NATIONAL, {}, viewerAs('GEMEENTE', 'GM0479'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.nationalComparison ?? null).toBeNull();
    // Asking only for the regions left out is refused as a whole too.
    const names = await api.run<NationalAnswer>('{ nationalComparison { leftOut { name reason } } }', {}, viewerAs('GEMEENTE', 'GM0479'));
    expect(names.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(names.data ?? null)).not.toMatch(/Testregio/);
  });

  it('keeps a municipality’s comparison within its own region', async () => {
    const { data } = await api.run<MunicipalityAnswer>(MUNICIPALITY, { code: 'GM0479' }, viewerAs('GEMEENTE', 'GM0479'));
    expect(data!.municipalityComparison!.assignedCases).toBe(87);
    expect((await api.run<MunicipalityAnswer>(MUNICIPALITY, { code: 'GM9101' })).data!.municipalityComparison).toBeNull();
  });
});
