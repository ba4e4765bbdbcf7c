import type pg from 'pg';
import type { AccessStore } from '../AccessStore.js';
import type { AuditQuery } from '../ImportStore.js';
import type { AuditEntry, AuditExportRecord, OidcRequestRow, Role, SessionRow, SignInMethod, UserRow } from '../types.js';
import { inTransaction, LOCK_NAMESPACE } from './pool.js';

const USER_COLUMNS = `id, username, role, municipality_code AS "municipalityCode", active, password_hash AS "passwordHash",
  created_at AS "createdAt", last_login_at AS "lastLoginAt", oidc_provider AS "oidcProvider", oidc_subject AS "oidcSubject"`;

const SESSION_COLUMNS = `token_hash AS "tokenHash", public_id AS "publicId", user_id AS "userId", created_ms AS "createdMs",
  last_seen_ms AS "lastSeenMs", method, provider, client, address, stage, factor_failures AS "factorFailures"`;

const OIDC_REQUEST_COLUMNS = `state_hash AS "stateHash", provider, nonce, code_verifier AS "codeVerifier", return_to AS "returnTo",
  created_ms AS "createdMs"`;

const AUDIT_COLUMNS = 'at, actor, action, object, result, origin, detail';

/**
 * A name compared as SQLite's NOCASE compares it: ASCII letters folded, nothing else. The
 * columns are COLLATE "C", whose lower() folds only ASCII; a parameter gets the same collation
 * here, not the database's (which may fold "É" too).
 */
const sameName = (column: string, parameter: string) => `lower(${column}) = lower(${parameter}::text COLLATE "C")`;

/**
 * Users, sessions, failed logins and the append-only audit log on PostgreSQL: AccessStore over a
 * pool, with the semantics of the SQLite store (sqlite/access.ts) — the same order, the same
 * case-insensitive usernames, the same answers. Also the audit log's filtered view (queryAudit of
 * ImportStore), which belongs with the log.
 */
export class PgAccessStore implements AccessStore, Pick<import('../ImportStore.js').ImportStore, 'queryAudit'> {
  constructor(private readonly pool: pg.Pool) {}

