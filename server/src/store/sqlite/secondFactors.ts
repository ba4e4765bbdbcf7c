import type { SecondFactorKind, TotpRow } from '../types.js';
import { keysParam } from './keys.js';
import type { SqliteDatabase } from './open.js';

type TotpDbRow = Omit<TotpRow, 'confirmed'> & { confirmed: 0 | 1 };

/** TOTP secrets and recovery codes (see SecondFactorStore). */
export function secondFactorQueries(db: SqliteDatabase) {
  const totpOf = db.prepare(
    'SELECT user_id AS userId, secret, confirmed, last_step AS lastStep, created_at AS createdAt FROM user_totp WHERE user_id = ?',
  );
  const saveEnrolment = db.prepare(
    `INSERT INTO user_totp (user_id, secret, confirmed, last_step, created_at) VALUES (@userId, @secret, 0, NULL, @createdAt)
       ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, last_step = NULL, created_at = excluded.created_at
       WHERE confirmed = 0`,
  );
  const confirm = db.prepare('UPDATE user_totp SET confirmed = 1, last_step = @step WHERE user_id = @userId AND confirmed = 0');
  // The heart of "a code is used once": only a later step than the last accepted one passes.
  const acceptStep = db.prepare(
    'UPDATE user_totp SET last_step = @step WHERE user_id = @userId AND confirmed = 1 AND (last_step IS NULL OR last_step < @step)',
  );
  const deleteTotp = db.prepare('DELETE FROM user_totp WHERE user_id = ?');
  const deleteCodes = db.prepare('DELETE FROM recovery_code WHERE user_id = ?');
  const insertCode = db.prepare('INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)');
  const useCode = db.prepare(
    'UPDATE recovery_code SET used_at = @at WHERE user_id = @userId AND code_hash = @codeHash AND used_at IS NULL',
  );
  const confirmedTotp = db
    .prepare('SELECT user_id FROM user_totp WHERE confirmed = 1 AND user_id IN (SELECT value FROM json_each(?))')
    .pluck();
  const withCodes = db
    .prepare('SELECT DISTINCT user_id FROM recovery_code WHERE used_at IS NULL AND user_id IN (SELECT value FROM json_each(?))')
    .pluck();
  const unusedCodes = db.prepare('SELECT count(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL').pluck();
  const withPasskeys = db.prepare('SELECT DISTINCT user_id FROM passkey WHERE user_id IN (SELECT value FROM json_each(?))').pluck();
  const passkeyCount = db.prepare('SELECT count(*) FROM passkey WHERE user_id = ?').pluck();
  const deletePasskeys = db.prepare('DELETE FROM passkey WHERE user_id = ?');

  const replaceCodes = (userId: number, hashes: readonly string[]) => {
    deleteCodes.run(userId);
    for (const hash of hashes) insertCode.run(userId, hash);
  };
  const confirmTotp = db.transaction((userId: number, step: number, hashes: readonly string[]) => {
    if (confirm.run({ userId, step }).changes !== 1) return false;
    replaceCodes(userId, hashes);
    return true;
  });
  // Recovery codes back up the factors: with the app gone and no passkey left, they go too.
  const removeTotp = db.transaction((userId: number) => {
    const removed = deleteTotp.run(userId).changes === 1;
    if ((passkeyCount.get(userId) as number) === 0) deleteCodes.run(userId);
    return removed;
  });
  // Every factor table: a beheerder's reset leaves only the password.
  const deleteAll = db.transaction(
    (userId: number) => deleteTotp.run(userId).changes + deletePasskeys.run(userId).changes + deleteCodes.run(userId).changes,
  );

  return {
    findTotp: (userId: number): TotpRow | undefined => {
      const row = totpOf.get(userId) as TotpDbRow | undefined;
      return row ? { ...row, confirmed: row.confirmed === 1 } : undefined;
    },
    saveTotpEnrolment: (userId: number, secret: Buffer, createdAt: string) =>
      saveEnrolment.run({ userId, secret, createdAt }).changes === 1,
    confirmTotp: (userId: number, step: number, hashes: readonly string[]) => confirmTotp.immediate(userId, step, hashes) as boolean,
    acceptTotpStep: (userId: number, step: number) => acceptStep.run({ userId, step }).changes === 1,
    deleteTotp: (userId: number) => removeTotp.immediate(userId) as boolean,
    replaceRecoveryCodes: (userId: number, hashes: readonly string[]) => db.transaction(replaceCodes).immediate(userId, hashes),
    useRecoveryCode: (userId: number, codeHash: string, at: string) => useCode.run({ userId, codeHash, at }).changes === 1,
    secondFactors: (ids: readonly number[]): SecondFactorKind[][] => {
      const totp = new Set(confirmedTotp.all(keysParam(ids)) as number[]);
      const codes = new Set(withCodes.all(keysParam(ids)) as number[]);
      const passkeys = new Set(withPasskeys.all(keysParam(ids)) as number[]);
      return ids.map((id) => [
        ...(totp.has(id) ? ['TOTP' as const] : []),
        ...(passkeys.has(id) ? ['PASSKEY' as const] : []),
        ...(codes.has(id) ? ['RECOVERY_CODE' as const] : []),
      ]);
    },
    unusedRecoveryCodes: (userId: number) => unusedCodes.get(userId) as number,
    deleteUserSecondFactors: (userId: number) => deleteAll.immediate(userId) as number,
  };
}
