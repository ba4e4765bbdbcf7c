import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { createHmac } from 'node:crypto';
import { badUserInput, unauthenticated, type Message } from '../errors.js';
import { SECOND_STEP_FAILED, type Actor, type AuthService, type PendingSignIn } from './AuthService.js';
import type { FactorOwner } from './SecondFactorService.js';
import type { Store } from '../store/index.js';
import type { PasskeyRow, WebAuthnPurpose } from '../store/types.js';

/** The site the passkeys belong to: its host name (the RP ID) and the origin browsers sign for. */
export interface RelyingParty {
  /** The host name of ZV_PUBLIC_URL, e.g. "zv.zaanstreek.nl" (a passkey made for it works on it only). */
  id: string;
  /** ZV_PUBLIC_URL's origin, e.g. "https://zv.zaanstreek.nl". */
  origin: string;
  /** Shown by the browser and the authenticator. */
  name: string;
}

/** The relying party of a public URL: a passkey is bound to the host name the users reach. */
export function relyingPartyOf(publicUrl: string): RelyingParty {
  const url = new URL(publicUrl);
  return { id: url.hostname, origin: url.origin, name: 'Dashboard Zorg & Veiligheid' };
}

/** Whose passkeys, in which session: challenges belong to one session, passkeys to one user. */
export interface PasskeySubject {
  sessionHash: string;
  userId: number;
  username: string;
}

/** A challenge must be answered within this time (the browser's own timeout is a little shorter). */
export const CHALLENGE_TTL_MS = 5 * 60_000;
const BROWSER_TIMEOUT_MS = 4 * 60_000;

/** Answers from the browser are small JSON objects; anything larger is not one (graphql/inputLimits.ts holds the same bound). */
export const MAX_RESPONSE_LENGTH = 16_384;
export const MAX_PASSKEY_NAME = 60;
/** Enough for every device a person uses; more would make the sign-in prompt long. */
export const MAX_PASSKEYS_PER_USER = 10;

export const PASSKEY_NOT_ACCEPTED: Message = {
  nl: 'De passkey is niet geaccepteerd. Probeer het opnieuw, of gebruik een andere manier om in te loggen.',
  en: 'The passkey was not accepted. Try again, or use another way to sign in.',
};
const CHALLENGE_GONE: Message = {
  nl: 'Deze aanvraag is verlopen of al gebruikt. Begin opnieuw.',
  en: 'This request has expired or has already been used. Start again.',
};

/**
 * Passkeys (WebAuthn) as a second factor, through @simplewebauthn/server: it makes the options the
 * browser needs and checks what the authenticator signed (challenge, origin, RP ID, user presence
 * and verification, signature, counter). This class keeps the challenges in the store — one per
 * session and purpose, taken by the answer that uses it, so no answer can be replayed — and the
 * passkeys themselves. It decides nothing about sessions: the caller completes the sign-in.
 */
export class PasskeyService {
  private readonly now: () => number;

  constructor(
    private readonly store: Store,
    private readonly auth: AuthService,
    private readonly rp: RelyingParty,
  ) {
    this.now = auth.now;
  }

