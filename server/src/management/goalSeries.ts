import { isBrokenDown, municipalityTotals, unspecifiedTotal } from '../domain/caseload.js';
import { populationAtDate, sumPopulation } from '../domain/population.js';
import { per10k, regionPer10k, share } from '../domain/ratios.js';
import type { Store } from '../store/index.js';
import type { CaseCountRow, CaseloadSnapshotRow, GoalRow } from '../store/types.js';

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
 *
 * With `last`, only the last `last` values of each series: the counts are then read from the
 * latest date back, a few dates at a time, until every series asked has them (or the dates run
 * out). What the signals and a goal's status read; a national database holds ten years of monthly
 * counts, of which they read seven.
 */
export async function goalSeries(
  store: GoalSeriesSource,
  goals: readonly GoalRow[],
  { last }: { last?: number } = {},
): Promise<GoalPoint[][]> {
  const [snapshots, municipalities, years] = await Promise.all([
    store.listCaseloadSnapshots(),
    store.listMunicipalities(),
    store.listContributionYears(),
  ]);
  const [population, contributions, reported] = await Promise.all([
    store.populationByMunicipality(municipalities.map((m) => m.code)),
    store.contributionsByYear(years.map((y) => y.year)),
    store.goalValues(goals.map((g) => g.id)),
  ]);
  // Looked up once per request, not per goal and count date: a national database has 120 count
  // dates, and the signals ask for two series per municipality.
  const populationIndex = new Map(municipalities.map((m, i) => [m.code, i]));
  const populationOf = (code: string, date: string) => populationAtDate(population[populationIndex.get(code) ?? -1] ?? [], date);

  const seriesOf = (brokenDown: readonly BrokenDownCount[]) => {
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
      const series = points.filter((p): p is GoalPoint => p !== null);
      return last === undefined ? series : series.slice(-last);
    });
  };

  if (last === undefined) return seriesOf(await brokenDownCounts(store, snapshots));
  if (!Number.isInteger(last) || last < 1) throw new RangeError(`last moet een geheel getal van 1 of meer zijn, niet ${last}`);
  // From the latest count date back, `last` dates at a time, until every series made of the
  // broken-down counts is long enough. (One that stays short, such as a municipality with fewer
  // counts, reads them all: the answer is the same as without `last`.)
  const found: BrokenDownCount[] = [];
  for (let end = snapshots.length; ; end -= last) {
    found.unshift(...(await brokenDownCounts(store, snapshots.slice(Math.max(0, end - last), end))));
    const series = seriesOf(found);
    if (end - last <= 0 || series.every((points, i) => points.length >= last || !readsBrokenDownCounts(goals[i]!))) return series;
  }
}

/** Whether a goal's series is made of the counts broken down by municipality (the others are read whole). */
function readsBrokenDownCounts({ indicator, municipalityCode }: GoalRow): boolean {
  switch (indicator) {
    case 'RUNNING_CASES':
      return municipalityCode !== null;
    case 'CASES_PER_10K':
      return true;
    case 'UNSPECIFIED_SHARE':
      return municipalityCode === null;
    case 'MANUAL':
    case 'CONTRIBUTIONS_TOTAL':
      return false;
  }
}

interface BrokenDownCount {
  snapshot: CaseloadSnapshotRow;
  rows: readonly CaseCountRow[];
  /** Running cases per municipality code. */
  totals: ReadonlyMap<string, number>;
}

/** Of `snapshots`, the counts broken down by municipality, with their rows without a knowledge domain. */
async function brokenDownCounts(store: GoalSeriesSource, snapshots: readonly CaseloadSnapshotRow[]): Promise<BrokenDownCount[]> {
  const counts = await store.caseTotalsBySnapshot(snapshots.map((s) => s.peildatum));
  return snapshots
    .map((snapshot, i) => ({ snapshot, rows: counts[i] ?? [] }))
    .filter(({ rows }) => isBrokenDown(rows))
    .map((entry) => ({ ...entry, totals: new Map(municipalityTotals(entry.rows).map((m) => [m.municipalityCode, m.count])) }));
}
