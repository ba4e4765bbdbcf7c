import type pg from 'pg';
import type { PasskeyStore } from '../PasskeyStore.js';
import type { PasskeyRow, WebAuthnPurpose } from '../types.js';
import { inTransaction } from './pool.js';
import { lockUser } from './secondFactors.js';

const PASSKEY_COLUMNS = `id, user_id AS "userId", credential_id AS "credentialId", public_key AS "publicKey", counter, transports,
  name, backed_up AS "backedUp", created_at AS "createdAt", last_used_at AS "lastUsedAt"`;

type PasskeyDbRow = Omit<PasskeyRow, 'transports' | 'publicKey'> & { transports: string; publicKey: Buffer };

const toPasskey = (row: PasskeyDbRow | undefined): PasskeyRow | undefined =>
  row && { ...row, publicKey: new Uint8Array(row.publicKey), transports: JSON.parse(row.transports) as string[] };

/** Passkeys and WebAuthn challenges on PostgreSQL, as sqlite/passkeys.ts (see PasskeyStore). */
export class PgPasskeyStore implements PasskeyStore {
  constructor(private readonly pool: pg.Pool) {}

  async addPasskey(p: Omit<PasskeyRow, 'id' | 'lastUsedAt'>) {
    const { rows } = await this.pool.query<{ id: number }>(
      `INSERT INTO passkey (user_id, credential_id, public_key, counter, transports, name, backed_up, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [p.userId, p.credentialId, Buffer.from(p.publicKey), p.counter, JSON.stringify(p.transports), p.name, p.backedUp, p.createdAt],
    );
    return rows[0]!.id;
  }
  async userPasskeys(userId: number) {
    const { rows } = await this.pool.query<PasskeyDbRow>(`SELECT ${PASSKEY_COLUMNS} FROM passkey WHERE user_id = $1 ORDER BY id`, [userId]);
    return rows.map((row) => toPasskey(row)!);
  }
  async findPasskey(credentialId: string) {
    const { rows } = await this.pool.query<PasskeyDbRow>(`SELECT ${PASSKEY_COLUMNS} FROM passkey WHERE credential_id = $1`, [credentialId]);
    return toPasskey(rows[0]);
  }
  async recordPasskeyUse(id: number, expected: number, counter: number, at: string) {
    const result = await this.pool.query('UPDATE passkey SET counter = $3, last_used_at = $4 WHERE id = $1 AND counter = $2', [
      id,
      expected,
      counter,
      at,
    ]);
    return result.rowCount === 1;
  }
  async deletePasskey(userId: number, id: number) {
    return inTransaction(this.pool, async (client) => {
      await lockUser(client, userId);
      const { rows } = await client.query<PasskeyDbRow>(`DELETE FROM passkey WHERE user_id = $1 AND id = $2 RETURNING ${PASSKEY_COLUMNS}`, [
        userId,
        id,
      ]);
      // Recovery codes back up the factors: with the last passkey gone and no app, they go too.
      if (rows[0])
        await client.query(
          `DELETE FROM recovery_code WHERE user_id = $1
             AND NOT EXISTS (SELECT 1 FROM passkey WHERE user_id = $1)
             AND NOT EXISTS (SELECT 1 FROM user_totp WHERE user_id = $1 AND confirmed)`,
          [userId],
        );
      return toPasskey(rows[0]);
    });
  }
  async putWebAuthnChallenge(sessionHash: string, purpose: WebAuthnPurpose, challenge: string, atMs: number) {
    await this.pool.query(
      `INSERT INTO webauthn_challenge (session_hash, purpose, challenge, created_ms) VALUES ($1, $2, $3, $4)
       ON CONFLICT (session_hash, purpose) DO UPDATE SET challenge = excluded.challenge, created_ms = excluded.created_ms`,
      [sessionHash, purpose, challenge, atMs],
    );
  }
  async takeWebAuthnChallenge(sessionHash: string, purpose: WebAuthnPurpose, sinceMs: number) {
    const { rows } = await this.pool.query<{ challenge: string }>(
      'DELETE FROM webauthn_challenge WHERE session_hash = $1 AND purpose = $2 AND created_ms >= $3 RETURNING challenge',
      [sessionHash, purpose, sinceMs],
    );
    return rows[0]?.challenge;
  }
  async pruneWebAuthnChallenges(beforeMs: number) {
    await this.pool.query('DELETE FROM webauthn_challenge WHERE created_ms < $1', [beforeMs]);
  }
}