  /** The options for `navigator.credentials.create`, as JSON; remembers their challenge. */
  async registrationOptions(subject: PasskeySubject): Promise<string> {
    const existing = await this.store.userPasskeys(subject.userId);
    if (existing.length >= MAX_PASSKEYS_PER_USER) {
      throw badUserInput({
        nl: `U heeft al ${MAX_PASSKEYS_PER_USER} passkeys: verwijder er eerst een die u niet meer gebruikt.`,
        en: `You already have ${MAX_PASSKEYS_PER_USER} passkeys: first remove one you no longer use.`,
      });
    }
    const options = await generateRegistrationOptions({
      rpName: this.rp.name,
      rpID: this.rp.id,
      userName: subject.username,
      userID: await this.userHandle(subject.userId),
      attestationType: 'none',
      timeout: BROWSER_TIMEOUT_MS,
      // The same authenticator twice would be no second device: the browser refuses it.
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    await this.remember(subject, 'REGISTER', options.challenge);
    return JSON.stringify(options);
  }

  /** Checks the browser's answer to the registration options and keeps the new passkey. */
  async register(subject: PasskeySubject, responseJson: string, name: string, actor: Actor): Promise<PasskeyRow> {
    const label = name.trim().replace(/\s+/g, ' ');
    if (label.length === 0 || [...label].length > MAX_PASSKEY_NAME) {
      throw badUserInput({
        nl: `Geef de passkey een naam van 1 tot ${MAX_PASSKEY_NAME} tekens, bijvoorbeeld "Laptop werk".`,
        en: `Give the passkey a name of 1 to ${MAX_PASSKEY_NAME} characters, for example "Work laptop".`,
      });
    }
    try {
      const passkey = await this.verifyRegistration(subject, responseJson, label);
      await this.auth.audit(actor, 'passkey.add', subject.username, 'ok', `passkey "${label}"`);
      return passkey;
    } catch (error) {
      await this.auth.audit(actor, 'passkey.add', subject.username, 'refused', error instanceof Error ? error.message : null);
      throw error;
    }
  }

  private async verifyRegistration(subject: PasskeySubject, responseJson: string, label: string): Promise<PasskeyRow> {
    const response = parseResponse<RegistrationResponseJSON>(responseJson);
    const challenge = await this.take(subject, 'REGISTER');
    const verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: this.rp.origin,
      expectedRPID: this.rp.id,
      requireUserVerification: false,
    }).catch(() => ({ verified: false as const }));
    if (!verification.verified) throw badUserInput(PASSKEY_NOT_ACCEPTED);
    const { credential, credentialBackedUp } = verification.registrationInfo;
    if (await this.store.findPasskey(credential.id)) {
      throw badUserInput({ nl: 'Deze passkey is al geregistreerd.', en: 'This passkey is already registered.' });
    }
    const passkey = {
      userId: subject.userId,
      credentialId: credential.id,
      publicKey: credential.publicKey,
      counter: credential.counter,
      transports: credential.transports ?? [],
      name: label,
      backedUp: credentialBackedUp,
      createdAt: new Date(this.now()).toISOString(),
    };
    const id = await this.store.addPasskey(passkey);
    return { ...passkey, id, lastUsedAt: null };
  }

  /** The options for `navigator.credentials.get`, limited to the user's own passkeys; remembers their challenge. */
  async authenticationOptions(subject: PasskeySubject): Promise<string> {
    const passkeys = await this.store.userPasskeys(subject.userId);
    if (passkeys.length === 0) {
      throw badUserInput({
        nl: 'U heeft geen passkey. Gebruik een andere manier om in te loggen.',
        en: 'You have no passkey. Use another way to sign in.',
      });
    }
    const options = await generateAuthenticationOptions({
      rpID: this.rp.id,
      timeout: BROWSER_TIMEOUT_MS,
      allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
      userVerification: 'preferred',
    });
    await this.remember(subject, 'AUTHENTICATE', options.challenge);
    return JSON.stringify(options);
  }

