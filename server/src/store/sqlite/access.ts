import type { AuditEntry, AuditExportRecord, OidcRequestRow, Role, SessionRow, SignInMethod, UserRow } from '../types.js';
import { keysParam, pickInKeyOrder } from './keys.js';
import type { SqliteDatabase } from './open.js';

type UserDbRow = Omit<UserRow, 'active'> & { active: 0 | 1 };
const toUser = (row: UserDbRow | undefined): UserRow | undefined => (row ? { ...row, active: row.active === 1 } : undefined);

const USER_COLUMNS = `id, username, role, municipality_code AS municipalityCode, active, password_hash AS passwordHash,
  created_at AS createdAt, last_login_at AS lastLoginAt, oidc_provider AS oidcProvider, oidc_subject AS oidcSubject`;

const SESSION_COLUMNS = `token_hash AS tokenHash, public_id AS publicId, user_id AS userId, created_ms AS createdMs,
  last_seen_ms AS lastSeenMs, method, provider, client, address, stage, factor_failures AS factorFailures`;

/** Users, sessions, failed logins and the append-only audit log. */
export function accessQueries(db: SqliteDatabase) {
  const userByName = db.prepare(`SELECT ${USER_COLUMNS} FROM app_user WHERE username = ?`);
  const usersById = db.prepare(`SELECT ${USER_COLUMNS} FROM app_user WHERE id IN (SELECT value FROM json_each(?))`);
  const users = db.prepare(`SELECT ${USER_COLUMNS} FROM app_user ORDER BY username COLLATE NOCASE`);
  const countUsers = db.prepare('SELECT count(*) FROM app_user').pluck();
  const insertUser = db.prepare(
    `INSERT INTO app_user (username, password_hash, role, municipality_code, active, created_at)
     VALUES (@username, @passwordHash, @role, @municipalityCode, 1, @createdAt)`,
  );
  const setRole = db.prepare('UPDATE app_user SET role = @role, municipality_code = @municipalityCode WHERE id = @id');
  const setActive = db.prepare('UPDATE app_user SET active = @active WHERE id = @id');
  const setPassword = db.prepare('UPDATE app_user SET password_hash = @passwordHash WHERE id = @id');
  const setLastLogin = db.prepare('UPDATE app_user SET last_login_at = @at WHERE id = @id');
  const oidcUser = db.prepare(`SELECT ${USER_COLUMNS} FROM app_user WHERE oidc_provider = ? AND oidc_subject = ?`);
  const insertOidcUser = db.prepare(
    `INSERT INTO app_user (username, password_hash, role, municipality_code, active, created_at, oidc_provider, oidc_subject)
     VALUES (@username, @passwordHash, @role, @municipalityCode, 1, @createdAt, @oidcProvider, @oidcSubject)`,
  );
  const updateOidcUser = db.prepare(
    `UPDATE app_user SET username = @username, role = @role, municipality_code = @municipalityCode, active = @active
      WHERE id = @id AND oidc_provider IS NOT NULL`,
  );
  const insertOidcRequest = db.prepare(
    `INSERT INTO oidc_request (state_hash, provider, nonce, code_verifier, return_to, created_ms)
     VALUES (@stateHash, @provider, @nonce, @codeVerifier, @returnTo, @createdMs)`,
  );
  const deleteOldOidcRequests = db.prepare('DELETE FROM oidc_request WHERE created_ms < ?');
  const takeOidcRequest = db.prepare(
    `DELETE FROM oidc_request WHERE state_hash = ?
     RETURNING state_hash AS stateHash, provider, nonce, code_verifier AS codeVerifier, return_to AS returnTo, created_ms AS createdMs`,
  );
  const saveOidcRequest = db.transaction((request: OidcRequestRow, expiredBefore: number) => {
    deleteOldOidcRequests.run(expiredBefore);
    insertOidcRequest.run(request);
  });

  const insertSession = db.prepare(
    `INSERT INTO session (token_hash, public_id, user_id, created_ms, last_seen_ms, method, provider, client, address, stage, factor_failures)
     VALUES (@tokenHash, @publicId, @userId, @createdMs, @lastSeenMs, @method, @provider, @client, @address, @stage, @factorFailures)`,
  );
  const sessionByHash = db.prepare(`SELECT ${SESSION_COLUMNS} FROM session WHERE token_hash = ?`);
  const sessionsOfUser = db.prepare(
    `SELECT ${SESSION_COLUMNS} FROM session
      WHERE user_id = @userId AND stage = 'FULL' AND last_seen_ms >= @idleBefore AND created_ms >= @createdBefore
      ORDER BY created_ms DESC, rowid DESC`,
  );
  const deleteUserSession = db.prepare(`DELETE FROM session WHERE user_id = ? AND public_id = ? RETURNING ${SESSION_COLUMNS}`);
  const touchSession = db.prepare('UPDATE session SET last_seen_ms = @at WHERE token_hash = @tokenHash');
  const deleteSession = db.prepare('DELETE FROM session WHERE token_hash = ?');
  const deleteUserSessions = db.prepare('DELETE FROM session WHERE user_id = ?');
  const deleteOtherSessions = db.prepare('DELETE FROM session WHERE user_id = ? AND token_hash <> ?');
  const keepNewestSessions = db.prepare(
    `DELETE FROM session WHERE user_id = @userId AND token_hash NOT IN
       (SELECT token_hash FROM session WHERE user_id = @userId ORDER BY created_ms DESC, rowid DESC LIMIT @keep)`,
  );
  const deleteStaleSessions = db.prepare('DELETE FROM session WHERE last_seen_ms < @idleBefore OR created_ms < @createdBefore');
  const activeSessionCounts = db.prepare(
    `SELECT user_id AS userId, count(*) AS sessions FROM session
      WHERE user_id IN (SELECT value FROM json_each(@ids)) AND stage = 'FULL' AND last_seen_ms >= @idleBefore AND created_ms >= @createdBefore
      GROUP BY user_id`,
  );
  const deleteStalePending = db.prepare("DELETE FROM session WHERE stage <> 'FULL' AND created_ms < ?");
  // The pending session becomes a full one under a new token: only if it is still pending (once).
  const completeSession = db.prepare(
    `UPDATE session SET token_hash = @newTokenHash, stage = 'FULL', method = @method, created_ms = @atMs, last_seen_ms = @atMs,
            factor_failures = 0
      WHERE token_hash = @tokenHash AND stage <> 'FULL'`,
  );
  const countFactorFailure = db
    .prepare("UPDATE session SET factor_failures = factor_failures + 1 WHERE token_hash = ? AND stage <> 'FULL' RETURNING factor_failures")
    .pluck();

  const insertFailure = db.prepare('INSERT INTO login_failure (username, ip, at_ms) VALUES (@username, @ip, @atMs)');
  const failuresOfPair = db
    .prepare('SELECT at_ms FROM login_failure WHERE username = @username AND ip = @ip AND at_ms >= @since ORDER BY at_ms')
    .pluck();
  const failuresOfIp = db.prepare('SELECT at_ms FROM login_failure WHERE ip = @ip AND at_ms >= @since ORDER BY at_ms').pluck();
  const clearFailures = db.prepare('DELETE FROM login_failure WHERE username = ? AND ip = ?');
  const clearAllFailures = db.prepare('DELETE FROM login_failure WHERE username = ?');
  const beginAttempt = db.transaction(
    (
      username: string,
      ip: string,
      atMs: number,
      since: number,
      allow: (pair: readonly number[], address: readonly number[]) => boolean,
    ) => {
      if (!allow(failuresOfPair.all({ username, ip, since }) as number[], failuresOfIp.all({ ip, since }) as number[])) return false;
      insertFailure.run({ username, ip, atMs });
      return true;
    },
  );
  const pruneFailures = db.prepare('DELETE FROM login_failure WHERE at_ms < ?');

  const insertAudit = db.prepare(
    'INSERT INTO audit_log (at, actor, action, object, result, origin, detail) VALUES (@at, @actor, @action, @object, @result, @origin, @detail)',
  );
  const auditLog = db.prepare('SELECT at, actor, action, object, result, origin, detail FROM audit_log ORDER BY id DESC LIMIT ?');
  const lastAuditBefore = db.prepare('SELECT max(id) FROM audit_log WHERE at < ?').pluck();
  const auditPage = db.prepare(
    'SELECT id, at, actor, action, object, result, origin, detail FROM audit_log WHERE id > @afterId AND id <= @upToId ORDER BY id LIMIT @limit',
  );
  const insertExport = db.prepare(
    'INSERT INTO audit_export (at, file, up_to_id, rows, sha256) VALUES (@at, @file, @upToId, @rows, @sha256)',
  );
  const deleteExported = db.prepare('DELETE FROM audit_log WHERE id <= ?');
  const removeExported = db.transaction((record: AuditExportRecord, note: AuditEntry) => {
    insertExport.run(record);
    const removed = deleteExported.run(record.upToId).changes;
    // The file holds exactly what leaves the log, or nothing leaves it.
    if (removed !== record.rows)
      throw new Error(`audit export ${record.file}: ${record.rows} entries written, ${removed} would be removed`);
    insertAudit.run(note);
    return removed;
  });

  return {
    countUsers: () => countUsers.get() as number,
    findUser: (username: string) => toUser(userByName.get(username) as UserDbRow | undefined),
    getUsers: (ids: readonly number[]) =>
      pickInKeyOrder(
        ids,
        (usersById.all(keysParam(ids)) as UserDbRow[]).map((u) => toUser(u) as UserRow),
        (u) => u.id,
      ),
    listUsers: () => (users.all() as UserDbRow[]).map((u) => toUser(u) as UserRow),
    createUser: (user: { username: string; passwordHash: string; role: Role; municipalityCode: string | null; createdAt: string }) =>
      Number(insertUser.run(user).lastInsertRowid),
    setUserRole: (id: number, role: Role, municipalityCode: string | null) => setRole.run({ id, role, municipalityCode }),
    setUserActive: (id: number, active: boolean) => setActive.run({ id, active: active ? 1 : 0 }),
    setUserPassword: (id: number, passwordHash: string) => setPassword.run({ id, passwordHash }),
    setLastLogin: (id: number, at: string) => setLastLogin.run({ id, at }),
    findOidcUser: (provider: string, subject: string) => toUser(oidcUser.get(provider, subject) as UserDbRow | undefined),
    createOidcUser: (user: {
      username: string;
      passwordHash: string;
      role: Role;
      municipalityCode: string | null;
      createdAt: string;
      oidcProvider: string;
      oidcSubject: string;
    }) => Number(insertOidcUser.run(user).lastInsertRowid),
    updateOidcUser: (id: number, user: { username: string; role: Role; municipalityCode: string | null; active: boolean }) =>
      updateOidcUser.run({ id, ...user, active: user.active ? 1 : 0 }),
    saveOidcRequest: (request: OidcRequestRow, expiredBefore: number) => saveOidcRequest(request, expiredBefore),
    takeOidcRequest: (stateHash: string) => takeOidcRequest.get(stateHash) as OidcRequestRow | undefined,

    createSession: (session: SessionRow) => insertSession.run(session),
    findSession: (tokenHash: string) => sessionByHash.get(tokenHash) as SessionRow | undefined,
    touchSession: (tokenHash: string, at: number) => touchSession.run({ tokenHash, at }),
    deleteSession: (tokenHash: string) => deleteSession.run(tokenHash).changes,
    deleteUserSessions: (userId: number) => deleteUserSessions.run(userId).changes,
    userSessions: (userId: number, idleBefore: number, createdBefore: number) =>
      sessionsOfUser.all({ userId, idleBefore, createdBefore }) as SessionRow[],
    deleteUserSession: (userId: number, publicId: string) => deleteUserSession.get(userId, publicId) as SessionRow | undefined,
    deleteOtherSessions: (userId: number, keepTokenHash: string) => deleteOtherSessions.run(userId, keepTokenHash).changes,
    keepNewestSessions: (userId: number, keep: number) => keepNewestSessions.run({ userId, keep }).changes,
    deleteStaleSessions: (idleBefore: number, createdBefore: number) => deleteStaleSessions.run({ idleBefore, createdBefore }).changes,
    deleteStalePendingSessions: (createdBefore: number) => deleteStalePending.run(createdBefore).changes,
    completeSession: (tokenHash: string, newTokenHash: string, method: SignInMethod, atMs: number) =>
      completeSession.run({ tokenHash, newTokenHash, method, atMs }).changes === 1,
    countFactorFailure: (tokenHash: string) => (countFactorFailure.get(tokenHash) as number | undefined) ?? null,
    activeSessionCounts: (ids: readonly number[], idleBefore: number, createdBefore: number) => {
      const rows = activeSessionCounts.all({ ids: keysParam(ids), idleBefore, createdBefore }) as { userId: number; sessions: number }[];
      const counts = new Map(rows.map((r) => [r.userId, r.sessions]));
      return ids.map((id) => counts.get(id) ?? 0);
    },

    // IMMEDIATE: the write lock is taken before the read, so another process cannot count in between.
    beginAttempt: (
      username: string,
      ip: string,
      atMs: number,
      since: number,
      allow: (pair: readonly number[], address: readonly number[]) => boolean,
    ) => beginAttempt.immediate(username, ip, atMs, since, allow) as boolean,
    clearFailures: (username: string, ip: string) => clearFailures.run(username, ip),
    clearAllFailures: (username: string) => clearAllFailures.run(username).changes,
    pruneFailures: (before: number) => pruneFailures.run(before),

    appendAudit: (entry: AuditEntry) => insertAudit.run(entry),
    recentAudit: (limit: number) => auditLog.all(limit) as AuditEntry[],
    lastAuditBefore: (at: string) => lastAuditBefore.get(at) as number | null,
    auditPage: (afterId: number, upToId: number, limit: number) =>
      auditPage.all({ afterId, upToId, limit }) as (AuditEntry & { id: number })[],
    removeExportedAudit: (record: AuditExportRecord, note: AuditEntry) => removeExported.immediate(record, note) as number,
  };
}

export type AccessQueries = ReturnType<typeof accessQueries>;
