import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer.js';
import { unspecifiedOf } from '../domain/caseload.js';
import { SUPPRESSION_SECRET, secretChoices } from '../domain/suppressionSecret.js';
import { domainVisibility, type DomainVisibility } from '../domain/visibility.js';
import { goalSeries, type GoalPoint } from '../management/goalSeries.js';
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
  const knowledgeDomains = once(() => store.listKnowledgeDomains());
  return {
    caseCounts,
    /** Per count date, the rows without a knowledge domain (totals per municipality, unspecified). */
    /** Per count date, "Niet gespecificeerd" without loading its rows. */
    unspecified: loader<string, number | null>(async (peildata) =>
      (await store.unspecifiedBySnapshot(peildata)).map((u) => unspecifiedOf(u.stated, u.brokenDown)),
    ),
    caseTotals: loader<string, CaseCountRow[]>((peildata) => store.caseTotalsBySnapshot(peildata)),
    /** Per count date, what this viewer may see of the breakdown by knowledge domain. */
    domainVisibility: loader<string, DomainVisibility>(async (peildata) => {
      const rows = await caseCounts.loadMany(peildata);
      const domains = (await knowledgeDomains()).map((d) => d.code);
      const [region, key] = await Promise.all([store.getRegion(), store.deploymentSecret(SUPPRESSION_SECRET)]);
      // About a millisecond per count date: a query over many dates hands the event loop back in between.
      const answers: (DomainVisibility | Error)[] = [];
      for (const [i, r] of rows.entries()) {
        if (i > 0 && i % 16 === 0) await yieldToEventLoop();
        answers.push(
          r instanceof Error
            ? r
            : domainVisibility(r, domains, viewer, suppressBelow, secretChoices(key, region.code, peildata[i] as string, domains)),
        );
      }
      return answers;
    }),
    user: loader<number, UserRow | undefined>((ids) => store.getUsers(ids)),
    /** Per goal, its indicator's values over time (computed once per request for all goals asked). */
    goalSeries: loader<GoalRow, GoalPoint[], number>((goals) => goalSeries(store, goals), { cacheKeyFn: (goal) => goal.id }),
    themeDomains: loader<string, string[]>((codes) => store.themeDomains(codes)),
    themeEdits: loader<string, ThemeEditRow[]>((codes) => store.themeEdits(codes)),
    activeSessions: loader<number, number>((ids) => auth.activeSessionCounts(ids)),
    municipality: loader<string, MunicipalityRow | undefined>((codes) => store.getMunicipalities(codes)),
    population: loader<string, PopulationRow[]>((codes) => store.populationByMunicipality(codes)),
    knowledgeDomain: loader<string, KnowledgeDomainRow | undefined>((codes) => store.getKnowledgeDomains(codes)),
    contributions: loader<number, ContributionRow[]>((years) => store.contributionsByYear(years)),
    source: loader<number, SourceRow | undefined>((ids) => store.getSources(ids)),
    municipalities: once(() => store.listMunicipalities()),
    knowledgeDomains,
    snapshots: once<CaseloadSnapshotRow[]>(() => store.listCaseloadSnapshots()),
    contributionYears: once<ContributionYearRow[]>(() => store.listContributionYears()),
    themes: once(() => store.listThemes()),
    // Read once per request: the cost check counts them, the resolver answers them.
    users: once(() => store.listUsers()),
    goals: once(() => store.listGoals()),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
