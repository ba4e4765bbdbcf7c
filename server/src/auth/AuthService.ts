import type { AuditAction } from '@zv/shared';
import { createHash, randomBytes } from 'node:crypto';
import { badUserInput, unauthenticated, type Message } from '../errors.js';
import type { Store } from '../store/index.js';
import type { AuditEntry, Role, SessionRow, SessionStage, SignInMethod, UserRow } from '../store/types.js';
import { describeClient, maskAddress } from './clientDescription.js';
import { hashPassword, MAX_PASSWORD_LENGTH, OWASP_SCRYPT, verifyPassword, type ScryptParams } from './passwords.js';
import {
  attemptLock,
  DEFAULT_LOCKOUT_POLICY,
  DEFAULT_SESSION_POLICY,
  lockedUntil,
  lockoutLookbackMs,
  MAX_USERNAME_LENGTH,
  normaliseUsername,
  sessionExpired,
  type LockoutPolicy,
  type SessionPolicy,
} from './policy.js';
import { HashGate } from './hashGate.js';
import type { Viewer } from './viewer.js';

export interface AuthOptions {
  /** Password hashes at a time, and how many more may wait (default 2 and 8); beyond that: 503. */
  hashing?: { concurrency: number; queue: number };
  sessionPolicy?: SessionPolicy;
  lockoutPolicy?: LockoutPolicy;
  scrypt?: ScryptParams;
  /** Milliseconds since the epoch; tests pass a clock they move. */
  now?: () => number;
  /** Roles that must sign in with a second factor (ZV_MFA_REQUIRED; default BEHEERDER and ZVH). */
  mfaRequiredRoles?: readonly Role[];
  /** ZV_PASSWORD_LOGIN and ZV_BREAK_GLASS_USERS: off leaves passwords to the break-glass accounts (normalised names). */
  passwordLogin?: { on: boolean; breakGlassUsers: readonly string[] };
}

export const DEFAULT_MFA_REQUIRED_ROLES: readonly Role[] = ['BEHEERDER', 'ZVH'];

/** A session waiting for its second step lasts at most this long (idle and absolute). */
export const PENDING_SIGN_IN_MS = 10 * 60_000;

/** After this many wrong second-factor codes the pending session ends: start again with the password. */
export const MAX_FACTOR_FAILURES = 5;

/** A session whose password was right, waiting for the second step (see docs/decisions/0013). */
export interface PendingSignIn {
  sessionHash: string;
  userId: number;
  username: string;
  stage: Exclude<SessionStage, 'FULL'>;
}

/** The answer to a second step that cannot go on: the same whatever the reason. */
export const SECOND_STEP_FAILED: Message = {
  nl: 'De code is niet juist of al gebruikt. Probeer het opnieuw met een nieuwe code. Na herhaalde fouten wordt inloggen een tijd geblokkeerd.',
  en: 'The code is not correct or has already been used. Try again with a new code. After repeated mistakes, signing in is blocked for a while.',
};
export const SIGN_IN_AGAIN: Message = {
  nl: 'Deze aanmelding is verlopen of afgebroken. Log opnieuw in met uw gebruikersnaam en wachtwoord.',
  en: 'This sign-in has expired or was interrupted. Sign in again with your username and password.',
};

/** The answer to a password login while passwords are switched off (ZV_PASSWORD_LOGIN=off). */
export const PASSWORD_LOGIN_OFF: Message = {
  nl: 'Inloggen met een wachtwoord is hier uitgeschakeld: log in met de knop van uw organisatie (single sign-on). Alleen het noodaccount van de beheerder gebruikt nog een wachtwoord.',
  en: "Signing in with a password is switched off here: sign in with your organisation's button (single sign-on). Only the administrator's emergency account still uses a password.",
};

/** One message for every failed login: it must not tell which part was wrong, or that an account is locked. */
export const LOGIN_FAILED: Message = {
  nl: 'Inloggen is niet gelukt. Controleer uw gebruikersnaam en wachtwoord. Na herhaalde fouten wordt inloggen een tijd geblokkeerd.',
  en: 'Signing in did not succeed. Check your username and password. After repeated mistakes, signing in is blocked for a while.',
};

/** Who did something and from where, for the audit log. */
export interface Actor {
  username: string | null;
  origin: string;
}

