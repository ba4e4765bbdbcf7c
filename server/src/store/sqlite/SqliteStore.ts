import type { SeedData } from '@zv/seed';
import { NO_REGION, RegionChoice } from '../regionChoice.js';
import type { AccessStore } from '../AccessStore.js';
import type { Store } from '../Store.js';
import type {
  AuditEntry,
  AuditExportRecord,
  OidcRequestRow,
  PasskeyRow,
  Role,
  SessionRow,
  SignInMethod,
  WebAuthnPurpose,
} from '../types.js';
import { randomBytes } from 'node:crypto';
import { accessQueries } from './access.js';
import { secondFactorQueries } from './secondFactors.js';
import { passkeyQueries } from './passkeys.js';
import { rateLimitQueries } from './rateLimits.js';
import { importQueries } from './imports.js';
import { steeringQueries } from './steering.js';
import { explanationQueries } from './explanations.js';
import type { ExplanationKey } from '../ExplanationStore.js';
import type { ThemeChanges } from '../SteeringStore.js';
import type { GoalFields, NoteRow } from '../types.js';
import type { ImportKind, ImportRecord } from '../../import/types.js';
import type { ApplyOptions, AuditQuery } from '../ImportStore.js';
import { caseloadQueries } from './caseload.js';
import { flowQueries } from './flows.js';
import { financeQueries } from './finance.js';
import { countWrites } from './changeStamp.js';
import { migrate } from './migrate.js';
import { openDatabase, type SqliteDatabase } from './open.js';
import { referenceQueries } from './reference.js';
import { seedLoader } from './seed.js';
import { themeQueries } from './themes.js';

export interface StoreOptions {
  /** The code of the region this store serves (ZV_REGION); by default the database's only region. */
  region?: string | undefined;
}

/**
 * The Store on SQLite (better-sqlite3). better-sqlite3 is synchronous and fast for this size;
 * the async interface lets a networked implementation take its place.
 *
 * One database may hold many regions (the national network); a store serves one of them (see
 * Store). Which one is settled lazily, at the first use that needs it: a fresh database gets its
 * region only when the seed is loaded.
 */
export class SqliteStore implements Store {
  private readonly reference;
  private readonly caseload;
  private readonly flows;
  private readonly finance;
  private readonly themes;
  private readonly seed;
  private readonly access;
  private readonly secondFactorRows;
  private readonly passkeys;
  private readonly rateLimits;
  private readonly imports;
  private readonly steering;
  private readonly explanations;
  private readonly pingStatement;
  private readonly pragmaDataVersion;
  /** Writes made through this connection (SQLite's data_version counts only other connections' commits). */
  private localWrites = 0;
  /** The region served (see RegionChoice). */
  private readonly region: RegionChoice;

  /**
   * Opens (creating if needed) and migrates the database at `path` (":memory:" for tests), to
   * serve `options.region`, or the only region in the database when none is named.
   */
  static open(path: string, options: StoreOptions = {}): SqliteStore {
    const db = openDatabase(path);
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteStore(db, options.region);
  }

  private constructor(
    readonly db: SqliteDatabase,
    namedRegion: string | undefined,
  ) {
    // Before any statement is prepared: every write from here on moves the change stamp.
    countWrites(db, () => {
      this.localWrites += 1;
    });
    this.reference = referenceQueries(db);
    this.caseload = caseloadQueries(db);
    this.flows = flowQueries(db);
    this.finance = financeQueries(db);
    this.themes = themeQueries(db);
    this.seed = seedLoader(db);
    this.access = accessQueries(db);
    this.secondFactorRows = secondFactorQueries(db);
    this.passkeys = passkeyQueries(db);
    this.rateLimits = rateLimitQueries(db);
    this.imports = importQueries(db);
    this.steering = steeringQueries(db);
    this.explanations = explanationQueries(db);
    this.pingStatement = db.prepare('SELECT 1');
    this.pragmaDataVersion = db.prepare('PRAGMA data_version').pluck();
    this.region = new RegionChoice(namedRegion, async () => this.reference.regionCodes());
  }