  async countUsers() {
    const { rows } = await this.pool.query<{ n: number }>('SELECT count(*) AS n FROM app_user');
    return rows[0]!.n;
  }
  async findUser(username: string) {
    const { rows } = await this.pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM app_user WHERE ${sameName('username', '$1')}`, [username]);
    return rows[0];
  }
  async getUsers(ids: readonly number[]) {
    const { rows } = await this.pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM app_user WHERE id = ANY($1::integer[])`, [ids]);
    const byId = new Map(rows.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id));
  }
  async listUsers() {
    const { rows } = await this.pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM app_user ORDER BY lower(username)`);
    return rows;
  }
  async createUser(user: { username: string; passwordHash: string; role: Role; municipalityCode: string | null; createdAt: string }) {
    const { rows } = await this.pool.query<{ id: number }>(
      `INSERT INTO app_user (username, password_hash, role, municipality_code, active, created_at)
       VALUES ($1, $2, $3, $4, true, $5) RETURNING id`,
      [user.username, user.passwordHash, user.role, user.municipalityCode, user.createdAt],
    );
    return rows[0]!.id;
  }
  async setUserRole(id: number, role: Role, municipalityCode: string | null) {
    await this.pool.query('UPDATE app_user SET role = $2, municipality_code = $3 WHERE id = $1', [id, role, municipalityCode]);
  }
  async setUserActive(id: number, active: boolean) {
    await this.pool.query('UPDATE app_user SET active = $2 WHERE id = $1', [id, active]);
  }
  async setUserPassword(id: number, passwordHash: string) {
    await this.pool.query('UPDATE app_user SET password_hash = $2 WHERE id = $1', [id, passwordHash]);
  }
  async setLastLogin(id: number, at: string) {
    await this.pool.query('UPDATE app_user SET last_login_at = $2 WHERE id = $1', [id, at]);
  }
  async findOidcUser(provider: string, subject: string) {
    const { rows } = await this.pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM app_user WHERE oidc_provider = $1 AND oidc_subject = $2`, [
      provider,
      subject,
    ]);
    return rows[0];
  }
  async createOidcUser(user: Parameters<AccessStore['createOidcUser']>[0]) {
    const { rows } = await this.pool.query<{ id: number }>(
      `INSERT INTO app_user (username, password_hash, role, municipality_code, active, created_at, oidc_provider, oidc_subject)
       VALUES ($1, $2, $3, $4, true, $5, $6, $7) RETURNING id`,
      [user.username, user.passwordHash, user.role, user.municipalityCode, user.createdAt, user.oidcProvider, user.oidcSubject],
    );
    return rows[0]!.id;
  }
  async updateOidcUser(id: number, user: Parameters<AccessStore['updateOidcUser']>[1]) {
    await this.pool.query(
      `UPDATE app_user SET username = $2, role = $3, municipality_code = $4, active = $5
        WHERE id = $1 AND oidc_provider IS NOT NULL`,
      [id, user.username, user.role, user.municipalityCode, user.active],
    );
  }

  async saveOidcRequest(request: OidcRequestRow, expiredBeforeMs: number) {
    await inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM oidc_request WHERE created_ms < $1', [expiredBeforeMs]);
      await client.query(
        `INSERT INTO oidc_request (state_hash, provider, nonce, code_verifier, return_to, created_ms) VALUES ($1, $2, $3, $4, $5, $6)`,
        [request.stateHash, request.provider, request.nonce, request.codeVerifier, request.returnTo, request.createdMs],
      );
    });
  }
  async takeOidcRequest(stateHash: string) {
    const { rows } = await this.pool.query<OidcRequestRow>(
      `DELETE FROM oidc_request WHERE state_hash = $1 RETURNING ${OIDC_REQUEST_COLUMNS}`,
      [stateHash],
    );
    return rows[0];
  }

  async createSession(session: SessionRow) {
    await this.pool.query(
      `INSERT INTO session (token_hash, public_id, user_id, created_ms, last_seen_ms, method, provider, client, address, stage, factor_failures)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        session.tokenHash,
        session.publicId,
        session.userId,
        session.createdMs,
        session.lastSeenMs,
        session.method,
        session.provider,
        session.client,
        session.address,
        session.stage,
        session.factorFailures,
      ],
    );
  }
  async findSession(tokenHash: string) {
    const { rows } = await this.pool.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM session WHERE token_hash = $1`, [tokenHash]);
    return rows[0];
  }
  async touchSession(tokenHash: string, atMs: number) {
    await this.pool.query('UPDATE session SET last_seen_ms = $2 WHERE token_hash = $1', [tokenHash, atMs]);
  }
  async deleteSession(tokenHash: string) {
    return (await this.pool.query('DELETE FROM session WHERE token_hash = $1', [tokenHash])).rowCount ?? 0;
  }
  async deleteUserSessions(userId: number) {
    return (await this.pool.query('DELETE FROM session WHERE user_id = $1', [userId])).rowCount ?? 0;
  }
  async userSessions(userId: number, idleBeforeMs: number, createdBeforeMs: number) {
    const { rows } = await this.pool.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM session
        WHERE user_id = $1 AND stage = 'FULL' AND last_seen_ms >= $2 AND created_ms >= $3
        ORDER BY created_ms DESC, seq DESC`,
      [userId, idleBeforeMs, createdBeforeMs],
    );
    return rows;
  }
  async deleteUserSession(userId: number, publicId: string) {
    const { rows } = await this.pool.query<SessionRow>(
      `DELETE FROM session WHERE user_id = $1 AND public_id = $2 RETURNING ${SESSION_COLUMNS}`,
      [userId, publicId],
    );
    return rows[0];
  }
  async deleteOtherSessions(userId: number, keepTokenHash: string) {
    return (await this.pool.query('DELETE FROM session WHERE user_id = $1 AND token_hash <> $2', [userId, keepTokenHash])).rowCount ?? 0;
  }
  async deleteStaleSessions(idleBeforeMs: number, createdBeforeMs: number) {
    const result = await this.pool.query('DELETE FROM session WHERE last_seen_ms < $1 OR created_ms < $2', [idleBeforeMs, createdBeforeMs]);
    return result.rowCount ?? 0;
  }
  async deleteStalePendingSessions(createdBeforeMs: number) {
    return (await this.pool.query("DELETE FROM session WHERE stage <> 'FULL' AND created_ms < $1", [createdBeforeMs])).rowCount ?? 0;
  }
  async completeSession(tokenHash: string, newTokenHash: string, method: SignInMethod, atMs: number) {
    // Only a session still pending becomes a full one: of two concurrent completions one wins.
    const result = await this.pool.query(
      `UPDATE session SET token_hash = $2, stage = 'FULL', method = $3, created_ms = $4, last_seen_ms = $4, factor_failures = 0
        WHERE token_hash = $1 AND stage <> 'FULL'`,
      [tokenHash, newTokenHash, method, atMs],
    );
    return result.rowCount === 1;
  }
  async countFactorFailure(tokenHash: string) {
    const { rows } = await this.pool.query<{ failures: number }>(
      `UPDATE session SET factor_failures = factor_failures + 1 WHERE token_hash = $1 AND stage <> 'FULL'
       RETURNING factor_failures AS failures`,
      [tokenHash],
    );
    return rows[0]?.failures ?? null;
  }
  async keepNewestSessions(userId: number, keep: number) {
    const result = await this.pool.query(
      `DELETE FROM session WHERE user_id = $1 AND token_hash NOT IN
         (SELECT token_hash FROM session WHERE user_id = $1 ORDER BY created_ms DESC, seq DESC LIMIT $2)`,
      [userId, keep],
    );
    return result.rowCount ?? 0;
  }
  async activeSessionCounts(userIds: readonly number[], idleBeforeMs: number, createdBeforeMs: number) {
    const { rows } = await this.pool.query<{ userId: number; sessions: number }>(
      `SELECT user_id AS "userId", count(*) AS sessions FROM session
        WHERE user_id = ANY($1::integer[]) AND stage = 'FULL' AND last_seen_ms >= $2 AND created_ms >= $3
        GROUP BY user_id`,
      [userIds, idleBeforeMs, createdBeforeMs],
    );
    const counts = new Map(rows.map((r) => [r.userId, r.sessions]));
    return userIds.map((id) => counts.get(id) ?? 0);
  }

  /**
   * Counted one after the other, also across servers: the transaction first takes advisory locks
   * on the account and on the address (always in that order, so two attempts never wait on each
   * other in a circle), then reads, decides and records. A concurrent attempt on the same account
   * or address waits for the commit and then sees this one.
   */
  async beginLoginAttempt(
    username: string,
    ip: string,
    atMs: number,
    sinceMs: number,
    allow: (accountFromAddress: readonly number[], address: readonly number[]) => boolean,
  ) {
    return inTransaction(this.pool, async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock($1, hashtext(lower($2::text COLLATE "C")))`, [
        LOCK_NAMESPACE.loginAccount,
        username,
      ]);
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NAMESPACE.loginAddress, ip]);
      const pair = await client.query<{ at: number }>(
        `SELECT at_ms AS at FROM login_failure WHERE ${sameName('username', '$1')} AND ip = $2 AND at_ms >= $3 ORDER BY at_ms`,
        [username, ip, sinceMs],
      );
      const address = await client.query<{ at: number }>(
        'SELECT at_ms AS at FROM login_failure WHERE ip = $1 AND at_ms >= $2 ORDER BY at_ms',
        [ip, sinceMs],
      );
      if (
        !allow(
          pair.rows.map((r) => r.at),
          address.rows.map((r) => r.at),
        )
      )
        return false;
      await client.query('INSERT INTO login_failure (username, ip, at_ms) VALUES ($1, $2, $3)', [username, ip, atMs]);
      return true;
    });
  }
  async clearLoginFailures(username: string, ip: string) {
    await this.pool.query(`DELETE FROM login_failure WHERE ${sameName('username', '$1')} AND ip = $2`, [username, ip]);
  }
  async clearAllLoginFailures(username: string) {
    return (await this.pool.query(`DELETE FROM login_failure WHERE ${sameName('username', '$1')}`, [username])).rowCount ?? 0;
  }
  async pruneLoginFailures(beforeMs: number) {
    await this.pool.query('DELETE FROM login_failure WHERE at_ms < $1', [beforeMs]);
  }

  async appendAudit(entry: AuditEntry) {
    await this.pool.query(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, auditValues(entry));
  }
  async recentAudit(limit: number) {
    const { rows } = await this.pool.query<AuditEntry>(`SELECT ${AUDIT_COLUMNS} FROM audit_log ORDER BY id DESC LIMIT $1`, [limit]);
    return rows;
  }
  async lastAuditBefore(at: string) {
    const { rows } = await this.pool.query<{ id: number | null }>('SELECT max(id) AS id FROM audit_log WHERE at < $1', [at]);
    return rows[0]?.id ?? null;
  }
  async auditPage(afterId: number, upToId: number, limit: number) {
    const { rows } = await this.pool.query<AuditEntry & { id: number }>(
      `SELECT id, ${AUDIT_COLUMNS} FROM audit_log WHERE id > $1 AND id <= $2 ORDER BY id LIMIT $3`,
      [afterId, upToId, limit],
    );
    return rows;
  }
  async removeExportedAudit(record: AuditExportRecord, note: AuditEntry) {
    return inTransaction(this.pool, async (client) => {
      await client.query('INSERT INTO audit_export (at, file, up_to_id, rows, sha256) VALUES ($1, $2, $3, $4, $5)', [
        record.at,
        record.file,
        record.upToId,
        record.rows,
        record.sha256,
      ]);
      // Allowed by the audit_log trigger only because the export just recorded holds these ids.
      const removed = (await client.query('DELETE FROM audit_log WHERE id <= $1', [record.upToId])).rowCount ?? 0;
      // The file holds exactly what leaves the log, or nothing leaves it.
      if (removed !== record.rows)
        throw new Error(`audit export ${record.file}: ${record.rows} entries written, ${removed} would be removed`);
      await client.query(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, auditValues(note));
      return removed;
    });
  }

  async queryAudit(q: AuditQuery) {
    const { rows } = await this.pool.query<AuditEntry>(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log
        WHERE ($1::text IS NULL OR actor = $1) AND ($2::text IS NULL OR starts_with(action, $2 COLLATE "C"))
          AND ($3::text IS NULL OR result = $3) AND ($4::text IS NULL OR at >= $4) AND ($5::text IS NULL OR at <= $5)
        ORDER BY id DESC LIMIT $6 OFFSET $7`,
      [q.actor ?? null, q.actionPrefix ?? null, q.result ?? null, q.from ?? null, q.to ?? null, q.limit, q.offset],
    );
    return rows;
  }
}

const auditValues = (e: AuditEntry) => [e.at, e.actor, e.action, e.object, e.result, e.origin, e.detail];
