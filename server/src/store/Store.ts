import type { SeedData } from '@zv/seed';
import type { AccessStore } from './AccessStore.js';
import type { ImportStore } from './ImportStore.js';
import type { SteeringStore } from './SteeringStore.js';
import type {
  CapacityFigureRow,
  CaseCountRow,
  CaseloadSnapshotRow,
  ContributionRow,
  ContributionYearRow,
  FundingSourceRow,
  KnowledgeDomainRow,
  MunicipalityRow,
  PopulationRow,
  RegionRow,
  SeedReport,
  SourceRow,
  ThemeRow,
} from './types.js';

/**
 * Everything the server reads from and writes to the database. The SQLite implementation is
 * in ./sqlite; a PostgreSQL one for multi-server deployments implements the same interface.
 * Methods are asynchronous so that a networked database fits; batch methods take many keys
 * and answer in key order (for DataLoader).
 */
export interface Store extends AccessStore, ImportStore, SteeringStore {
  getRegion(): Promise<RegionRow>;
  /** Ordered by name. */
  listMunicipalities(): Promise<MunicipalityRow[]>;
  getMunicipalities(codes: readonly string[]): Promise<(MunicipalityRow | undefined)[]>;
  /** Per municipality code, its known years, oldest first. */
  populationByMunicipality(codes: readonly string[]): Promise<PopulationRow[][]>;

  listKnowledgeDomains(): Promise<KnowledgeDomainRow[]>;
  getKnowledgeDomains(codes: readonly string[]): Promise<(KnowledgeDomainRow | undefined)[]>;

  /** Every count date, oldest first. */
  listCaseloadSnapshots(): Promise<CaseloadSnapshotRow[]>;
  /** Per count date, the breakdown rows of that count. */
  caseCountsBySnapshot(peildata: readonly string[]): Promise<CaseCountRow[][]>;

  /** Oldest first. */
  listContributionYears(): Promise<ContributionYearRow[]>;
  /** Per year, the municipalities' contributions. */
  contributionsByYear(years: readonly number[]): Promise<ContributionRow[][]>;
  listFundingSources(): Promise<FundingSourceRow[]>;
  listCapacityFigures(): Promise<CapacityFigureRow[]>;

  /** Ordered by number. */
  listThemes(): Promise<ThemeRow[]>;

  getSources(ids: readonly number[]): Promise<(SourceRow | undefined)[]>;
  listSources(): Promise<SourceRow[]>;

  /** True when no real figures have been loaded yet. */
  isEmpty(): Promise<boolean>;
  /** Loads the real figures; loading the same seed again changes nothing. One transaction. */
  loadSeed(seed: SeedData): Promise<SeedReport>;
  /** Removes every figure (keeps the schema), in one transaction. */
  clear(): Promise<void>;
  /**
   * Changes whenever anything a query can answer changed: an import, a restore, an edit, a
   * seed, a user change — through this store or by another process on the same database
   * (`npm run import` while the server runs). Caches key on it; equal means unchanged.
   */
  dataVersion(): Promise<string>;
  /** Whether the database answers (for /healthz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
