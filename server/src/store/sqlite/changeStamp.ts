import type { SqliteDatabase } from './open.js';

/**
 * The change stamp: it moves with every committed write that can change what a cached answer
 * holds — by any process (SQLite's `PRAGMA data_version` counts other connections' commits) and
 * by this one (every write statement prepared on this connection is counted when it changes rows).
 * Counting happens where statements are prepared, so no write path can forget it.
 *
 * Writes to these tables are not counted: what they hold is never in a cached answer (sessions,
 * failed logins, the audit log and its exports, users — `me` and `users` are never cached — the
 * deployment's secrets, second factors and passkeys, sign-ins under way at a provider, rate-limit
 * counts, the import's temporary staging table). A login, a session's last-seen time or a flood of
 * login requests therefore leaves the response cache warm.
 */
export const UNSTAMPED_TABLES: ReadonlySet<string> = new Set([
  'session',
  'login_failure',
  'audit_log',
  'audit_export',
  'app_user',
  'deployment_secret',
  'import_stage',
  'user_totp',
  'recovery_code',
  'passkey',
  'webauthn_challenge',
  'oidc_request',
  'rate_limit',
]);

/** The table an INSERT, UPDATE, DELETE or REPLACE writes, or null when the text does not say plainly. */
export function writtenTable(sql: string): string | null {
  const match =
    /^\s*(?:WITH\b[\s\S]*?\)\s*)?(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+(?:temp\.|main\.)?["`[]?(\w+)/i.exec(
      sql,
    );
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Wraps `db.prepare` so that running any writing statement that changes rows calls `onWrite` —
 * unless it plainly writes one of UNSTAMPED_TABLES. A write whose table cannot be read off its
 * text counts (rather too often than never).
 */
export function countWrites(db: SqliteDatabase, onWrite: () => void): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    if (statement.reader) return statement;
    const table = writtenTable(sql);
    if (table !== null && UNSTAMPED_TABLES.has(table)) return statement;
    const run = statement.run.bind(statement);
    statement.run = ((...params: unknown[]) => {
      const result = run(...(params as []));
      if (result.changes > 0) onWrite();
      return result;
    }) as typeof statement.run;
    return statement;
  }) as typeof db.prepare;
}
