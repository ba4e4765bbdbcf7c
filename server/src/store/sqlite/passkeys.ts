import type { PasskeyRow, WebAuthnPurpose } from '../types.js';
import type { SqliteDatabase } from './open.js';

const PASSKEY_COLUMNS = `id, user_id AS userId, credential_id AS credentialId, public_key AS publicKey, counter, transports,
  name, backed_up AS backedUp, created_at AS createdAt, last_used_at AS lastUsedAt`;

type PasskeyDbRow = Omit<PasskeyRow, 'transports' | 'backedUp'> & { transports: string; backedUp: 0 | 1 };

const toPasskey = (row: PasskeyDbRow | undefined): PasskeyRow | undefined =>
  row && {
    ...row,
    publicKey: new Uint8Array(row.publicKey),
    transports: JSON.parse(row.transports) as string[],
    backedUp: row.backedUp === 1,
  };

/** Passkeys and WebAuthn challenges. */
export function passkeyQueries(db: SqliteDatabase) {
  const insert = db.prepare(
    `INSERT INTO passkey (user_id, credential_id, public_key, counter, transports, name, backed_up, created_at)
     VALUES (@userId, @credentialId, @publicKey, @counter, @transports, @name, @backedUp, @createdAt)`,
  );
  const ofUser = db.prepare(`SELECT ${PASSKEY_COLUMNS} FROM passkey WHERE user_id = ? ORDER BY id`);
  const byCredential = db.prepare(`SELECT ${PASSKEY_COLUMNS} FROM passkey WHERE credential_id = ?`);
  const recordUse = db.prepare('UPDATE passkey SET counter = @counter, last_used_at = @at WHERE id = @id AND counter = @expected');
  const remove = db.prepare(`DELETE FROM passkey WHERE user_id = ? AND id = ? RETURNING ${PASSKEY_COLUMNS}`);
  // Recovery codes back up the factors: with the last passkey gone and no app, they go too.
  const dropOrphanCodes = db.prepare(
    `DELETE FROM recovery_code WHERE user_id = @userId
       AND NOT EXISTS (SELECT 1 FROM passkey WHERE user_id = @userId)
       AND NOT EXISTS (SELECT 1 FROM user_totp WHERE user_id = @userId AND confirmed = 1)`,
  );
  const removeOne = db.transaction((userId: number, id: number) => {
    const removed = remove.get(userId, id) as PasskeyDbRow | undefined;
    if (removed) dropOrphanCodes.run({ userId });
    return removed;
  });
  const putChallenge = db.prepare(
    `INSERT INTO webauthn_challenge (session_hash, purpose, challenge, created_ms) VALUES (@sessionHash, @purpose, @challenge, @atMs)
     ON CONFLICT (session_hash, purpose) DO UPDATE SET challenge = excluded.challenge, created_ms = excluded.created_ms`,
  );
  const takeChallenge = db
    .prepare(
      `DELETE FROM webauthn_challenge WHERE session_hash = @sessionHash AND purpose = @purpose AND created_ms >= @since RETURNING challenge`,
    )
    .pluck();
  const pruneChallenges = db.prepare('DELETE FROM webauthn_challenge WHERE created_ms < ?');

  return {
    addPasskey: (p: Omit<PasskeyRow, 'id' | 'lastUsedAt'>) =>
      Number(
        insert.run({ ...p, publicKey: Buffer.from(p.publicKey), transports: JSON.stringify(p.transports), backedUp: p.backedUp ? 1 : 0 })
          .lastInsertRowid,
      ),
    userPasskeys: (userId: number) => (ofUser.all(userId) as PasskeyDbRow[]).map((row) => toPasskey(row)!),
    findPasskey: (credentialId: string) => toPasskey(byCredential.get(credentialId) as PasskeyDbRow | undefined),
    recordPasskeyUse: (id: number, expected: number, counter: number, at: string) =>
      recordUse.run({ id, expected, counter, at }).changes === 1,
    deletePasskey: (userId: number, id: number) => toPasskey(removeOne.immediate(userId, id) as PasskeyDbRow | undefined),
    putWebAuthnChallenge: (sessionHash: string, purpose: WebAuthnPurpose, challenge: string, atMs: number) =>
      putChallenge.run({ sessionHash, purpose, challenge, atMs }),
    takeWebAuthnChallenge: (sessionHash: string, purpose: WebAuthnPurpose, since: number) =>
      takeChallenge.get({ sessionHash, purpose, since }) as string | undefined,
    pruneWebAuthnChallenges: (before: number) => pruneChallenges.run(before),
  };
}