/** The answer when a session to end is not the caller's, or no longer exists: the same either way. */
export const SESSION_NOT_FOUND: Message = {
  nl: 'Deze sessie is niet gevonden: ze is al beëindigd of verlopen. Vernieuw de lijst met sessies.',
  en: 'This session was not found: it has already ended or expired. Refresh the list of sessions.',
};

/** How a sign-in is named in the audit log's detail: the method, and the provider of single sign-on. */
export function signInDetail(method: SignInMethod, provider: string | null = null): string {
  return provider ? `methode: ${method}, provider: ${provider}` : `methode: ${method}`;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The longest each field of an audit entry may be (characters). */
export const AUDIT_LIMITS = { actor: 100, action: 60, object: 300, origin: 100, detail: 2000 } as const;

/** At most this many sessions per user: a new login ends the oldest beyond it. */
export const MAX_SESSIONS_PER_USER = 10;

function bounded(text: string | null, max: number): string | null {
  if (text === null) return null;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Sessions only refresh their last-seen time once a minute: no write on every request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Logins, sessions and the audit of both. Holds no state of its own: everything lives in the
 * store, so several servers can share one database.
 */
export class AuthService {
  readonly sessionPolicy: SessionPolicy;
  readonly lockoutPolicy: LockoutPolicy;
  readonly scrypt: ScryptParams;
  readonly now: () => number;
  readonly mfaRequiredRoles: readonly Role[];
  readonly passwordLogin: { on: boolean; breakGlassUsers: readonly string[] };
  private dummyHash: Promise<string> | undefined;
  /** The password checks running or waiting, per account (normalised name). */
  private readonly inFlight = new Map<string, Promise<void>>();
  /** About how long a password check takes here (a moving average); refusals wait as long. */
  private typicalCheckMs = 0;
  /** Every password hash and check passes here (see HashGate). */
  private readonly gate: HashGate;

  constructor(
    private readonly store: Store,
    options: AuthOptions = {},
  ) {
    this.sessionPolicy = options.sessionPolicy ?? DEFAULT_SESSION_POLICY;
    this.lockoutPolicy = options.lockoutPolicy ?? DEFAULT_LOCKOUT_POLICY;
    this.scrypt = options.scrypt ?? OWASP_SCRYPT;
    this.now = options.now ?? Date.now;
    this.mfaRequiredRoles = options.mfaRequiredRoles ?? DEFAULT_MFA_REQUIRED_ROLES;
    this.passwordLogin = options.passwordLogin ?? { on: true, breakGlassUsers: [] };
    this.gate = new HashGate(options.hashing?.concurrency ?? 2, options.hashing?.queue ?? 8);
  }

  /** Appends to the audit log; every field is cut to a bounded length, so no input can make an entry large. */
  async audit(
    actor: Actor,
    action: AuditAction,
    object: string | null,
    result: AuditEntry['result'],
    detail: string | null = null,
  ): Promise<void> {
    await this.store.appendAudit({
      at: new Date(this.now()).toISOString(),
      actor: bounded(actor.username, AUDIT_LIMITS.actor),
      action: bounded(action, AUDIT_LIMITS.action) ?? '',
      object: bounded(object, AUDIT_LIMITS.object),
      result,
      origin: bounded(actor.origin, AUDIT_LIMITS.origin),
      detail: bounded(detail, AUDIT_LIMITS.detail),
    });
  }

  hash(password: string): Promise<string> {
    return this.gate.run(() => hashPassword(password, this.scrypt));
  }

  /**
   * Checks the password and starts a session; every refusal looks the same to the caller.
   *
   * The attempt is counted before the password is checked, in one step with the check of the
   * limits (`Store.beginLoginAttempt`): guesses sent at once are counted one after the other, so no
   * more than the limit ever reach the password check. The limits are per account *from one
   * address* and per address: someone guessing elsewhere cannot lock a user out, and attempts
   * refused during a lock are not counted, so they do not make it last longer. Within one server,
   * one account's password checks run one at a time.
   */
  async login(
    username: string,
    password: string,
    origin: string,
    userAgent: string | null = null,
  ): Promise<{ user: UserRow; token: string; stage: SessionStage }> {
    const name = normaliseUsername(username);
    // Checked before anything is stored or logged: no account has a longer name or password.
    if (name.length > MAX_USERNAME_LENGTH || password.length > 2 * MAX_PASSWORD_LENGTH || [...password].length > MAX_PASSWORD_LENGTH) {
      throw badUserInput({
        nl: `Gebruikersnaam of wachtwoord is te lang: een gebruikersnaam heeft hoogstens ${MAX_USERNAME_LENGTH} tekens, een wachtwoord hoogstens ${MAX_PASSWORD_LENGTH}.`,
        en: `The username or password is too long: a username has at most ${MAX_USERNAME_LENGTH} characters, a password at most ${MAX_PASSWORD_LENGTH}.`,
      });
    }
    const now = this.now();
    const since = now - lockoutLookbackMs(this.lockoutPolicy);
    await this.housekeeping(now);
    const actor = { username: name || null, origin };
    if (!this.passwordLogin.on && !this.passwordLogin.breakGlassUsers.includes(name)) {
      await this.audit(actor, 'login', name, 'refused', 'wachtwoorden uitgeschakeld (ZV_PASSWORD_LOGIN=off); geen noodaccount');
      throw unauthenticated(PASSWORD_LOGIN_OFF);
    }

    // Through the gate before anything is counted: an attempt turned away as busy is no failed guess.
    const result = await this.gate.run(() =>
      this.oneAtATime(name, async (): Promise<{ user: UserRow; token: string; stage: SessionStage } | 'refused'> => {
        let lock: ReturnType<typeof attemptLock> = null;
        let failuresBefore: readonly number[] = [];
        const allowed = await this.store.beginLoginAttempt(name, origin, now, since, (accountFromAddress, address) => {
          failuresBefore = accountFromAddress;
          lock = attemptLock(accountFromAddress, address, now, this.lockoutPolicy);
          return lock === null;
        });
        if (!allowed) {
          const { until, by } = lock ?? { until: now, by: 'account' };
          await this.audit(actor, 'login', name, 'refused', `${by} geblokkeerd tot ${new Date(until).toISOString()}`);
          return 'refused';
        }

        const user = await this.store.findUser(name);
        // Hash even for an unknown user, so the answer takes as long as for a wrong password.
        const started = performance.now();
        // A single sign-on user has no password (no scrypt hash): checked against the dummy, so it takes as long.
        const ok = user?.passwordHash.startsWith('scrypt$')
          ? await verifyPassword(password, user.passwordHash)
          : await this.verifyDummy(password);
        this.typicalCheckMs = Math.round(0.8 * this.typicalCheckMs + 0.2 * (performance.now() - started));
        // With passwords off, a break-glass account is only one while it is a BEHEERDER.
        const breakGlassLost = !this.passwordLogin.on && user?.role !== 'BEHEERDER';
        if (!user || !ok || !user.active || breakGlassLost) {
          const reason = !user
            ? 'onbekende gebruiker'
            : !ok
              ? 'wachtwoord onjuist'
              : !user.active
                ? 'account gedeactiveerd'
                : 'noodaccount is geen beheerder';
          await this.audit(actor, 'login', name, 'failed', reason);
          const failures = [...failuresBefore, now];
          const lock = lockedUntil(failures, this.lockoutPolicy.accountThreshold, now, this.lockoutPolicy);
          if (lock !== null) {
            const minutes = Math.round(this.lockoutPolicy.windowMs / 60_000);
            const recent = failures.filter((at) => now - at <= this.lockoutPolicy.windowMs).length;
            await this.audit(
              actor,
              'login.lockout',
              name,
              'refused',
              `${recent} mislukte pogingen binnen ${minutes} minuten vanaf ${origin}; geblokkeerd tot ${new Date(lock).toISOString()}`,
            );
          }
          throw unauthenticated(LOGIN_FAILED);
        }

        const stage = await this.stageAfterPassword(user);
        if (stage !== 'FULL') {
          // The attempt stays counted as a failure until the second step succeeds (completeSignIn clears it).
          const token = await this.createSession(user, { method: 'PASSWORD', provider: null }, stage, origin, userAgent);
          await this.audit(actor, 'login.password', user.username, 'ok', `wachtwoord juist; volgende stap: ${stage}`);
          return { user, token, stage };
        }
        await this.store.clearLoginFailures(name, origin);
        const token = await this.startSession(user, { method: 'PASSWORD', provider: null }, origin, userAgent);
        return { user, token, stage };
      }),
    );
    if (result === 'refused') {
      // As long as a password check would have taken, so the answer's time does not show the lock;
      // waited outside the account's queue, so refused attempts never hold up anyone's login.
      await sleep(this.typicalCheckMs);
      throw unauthenticated(LOGIN_FAILED);
    }
    return result;
  }

  /**
   * Starts a session for a user whose identity is proven (by whatever method), audits the sign-in
   * and answers the session token for the cookie. Keeps at most MAX_SESSIONS_PER_USER sessions.
   */
  async startSession(
    user: UserRow,
    how: { method: SignInMethod; provider: string | null },
    origin: string,
    userAgent: string | null,
  ): Promise<string> {
    const token = await this.createSession(user, how, 'FULL', origin, userAgent);
    await this.store.setLastLogin(user.id, new Date(this.now()).toISOString());
    await this.audit({ username: user.username, origin }, 'login', user.username, 'ok', signInDetail(how.method, how.provider));
    return token;
  }

  /** Whether the role must sign in with a second factor. */
  requiresSecondFactor(role: Role): boolean {
    return this.mfaRequiredRoles.includes(role);
  }

  /**
   * After a right password: FULL, or the second step. A user with a factor always proves it, also
   * when the role does not require one; a user whose role requires one and has none sets one up.
   */
  private async stageAfterPassword(user: UserRow): Promise<SessionStage> {
    const [factors = []] = await this.store.secondFactors([user.id]);
    if (factors.some((kind) => kind !== 'RECOVERY_CODE')) return 'SECOND_FACTOR';
    return this.requiresSecondFactor(user.role) ? 'ENROL' : 'FULL';
  }

  private async createSession(
    user: UserRow,
    how: { method: SignInMethod; provider: string | null },
    stage: SessionStage,
    origin: string,
    userAgent: string | null,
  ): Promise<string> {
    const now = this.now();
    const token = randomBytes(32).toString('base64url');
    await this.store.createSession({
      tokenHash: hashToken(token),
      publicId: randomBytes(16).toString('hex'),
      userId: user.id,
      createdMs: now,
      lastSeenMs: now,
      method: how.method,
      provider: how.provider,
      client: describeClient(userAgent),
      address: maskAddress(origin),
      stage,
      factorFailures: 0,
    });
    // Only a signed-in session pushes out the oldest: someone who knows just the password cannot end the user's sessions.
    if (stage === 'FULL') await this.store.keepNewestSessions(user.id, MAX_SESSIONS_PER_USER);
    return token;
  }

  /**
   * The sign-in of a session token still waiting for its second step; null for any other token
   * (unknown, FULL, older than PENDING_SIGN_IN_MS, or of a deactivated user).
   */
  async pendingSignIn(token: string): Promise<PendingSignIn | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const tokenHash = hashToken(token);
    const session = await this.store.findSession(tokenHash);
    if (!session || session.stage === 'FULL') return null;
    const [user] = await this.store.getUsers([session.userId]);
    if (this.now() - session.createdMs > PENDING_SIGN_IN_MS || !user || !user.active) {
      await this.store.deleteSession(tokenHash);
      return null;
    }
    return { sessionHash: tokenHash, userId: user.id, username: user.username, stage: session.stage };
  }

  /**
   * Counts a second-factor attempt before its code is checked, like a password attempt
   * (`beginLoginAttempt`): the account's lock holds, and codes sent at once are counted one after
   * the other. Also counts it against the pending session; at MAX_FACTOR_FAILURES that ends.
   * A right code clears both (completeSignIn). Throws when the attempt may not go on.
   */
  async beginSecondFactorAttempt(pending: PendingSignIn, what: string, origin: string): Promise<void> {
    const actor = { username: pending.username, origin };
    const name = normaliseUsername(pending.username);
    const now = this.now();
    let lock: ReturnType<typeof attemptLock> = null;
    const allowed = await this.store.beginLoginAttempt(name, origin, now, now - lockoutLookbackMs(this.lockoutPolicy), (pair, address) => {
      lock = attemptLock(pair, address, now, this.lockoutPolicy);
      return lock === null;
    });
    if (!allowed) {
      const { until, by } = lock ?? { until: now, by: 'account' };
      await this.audit(actor, 'mfa.verify', pending.username, 'refused', `${what}; ${by} geblokkeerd tot ${new Date(until).toISOString()}`);
      throw unauthenticated(SECOND_STEP_FAILED);
    }
    const failures = await this.store.countFactorFailure(pending.sessionHash);
    if (failures === null || failures > MAX_FACTOR_FAILURES) {
      await this.store.deleteSession(pending.sessionHash);
      throw unauthenticated(SIGN_IN_AGAIN);
    }
  }

  /**
   * A wrong second factor: counts as a failed login of the account from this address and as a
   * failure of the pending session (unless `counted`: beginSecondFactorAttempt did both before
   * the check, as guessable codes need); audited; the pending session ends at
   * MAX_FACTOR_FAILURES, and a lock it causes is audited as for passwords.
   */
  async secondFactorFailed(pending: PendingSignIn, what: string, origin: string, { counted = false } = {}): Promise<void> {
    const actor = { username: pending.username, origin };
    const name = normaliseUsername(pending.username);
    const now = this.now();
    if (!counted) {
      await this.store.beginLoginAttempt(name, origin, now, now, () => true);
      await this.store.countFactorFailure(pending.sessionHash);
    }
    await this.audit(actor, 'mfa.verify', pending.username, 'failed', what);
    const session = await this.store.findSession(pending.sessionHash);
    if (!session || session.factorFailures >= MAX_FACTOR_FAILURES) {
      await this.store.deleteSession(pending.sessionHash);
      await this.audit(actor, 'mfa.verify', pending.username, 'refused', `${MAX_FACTOR_FAILURES} onjuiste codes: aanmelding afgebroken`);
    }
    let lock: number | null = null;
    // Reads the failures without counting anything.
    await this.store.beginLoginAttempt(name, origin, now, now - lockoutLookbackMs(this.lockoutPolicy), (pair) => {
      lock = lockedUntil(pair, this.lockoutPolicy.accountThreshold, now, this.lockoutPolicy);
      return false;
    });
    if (lock !== null) {
      await this.audit(
        actor,
        'login.lockout',
        pending.username,
        'refused',
        `na onjuiste tweede factor vanaf ${origin}; geblokkeerd tot ${new Date(lock).toISOString()}`,
      );
    }
  }

  /**
   * Turns the pending session into a signed-in one under a NEW token (against session fixation:
   * a token seen before the second step is worth nothing after it), clears the account's failed
   * attempts from this address, sets the last login and audits it. Answers the new token; the
   * caller sets the cookie.
   */
  async completeSignIn(pending: PendingSignIn, method: SignInMethod, origin: string): Promise<string> {
    const now = this.now();
    const token = randomBytes(32).toString('base64url');
    if (!(await this.store.completeSession(pending.sessionHash, hashToken(token), method, now))) throw unauthenticated(SIGN_IN_AGAIN);
    await this.store.keepNewestSessions(pending.userId, MAX_SESSIONS_PER_USER);
    await this.store.clearLoginFailures(normaliseUsername(pending.username), origin);
    await this.store.setLastLogin(pending.userId, new Date(now).toISOString());
    await this.audit({ username: pending.username, origin }, 'login', pending.username, 'ok', signInDetail(method));
    return token;
  }

  /** Runs `task` after every earlier task for the same key has ended (one password check per account at a time). */
  private oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.inFlight.get(key) ?? Promise.resolve();
    const run = before.then(task, task);
    const done = run.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.set(key, done);
    void done.then(() => {
      if (this.inFlight.get(key) === done) this.inFlight.delete(key);
    });
    return run;
  }

  /** The viewer of a session token; null when it is unknown, expired or its user deactivated. */
  async authenticate(token: string): Promise<Viewer | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const tokenHash = hashToken(token);
    const session = await this.store.findSession(tokenHash);
    // A session waiting for its second step is no session here (see pendingSignIn).
    if (!session || session.stage !== 'FULL') return null;
    const now = this.now();
    if (sessionExpired(session, now, this.sessionPolicy)) {
      await this.store.deleteSession(tokenHash);
      return null;
    }
    const [user] = await this.store.getUsers([session.userId]);
    if (!user || !user.active) {
      await this.store.deleteSession(tokenHash);
      return null;
    }
    if (now - session.lastSeenMs >= TOUCH_EVERY_MS) await this.store.touchSession(tokenHash, now);
    return { userId: user.id, username: user.username, role: user.role, municipalityCode: user.municipalityCode, sessionHash: tokenHash };
  }

  async logout(viewer: Viewer, origin: string): Promise<void> {
    await this.store.deleteSession(viewer.sessionHash);
    await this.audit({ username: viewer.username, origin }, 'logout', viewer.username, 'ok');
  }

  async changePassword(viewer: Viewer, oldPassword: string, newPassword: string, origin: string, problem: Message | null): Promise<void> {
    const actor = { username: viewer.username, origin };
    // Guesses of the current password count as failed logins: a stolen session cannot try them endlessly.
    const name = normaliseUsername(viewer.username);
    const now = this.now();
    const allowed = await this.store.beginLoginAttempt(
      name,
      origin,
      now,
      now - lockoutLookbackMs(this.lockoutPolicy),
      (accountFromAddress, address) => attemptLock(accountFromAddress, address, now, this.lockoutPolicy) === null,
    );
    if (!allowed) {
      await this.audit(actor, 'user.changePassword', viewer.username, 'refused', 'geblokkeerd na herhaalde fouten');
      throw badUserInput({
        nl: 'Te veel onjuiste pogingen: wachtwoord wijzigen kan hier even niet. Probeer het over enkele minuten opnieuw.',
        en: 'Too many incorrect attempts: the password cannot be changed from here for a while. Try again in a few minutes.',
      });
    }
    const [user] = await this.store.getUsers([viewer.userId]);
    if (!user || !(await this.gate.run(() => verifyPassword(oldPassword, user.passwordHash)))) {
      await this.audit(actor, 'user.changePassword', viewer.username, 'refused', 'huidig wachtwoord onjuist');
      throw badUserInput({ nl: 'Het huidige wachtwoord klopt niet.', en: 'The current password is not correct.' });
    }
    await this.store.clearLoginFailures(name, origin);
    if (problem) {
      await this.audit(actor, 'user.changePassword', viewer.username, 'refused', 'nieuw wachtwoord afgewezen');
      throw badUserInput(problem);
    }
    await this.store.setUserPassword(user.id, await this.hash(newPassword));
    // Other sessions may be someone who knew the old password: they end; this one stays.
    const ended = await this.store.deleteOtherSessions(user.id, viewer.sessionHash);
    await this.audit(actor, 'user.changePassword', viewer.username, 'ok', `${ended} andere sessies beëindigd`);
  }

  /** The viewer's own sessions still valid now, newest first. */
  mySessions(viewer: Viewer): Promise<SessionRow[]> {
    const now = this.now();
    return this.store.userSessions(viewer.userId, now - this.sessionPolicy.idleMs, now - this.sessionPolicy.absoluteMs);
  }

  /**
   * Ends one of the viewer's own sessions by its public id; answers whether it was the session of
   * this request. A session of someone else is refused exactly like one that does not exist.
   */
  async endMySession(viewer: Viewer, publicId: string, origin: string): Promise<{ current: boolean }> {
    const actor = { username: viewer.username, origin };
    const ended = /^[0-9a-f]{32}$/.test(publicId) ? await this.store.deleteUserSession(viewer.userId, publicId) : undefined;
    if (!ended) {
      await this.audit(actor, 'session.end', viewer.username, 'refused', 'sessie niet gevonden');
      throw badUserInput(SESSION_NOT_FOUND);
    }
    const current = ended.tokenHash === viewer.sessionHash;
    const detail = `${current ? 'deze sessie' : 'andere sessie'}; ${signInDetail(ended.method, ended.provider)}; ${ended.client ?? 'onbekende browser'}`;
    await this.audit(actor, 'session.end', viewer.username, 'ok', detail);
    return { current };
  }

  /** Ends every session of the viewer except this one; answers how many were ended. */
  async endMyOtherSessions(viewer: Viewer, origin: string): Promise<number> {
    const ended = await this.store.deleteOtherSessions(viewer.userId, viewer.sessionHash);
    await this.audit(
      { username: viewer.username, origin },
      'session.endOthers',
      viewer.username,
      'ok',
      `${ended} andere sessies beëindigd`,
    );
    return ended;
  }

  /** Sessions still valid now, per user id. */
  activeSessionCounts(userIds: readonly number[]): Promise<number[]> {
    const now = this.now();
    return this.store.activeSessionCounts(userIds, now - this.sessionPolicy.idleMs, now - this.sessionPolicy.absoluteMs);
  }

  /** Sessions past their limits and failures past every window are of no use any more. */
  private async housekeeping(now: number): Promise<void> {
    await this.store.deleteStaleSessions(now - this.sessionPolicy.idleMs, now - this.sessionPolicy.absoluteMs);
    await this.store.deleteStalePendingSessions(now - PENDING_SIGN_IN_MS);
    await this.store.pruneLoginFailures(now - 2 * lockoutLookbackMs(this.lockoutPolicy));
  }

  private verifyDummy(password: string): Promise<boolean> {
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'), this.scrypt);
    return this.dummyHash.then((hash) => verifyPassword(password, hash)).then(() => false);
  }
}
