import type { SeedData } from '@zv/seed';
import type { Store } from '../Store.js';
import { caseloadQueries } from './caseload.js';
import { financeQueries } from './finance.js';
import { migrate } from './migrate.js';
import { openDatabase, type SqliteDatabase } from './open.js';
import { referenceQueries } from './reference.js';
import { seedLoader } from './seed.js';
import { themeQueries } from './themes.js';

/**
 * The Store on SQLite (better-sqlite3). better-sqlite3 is synchronous and fast for this size;
 * the async interface lets a networked implementation take its place.
 */
export class SqliteStore implements Store {
  private readonly reference;
  private readonly caseload;
  private readonly finance;
  private readonly themes;
  private readonly seed;
  private readonly isEmptyStatement;
  private readonly pingStatement;

  /** Opens (creating if needed) and migrates the database at `path` (":memory:" for tests). */
  static open(path: string): SqliteStore {
    const db = openDatabase(path);
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteStore(db);
  }

  private constructor(readonly db: SqliteDatabase) {
    this.reference = referenceQueries(db);
    this.caseload = caseloadQueries(db);
    this.finance = financeQueries(db);
    this.themes = themeQueries(db);
    this.seed = seedLoader(db);
    this.isEmptyStatement = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM region) AS empty');
    this.pingStatement = db.prepare('SELECT 1');
  }

  async getRegion() {
    const region = this.reference.getRegion();
    if (!region) throw new Error('De database bevat nog geen regio: laad de bronwaarden met `npm run seed`.');
    return region;
  }
  async listMunicipalities() { return this.reference.listMunicipalities(); }
  async getMunicipalities(codes: readonly string[]) { return this.reference.getMunicipalities(codes); }
  async populationByMunicipality(codes: readonly string[]) { return this.reference.populationByMunicipality(codes); }
  async listKnowledgeDomains() { return this.reference.listKnowledgeDomains(); }
  async getKnowledgeDomains(codes: readonly string[]) { return this.reference.getKnowledgeDomains(codes); }
  async getSources(ids: readonly number[]) { return this.reference.getSources(ids); }
  async listSources() { return this.reference.listSources(); }

  async listCaseloadSnapshots() { return this.caseload.listCaseloadSnapshots(); }
  async caseCountsBySnapshot(peildata: readonly string[]) { return this.caseload.caseCountsBySnapshot(peildata); }

  async listContributionYears() { return this.finance.listContributionYears(); }
  async contributionsByYear(years: readonly number[]) { return this.finance.contributionsByYear(years); }
  async listFundingSources() { return this.finance.listFundingSources(); }
  async listCapacityFigures() { return this.finance.listCapacityFigures(); }

  async listThemes() { return this.themes.listThemes(); }

  async isEmpty() { return (this.isEmptyStatement.get() as { empty: number }).empty === 1; }
  async loadSeed(seed: SeedData) { return this.seed.loadSeed(seed); }
  async clear() { this.seed.clear(); }
  async ping() {
    this.pingStatement.get();
    return true;
  }
  async close() { this.db.close(); }
}
