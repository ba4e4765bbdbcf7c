import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { badUserInput, unauthenticated } from '../errors.js';
import type { Store } from '../store/index.js';
import type { Role, SecondFactorKind } from '../store/types.js';
import { SECOND_STEP_FAILED, type Actor, type AuthService, type PendingSignIn } from './AuthService.js';
import { decryptSecret, encryptSecret } from './secondFactorKey.js';

/** What authenticator apps support: RFC 6238 with SHA-1, 6 digits, 30 seconds. */
export const TOTP_PARAMETERS = { issuer: 'Dashboard Zorg & Veiligheid', algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** A code of the step before or after the current one still counts (clocks drift, people type slowly). */
const TOTP_WINDOW = 1;
const SECRET_BYTES = 20;
export const RECOVERY_CODE_COUNT = 10;
/** How long after signing in with a passkey its user may make new recovery codes without an app. */
export const RECENT_PASSKEY_MS = 15 * 60_000;

/** Who sets up or manages a factor: a signed-in user, or a sign-in waiting to enrol. */
export interface FactorOwner {
  userId: number;
  username: string;
  role: Role;
}

export interface TotpEnrolment {
  uri: string;
  /** The QR code of `uri` as SVG markup. */
  qrSvg: string;
  /** The secret in base32, in groups of four characters, for typing into an app. */
  secret: string;
}

/** What the sign-in asks for next (GraphQL's SignInStep). */
export interface SignInStepInfo {
  next: 'NONE' | 'SECOND_FACTOR' | 'ENROL';
  /** SECOND_FACTOR: the factors the user can use now; ENROL: the kinds that can be set up. */
  methods: SecondFactorKind[];
  required: boolean;
}

/**
 * A recovery code's hash. The codes carry 80 random bits each, so nobody can guess one from its
 * hash whatever the speed of the hash: a fast SHA-256 is right here (a slow password hash only
 * helps against low-entropy secrets like passwords).
 */
export const recoveryCodeHash = (code: string): string => createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');

/** Upper case, without spaces and dashes: "abcd efgh-ijkl mnop" is "ABCDEFGHIJKLMNOP". */
export const normaliseRecoveryCode = (code: string): string => code.toUpperCase().replace(/[\s-]/g, '');

/** Sixteen base32 characters (80 bits) shown as XXXX-XXXX-XXXX-XXXX. */
function newRecoveryCode(): string {
  return (new OTPAuth.Secret({ buffer: new Uint8Array(randomBytes(10)).buffer }).base32.match(/.{4}/g) ?? []).join('-');
}

/** Only digits (spaces allowed in between), six of them; anything else cannot be a code. */
function totpDigits(code: string): string | null {
  const digits = code.replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The second factor of local accounts: TOTP (enrolment, sign-in, single use within its window)
 * and recovery codes. Sessions and the counting of failures stay with AuthService; a sign-in
 * finishes through its completeSignIn. See docs/decisions/0013-second-factor.md.
 */
export class SecondFactorService {
  constructor(
    private readonly store: Store,
    private readonly auth: AuthService,
    /** AES-256 key for the TOTP secrets at rest (auth/secondFactorKey.ts). */
    private readonly key: Buffer,
  ) {}

  /** The next step of a sign-in: for a pending one, what it waits for; NONE otherwise. */
  async signInStep(pending: PendingSignIn | null, role: Role | null): Promise<SignInStepInfo> {
    if (!pending) return { next: 'NONE', methods: [], required: role !== null && this.auth.requiresSecondFactor(role) };
    const [user] = await this.store.getUsers([pending.userId]);
    const required = user ? this.auth.requiresSecondFactor(user.role) : true;
    if (pending.stage === 'ENROL') return { next: 'ENROL', methods: ['TOTP', 'PASSKEY'], required };
    const [factors = []] = await this.store.secondFactors([pending.userId]);
    return { next: 'SECOND_FACTOR', methods: factors, required };
  }

  factorsOf(userIds: readonly number[]): Promise<SecondFactorKind[][]> {
    return this.store.secondFactors(userIds);
  }

  /** A new secret for the owner's authenticator app (replacing an unfinished enrolment). */
  async startTotpEnrolment(owner: FactorOwner, origin: string): Promise<TotpEnrolment> {
    const actor = { username: owner.username, origin };
    const secret = new OTPAuth.Secret({ size: SECRET_BYTES });
    const sealed = encryptSecret(this.key, Buffer.from(secret.bytes), this.context(owner.userId));
    if (!(await this.store.saveTotpEnrolment(owner.userId, sealed, new Date(this.auth.now()).toISOString()))) {
      await this.auth.audit(actor, 'mfa.enrol.start', owner.username, 'refused', 'authenticator-app al ingesteld');
      throw badUserInput({
        nl: 'U heeft al een authenticator-app ingesteld. Verwijder die eerst als u een andere wilt gebruiken.',
        en: 'You have already set up an authenticator app. Remove it first if you want to use another one.',
      });
    }
    await this.auth.audit(actor, 'mfa.enrol.start', owner.username, 'ok', 'TOTP');
    const uri = this.totp(owner.username, secret).toString();
    return {
      uri,
      qrSvg: await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      secret: (secret.base32.match(/.{1,4}/g) ?? []).join(' '),
    };
  }

  /** Checks the app's first code; answers the ten recovery codes (shown once, stored only hashed). */
  async confirmTotpEnrolment(owner: FactorOwner, code: string, origin: string): Promise<string[]> {
    const actor = { username: owner.username, origin };
    const row = await this.store.findTotp(owner.userId);
    if (!row || row.confirmed) {
      await this.auth.audit(actor, 'mfa.enrol', owner.username, 'refused', 'geen instelling gestart');
      throw badUserInput({
        nl: 'Er is geen instelling van een authenticator-app gestart. Begin opnieuw.',
        en: 'No authenticator app set-up has been started. Start again.',
      });
    }
    const step = this.matchingStep(owner.username, row.secret, owner.userId, code);
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    if (step === null || !(await this.store.confirmTotp(owner.userId, step, codes.map(recoveryCodeHash)))) {
      await this.auth.audit(actor, 'mfa.enrol', owner.username, 'failed', 'code onjuist');
      throw badUserInput({
        nl: 'De code klopt niet. Typ de zes cijfers die de app nu toont; staat de klok van uw telefoon goed?',
        en: "The code is not correct. Type the six digits the app shows now; is your phone's clock set correctly?",
      });
    }
    await this.auth.audit(actor, 'mfa.enrol', owner.username, 'ok', `TOTP; ${RECOVERY_CODE_COUNT} herstelcodes gemaakt`);
    return codes;
  }

  /** The second step with a TOTP code; answers the new session token. */
  async verifyTotp(pending: PendingSignIn, code: string, origin: string): Promise<string> {
    if (pending.stage !== 'SECOND_FACTOR') throw unauthenticated(SECOND_STEP_FAILED);
    await this.auth.beginSecondFactorAttempt(pending, 'TOTP', origin);
    const row = await this.store.findTotp(pending.userId);
    const step = row?.confirmed ? this.matchingStep(pending.username, row.secret, pending.userId, code) : null;
    // Single use: only a step later than the last one accepted passes (one conditional UPDATE).
    if (step === null || !(await this.store.acceptTotpStep(pending.userId, step))) {
      await this.auth.secondFactorFailed(pending, step === null ? 'TOTP: code onjuist' : 'TOTP: code al gebruikt', origin, {
        counted: true,
      });
      throw badUserInput(SECOND_STEP_FAILED);
    }
    await this.auth.audit({ username: pending.username, origin }, 'mfa.verify', pending.username, 'ok', 'TOTP');
    return this.auth.completeSignIn(pending, 'PASSWORD_TOTP', origin);
  }

  /** The second step with a recovery code (used up); answers the new token and how many remain. */
  async useRecoveryCode(pending: PendingSignIn, code: string, origin: string): Promise<{ token: string; remaining: number }> {
    if (pending.stage !== 'SECOND_FACTOR') throw unauthenticated(SECOND_STEP_FAILED);
    await this.auth.beginSecondFactorAttempt(pending, 'herstelcode', origin);
    const actor = { username: pending.username, origin };
    const plain = normaliseRecoveryCode(code);
    const used =
      /^[A-Z2-7]{16}$/.test(plain) &&
      (await this.store.useRecoveryCode(pending.userId, recoveryCodeHash(plain), new Date(this.auth.now()).toISOString()));
    if (!used) {
      await this.auth.audit(actor, 'mfa.recoveryCode', pending.username, 'failed', 'herstelcode onjuist of al gebruikt');
      await this.auth.secondFactorFailed(pending, 'herstelcode onjuist of al gebruikt', origin, { counted: true });
      throw badUserInput({
        nl: 'Deze herstelcode is niet juist of al gebruikt. Elke herstelcode werkt één keer.',
        en: 'This recovery code is not correct or has already been used. Each recovery code works once.',
      });
    }
    const remaining = await this.store.unusedRecoveryCodes(pending.userId);
    await this.auth.audit(actor, 'mfa.recoveryCode', pending.username, 'ok', `nog ${remaining} herstelcodes over`);
    return { token: await this.auth.completeSignIn(pending, 'PASSWORD_RECOVERY_CODE', origin), remaining };
  }

  /**
   * Ten recovery codes for an owner who has none left unused (a first factor was just set up
   * another way, e.g. a passkey); answers them to show once, or none when the owner still has codes.
   */
  async recoveryCodesIfNone(owner: FactorOwner, origin: string): Promise<string[]> {
    if ((await this.store.unusedRecoveryCodes(owner.userId)) > 0) return [];
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.store.replaceRecoveryCodes(owner.userId, codes.map(recoveryCodeHash));
    await this.auth.audit(
      { username: owner.username, origin },
      'mfa.enrol',
      owner.username,
      'ok',
      `${RECOVERY_CODE_COUNT} herstelcodes gemaakt`,
    );
    return codes;
  }

  /**
   * Ten new recovery codes in place of all the old ones. Asks a current TOTP code (single use too);
   * a user with passkeys and no app instead needs a session signed in with a passkey within the
   * last RECENT_PASSKEY_MS (`sessionHash`: the session of the request).
   */
  async regenerateRecoveryCodes(owner: FactorOwner, code: string, origin: string, sessionHash: string | null = null): Promise<string[]> {
    const actor = { username: owner.username, origin };
    const row = await this.store.findTotp(owner.userId);
    if (!row?.confirmed && (await this.store.userPasskeys(owner.userId)).length > 0) {
      const session = sessionHash ? await this.store.findSession(sessionHash) : undefined;
      const recent = session?.method === 'PASSWORD_PASSKEY' && this.auth.now() - session.createdMs <= RECENT_PASSKEY_MS;
      if (!recent || session?.userId !== owner.userId) {
        await this.auth.audit(actor, 'mfa.recoveryCodes.regenerate', owner.username, 'refused', 'geen recente aanmelding met passkey');
        throw badUserInput({
          nl: `Log opnieuw in met uw passkey: nieuwe herstelcodes maken kan tot ${RECENT_PASSKEY_MS / 60_000} minuten na een aanmelding met een passkey.`,
          en: `Sign in again with your passkey: new recovery codes can be made up to ${RECENT_PASSKEY_MS / 60_000} minutes after signing in with a passkey.`,
        });
      }
      return this.replaceRecoveryCodes(owner, actor, 'na aanmelding met passkey');
    }
    const step = row?.confirmed ? this.matchingStep(owner.username, row.secret, owner.userId, code) : null;
    if (step === null || !(await this.store.acceptTotpStep(owner.userId, step))) {
      await this.auth.audit(
        actor,
        'mfa.recoveryCodes.regenerate',
        owner.username,
        'refused',
        row?.confirmed ? 'code onjuist' : 'geen TOTP',
      );
      throw badUserInput(
        row?.confirmed
          ? {
              nl: 'De code klopt niet of is al gebruikt. Wacht op de volgende code van uw app.',
              en: 'The code is not correct or has already been used. Wait for the next code from your app.',
            }
          : {
              nl: 'Nieuwe herstelcodes maken kan alleen met een ingestelde authenticator-app.',
              en: 'New recovery codes can only be made with an authenticator app that is set up.',
            },
      );
    }
    return this.replaceRecoveryCodes(owner, actor, 'met TOTP-code');
  }

  private async replaceRecoveryCodes(owner: FactorOwner, actor: Actor, how: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.store.replaceRecoveryCodes(owner.userId, codes.map(recoveryCodeHash));
    await this.auth.audit(
      actor,
      'mfa.recoveryCodes.regenerate',
      owner.username,
      'ok',
      `${RECOVERY_CODE_COUNT} nieuwe herstelcodes, ${how}`,
    );
    return codes;
  }

  /** Removes the owner's authenticator app, unless the role requires a factor and no other remains. */
  async removeTotp(owner: FactorOwner, origin: string): Promise<void> {
    const actor = { username: owner.username, origin };
    const [factors = []] = await this.store.secondFactors([owner.userId]);
    const others = factors.filter((kind) => kind !== 'TOTP' && kind !== 'RECOVERY_CODE');
    if (!factors.includes('TOTP')) {
      await this.auth.audit(actor, 'mfa.remove', owner.username, 'refused', 'geen TOTP');
      throw badUserInput({ nl: 'U heeft geen authenticator-app ingesteld.', en: 'You have not set up an authenticator app.' });
    }
    if (this.auth.requiresSecondFactor(owner.role) && others.length === 0) {
      await this.auth.audit(actor, 'mfa.remove', owner.username, 'refused', 'rol vereist een tweede factor');
      throw badUserInput({
        nl: 'Uw rol vereist tweestapsverificatie: u kunt uw authenticator-app pas verwijderen als u een andere tweede factor heeft.',
        en: 'Your role requires two-step verification: you can only remove your authenticator app once you have another second factor.',
      });
    }
    await this.store.deleteTotp(owner.userId);
    await this.auth.audit(actor, 'mfa.remove', owner.username, 'ok', 'TOTP');
  }

  /**
   * A beheerder removes every second factor of a user (lost phone) and ends the user's sessions;
   * the user sets up a new factor at the next sign-in when the role requires one.
   */
  async reset(actor: Actor, username: string): Promise<number> {
    const user = await this.store.findUser(username.trim());
    if (!user) {
      await this.auth.audit(actor, 'mfa.reset', username, 'refused', 'onbekende gebruiker');
      throw badUserInput({ nl: `De gebruiker "${username}" bestaat niet.`, en: `The user "${username}" does not exist.` });
    }
    const removed = await this.store.deleteUserSecondFactors(user.id);
    const ended = await this.store.deleteUserSessions(user.id);
    await this.auth.audit(
      actor,
      'mfa.reset',
      user.username,
      'ok',
      `${removed} factoren en herstelcodes verwijderd; ${ended} sessies beëindigd`,
    );
    return removed;
  }

  /** The time step of `code` within the window, or null; never says which part was wrong. */
  private matchingStep(username: string, sealed: Buffer, userId: number, code: string): number | null {
    const digits = totpDigits(code);
    if (digits === null) return null;
    const secret = new OTPAuth.Secret({ buffer: new Uint8Array(decryptSecret(this.key, sealed, this.context(userId))).buffer });
    const timestamp = this.auth.now();
    const delta = this.totp(username, secret).validate({ token: digits, timestamp, window: TOTP_WINDOW });
    return delta === null ? null : OTPAuth.TOTP.counter({ period: TOTP_PARAMETERS.period, timestamp }) + delta;
  }

  private totp(username: string, secret: OTPAuth.Secret): OTPAuth.TOTP {
    return new OTPAuth.TOTP({ ...TOTP_PARAMETERS, label: username, secret });
  }

  /** Bound into each encrypted secret: it decrypts only in its own user's row. */
  private context(userId: number): string {
    return `totp:${userId}`;
  }
}
