import type pg from 'pg';
import type { SecondFactorStore } from '../SecondFactorStore.js';
import type { SecondFactorKind, TotpRow } from '../types.js';
import { inTransaction } from './pool.js';

/**
 * Takes the user's row lock for the rest of the transaction: changes to one user's factors run
 * one after the other (SQLite gets this from its single writer), so a factor removed here and a
 * passkey added elsewhere cannot both decide about the recovery codes on an old view.
 */
export async function lockUser(client: pg.PoolClient, userId: number): Promise<void> {
  await client.query('SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE', [userId]);
}

async function replaceCodes(client: pg.PoolClient, userId: number, hashes: readonly string[]): Promise<void> {
  await client.query('DELETE FROM recovery_code WHERE user_id = $1', [userId]);
  if (hashes.length > 0)
    await client.query('INSERT INTO recovery_code (user_id, code_hash) SELECT $1, unnest($2::text[])', [userId, hashes]);
}

/** TOTP secrets and recovery codes on PostgreSQL, as sqlite/secondFactors.ts (see SecondFactorStore). */
export class PgSecondFactorStore implements SecondFactorStore {
  constructor(private readonly pool: pg.Pool) {}

  async findTotp(userId: number) {
    const { rows } = await this.pool.query<TotpRow>(
      'SELECT user_id AS "userId", secret, confirmed, last_step AS "lastStep", created_at AS "createdAt" FROM user_totp WHERE user_id = $1',
      [userId],
    );
    return rows[0];
  }
  async saveTotpEnrolment(userId: number, secret: Buffer, createdAt: string) {
    const result = await this.pool.query(
      `INSERT INTO user_totp (user_id, secret, confirmed, last_step, created_at) VALUES ($1, $2, false, NULL, $3)
         ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, last_step = NULL, created_at = excluded.created_at
         WHERE user_totp.confirmed = false`,
      [userId, secret, createdAt],
    );
    return result.rowCount === 1;
  }
  async confirmTotp(userId: number, step: number, recoveryCodeHashes: readonly string[]) {
    return inTransaction(this.pool, async (client) => {
      await lockUser(client, userId);
      const confirmed = await client.query(
        'UPDATE user_totp SET confirmed = true, last_step = $2 WHERE user_id = $1 AND confirmed = false',
        [userId, step],
      );
      if (confirmed.rowCount !== 1) return false;
      await replaceCodes(client, userId, recoveryCodeHashes);
      return true;
    });
  }
  async acceptTotpStep(userId: number, step: number) {
    // The heart of "a code is used once": only a later step than the last accepted one passes.
    const result = await this.pool.query(
      'UPDATE user_totp SET last_step = $2 WHERE user_id = $1 AND confirmed = true AND (last_step IS NULL OR last_step < $2)',
      [userId, step],
    );
    return result.rowCount === 1;
  }
  async deleteTotp(userId: number) {
    // Recovery codes back up the factors: with the app gone and no passkey left, they go too.
    return inTransaction(this.pool, async (client) => {
      await lockUser(client, userId);
      const removed = (await client.query('DELETE FROM user_totp WHERE user_id = $1', [userId])).rowCount === 1;
      await client.query('DELETE FROM recovery_code WHERE user_id = $1 AND NOT EXISTS (SELECT 1 FROM passkey WHERE user_id = $1)', [
        userId,
      ]);
      return removed;
    });
  }
  async replaceRecoveryCodes(userId: number, codeHashes: readonly string[]) {
    await inTransaction(this.pool, async (client) => {
      await lockUser(client, userId);
      await replaceCodes(client, userId, codeHashes);
    });
  }
  async useRecoveryCode(userId: number, codeHash: string, at: string) {
    const result = await this.pool.query(
      'UPDATE recovery_code SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL',
      [userId, codeHash, at],
    );
    return result.rowCount === 1;
  }
  async secondFactors(userIds: readonly number[]) {
    const ids = [...userIds];
    const [totp, passkeys, codes] = await Promise.all([
      this.pool.query<{ id: number }>('SELECT user_id AS id FROM user_totp WHERE confirmed AND user_id = ANY($1::integer[])', [ids]),
      this.pool.query<{ id: number }>('SELECT DISTINCT user_id AS id FROM passkey WHERE user_id = ANY($1::integer[])', [ids]),
      this.pool.query<{ id: number }>(
        'SELECT DISTINCT user_id AS id FROM recovery_code WHERE used_at IS NULL AND user_id = ANY($1::integer[])',
        [ids],
      ),
    ]);
    const has = (result: pg.QueryResult<{ id: number }>) => new Set(result.rows.map((r) => r.id));
    const [withTotp, withPasskeys, withCodes] = [has(totp), has(passkeys), has(codes)];
    return userIds.map((id): SecondFactorKind[] => [
      ...(withTotp.has(id) ? ['TOTP' as const] : []),
      ...(withPasskeys.has(id) ? ['PASSKEY' as const] : []),
      ...(withCodes.has(id) ? ['RECOVERY_CODE' as const] : []),
    ]);
  }
  async unusedRecoveryCodes(userId: number) {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT count(*) AS n FROM recovery_code WHERE user_id = $1 AND used_at IS NULL',
      [userId],
    );
    return rows[0]!.n;
  }
  async deleteUserSecondFactors(userId: number) {
    // Every factor table: a beheerder's reset leaves only the password.
    return inTransaction(this.pool, async (client) => {
      await lockUser(client, userId);
      let removed = 0;
      for (const table of ['user_totp', 'passkey', 'recovery_code'] as const)
        removed += (await client.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId])).rowCount ?? 0;
      return removed;
    });
  }
}
