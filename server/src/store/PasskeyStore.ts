import type { PasskeyRow, WebAuthnPurpose } from './types.js';

/** Passkeys (WebAuthn credentials) and the challenges their registrations and sign-ins answer. */
export interface PasskeyStore {
  addPasskey(passkey: Omit<PasskeyRow, 'id' | 'lastUsedAt'>): Promise<number>;
  /** The user's passkeys, oldest first. */
  userPasskeys(userId: number): Promise<PasskeyRow[]>;
  findPasskey(credentialId: string): Promise<PasskeyRow | undefined>;
  /**
   * Records a use: the new counter and when. Only when the stored counter is still `expected`, so
   * of two sign-ins with the same signature at once only one counts; answers whether it did.
   */
  recordPasskeyUse(id: number, expected: number, counter: number, at: string): Promise<boolean>;
  /**
   * Removes one of the user's passkeys (and the recovery codes when no factor is left for them to
   * back up); answers the removed one, or undefined when it is not theirs.
   */
  deletePasskey(userId: number, id: number): Promise<PasskeyRow | undefined>;
  /** Keeps the challenge of a session for one purpose, replacing an earlier one. */
  putWebAuthnChallenge(sessionHash: string, purpose: WebAuthnPurpose, challenge: string, atMs: number): Promise<void>;
  /** Takes (removes and answers) the session's challenge for the purpose if made at or after `sinceMs`. */
  takeWebAuthnChallenge(sessionHash: string, purpose: WebAuthnPurpose, sinceMs: number): Promise<string | undefined>;
  pruneWebAuthnChallenges(beforeMs: number): Promise<void>;
}
