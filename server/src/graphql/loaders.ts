import DataLoader from 'dataloader';
import type { Store } from '../store/index.js';
import type {
  CaseCountRow,
  CaseloadSnapshotRow,
  ContributionRow,
  ContributionYearRow,
  KnowledgeDomainRow,
  MunicipalityRow,
  PopulationRow,
  SourceRow,
} from '../store/types.js';

/** Loads a whole small list once per request. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

/**
 * Per-request batching and caching: created in the context function for every request, never
 * shared between requests, so one request never sees another's data.
 */
export function createLoaders(store: Store) {
  return {
    municipality: new DataLoader<string, MunicipalityRow | undefined>((codes) => store.getMunicipalities(codes)),
    population: new DataLoader<string, PopulationRow[]>((codes) => store.populationByMunicipality(codes)),
    knowledgeDomain: new DataLoader<string, KnowledgeDomainRow | undefined>((codes) => store.getKnowledgeDomains(codes)),
    caseCounts: new DataLoader<string, CaseCountRow[]>((peildata) => store.caseCountsBySnapshot(peildata)),
    contributions: new DataLoader<number, ContributionRow[]>((years) => store.contributionsByYear(years)),
    source: new DataLoader<number, SourceRow | undefined>((ids) => store.getSources(ids)),
    municipalities: once(() => store.listMunicipalities()),
    knowledgeDomains: once(() => store.listKnowledgeDomains()),
    snapshots: once<CaseloadSnapshotRow[]>(() => store.listCaseloadSnapshots()),
    contributionYears: once<ContributionYearRow[]>(() => store.listContributionYears()),
    themes: once(() => store.listThemes()),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
