import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { figureStores, type FiguresUnderTest } from '../../testing/contractStores.js';
import { SECOND_REGION, secondRegionSeed } from '../../testing/secondRegion.js';

const ZAWA = 'zaanstreek-waterland';

/**
 * The one read across regions (regionTotals, for the national comparison of decision 0022), once
 * for each implementation: every region's latest count at or before a date and its inhabitants
 * at that count, the same on SQLite and PostgreSQL.
 */
describe.each(figureStores)('region totals on %s', (_name, open) => {
  let subject: FiguresUnderTest;
  beforeEach(async () => {
    subject = await open();
    await subject.store.seed.loadSeed(loadSeed());
  }, 60_000);
  afterEach(async () => {
    await subject.close();
  }, 60_000);

  it('answers the one region of the real seed with its count of 1-2-2023 and the inhabitants then', async () => {
    // 36.267 (Edam-Volendam 2021) + 11.491 + 9.735 + 92.204 (Purmerend 2022) + 17.424 + 16.270 + 157.166 (Zaanstad 2022)
    expect(await subject.store.reference.regionTotals('2023-02-01')).toEqual([
      {
        code: ZAWA,
        name: 'Zaanstreek-Waterland',
        peildatum: '2023-02-01',
        total: 96,
        inhabitants: 340_557,
        populationYear: 2022,
        municipalities: 7,
        municipalitiesWithInhabitants: 7,
      },
    ]);
  });

  it('takes per region the latest count at or before the date, and inhabitants whose reference date lies at or before it', async () => {
    await subject.store.seed.loadSeed(secondRegionSeed());
    const mid2021 = await subject.store.reference.regionTotals('2021-06-01');
    // No count that early, so no inhabitants at a count either.
    expect(mid2021.map((r) => [r.code, r.peildatum, r.total, r.inhabitants, r.populationYear])).toEqual([
      [SECOND_REGION, null, null, null, null],
      [ZAWA, null, null, null, null],
    ]);
    const late2022 = await subject.store.reference.regionTotals('2022-12-31');
    expect(late2022.map((r) => [r.code, r.peildatum, r.total, r.inhabitants])).toEqual([
      [SECOND_REGION, '2022-01-01', 30, 120_000],
      [ZAWA, '2022-01-01', 44, 340_557],
    ]);
  });

  it("sets a region's count against its inhabitants at that count, not at the date asked", async () => {
    // Testregio Noord also knows its inhabitants of 1 January 2023 (twice those of 2020); asked on
    // 15 January 2023, its latest count is still that of 1 January 2022.
    const seed = secondRegionSeed();
    const in2023 = seed.population.map((p) => ({ ...p, year: 2023, inhabitants: 2 * p.inhabitants, referenceDate: '2023-01-01' }));
    await subject.store.seed.loadSeed({ ...seed, population: [...seed.population, ...in2023] });
    const [second, zawa] = await subject.store.reference.regionTotals('2023-01-15');
    expect([second?.peildatum, second?.total, second?.inhabitants, second?.populationYear]).toEqual(['2022-01-01', 30, 120_000, 2020]);
    // Zaanstreek-Waterland's count of 1 January 2022 with Purmerend's and Zaanstad's of that very day.
    expect([zawa?.peildatum, zawa?.inhabitants, zawa?.populationYear]).toEqual(['2022-01-01', 340_557, 2022]);
  });

  it('answers a region without inhabitants or counts with what it has, and counts its municipalities', async () => {
    await subject.store.seed.loadSeed(secondRegionSeed());
    const before = await subject.store.reference.regionTotals('2019-12-31');
    expect(before).toEqual([
      expect.objectContaining({
        code: SECOND_REGION,
        peildatum: null,
        total: null,
        inhabitants: null,
        municipalities: 3,
        municipalitiesWithInhabitants: 0,
      }),
      expect.objectContaining({
        code: ZAWA,
        peildatum: null,
        total: null,
        inhabitants: null,
        municipalities: 7,
        municipalitiesWithInhabitants: 0,
      }),
    ]);
  });

  it('holds region totals only: no municipality or knowledge domain in its answer', async () => {
    await subject.store.seed.loadSeed(secondRegionSeed());
    for (const row of await subject.store.reference.regionTotals('2023-02-01'))
      expect(Object.keys(row).sort()).toEqual(
        ['code', 'inhabitants', 'municipalities', 'municipalitiesWithInhabitants', 'name', 'peildatum', 'populationYear', 'total'].sort(),
      );
  });
});
