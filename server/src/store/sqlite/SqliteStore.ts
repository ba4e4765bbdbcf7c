import type { SeedData } from '@zv/seed';
import type { Store } from '../Store.js';
import type { AuditEntry, Role, SessionRow } from '../types.js';
import { accessQueries } from './access.js';
import { importQueries } from './imports.js';
import { steeringQueries } from './steering.js';
import type { ThemeChanges } from '../SteeringStore.js';
import type { GoalFields, NoteRow } from '../types.js';
import type { ImportKind, ImportRecord } from '../../import/types.js';
import type { ApplyOptions, AuditQuery } from '../ImportStore.js';
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
  private readonly access;
  private readonly imports;
  private readonly steering;
  private readonly isEmptyStatement;
  private readonly pingStatement;
  private readonly pragmaDataVersion;
  /** Changes made through this connection (SQLite's data_version counts only other connections' commits). */
  private localChanges = 0;

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
    this.access = accessQueries(db);
    this.imports = importQueries(db);
    this.steering = steeringQueries(db);
    this.isEmptyStatement = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM region) AS empty');
    this.pingStatement = db.prepare('SELECT 1');
    this.pragmaDataVersion = db.prepare('PRAGMA data_version').pluck();
  }

  /** After every write that can change what a query answers (figures, steering, users). */
  private changed<T>(result: T): T {
    this.localChanges += 1;
    return result;
  }

  async dataVersion() {
    return `${this.pragmaDataVersion.get() as number}.${this.localChanges}`;
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

  async countUsers() { return this.access.countUsers(); }
  async findUser(username: string) { return this.access.findUser(username); }
  async getUsers(ids: readonly number[]) { return this.access.getUsers(ids); }
  async listUsers() { return this.access.listUsers(); }
  async createUser(user: { username: string; passwordHash: string; role: Role; municipalityCode: string | null; createdAt: string }) {
    return this.changed(this.access.createUser(user));
  }
  async setUserRole(id: number, role: Role, municipalityCode: string | null) { this.changed(this.access.setUserRole(id, role, municipalityCode)); }
  async setUserActive(id: number, active: boolean) { this.changed(this.access.setUserActive(id, active)); }
  async setUserPassword(id: number, passwordHash: string) { this.access.setUserPassword(id, passwordHash); }
  async setLastLogin(id: number, at: string) { this.access.setLastLogin(id, at); }
  async createSession(session: SessionRow) { this.access.createSession(session); }
  async findSession(tokenHash: string) { return this.access.findSession(tokenHash); }
  async touchSession(tokenHash: string, atMs: number) { this.access.touchSession(tokenHash, atMs); }
  async deleteSession(tokenHash: string) { return this.access.deleteSession(tokenHash); }
  async deleteUserSessions(userId: number) { return this.access.deleteUserSessions(userId); }
  async deleteOtherSessions(userId: number, keepTokenHash: string) { return this.access.deleteOtherSessions(userId, keepTokenHash); }
  async deleteStaleSessions(idleBeforeMs: number, createdBeforeMs: number) { return this.access.deleteStaleSessions(idleBeforeMs, createdBeforeMs); }
  async activeSessionCounts(userIds: readonly number[], idleBeforeMs: number, createdBeforeMs: number) {
    return this.access.activeSessionCounts(userIds, idleBeforeMs, createdBeforeMs);
  }
  async recordLoginFailure(username: string, ip: string, atMs: number) { this.access.recordFailure(username, ip, atMs); }
  async loginFailuresOfUser(username: string, sinceMs: number) { return this.access.failuresOfUser(username, sinceMs); }
  async loginFailuresOfIp(ip: string, sinceMs: number) { return this.access.failuresOfIp(ip, sinceMs); }
  async clearLoginFailures(username: string) { this.access.clearFailures(username); }
  async pruneLoginFailures(beforeMs: number) { this.access.pruneFailures(beforeMs); }
  async appendAudit(entry: AuditEntry) { this.access.appendAudit(entry); }
  async recentAudit(limit: number) { return this.access.recentAudit(limit); }

  async startStaging() { this.imports.startStaging(); }
  async stage(records: readonly ImportRecord[]) { this.imports.stage(records); }
  async applyStaged(kind: ImportKind, options: ApplyOptions) { return this.changed(this.imports.applyStaged(kind, options)); }
  async discardStaging() { this.imports.discardStaging(); }
  async listVersions(kind?: ImportKind | null, key?: string | null) { return this.imports.listVersions(kind ?? null, key ?? null); }
  async getVersion(id: number) { return this.imports.getVersion(id); }
  async restoreVersion(id: number, options: { dryRun: boolean; actor: string | null; at: string }) { return this.changed(this.imports.restoreVersion(id, options)); }
  async queryAudit(query: AuditQuery) { return this.imports.queryAudit(query); }

  async listGoals() { return this.steering.listGoals(); }
  async getGoal(id: number) { return this.steering.getGoal(id); }
  async createGoal(goal: GoalFields, at: string, by: string | null) { return this.changed(this.steering.createGoal(goal, at, by)); }
  async updateGoal(id: number, goal: GoalFields) { this.changed(this.steering.updateGoal(id, goal)); }
  async deleteGoal(id: number) { return this.changed(this.steering.deleteGoal(id)); }
  async goalValues(ids: readonly number[]) { return this.steering.goalValues(ids); }
  async reportGoalValue(goalId: number, date: string, value: number, at: string, by: string | null) { this.changed(this.steering.reportGoalValue(goalId, date, value, at, by)); }
  async editTheme(code: string, changes: ThemeChanges, domainCodes: readonly string[] | null, at: string, by: string | null) {
    return this.changed(this.steering.editTheme(code, changes, domainCodes, at, by));
  }
  async themeDomains(codes: readonly string[]) { return this.steering.themeDomains(codes); }
  async themeEdits(codes: readonly string[]) { return this.steering.themeEdits(codes); }
  async listNotes(target: string | null) { return this.steering.listNotes(target); }
  async addNote(note: Omit<NoteRow, 'id'>) { return this.changed(this.steering.addNote(note)); }
  async deleteNote(id: number) { return this.changed(this.steering.deleteNote(id)); }

  async isEmpty() { return (this.isEmptyStatement.get() as { empty: number }).empty === 1; }
  async loadSeed(seed: SeedData) { return this.changed(this.seed.loadSeed(seed)); }
  async clear() { this.changed(this.seed.clear()); }
  async ping() {
    this.pingStatement.get();
    return true;
  }
  async close() { this.db.close(); }
}
