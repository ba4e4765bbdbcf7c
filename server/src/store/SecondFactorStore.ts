import type { SecondFactorKind, TotpRow } from './types.js';

/** Second factors of local accounts: TOTP secrets (encrypted) and recovery codes (hashed). */
export interface SecondFactorStore {
  findTotp(userId: number): Promise<TotpRow | undefined>;
  /**
   * Keeps a new, unconfirmed TOTP secret for the user, replacing an earlier unconfirmed one;
   * answers false (nothing changes) when the user already has a confirmed one.
   */
  saveTotpEnrolment(userId: number, secret: Buffer, createdAt: string): Promise<boolean>;
  /**
   * Confirms the user's unconfirmed TOTP with the time step of its first code and replaces the
   * recovery codes, in one transaction; answers false when there was nothing to confirm.
   */
  confirmTotp(userId: number, step: number, recoveryCodeHashes: readonly string[]): Promise<boolean>;
  /**
   * Records `step` as used, only when the user's confirmed TOTP has not accepted it or a later
   * one (one conditional UPDATE: of two requests with the same code only one gets true).
   */
  acceptTotpStep(userId: number, step: number): Promise<boolean>;
  /**
   * Removes the user's TOTP and the recovery codes that back it up (once passkeys exist, codes stay
   * while a passkey remains). Answers whether there was a TOTP.
   */
  deleteTotp(userId: number): Promise<boolean>;
  replaceRecoveryCodes(userId: number, codeHashes: readonly string[]): Promise<void>;
  /** Marks one unused code as used (atomic); answers false when it is not the user's, or used. */
  useRecoveryCode(userId: number, codeHash: string, at: string): Promise<boolean>;
  /** Per user id, the factors set up: TOTP (confirmed), RECOVERY_CODE (unused ones left), PASSKEY. */
  secondFactors(userIds: readonly number[]): Promise<SecondFactorKind[][]>;
  unusedRecoveryCodes(userId: number): Promise<number>;
  /** Removes every second factor of the user (each factor table); answers how many rows went. */
  deleteUserSecondFactors(userId: number): Promise<number>;
}