  /**
   * Checks a signed answer: it must answer this session's challenge, come from one of this user's
   * passkeys and carry a higher counter than last time (a copied authenticator shows as a counter
   * that goes back). Answers the passkey used; throws BAD_USER_INPUT on anything else.
   */
  async authenticate(subject: PasskeySubject, responseJson: string): Promise<PasskeyRow> {
    const response = parseResponse<AuthenticationResponseJSON>(responseJson);
    const challenge = await this.take(subject, 'AUTHENTICATE');
    const passkey = typeof response.id === 'string' ? await this.store.findPasskey(response.id) : undefined;
    // Another user's passkey is refused exactly like an unknown one.
    if (!passkey || passkey.userId !== subject.userId) throw badUserInput(PASSKEY_NOT_ACCEPTED);
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: this.rp.origin,
      expectedRPID: this.rp.id,
      credential: {
        id: passkey.credentialId,
        publicKey: passkey.publicKey as Uint8Array<ArrayBuffer>,
        counter: passkey.counter,
        transports: passkey.transports,
      },
      requireUserVerification: false,
    }).catch(() => ({ verified: false as const, authenticationInfo: undefined }));
    if (!verification.verified || !verification.authenticationInfo) throw badUserInput(PASSKEY_NOT_ACCEPTED);
    const at = new Date(this.now()).toISOString();
    if (!(await this.store.recordPasskeyUse(passkey.id, passkey.counter, verification.authenticationInfo.newCounter, at))) {
      throw badUserInput(PASSKEY_NOT_ACCEPTED);
    }
    return { ...passkey, counter: verification.authenticationInfo.newCounter, lastUsedAt: at };
  }

  /**
   * The second step of a sign-in with a passkey: counted like a code before it is checked (the
   * account's lock holds), refused like a wrong code, and on success the sign-in completes.
   * Answers the new session token.
   */
  async signIn(pending: PendingSignIn, responseJson: string, origin: string): Promise<string> {
    if (pending.stage !== 'SECOND_FACTOR') throw unauthenticated(SECOND_STEP_FAILED);
    await this.auth.beginSecondFactorAttempt(pending, 'passkey', origin);
    let passkey: PasskeyRow;
    try {
      passkey = await this.authenticate(pending, responseJson);
    } catch (error) {
      await this.auth.secondFactorFailed(pending, `passkey: ${error instanceof Error ? error.message : 'niet geaccepteerd'}`, origin, {
        counted: true,
      });
      throw error;
    }
    await this.auth.audit({ username: pending.username, origin }, 'mfa.verify', pending.username, 'ok', `passkey "${passkey.name}"`);
    return this.auth.completeSignIn(pending, 'PASSWORD_PASSKEY', origin);
  }

  list(userId: number): Promise<PasskeyRow[]> {
    return this.store.userPasskeys(userId);
  }

  /** Removes one of the user's passkeys; answers it, or throws when it is not theirs. */
  /** Removes one of the owner's passkeys, unless the role requires a factor and it is the last one. */
  async remove(subject: FactorOwner, id: number, actor: Actor): Promise<PasskeyRow> {
    const [factors = []] = await this.store.secondFactors([subject.userId]);
    const passkeys = await this.store.userPasskeys(subject.userId);
    if (this.auth.requiresSecondFactor(subject.role) && !factors.includes('TOTP') && passkeys.length === 1 && passkeys[0]!.id === id) {
      await this.auth.audit(actor, 'passkey.remove', subject.username, 'refused', 'rol vereist een tweede factor');
      throw badUserInput({
        nl: 'Uw rol vereist tweestapsverificatie: u kunt uw laatste passkey pas verwijderen als u een andere tweede factor heeft, zoals een authenticator-app of een andere passkey.',
        en: 'Your role requires two-step verification: you can only remove your last passkey once you have another second factor, such as an authenticator app or another passkey.',
      });
    }
    const removed = Number.isSafeInteger(id) ? await this.store.deletePasskey(subject.userId, id) : undefined;
    if (!removed) {
      await this.auth.audit(actor, 'passkey.remove', subject.username, 'refused', 'passkey niet gevonden');
      throw badUserInput({
        nl: 'Deze passkey is niet gevonden: ze is al verwijderd. Vernieuw de pagina.',
        en: 'This passkey was not found: it has already been removed. Refresh the page.',
      });
    }
    await this.auth.audit(actor, 'passkey.remove', subject.username, 'ok', `passkey "${removed.name}"`);
    return removed;
  }

  /** Challenges nobody answered in time are of no use. */
  prune(): Promise<void> {
    return this.store.pruneWebAuthnChallenges(this.now() - CHALLENGE_TTL_MS);
  }

  private async remember(subject: PasskeySubject, purpose: WebAuthnPurpose, challenge: string): Promise<void> {
    await this.prune();
    await this.store.putWebAuthnChallenge(subject.sessionHash, purpose, challenge, this.now());
  }

  private async take(subject: PasskeySubject, purpose: WebAuthnPurpose): Promise<string> {
    const challenge = await this.store.takeWebAuthnChallenge(subject.sessionHash, purpose, this.now() - CHALLENGE_TTL_MS);
    if (!challenge) throw badUserInput(CHALLENGE_GONE);
    return challenge;
  }

  /** An opaque, stable id of the user for authenticators: never the username or the database id. */
  private async userHandle(userId: number): Promise<Uint8Array<ArrayBuffer>> {
    const key = await this.store.deploymentSecret('webauthn-user-handle');
    return new Uint8Array(createHmac('sha256', key).update(String(userId)).digest());
  }
}

/** The browser's answer as JSON of a bounded size; a clear error for anything else. */
function parseResponse<T>(json: string): T {
  if (json.length > MAX_RESPONSE_LENGTH) throw badUserInput(PASSKEY_NOT_ACCEPTED);
  try {
    const value = JSON.parse(json) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as T;
  } catch {
    // falls through to the refusal below
  }
  throw badUserInput(PASSKEY_NOT_ACCEPTED);
}
