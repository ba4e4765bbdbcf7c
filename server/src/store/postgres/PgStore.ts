import type { SeedData } from '@zv/seed';
import type pg from 'pg';
import type { ImportKind, ImportRecord } from '../../import/types.js';
import type { AccessStore } from '../AccessStore.js';
import type { ApplyOptions, ImportStore } from '../ImportStore.js';
import type { PasskeyStore } from '../PasskeyStore.js';
import type { RateLimitStore } from '../RateLimitStore.js';
import { NO_REGION, RegionChoice } from '../regionChoice.js';
import type { SecondFactorStore } from '../SecondFactorStore.js';
import type { SteeringStore } from '../SteeringStore.js';
import type { Store } from '../Store.js';
import { StoreOpenError } from '../sqlite/open.js';
import { databaseName } from '../location.js';
import { PgAccessStore } from './access.js';
import { PgChangeStamp } from './changeStamp.js';
import { PgFigureStore } from './figures.js';
import { PgImportStore } from './imports.js';
import { migratePostgres } from './migrate.js';
import { PgPasskeyStore } from './passkeys.js';
import { createPool } from './pool.js';
import { PgRateLimitStore } from './rateLimits.js';
import { PgReferenceStore } from './reference.js';
import { PgSecondFactorStore } from './secondFactors.js';
import { PgSeedLoader } from './seed.js';
import { PgSteeringStore } from './steering.js';
import { PgExplanationStore } from './explanations.js';
import type { ExplanationKey } from '../ExplanationStore.js';

