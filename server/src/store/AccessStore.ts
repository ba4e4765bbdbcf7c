import type { AuditEntry, AuditExportRecord, OidcRequestRow, Role, SessionRow, SignInMethod, UserRow } from './types.js';

/** Accounts, sessions, failed logins and the audit log: the store's part for access. */
export interface AccessStore {
  countUsers(): Promise<number>;
  /** By username, case-insensitive. */
  findUser(username: string): Promise<UserRow | undefined>;
  getUsers(ids: readonly number[]): Promise<(UserRow | undefined)[]>;
  /** Ordered by username. */
  listUsers(): Promise<UserRow[]>;
  createUser(user: {
    username: string;
    passwordHash: string;
    role: Role;
    municipalityCode: string | null;
    createdAt: string;
  }): Promise<number>;
  setUserRole(id: number, role: Role, municipalityCode: string | null): Promise<void>;
  setUserActive(id: number, active: boolean): Promise<void>;
  setUserPassword(id: number, passwordHash: string): Promise<void>;
  setLastLogin(id: number, at: string): Promise<void>;
  /** The single sign-on user with this subject at this provider. */
  findOidcUser(provider: string, subject: string): Promise<UserRow | undefined>;
  /** A user of single sign-on: no usable password, found by (provider, subject) from then on. */
  createOidcUser(user: {
    username: string;
    passwordHash: string;
    role: Role;
    municipalityCode: string | null;
    createdAt: string;
    oidcProvider: string;
    oidcSubject: string;
  }): Promise<number>;
  /** A single sign-on user's name, role, municipality and active flag as the provider says now. */
  updateOidcUser(id: number, user: { username: string; role: Role; municipalityCode: string | null; active: boolean }): Promise<void>;

  /** Keeps a sign-in under way at an OpenID provider; drops those created before `expiredBeforeMs`. */
  saveOidcRequest(request: OidcRequestRow, expiredBeforeMs: number): Promise<void>;
  /** Takes (reads and deletes, in one step) the sign-in with this state hash: a state is used once. */
  takeOidcRequest(stateHash: string): Promise<OidcRequestRow | undefined>;

  createSession(session: SessionRow): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRow | undefined>;
  touchSession(tokenHash: string, atMs: number): Promise<void>;
  /** Answers how many sessions were ended. */
  deleteSession(tokenHash: string): Promise<number>;
  deleteUserSessions(userId: number): Promise<number>;
  /** The user's sessions still valid at the given limits, newest first. */
  userSessions(userId: number, idleBeforeMs: number, createdBeforeMs: number): Promise<SessionRow[]>;
  /** Ends the session with this public id only if it is the user's; answers the ended session, or undefined. */
  deleteUserSession(userId: number, publicId: string): Promise<SessionRow | undefined>;
  /** Every session of the user but one; answers how many were ended. */
  deleteOtherSessions(userId: number, keepTokenHash: string): Promise<number>;
  deleteStaleSessions(idleBeforeMs: number, createdBeforeMs: number): Promise<number>;
  /** Ends sessions still waiting for their second step that started before the given time. */
  deleteStalePendingSessions(createdBeforeMs: number): Promise<number>;
  /**
   * Turns a pending session into a FULL one under a new token hash (the old token stops working),
   * with the method and fresh times; answers false when it is no longer pending (e.g. completed
   * by a concurrent request, or ended).
   */
  completeSession(tokenHash: string, newTokenHash: string, method: SignInMethod, atMs: number): Promise<boolean>;
  /** Counts a wrong second factor of a pending session; answers the count now, or null when it is gone. */
  countFactorFailure(tokenHash: string): Promise<number | null>;
  /** Ends all but the user's `keep` newest sessions; answers how many were ended. */
  keepNewestSessions(userId: number, keep: number): Promise<number>;
  /** Per user id, the sessions still valid at the given limits. */
  activeSessionCounts(userIds: readonly number[], idleBeforeMs: number, createdBeforeMs: number): Promise<number[]>;

  /**
   * A login attempt, counted before its password is checked. In one step: reads the failed
   * attempts since `sinceMs` of this account from this address and of this address (any account),
   * oldest first, and — only when `allow` says so — records this attempt as a failure (a successful
   * login clears it). Concurrent attempts are thus counted one after the other, also across
   * servers. Answers whether the attempt was recorded, i.e. may go on to the password check.
   */
  beginLoginAttempt(
    username: string,
    ip: string,
    atMs: number,
    sinceMs: number,
    allow: (accountFromAddress: readonly number[], address: readonly number[]) => boolean,
  ): Promise<boolean>;
  /** Clears the failed attempts of this account from this address (after a successful login). */
  clearLoginFailures(username: string, ip: string): Promise<void>;
  /** Clears every failed attempt of this account (a beheerder lifts its lock); answers how many. */
  clearAllLoginFailures(username: string): Promise<number>;
  pruneLoginFailures(beforeMs: number): Promise<void>;

  /** Appends one line; the table refuses updates and deletes. */
  appendAudit(entry: AuditEntry): Promise<void>;
  /** The newest lines first. */
  recentAudit(limit: number): Promise<AuditEntry[]>;
  /** The id of the newest entry written before `at` (ISO), or null when there is none. */
  lastAuditBefore(at: string): Promise<number | null>;
  /** Entries with afterId < id <= upToId, oldest first, at most `limit`. */
  auditPage(afterId: number, upToId: number, limit: number): Promise<(AuditEntry & { id: number })[]>;
  /**
   * Records an export and removes the entries it holds (every id up to `record.upToId`) in one
   * transaction, with `note` appended; refused (nothing changes) unless exactly `record.rows` go.
   */
  removeExportedAudit(record: AuditExportRecord, note: AuditEntry): Promise<number>;
}
