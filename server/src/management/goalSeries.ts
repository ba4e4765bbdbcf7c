import { isBrokenDown, municipalityTotals, unspecifiedTotal } from '../domain/caseload.js';
import { populationAtDate, sumPopulation } from '../domain/population.js';
import { per10k, regionPer10k, share } from '../domain/ratios.js';
import type { Store } from '../store/index.js';
import type { GoalRow } from '../store/types.js';

export interface GoalPoint {
  value: number;
  date: string;
}

/** What the series are made of: the store, or a request's loaders over it (graphql/loaders.ts), which share the reads. */
export type GoalSeriesSource = Pick<
  Store,
  | 'listCaseloadSnapshots'
  | 'caseTotalsBySnapshot'
  | 'listMunicipalities'
  | 'populationByMunicipality'
  | 'listContributionYears'
  | 'contributionsByYear'
  | 'goalValues'
>;

/**
 * The values of a goal's indicator over time, oldest first: for data indicators from every
 * count (or year) in the database, for MANUAL ones the values people reported.
 */
export async function goalSeries(store: GoalSeriesSource, goals: readonly GoalRow[]): Promise<GoalPoint[][]> {
  const [snapshots, municipalities, years] = await Promise.all([
    store.listCaseloadSnapshots(),
    store.listMunicipalities(),
    store.listContributionYears(),
  ]);
  const [counts, population, contributions, reported] = await Promise.all([
    store.caseTotalsBySnapshot(snapshots.map((s) => s.peildatum)),
    store.populationByMunicipality(municipalities.map((m) => m.code)),
    store.contributionsByYear(years.map((y) => y.year)),
    store.goalValues(goals.map((g) => g.id)),
  ]);

  // Looked up once per request, not per goal and count date: a national database has 120 count
  // dates, and the signals ask for two series per municipality.
  const populationIndex = new Map(municipalities.map((m, i) => [m.code, i]));
  const populationOf = (code: string, date: string) => populationAtDate(population[populationIndex.get(code) ?? -1] ?? [], date);
  const brokenDown = snapshots
    .map((s, i) => ({ snapshot: s, rows: counts[i] ?? [] }))
    .filter(({ rows }) => isBrokenDown(rows))
    .map((entry) => ({ ...entry, totals: new Map(municipalityTotals(entry.rows).map((m) => [m.municipalityCode, m.count])) }));
  const regionPopulationAt = new Map(
    brokenDown.map(({ snapshot }) => [
      snapshot.peildatum,
      sumPopulation(municipalities.map((m) => populationOf(m.code, snapshot.peildatum))),
    ]),
  );

  return goals.map((goal, index): GoalPoint[] => {
    const code = goal.municipalityCode;
    const points: (GoalPoint | null)[] = (() => {
      switch (goal.indicator) {
        case 'MANUAL':
          return (reported[index] ?? []).map((v) => ({ value: v.value, date: v.date }));
        case 'RUNNING_CASES':
          return code === null
            ? snapshots.map((s) => ({ value: s.total, date: s.peildatum }))
            : brokenDown.map(({ snapshot, totals }) => {
                const own = totals.get(code);
                return own === undefined ? null : { value: own, date: snapshot.peildatum };
              });
        case 'CASES_PER_10K':
          return brokenDown.map(({ snapshot, totals }) => {
            if (code === null) {
              const value = regionPer10k(snapshot.total, regionPopulationAt.get(snapshot.peildatum) ?? null);
              return value === null ? null : { value, date: snapshot.peildatum };
            }
            const own = totals.get(code);
            const value = own === undefined ? null : per10k(own, populationOf(code, snapshot.peildatum)?.inhabitants);
            return value === null ? null : { value, date: snapshot.peildatum };
          });
        case 'UNSPECIFIED_SHARE':
          // Only the region has cases that belong to no municipality.
          return code !== null
            ? []
            : brokenDown.map(({ snapshot, rows }) => {
                const value = share(unspecifiedTotal(rows) ?? 0, snapshot.total);
                return value === null ? null : { value, date: snapshot.peildatum };
              });
        case 'CONTRIBUTIONS_TOTAL':
          return years.map((y, i) => {
            const value = code === null ? y.totalEur : (contributions[i] ?? []).find((c) => c.municipalityCode === code)?.amountEur;
            return value === undefined ? null : { value, date: `${y.year}-01-01` };
          });
      }
    })();
    return points.filter((p): p is GoalPoint => p !== null);
  });
}
