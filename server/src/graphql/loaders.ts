import { linkedCountDates } from '../domain/flows.js';
import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer.js';
import { unspecifiedOf } from '../domain/caseload.js';
import { SUPPRESSION_SECRET, secretChoices } from '../domain/suppressionSecret.js';
import { domainVisibility, type DomainVisibility } from '../domain/visibility.js';
import { populationAt, populationAtDate, sumPopulation, type RegionPopulationSum } from '../domain/population.js';
import { RANGE_COUNTS_NEEDED } from '../domain/signals.js';
import { goalSeries, type GoalPoint, type GoalSeriesSource } from '../management/goalSeries.js';
import type {
  CaseCountRow,
  CaseloadSnapshotRow,
  ContributionRow,
  ContributionYearRow,
  KnowledgeDomainRow,
  MunicipalityRow,
  PopulationRow,
  SourceRow,
  UserRow,
  GoalRow,
  ThemeEditRow,
  SecondFactorKind,
} from '../store/types.js';
import type { Services } from './context.js';

/**
 * Batches are dispatched from setImmediate rather than DataLoader's default (a microtask): the
 * resolvers are synchronous over SQLite, so without it a whole query runs as one uninterrupted
 * task and /healthz, static files and other users wait behind it. Now the event loop serves them
 * between the levels of a query.
 */
const yielding = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

/** Lets the event loop serve other requests; awaited between slices of long computations. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function loader<K, V, C = K>(batch: DataLoader.BatchLoadFn<K, V>, options: DataLoader.Options<K, V, C> = {}): DataLoader<K, V, C> {
  return new DataLoader<K, V, C>(batch, { ...yielding, ...options });
}

/** Loads `keys`, throwing the first failure (as the store would). */
export async function all<K, V, C = K>(from: DataLoader<K, V, C>, keys: readonly K[]): Promise<V[]> {
  return (await from.loadMany(keys)).map((value) => {
    if (value instanceof Error) throw value;
    return value;
  });
}

/** Loads a whole small list once per request. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

/**
 * Per-request batching and caching: created in the context function for every request, never
 * shared between requests, so one request never sees another's data (nor another viewer's).
 */
