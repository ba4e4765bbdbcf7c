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
  const caseCounts = new DataLoader<string, CaseCountRow[]>((peildata) => store.caseCountsBySnapshot(peildata));
  const knowledgeDomains = once(() => store.listKnowledgeDomains());
  return {
    caseCounts,
    /** Per count date, the rows without a knowledge domain (totals per municipality, unspecified). */
    /** Per count date, "Niet gespecificeerd" without loading its rows. */
    unspecified: new DataLoader<string, number | null>(async (peildata) =>
      (await store.unspecifiedBySnapshot(peildata)).map((u) => unspecifiedOf(u.stated, u.brokenDown)),
    ),
    caseTotals: new DataLoader<string, CaseCountRow[]>((peildata) => store.caseTotalsBySnapshot(peildata)),
    /** Per count date, what this viewer may see of the breakdown by knowledge domain. */
    domainVisibility: new DataLoader<string, DomainVisibility>(async (peildata) => {
      const rows = await caseCounts.loadMany(peildata);
      const domains = (await knowledgeDomains()).map((d) => d.code);
      const [region, key] = await Promise.all([store.getRegion(), store.deploymentSecret(SUPPRESSION_SECRET)]);
      return rows.map((r, i) =>
        r instanceof Error ? r : domainVisibility(r, domains, viewer, suppressBelow, secretChoices(key, region.code, peildata[i] as string, domains)),
      );
    }),
    user: new DataLoader<number, UserRow | undefined>((ids) => store.getUsers(ids)),
    /** Per goal, its indicator's values over time (computed once per request for all goals asked). */
    goalSeries: new DataLoader<GoalRow, GoalPoint[], number>((goals) => goalSeries(store, goals), { cacheKeyFn: (goal) => goal.id }),
    themeDomains: new DataLoader<string, string[]>((codes) => store.themeDomains(codes)),
    themeEdits: new DataLoader<string, ThemeEditRow[]>((codes) => store.themeEdits(codes)),
    activeSessions: new DataLoader<number, number>((ids) => auth.activeSessionCounts(ids)),
    municipality: new DataLoader<string, MunicipalityRow | undefined>((codes) => store.getMunicipalities(codes)),
    population: new DataLoader<string, PopulationRow[]>((codes) => store.populationByMunicipality(codes)),
    knowledgeDomain: new DataLoader<string, KnowledgeDomainRow | undefined>((codes) => store.getKnowledgeDomains(codes)),
    contributions: new DataLoader<number, ContributionRow[]>((years) => store.contributionsByYear(years)),
    source: new DataLoader<number, SourceRow | undefined>((ids) => store.getSources(ids)),
    municipalities: once(() => store.listMunicipalities()),
    knowledgeDomains,
    snapshots: once<CaseloadSnapshotRow[]>(() => store.listCaseloadSnapshots()),
    contributionYears: once<ContributionYearRow[]>(() => store.listContributionYears()),
    themes: once(() => store.listThemes()),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
