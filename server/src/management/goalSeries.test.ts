import type { CaseCountRow, CaseloadSnapshotRow } from '../store/types.js';
import { goalSeries, type GoalSeriesSource } from './goalSeries.js';
import { figureAsGoal } from './signalSeries.js';

/**
 * Twenty monthly counts in 2024–2025. Every third is the region's total only (not broken down);
 * GM0001 is in every broken-down count, GM0002 only in the first four (a municipality that merged
 * away). The source remembers which count dates were read.
 */
const DATES = Array.from({ length: 20 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);
const brokenDown = (i: number) => i % 3 !== 2;

function source() {
  const read: string[] = [];
  const snapshots: CaseloadSnapshotRow[] = DATES.map((peildatum, i) => ({ peildatum, precision: 'DAY', total: 100 + i, sourceId: 1 }));
  const rowsOf = (peildatum: string): CaseCountRow[] => {
    const i = DATES.indexOf(peildatum);
    if (!brokenDown(i)) return [];
    const rows: CaseCountRow[] = [{ peildatum, scope: 'municipality', municipalityCode: 'GM0001', domainCode: null, count: 60 + i }];
    if (i < 4) rows.push({ peildatum, scope: 'municipality', municipalityCode: 'GM0002', domainCode: null, count: 30 + i });
    rows.push({
      peildatum,
      scope: 'unspecified',
      municipalityCode: null,
      domainCode: null,
      count: 100 + i - rows.reduce((s, r) => s + r.count, 0),
    });
    return rows;
  };
  const store: GoalSeriesSource = {
    listCaseloadSnapshots: async () => snapshots,
    caseTotalsBySnapshot: async (peildata) => {
      read.push(...peildata);
      return peildata.map(rowsOf);
    },
    listMunicipalities: async () => [
      { code: 'GM0001', name: 'Een', regionCode: 'r' },
      { code: 'GM0002', name: 'Twee', regionCode: 'r' },
    ],
    populationByMunicipality: async (codes) =>
      codes.map((code) => [
        { municipalityCode: code, year: 2024, inhabitants: code === 'GM0001' ? 40_000 : 20_000, referenceDate: null, sourceId: 1 },
      ]),
    listContributionYears: async () => [2023, 2024, 2025].map((year) => ({ year, totalEur: 1000 * year, sourceId: 1 })),
    contributionsByYear: async (years) => years.map((year) => [{ year, municipalityCode: 'GM0001', amountEur: year }]),
    goalValues: async (ids) => ids.map((goalId) => (goalId === 9 ? [{ goalId, date: '2025-03-01', value: 4 }] : [])),
  };
  return { store, read };
}

/** A goal on `indicator` of `municipalityCode` (null: the region); the signals ask for figures the same way. */
const goal = figureAsGoal;

const EVERY_KIND = [
  goal(1, 'RUNNING_CASES', null),
  goal(2, 'RUNNING_CASES', 'GM0001'),
  goal(3, 'CASES_PER_10K', null),
  goal(4, 'CASES_PER_10K', 'GM0001'),
  goal(5, 'UNSPECIFIED_SHARE', null),
  goal(6, 'CONTRIBUTIONS_TOTAL', null),
  goal(7, 'CONTRIBUTIONS_TOTAL', 'GM0001'),
  goal(8, 'RUNNING_CASES', 'GM0002'),
  goal(9, 'MANUAL', null),
];

describe('the last values of a series', () => {
  test.each([1, 2, 7, 13, 40])('with last = %i every series is the tail of the whole one, for every kind of indicator', async (last) => {
    const whole = await goalSeries(source().store, EVERY_KIND);
    const recent = await goalSeries(source().store, EVERY_KIND, { last });
    expect(recent).toEqual(whole.map((series) => series.slice(-last)));
  });

  test('the whole series of a municipality: its broken-down counts, the counts of the region total only left out', async () => {
    const [series] = await goalSeries(source().store, [goal(2, 'RUNNING_CASES', 'GM0001')]);
    expect(series?.map((p) => p.date)).toEqual(DATES.filter((_, i) => brokenDown(i)));
    expect(series?.at(-1)).toEqual({ date: '2025-08-01', value: 79 });
  });

  test('the latest seven of a municipality in every count are read from the latest dates back, not from all twenty', async () => {
    const { store, read } = source();
    const [series] = await goalSeries(store, [goal(2, 'RUNNING_CASES', 'GM0001'), goal(6, 'CONTRIBUTIONS_TOTAL', null)], { last: 7 });
    expect(series?.map((p) => p.value)).toEqual([70, 72, 73, 75, 76, 78, 79]);
    // Seven dates hold five broken-down counts, fourteen hold ten: two reads of seven.
    expect(read).toEqual([...DATES.slice(13), ...DATES.slice(6, 13)]);
  });

  test('a series that stays short (a municipality no longer counted) reads back to the first count, and answers what it has', async () => {
    const { store, read } = source();
    const [series] = await goalSeries(store, [goal(8, 'RUNNING_CASES', 'GM0002')], { last: 7 });
    expect(series).toEqual([
      { date: '2024-01-01', value: 30 },
      { date: '2024-02-01', value: 31 },
      { date: '2024-04-01', value: 33 },
    ]);
    expect([...read].sort()).toEqual(DATES);
  });

  test('last must be a whole number of at least one', async () => {
    await expect(goalSeries(source().store, EVERY_KIND, { last: 0 })).rejects.toThrow(RangeError);
    await expect(goalSeries(source().store, EVERY_KIND, { last: 2.5 })).rejects.toThrow(RangeError);
  });
});