export function createLoaders({ store, auth, suppressBelow }: Pick<Services, 'store' | 'auth' | 'suppressBelow'>, viewer: Viewer | null) {
  const caseCounts = loader<string, CaseCountRow[]>((peildata) => store.caseCountsBySnapshot(peildata));
  const caseTotals = loader<string, CaseCountRow[]>((peildata) => store.caseTotalsBySnapshot(peildata));
  const knowledgeDomains = once(() => store.listKnowledgeDomains());
  const municipalities = once(() => store.listMunicipalities());
  const population = loader<string, PopulationRow[]>((codes) => store.populationByMunicipality(codes));
  const contributions = loader<number, ContributionRow[]>((years) => store.contributionsByYear(years));
  const snapshots = once<CaseloadSnapshotRow[]>(() => store.listCaseloadSnapshots());
  const contributionYears = once<ContributionYearRow[]>(() => store.listContributionYears());
  const flowMonths = once(() => store.listFlowMonths());
  const flowCounts = once(() => store.listFlowCounts());
  /** Every municipality's inhabitants over the years, in the order of the municipalities. */
  const populations = async () =>
    all(
      population,
      (await municipalities()).map((m) => m.code),
    );
  /** The region's inhabitants, each municipality's figure chosen by `pick`: per key, once per request. */
  const regionPopulation = <K>(pick: (rows: readonly PopulationRow[], key: K) => PopulationRow | null) =>
    loader<K, RegionPopulationSum | null>(async (keys) => {
      const rows = await populations();
      return keys.map((key) => sumPopulation(rows.map((r) => pick(r, key))));
    });
  // The goals' series read what the figures read, through the same loaders.
  const sources: GoalSeriesSource = {
    listCaseloadSnapshots: snapshots,
    caseTotalsBySnapshot: (peildata) => all(caseTotals, peildata),
    listMunicipalities: municipalities,
    populationByMunicipality: (codes) => all(population, codes),
    listContributionYears: contributionYears,
    contributionsByYear: (years) => all(contributions, years),
    goalValues: (ids) => store.goalValues(ids),
  };
  return {
    caseCounts,
    /** Per count date, the rows without a knowledge domain (totals per municipality, unspecified). */
    /** Per count date, "Niet gespecificeerd" without loading its rows. */
    unspecified: loader<string, number | null>(async (peildata) =>
      (await store.unspecifiedBySnapshot(peildata)).map((u) => unspecifiedOf(u.stated, u.brokenDown)),
    ),
    caseTotals,
    /** Per count date, what this viewer may see of the breakdown by knowledge domain. */
    domainVisibility: loader<string, DomainVisibility>(async (peildata) => {
      const rows = await caseCounts.loadMany(peildata);
      const domains = (await knowledgeDomains()).map((d) => d.code);
      const [region, key, countDates, monthsOfFlows] = await Promise.all([
        store.getRegion(),
        store.deploymentSecret(SUPPRESSION_SECRET),
        snapshots(),
        flowMonths(),
      ]);
      const linked = linkedCountDates(
        countDates.map((s) => s.peildatum),
        new Set(monthsOfFlows.map((m) => m.month)),
      );
      // About a millisecond per count date: a query over many dates hands the event loop back in between.
      const answers: (DomainVisibility | Error)[] = [];
      for (const [i, r] of rows.entries()) {
        if (i > 0 && i % 16 === 0) await yieldToEventLoop();
        answers.push(
          r instanceof Error
            ? r
            : domainVisibility(
                r,
                domains,
                viewer,
                suppressBelow,
                secretChoices(key, region.code, peildata[i] as string, domains),
                linked.has(peildata[i] as string),
              ),
        );
      }
      return answers;
    }),
    user: loader<number, UserRow | undefined>((ids) => store.getUsers(ids)),
    /** Per goal, its indicator's values over time (computed once per request for all goals asked). */
    goalSeries: loader<GoalRow, GoalPoint[], number>((goals) => goalSeries(sources, goals), { cacheKeyFn: (goal) => goal.id }),
    /** Per goal, the last values of its series: what a status and the signals read (the range rule reads the most). */
    recentGoalSeries: loader<GoalRow, GoalPoint[], number>((goals) => goalSeries(sources, goals, { last: RANGE_COUNTS_NEEDED }), {
      cacheKeyFn: (goal) => goal.id,
    }),
    themeDomains: loader<string, string[]>((codes) => store.themeDomains(codes)),
    themeEdits: loader<string, ThemeEditRow[]>((codes) => store.themeEdits(codes)),
    activeSessions: loader<number, number>((ids) => auth.activeSessionCounts(ids)),
    secondFactors: loader<number, SecondFactorKind[]>((ids) => store.secondFactors(ids)),
    municipality: loader<string, MunicipalityRow | undefined>((codes) => store.getMunicipalities(codes)),
    population,
    /** The region's inhabitants on a count date (figures per count date, computed once). */
    regionPopulationAtDate: regionPopulation<string>(populationAtDate),
    /** The region's inhabitants in a year (the latest known at or before it; Infinity: the latest known). */
    regionPopulationInYear: regionPopulation<number>(populationAt),
    knowledgeDomain: loader<string, KnowledgeDomainRow | undefined>((codes) => store.getKnowledgeDomains(codes)),
    contributions,
    source: loader<number, SourceRow | undefined>((ids) => store.getSources(ids)),
    municipalities,
    knowledgeDomains,
    snapshots,
    contributionYears,
    flowMonths,
    flowCounts,
    populations,
    themes: once(() => store.listThemes()),
    // Read once per request: the cost check counts them, the resolver answers them.
    users: once(() => store.listUsers()),
    goals: once(() => store.listGoals()),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
