import type { SeedData } from '@zv/seed';
import type { AccessStore } from './AccessStore.js';
import type { PasskeyStore } from './PasskeyStore.js';
import type { RateLimitStore } from './RateLimitStore.js';
import type { ImportStore } from './ImportStore.js';
import type { SecondFactorStore } from './SecondFactorStore.js';
import type { SteeringStore } from './SteeringStore.js';
import type { ExplanationStore } from './ExplanationStore.js';
import type {
  CapacityFigureRow,
  CaseCountRow,
  CaseloadSnapshotRow,
  ContributionRow,
  ContributionYearRow,
  FlowCountRow,
  FlowMonthRow,
  FundingSourceRow,
  KnowledgeDomainRow,
  MunicipalityRow,
  PopulationRow,
  RegionRow,
  RegionTotalsRow,
  SeedReport,
  SourceRow,
  ThemeRow,
} from './types.js';

/**
 * Everything the server reads from and writes to the database. The SQLite implementation is
 * in ./sqlite; a PostgreSQL one for multi-server deployments implements the same interface.
 * Methods are asynchronous so that a networked database fits; batch methods take many keys
 * and answer in key order (for DataLoader).
 *
 * One database may hold the national network (many regions); a store serves one region: the one
 * named (ZV_REGION), or the database's only one. Scoped to that region: the region itself, its
 * municipalities (another region's code answers as unknown) and their inhabitants, count dates
 * and their counts, contribution years and contributions, explanations of its figures, and imports, versions and restores of
 * those (an import into one region never touches another's figures, also on the same date or
 * year); `isEmpty`, `loadSeed` (the seed's own region, which must be the one served) and `clear`.
 * Not scoped — per database, which is one region's deployment: themes, goals, notes, knowledge
 * domains, funding sources and amounts (and their versions), capacity, sources, users,
 * sessions, login failures and the audit log.
 */
export interface Store extends AccessStore, SecondFactorStore, PasskeyStore, RateLimitStore, ImportStore, SteeringStore, ExplanationStore {
  getRegion(): Promise<RegionRow>;
  /** Ordered by name. */
  listMunicipalities(): Promise<MunicipalityRow[]>;
  /** Undefined for a code of another region. */
  getMunicipalities(codes: readonly string[]): Promise<(MunicipalityRow | undefined)[]>;
  /** Per municipality code (of this region), its known years, oldest first. */
  populationByMunicipality(codes: readonly string[]): Promise<PopulationRow[][]>;

  listKnowledgeDomains(): Promise<KnowledgeDomainRow[]>;

  /**
   * The one read across regions (for the national comparison, decision 0022): every region of the
   * database, by code, with its latest count at or before `peildatum` and its inhabitants then —
   * region totals only, never a municipality's figure or a count per knowledge domain.
   */
  regionTotals(peildatum: string): Promise<RegionTotalsRow[]>;

  /**
   * A random 32-byte key of this deployment for one purpose, made on first use and the same for
   * every server on the database ever after (also when two ask at once).
   */
  deploymentSecret(purpose: string): Promise<Buffer>;
  /** Whether the key of `purpose` was ever made, without making it (the demonstration mark, demo/mark.ts). */
  hasDeploymentSecret(purpose: string): Promise<boolean>;
  getKnowledgeDomains(codes: readonly string[]): Promise<(KnowledgeDomainRow | undefined)[]>;

  /** Every count date, oldest first. */
  listCaseloadSnapshots(): Promise<CaseloadSnapshotRow[]>;
  /** Per count date, the breakdown rows of that count. */
  caseCountsBySnapshot(peildata: readonly string[]): Promise<CaseCountRow[][]>;
  /** Per count date, its rows without a knowledge domain: the totals per municipality, unspecified. */
  caseTotalsBySnapshot(peildata: readonly string[]): Promise<CaseCountRow[][]>;
  /** Per count date, its stated "Niet gespecificeerd" (null when none) and whether it is broken down by municipality. */
  unspecifiedBySnapshot(peildata: readonly string[]): Promise<{ stated: number | null; brokenDown: boolean }[]>;

  /** Every month of flows (kind FLOWS), oldest first. */
  listFlowMonths(): Promise<FlowMonthRow[]>;
  /** Every row of every month of flows, by month, scope, municipality and domain (totals before domains). */
  listFlowCounts(): Promise<FlowCountRow[]>;

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

  /** True when this region has no figures yet (no count dates, contribution years or inhabitants, or is not in the database). */
  isEmpty(): Promise<boolean>;
  /**
   * Loads the real figures of the seed's region, which must be the region served (any, on a
   * database without regions); other regions stay as they are. Loading the same seed again
   * changes nothing. One transaction.
   */
  loadSeed(seed: SeedData): Promise<SeedReport>;
  /**
   * Removes this region's figures, versions, municipalities and the region itself, in one
   * transaction. When the database holds no other region, removes every figure of the
   * deployment as well (themes, steering, funding, capacity, domains, sources; keeps the schema,
   * users and the audit log); with other regions those are shared and stay.
   */
  clear(): Promise<void>;
  /**
   * The change stamp: moves whenever anything a cached answer can hold changed — an import, a
   * restore, an edit, a seed — through this store or by another process on the same database
   * (`npm run import` while the server runs). Caches key on it; equal means unchanged. Counted
   * where write statements are prepared (sqlite/changeStamp.ts) on SQLite, by triggers in the
   * database on PostgreSQL (postgres/changeStamp.ts), so no write path can forget it.
   */
  changeStamp(): Promise<string>;
  /** Whether the database answers (for /healthz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