/** The parts whose methods are the Store's own, unchanged: no region to choose (see `forward`). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the forwarded parts' methods (see `forward`)
export interface PgStore
  extends AccessStore, Pick<ImportStore, 'queryAudit'>, SecondFactorStore, PasskeyStore, RateLimitStore, SteeringStore {}

/**
 * The Store on PostgreSQL (node-postgres, one pool per server), for several servers on one
 * database: ZV_DATABASE_URL. Composed of parts as SqliteStore is; each part mirrors its SQLite
 * module and is held to it by the contract suites in ../contract.
 *
 * The regional parts (reference, figures, imports, seed) take the region served as their first
 * argument; this class chooses it as SqliteStore does (RegionChoice). The other parts — users,
 * sessions, second factors, passkeys, rate limits, steering — are per database: their methods
 * are this store's methods as they are, forwarded at construction (`forward`) rather than
 * written out one by one.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- as above
export class PgStore implements Store {
  private readonly reference: PgReferenceStore;
  private readonly figures: PgFigureStore;
  private readonly seed: PgSeedLoader;
  private readonly imports: PgImportStore;
  private readonly access: PgAccessStore;
  private readonly explanations: PgExplanationStore;
  private readonly stamp: PgChangeStamp;
  private readonly region: RegionChoice;
  private closed = false;

  /**
   * Connects to the database at `url` and brings it to the latest schema (several servers
   * starting at once: one migrates, see migratePostgres). A database that cannot be reached
   * stops here with a message that names its host, never its password.
   */
  static async open(url: string, options: { region?: string | undefined; poolSize?: number } = {}): Promise<PgStore> {
    const pool = createPool(url, options.poolSize === undefined ? {} : { max: options.poolSize });
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end().catch(() => undefined);
      if (error instanceof StoreOpenError) throw error;
      throw new StoreOpenError(
        `Kan de PostgreSQL-database ${databaseName({ databasePath: '', databaseUrl: url })} niet openen: ${(error as Error).message}. ` +
          'Controleer ZV_DATABASE_URL (host, poort, database, gebruiker, wachtwoord, sslmode) en of de server draait.',
      );
    }
    return new PgStore(pool, options.region);
  }

  constructor(
    readonly pool: pg.Pool,
    namedRegion: string | undefined,
  ) {
    this.reference = new PgReferenceStore(pool);
    this.figures = new PgFigureStore(pool);
    this.seed = new PgSeedLoader(pool);
    this.imports = new PgImportStore(pool);
    this.access = new PgAccessStore(pool);
    this.explanations = new PgExplanationStore(pool);
    this.stamp = new PgChangeStamp(pool);
    this.region = new RegionChoice(namedRegion, () => this.reference.regionCodes());
    for (const part of [
      this.access,
      new PgSecondFactorStore(pool),
      new PgPasskeyStore(pool),
      new PgRateLimitStore(pool),
      new PgSteeringStore(pool),
    ]) {
      forward(this, part);
    }
  }

  async getRegion() {
    const region = await this.reference.getRegion(await this.region.require());
    if (!region) throw new Error(NO_REGION);
    return region;
  }
  async listMunicipalities() {
    return this.reference.listMunicipalities(await this.region.code());
  }
  async getMunicipalities(codes: readonly string[]) {
    return this.reference.getMunicipalities(await this.region.code(), codes);
  }
  async populationByMunicipality(codes: readonly string[]) {
    return this.reference.populationByMunicipality(await this.region.code(), codes);
  }
  async regionTotals(peildatum: string) {
    return this.reference.regionTotals(peildatum);
  }
  async listKnowledgeDomains() {
    return this.reference.listKnowledgeDomains();
  }
  async getKnowledgeDomains(codes: readonly string[]) {
    return this.reference.getKnowledgeDomains(codes);
  }
  async deploymentSecret(purpose: string) {
    return this.reference.deploymentSecret(purpose);
  }
  async hasDeploymentSecret(purpose: string) {
    return (await this.reference.getSecret(purpose)) !== undefined;
  }
  async getSources(ids: readonly number[]) {
    return this.reference.getSources(ids);
  }
  async listSources() {
    return this.reference.listSources();
  }

  async listCaseloadSnapshots() {
    return this.figures.listCaseloadSnapshots(await this.region.code());
  }
  async caseCountsBySnapshot(peildata: readonly string[]) {
    return this.figures.caseCountsBySnapshot(await this.region.code(), peildata);
  }
  async caseTotalsBySnapshot(peildata: readonly string[]) {
    return this.figures.caseTotalsBySnapshot(await this.region.code(), peildata);
  }
  async unspecifiedBySnapshot(peildata: readonly string[]) {
    return this.figures.unspecifiedBySnapshot(await this.region.code(), peildata);
  }
  async listFlowMonths() {
    return this.figures.listFlowMonths(await this.region.code());
  }
  async listFlowCounts() {
    return this.figures.listFlowCounts(await this.region.code());
  }
  async listContributionYears() {
    return this.figures.listContributionYears(await this.region.code());
  }
  async contributionsByYear(years: readonly number[]) {
    return this.figures.contributionsByYear(await this.region.code(), years);
  }
  async listFundingSources() {
    return this.figures.listFundingSources();
  }
  async listCapacityFigures() {
    return this.figures.listCapacityFigures();
  }
  async listThemes() {
    return this.figures.listThemes();
  }

  async startStaging() {
    await this.imports.startStaging();
  }
  async stage(records: readonly ImportRecord[]) {
    await this.imports.stage(records);
  }
  async applyStaged(kind: ImportKind, options: ApplyOptions) {
    return this.imports.applyStaged(await this.region.require(), kind, options);
  }
  async discardStaging() {
    await this.imports.discardStaging();
  }
  async listVersions(kind?: ImportKind | null, key?: string | null) {
    return this.imports.listVersions(await this.region.code(), kind ?? null, key ?? null);
  }
  async getVersion(id: number) {
    return this.imports.getVersion(await this.region.code(), id);
  }
  async restoreVersion(id: number, options: { dryRun: boolean; actor: string | null; at: string }) {
    return this.imports.restoreVersion(await this.region.require(), id, options);
  }

  async listExplanations(filter: { peildatum: string | null; municipalityCode: string | null }) {
    const code = await this.region.code();
    return code === null ? [] : this.explanations.listExplanations(code, filter);
  }
  async getExplanation(id: number) {
    const code = await this.region.code();
    return code === null ? undefined : this.explanations.getExplanation(code, id);
  }
  async addExplanation(key: ExplanationKey, text: string, by: string | null, at: string) {
    return this.explanations.addExplanation(await this.region.require(), key, text, by, at);
  }
  async updateExplanation(id: number, version: number, text: string, by: string | null, at: string) {
    return this.explanations.updateExplanation(await this.region.require(), id, version, text, by, at);
  }
  async removeExplanation(id: number, version: number) {
    return this.explanations.removeExplanation(await this.region.require(), id, version);
  }

  async isEmpty() {
    if (await this.region.namedMissing()) return true;
    const code = await this.region.code();
    return code === null || this.seed.isEmpty(code);
  }
  async loadSeed(seed: SeedData) {
    await this.region.checkSeedRegion(seed.region.code);
    return this.seed.loadSeed(seed);
  }
  async clear() {
    await this.seed.clear(await this.region.served());
    this.region.forget();
  }
  async changeStamp() {
    return this.stamp.current();
  }
  async ping() {
    return this.reference.ping();
  }
  /** Ends the pool; closing again does nothing (as SQLite's close). */
  async close() {
    if (this.closed) return;
    this.closed = true;
    await this.imports.discardStaging().catch(() => undefined);
    await this.pool.end();
  }
}

/**
 * Makes every method of `part` a method of `store`, bound to the part. A name the store has
 * already (its own method, or another part's) is a mistake in the composition: it stops here
 * rather than one part silently answering for another.
 */
function forward(store: object, part: object): void {
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(part))) {
    if (name === 'constructor') continue;
    const method = (part as Record<string, unknown>)[name];
    if (typeof method !== 'function') continue;
    if (name in store) throw new Error(`PgStore: ${name} komt van twee kanten (${part.constructor.name})`);
    Object.defineProperty(store, name, { value: method.bind(part), enumerable: false });
  }
}