  async changeStamp() {
    return `${this.pragmaDataVersion.get() as number}.${this.localWrites}`;
  }

  async getRegion() {
    const code = await this.region.require();
    const region = this.reference.getRegion(code);
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
  async deploymentSecret(purpose: string) {
    // Read first: a request that only reads must not take the write lock. The first use makes the
    // key with INSERT OR IGNORE, so when two make one at once, both read the one that won.
    const known = this.reference.getSecret(purpose);
    if (known) return known;
    this.reference.createSecret(purpose, randomBytes(32));
    return this.reference.getSecret(purpose) as Buffer;
  }
  async hasDeploymentSecret(purpose: string) {
    return this.reference.getSecret(purpose) !== undefined;
  }
  async getKnowledgeDomains(codes: readonly string[]) {
    return this.reference.getKnowledgeDomains(codes);
  }
  async getSources(ids: readonly number[]) {
    return this.reference.getSources(ids);
  }
  async listSources() {
    return this.reference.listSources();
  }

  async listCaseloadSnapshots() {
    return this.caseload.listCaseloadSnapshots(await this.region.code());
  }
  async caseCountsBySnapshot(peildata: readonly string[]) {
    return this.caseload.caseCountsBySnapshot(await this.region.code(), peildata);
  }
  async unspecifiedBySnapshot(peildata: readonly string[]) {
    return this.caseload.unspecifiedBySnapshot(await this.region.code(), peildata);
  }
  async caseTotalsBySnapshot(peildata: readonly string[]) {
    return this.caseload.caseTotalsBySnapshot(await this.region.code(), peildata);
  }

  async listFlowMonths() {
    return this.flows.listFlowMonths(await this.region.code());
  }
  async listFlowCounts() {
    return this.flows.listFlowCounts(await this.region.code());
  }

  async listContributionYears() {
    return this.finance.listContributionYears(await this.region.code());
  }
  async contributionsByYear(years: readonly number[]) {
    return this.finance.contributionsByYear(await this.region.code(), years);
  }
  async listFundingSources() {
    return this.finance.listFundingSources();
  }
  async listCapacityFigures() {
    return this.finance.listCapacityFigures();
  }

  async listThemes() {
    return this.themes.listThemes();
  }

  async countUsers() {
    return this.access.countUsers();
  }
  async findUser(username: string) {
    return this.access.findUser(username);
  }
  async getUsers(ids: readonly number[]) {
    return this.access.getUsers(ids);
  }
  async listUsers() {
    return this.access.listUsers();
  }
  async createUser(user: { username: string; passwordHash: string; role: Role; municipalityCode: string | null; createdAt: string }) {
    return this.access.createUser(user);
  }
  async setUserRole(id: number, role: Role, municipalityCode: string | null) {
    this.access.setUserRole(id, role, municipalityCode);
  }
  async setUserActive(id: number, active: boolean) {
    this.access.setUserActive(id, active);
  }
  async setUserPassword(id: number, passwordHash: string) {
    this.access.setUserPassword(id, passwordHash);
  }
  async setLastLogin(id: number, at: string) {
    this.access.setLastLogin(id, at);
  }

  async findOidcUser(provider: string, subject: string) {
    return this.access.findOidcUser(provider, subject);
  }

  async createOidcUser(user: Parameters<AccessStore['createOidcUser']>[0]) {
    return this.access.createOidcUser(user);
  }

  async updateOidcUser(id: number, user: Parameters<AccessStore['updateOidcUser']>[1]) {
    this.access.updateOidcUser(id, user);
  }

  async saveOidcRequest(request: OidcRequestRow, expiredBeforeMs: number) {
    this.access.saveOidcRequest(request, expiredBeforeMs);
  }

  async takeOidcRequest(stateHash: string) {
    return this.access.takeOidcRequest(stateHash);
  }
  async createSession(session: SessionRow) {
    this.access.createSession(session);
  }
  async findSession(tokenHash: string) {
    return this.access.findSession(tokenHash);
  }
  async touchSession(tokenHash: string, atMs: number) {
    this.access.touchSession(tokenHash, atMs);
  }
  async deleteSession(tokenHash: string) {
    return this.access.deleteSession(tokenHash);
  }
  async deleteUserSessions(userId: number) {
    return this.access.deleteUserSessions(userId);
  }
  async userSessions(userId: number, idleBeforeMs: number, createdBeforeMs: number) {
    return this.access.userSessions(userId, idleBeforeMs, createdBeforeMs);
  }
  async deleteUserSession(userId: number, publicId: string) {
    return this.access.deleteUserSession(userId, publicId);
  }
  async deleteOtherSessions(userId: number, keepTokenHash: string) {
    return this.access.deleteOtherSessions(userId, keepTokenHash);
  }
  async deleteStaleSessions(idleBeforeMs: number, createdBeforeMs: number) {
    return this.access.deleteStaleSessions(idleBeforeMs, createdBeforeMs);
  }
  async deleteStalePendingSessions(createdBeforeMs: number) {
    return this.access.deleteStalePendingSessions(createdBeforeMs);
  }
  async completeSession(tokenHash: string, newTokenHash: string, method: SignInMethod, atMs: number) {
    return this.access.completeSession(tokenHash, newTokenHash, method, atMs);
  }
  async countFactorFailure(tokenHash: string) {
    return this.access.countFactorFailure(tokenHash);
  }
  async activeSessionCounts(userIds: readonly number[], idleBeforeMs: number, createdBeforeMs: number) {
    return this.access.activeSessionCounts(userIds, idleBeforeMs, createdBeforeMs);
  }
  async rateLimitHit(key: string, windowMs: number, nowMs: number) {
    return this.rateLimits.rateLimitHit(key, windowMs, nowMs);
  }
  async rateLimitUndo(key: string) {
    this.rateLimits.rateLimitUndo(key);
  }
  async rateLimitReset(key: string) {
    this.rateLimits.rateLimitReset(key);
  }
  async pruneRateLimits(nowMs: number) {
    this.rateLimits.pruneRateLimits(nowMs);
  }
  async addPasskey(passkey: Omit<PasskeyRow, 'id' | 'lastUsedAt'>) {
    return this.passkeys.addPasskey(passkey);
  }
  async userPasskeys(userId: number) {
    return this.passkeys.userPasskeys(userId);
  }
  async findPasskey(credentialId: string) {
    return this.passkeys.findPasskey(credentialId);
  }
  async recordPasskeyUse(id: number, expected: number, counter: number, at: string) {
    return this.passkeys.recordPasskeyUse(id, expected, counter, at);
  }
  async deletePasskey(userId: number, id: number) {
    return this.passkeys.deletePasskey(userId, id);
  }
  async putWebAuthnChallenge(sessionHash: string, purpose: WebAuthnPurpose, challenge: string, atMs: number) {
    this.passkeys.putWebAuthnChallenge(sessionHash, purpose, challenge, atMs);
  }
  async takeWebAuthnChallenge(sessionHash: string, purpose: WebAuthnPurpose, sinceMs: number) {
    return this.passkeys.takeWebAuthnChallenge(sessionHash, purpose, sinceMs);
  }
  async pruneWebAuthnChallenges(beforeMs: number) {
    this.passkeys.pruneWebAuthnChallenges(beforeMs);
  }
  async beginLoginAttempt(
    username: string,
    ip: string,
    atMs: number,
    sinceMs: number,
    allow: (accountFromAddress: readonly number[], address: readonly number[]) => boolean,
  ) {
    return this.access.beginAttempt(username, ip, atMs, sinceMs, allow);
  }
  async clearLoginFailures(username: string, ip: string) {
    this.access.clearFailures(username, ip);
  }
  async clearAllLoginFailures(username: string) {
    return this.access.clearAllFailures(username);
  }
  async pruneLoginFailures(beforeMs: number) {
    this.access.pruneFailures(beforeMs);
  }
  async appendAudit(entry: AuditEntry) {
    this.access.appendAudit(entry);
  }
  async keepNewestSessions(userId: number, keep: number) {
    return this.access.keepNewestSessions(userId, keep);
  }
  async recentAudit(limit: number) {
    return this.access.recentAudit(limit);
  }
  async lastAuditBefore(at: string) {
    return this.access.lastAuditBefore(at);
  }
  async auditPage(afterId: number, upToId: number, limit: number) {
    return this.access.auditPage(afterId, upToId, limit);
  }
  async removeExportedAudit(record: AuditExportRecord, note: AuditEntry) {
    return this.access.removeExportedAudit(record, note);
  }

  async findTotp(userId: number) {
    return this.secondFactorRows.findTotp(userId);
  }
  async saveTotpEnrolment(userId: number, secret: Buffer, createdAt: string) {
    return this.secondFactorRows.saveTotpEnrolment(userId, secret, createdAt);
  }
  async confirmTotp(userId: number, step: number, recoveryCodeHashes: readonly string[]) {
    return this.secondFactorRows.confirmTotp(userId, step, recoveryCodeHashes);
  }
  async acceptTotpStep(userId: number, step: number) {
    return this.secondFactorRows.acceptTotpStep(userId, step);
  }
  async deleteTotp(userId: number) {
    return this.secondFactorRows.deleteTotp(userId);
  }
  async replaceRecoveryCodes(userId: number, codeHashes: readonly string[]) {
    this.secondFactorRows.replaceRecoveryCodes(userId, codeHashes);
  }
  async useRecoveryCode(userId: number, codeHash: string, at: string) {
    return this.secondFactorRows.useRecoveryCode(userId, codeHash, at);
  }
  async secondFactors(userIds: readonly number[]) {
    return this.secondFactorRows.secondFactors(userIds);
  }
  async unusedRecoveryCodes(userId: number) {
    return this.secondFactorRows.unusedRecoveryCodes(userId);
  }
  async deleteUserSecondFactors(userId: number) {
    return this.secondFactorRows.deleteUserSecondFactors(userId);
  }

  async startStaging() {
    this.imports.startStaging();
  }
  async stage(records: readonly ImportRecord[]) {
    this.imports.stage(records);
  }
  async applyStaged(kind: ImportKind, options: ApplyOptions) {
    return this.imports.applyStaged(await this.region.require(), kind, options);
  }
  async discardStaging() {
    this.imports.discardStaging();
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
  async queryAudit(query: AuditQuery) {
    return this.imports.queryAudit(query);
  }

  async listGoals() {
    return this.steering.listGoals();
  }
  async getGoal(id: number) {
    return this.steering.getGoal(id);
  }
  async createGoal(goal: GoalFields, at: string, by: string | null) {
    return this.steering.createGoal(goal, at, by);
  }
  async updateGoal(id: number, goal: GoalFields) {
    this.steering.updateGoal(id, goal);
  }
  async deleteGoal(id: number) {
    return this.steering.deleteGoal(id);
  }
  async goalValues(ids: readonly number[]) {
    return this.steering.goalValues(ids);
  }
  async reportGoalValue(goalId: number, date: string, value: number, at: string, by: string | null) {
    this.steering.reportGoalValue(goalId, date, value, at, by);
  }
  async editTheme(
    code: string,
    changes: ThemeChanges,
    domainCodes: readonly string[] | null,
    at: string,
    by: string | null,
    statusNote: string | null = null,
  ) {
    return this.steering.editTheme(code, changes, domainCodes, at, by, statusNote);
  }
  async themeDomains(codes: readonly string[]) {
    return this.steering.themeDomains(codes);
  }
  async themeEdits(codes: readonly string[]) {
    return this.steering.themeEdits(codes);
  }
  async listNotes(target: string | null) {
    return this.steering.listNotes(target);
  }
  async addNote(note: Omit<NoteRow, 'id'>) {
    return this.steering.addNote(note);
  }
  async deleteNote(id: number) {
    return this.steering.deleteNote(id);
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
    this.seed.clear(await this.region.served());
    this.region.forget();
  }
  async ping() {
    this.pingStatement.get();
    return true;
  }
  async close() {
    this.db.close();
  }
}
