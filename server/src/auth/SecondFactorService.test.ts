import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { GraphQLError } from 'graphql';
import * as OTPAuth from 'otpauth';
import type { Services } from '../graphql/context.js';
import type { Store } from '../store/index.js';
import { sqlOf } from '../testing/sql.js';
import { seededStore, testServices } from '../testing/api.js';
import { MAX_FACTOR_FAILURES, PENDING_SIGN_IN_MS, type PendingSignIn } from './AuthService.js';

const PASSWORD = 'een lange zin als wachtwoord';
const IP = '192.0.2.10';
const beheerder = { username: 'beheer', origin: '10.0.0.1' };

let store: Store;
let services: Services;
let now: number;

beforeEach(async () => {
  store = await seededStore();
  now = Date.UTC(2026, 11, 6, 9, 0, 10);
  services = testServices(store, { now: () => now, mfaRequiredRoles: ['BEHEERDER', 'ZVH'] });
  await services.users.create(beheerder, { username: 'beheer', password: PASSWORD, role: 'BEHEERDER' });
  await services.users.create(beheerder, { username: 'anna', password: PASSWORD, role: 'ZVH' });
  await services.users.create(beheerder, { username: 'bob', password: PASSWORD, role: 'BESTUURDER' });
});
afterEach(() => store.close());

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return `${String((error as GraphQLError).extensions?.code)}: ${(error as Error).message}`;
  }
}

const totpFor = (secret: string) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/ /g, '')), algorithm: 'SHA1', digits: 6, period: 30 });
const codeAt = (secret: string, at: number) => totpFor(secret).generate({ timestamp: at });

async function pendingOf(username: string, ip = IP): Promise<{ token: string; pending: PendingSignIn }> {
  const { token, stage } = await services.auth.login(username, PASSWORD, ip);
  const pending = await services.auth.pendingSignIn(token);
  if (!pending) throw new Error(`no pending sign-in for ${username}: stage ${stage}`);
  return { token, pending };
}

async function owner(username: string) {
  const user = await store.findUser(username);
  if (!user) throw new Error(username);
  return { userId: user.id, username: user.username, role: user.role };
}

/** Sets up TOTP for a user (as the enrolment at sign-in does); answers the secret and the recovery codes. */
async function enrol(username: string): Promise<{ secret: string; codes: string[] }> {
  const who = await owner(username);
  const { secret } = await services.secondFactors.startTotpEnrolment(who, IP);
  const codes = await services.secondFactors.confirmTotpEnrolment(who, codeAt(secret, now), IP);
  // The next 30-second step, so that the sign-in's code is a new one.
  now += 30_000;
  return { secret, codes };
}

describe('signing in with a second factor', () => {
  it('after the right password of a user with TOTP the session waits for the code and counts as no session', async () => {
    await enrol('anna');
    const { token, stage } = await services.auth.login('anna', PASSWORD, IP);
    expect(stage).toBe('SECOND_FACTOR');
    expect(await services.auth.authenticate(token)).toBeNull();
    expect(await services.auth.pendingSignIn(token)).toMatchObject({ username: 'anna', stage: 'SECOND_FACTOR' });
    expect(await services.secondFactors.signInStep((await services.auth.pendingSignIn(token))!, null)).toEqual({
      next: 'SECOND_FACTOR',
      methods: ['TOTP', 'RECOVERY_CODE'],
      required: true,
    });
  });

  it('refuses a wrong code, accepts the right one under a new token, and never accepts the same code twice', async () => {
    const { secret } = await enrol('anna');
    const { token, pending } = await pendingOf('anna');
    const wrong = String((Number(codeAt(secret, now)) + 1) % 1_000_000).padStart(6, '0');
    expect(await failure(services.secondFactors.verifyTotp(pending, wrong, IP))).toMatch(/^BAD_USER_INPUT: De code is niet juist/);
    const code = codeAt(secret, now);
    const signedIn = await services.secondFactors.verifyTotp(pending, code, IP);
    // Rotated: the token from before the second step is worth nothing now.
    expect(signedIn).not.toBe(token);
    expect(await services.auth.authenticate(token)).toBeNull();
    expect(await services.auth.authenticate(signedIn)).toMatchObject({ username: 'anna' });
    const [session] = await services.auth.mySessions((await services.auth.authenticate(signedIn))!);
    expect(session).toMatchObject({ method: 'PASSWORD_TOTP', stage: 'FULL' });

    // The same code in its own window, at a new sign-in: refused (someone who watched it being typed).
    now += 5_000;
    const again = await pendingOf('anna');
    expect(await failure(services.secondFactors.verifyTotp(again.pending, code, IP))).toMatch(/^BAD_USER_INPUT/);
    // The next window's code passes.
    now += 30_000;
    expect(await services.secondFactors.verifyTotp(again.pending, codeAt(secret, now), IP)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('accepts a code of the step before or after (clock drift), not two steps away', async () => {
    const { secret } = await enrol('anna');
    const { pending } = await pendingOf('anna');
    expect(await failure(services.secondFactors.verifyTotp(pending, codeAt(secret, now - 60_000), IP))).toMatch(/^BAD_USER_INPUT/);
    expect(await failure(services.secondFactors.verifyTotp(pending, codeAt(secret, now + 60_000), IP))).toMatch(/^BAD_USER_INPUT/);
    expect(await services.secondFactors.verifyTotp(pending, codeAt(secret, now + 30_000), IP)).toBeTruthy();
    now += 90_000;
    const later = await pendingOf('anna');
    expect(await services.secondFactors.verifyTotp(later.pending, codeAt(secret, now - 30_000), IP)).toBeTruthy();
  });

  it('lets only one of two concurrent sign-ins with the same code through', async () => {
    const { secret } = await enrol('anna');
    const first = await pendingOf('anna', '192.0.2.21');
    const second = await pendingOf('anna', '192.0.2.22');
    const code = codeAt(secret, now);
    const results = await Promise.allSettled([
      services.secondFactors.verifyTotp(first.pending, code, '192.0.2.21'),
      services.secondFactors.verifyTotp(second.pending, code, '192.0.2.22'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('locks the account after repeated wrong codes like wrong passwords: then neither the right code nor the password helps', async () => {
    const { secret } = await enrol('anna');
    const { pending } = await pendingOf('anna');
    // The password's attempt counts until the second step succeeds: with four wrong codes, five failures.
    for (let i = 0; i < 4; i += 1) {
      now += 1_000;
      expect(await failure(services.secondFactors.verifyTotp(pending, '000000', IP))).toMatch(/^BAD_USER_INPUT/);
    }
    now += 1_000;
    expect(await failure(services.secondFactors.verifyTotp(pending, codeAt(secret, now), IP))).toMatch(/^UNAUTHENTICATED/);
    expect(await failure(services.auth.login('anna', PASSWORD, IP))).toMatch(/^UNAUTHENTICATED: Inloggen is niet gelukt/);
    const audit = await store.recentAudit(30);
    expect(audit.some((e) => e.action === 'login.lockout' && e.object === 'anna')).toBe(true);
    expect(audit.filter((e) => e.action === 'mfa.verify' && e.result === 'failed')).toHaveLength(4);
  });

  it(`ends the pending sign-in after ${MAX_FACTOR_FAILURES} wrong codes, even from different addresses`, async () => {
    await enrol('anna');
    const { token, pending } = await pendingOf('anna');
    for (let i = 0; i < MAX_FACTOR_FAILURES; i += 1) {
      await failure(services.secondFactors.verifyTotp(pending, '000000', `198.51.100.${i}`));
    }
    expect(await services.auth.pendingSignIn(token)).toBeNull();
  });

  it("does not end the user's sessions by signing in with the password alone, however often", async () => {
    const { secret } = await enrol('anna');
    const { pending } = await pendingOf('anna');
    const signedIn = await services.secondFactors.verifyTotp(pending, codeAt(secret, now), IP);
    for (let i = 0; i < 12; i += 1) await services.auth.login('anna', PASSWORD, `198.51.100.${i}`);
    expect(await services.auth.authenticate(signedIn)).toMatchObject({ username: 'anna' });
  });

  it("counts a failure reported without a counted attempt (as a passkey's) like a failed login, and lists no pending session", async () => {
    await enrol('anna');
    const { token, pending } = await pendingOf('anna');
    // The pending session is no session in the user's list, nor in the beheerder's count.
    expect(await services.auth.mySessions({ ...pending, role: 'ZVH', municipalityCode: null })).toEqual([]);
    expect(await services.auth.activeSessionCounts([pending.userId])).toEqual([0]);
    for (let i = 0; i < 3; i += 1) await services.auth.secondFactorFailed(pending, 'passkey: onjuist', IP);
    // The password's attempt and three failures: one more locks the account from this address.
    expect(await sqlOf(store).value('SELECT count(*) FROM login_failure WHERE ip = ?', IP)).toBe(4);
    for (let i = 0; i < 2; i += 1) await services.auth.secondFactorFailed(pending, 'passkey: onjuist', IP);
    expect(await services.auth.pendingSignIn(token)).toBeNull();
  });

  it('lets a pending sign-in lapse after ten minutes', async () => {
    const { secret } = await enrol('anna');
    const { token, pending } = await pendingOf('anna');
    now += PENDING_SIGN_IN_MS + 1_000;
    expect(await services.auth.pendingSignIn(token)).toBeNull();
    expect(await failure(services.secondFactors.verifyTotp(pending, codeAt(secret, now), IP))).toMatch(
      /^UNAUTHENTICATED: Deze aanmelding is verlopen/,
    );
  });

  it('signs in with a recovery code once, however it is typed, and says how many remain', async () => {
    const { codes } = await enrol('anna');
    const code = codes[3]!;
    expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
    expect(new Set(codes).size).toBe(10);
    const { pending } = await pendingOf('anna');
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    const { remaining } = await services.secondFactors.useRecoveryCode(pending, typed, IP);
    expect(remaining).toBe(9);
    const again = await pendingOf('anna');
    expect(await failure(services.secondFactors.useRecoveryCode(again.pending, code, IP))).toMatch(/^BAD_USER_INPUT: Deze herstelcode/);
    expect((await store.recentAudit(5)).find((e) => e.action === 'mfa.recoveryCode' && e.result === 'ok')?.detail).toBe(
      'nog 9 herstelcodes over',
    );
  });
});

describe('enforcement', () => {
  it('leads a user whose role requires a factor and has none to enrolment; the first code completes the sign-in', async () => {
    const { token, stage } = await services.auth.login('anna', PASSWORD, IP);
    expect(stage).toBe('ENROL');
    const pending = (await services.auth.pendingSignIn(token))!;
    expect(await services.secondFactors.signInStep(pending, null)).toEqual({ next: 'ENROL', methods: ['TOTP', 'PASSKEY'], required: true });
    // A pending sign-in cannot send a code before it has a factor.
    expect(await failure(services.secondFactors.verifyTotp(pending, '123456', IP))).toMatch(/^UNAUTHENTICATED/);
    const enrolment = await services.secondFactors.startTotpEnrolment(await owner('anna'), IP);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Dashboard%20Zorg%20%26%20Veiligheid:anna\?/);
    expect(enrolment.uri).toContain('algorithm=SHA1&digits=6&period=30');
    expect(enrolment.secret).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/); // 160 bits
    expect(enrolment.qrSvg).toMatch(/^<svg[^>]*>/);
    const codes = await services.secondFactors.confirmTotpEnrolment(await owner('anna'), codeAt(enrolment.secret, now), IP);
    expect(codes).toHaveLength(10);
    const full = await services.auth.completeSignIn(pending, 'PASSWORD_TOTP', IP);
    expect(await services.auth.authenticate(full)).toMatchObject({ username: 'anna' });
  });

  it('lets a user whose role needs no factor in with the password, but asks a factor once they have one', async () => {
    expect((await services.auth.login('bob', PASSWORD, IP)).stage).toBe('FULL');
    await enrol('bob');
    expect((await services.auth.login('bob', PASSWORD, IP)).stage).toBe('SECOND_FACTOR');
  });

  it('keeps the factor when the password changes', async () => {
    const { secret } = await enrol('anna');
    const { pending } = await pendingOf('anna');
    const viewer = (await services.auth.authenticate(await services.secondFactors.verifyTotp(pending, codeAt(secret, now), IP)))!;
    await services.auth.changePassword(viewer, PASSWORD, 'een heel ander lang wachtwoord', IP, null);
    expect((await services.auth.login('anna', 'een heel ander lang wachtwoord', IP)).stage).toBe('SECOND_FACTOR');
  });
});

describe('managing the factor', () => {
  it("lets a beheerder reset a user's second factor: factors gone, sessions ended, enrolment at the next sign-in", async () => {
    const { secret } = await enrol('anna');
    const { pending } = await pendingOf('anna');
    const signedIn = await services.secondFactors.verifyTotp(pending, codeAt(secret, now), IP);
    expect(await services.secondFactors.reset(beheerder, 'anna')).toBe(11); // the secret and ten codes
    expect(await services.auth.authenticate(signedIn)).toBeNull();
    expect(await store.secondFactors([(await owner('anna')).userId])).toEqual([[]]);
    expect((await services.auth.login('anna', PASSWORD, IP)).stage).toBe('ENROL');
    expect((await store.recentAudit(10)).find((e) => e.action === 'mfa.reset')).toMatchObject({
      actor: 'beheer',
      object: 'anna',
      result: 'ok',
    });
    expect(await failure(services.secondFactors.reset(beheerder, 'niemand'))).toMatch(
      /^BAD_USER_INPUT: De gebruiker "niemand" bestaat niet/,
    );
  });

  it('removes the app only when the role does not require a factor', async () => {
    await enrol('anna');
    await enrol('bob');
    expect(await failure(services.secondFactors.removeTotp(await owner('anna'), IP))).toMatch(/^BAD_USER_INPUT: Uw rol vereist/);
    await services.secondFactors.removeTotp(await owner('bob'), IP);
    expect((await services.auth.login('bob', PASSWORD, IP)).stage).toBe('FULL');
    // The recovery codes went with it: they back up a factor that is no longer there.
    expect(await store.unusedRecoveryCodes((await owner('bob')).userId)).toBe(0);
  });

  it('makes ten new recovery codes with a current code of the app; the old ones stop working', async () => {
    const { secret, codes } = await enrol('anna');
    expect(await failure(services.secondFactors.regenerateRecoveryCodes(await owner('anna'), '000000', IP))).toMatch(/^BAD_USER_INPUT/);
    const fresh = await services.secondFactors.regenerateRecoveryCodes(await owner('anna'), codeAt(secret, now), IP);
    expect(fresh).toHaveLength(10);
    expect(fresh.some((c) => codes.includes(c))).toBe(false);
    const { pending } = await pendingOf('anna');
    expect(await failure(services.secondFactors.useRecoveryCode(pending, codes[0]!, IP))).toMatch(/^BAD_USER_INPUT/);
    expect((await services.secondFactors.useRecoveryCode(pending, fresh[0]!, IP)).remaining).toBe(9);
  });

  it('keeps the secret encrypted in the database and never writes a code or the secret to the audit log', async () => {
    const { secret, codes } = await enrol('anna');
    const { pending } = await pendingOf('anna');
    await failure(services.secondFactors.verifyTotp(pending, '000000', IP));
    const code = codeAt(secret, now);
    await services.secondFactors.verifyTotp(pending, code, IP);
    const raw = Buffer.from(OTPAuth.Secret.fromBase32(secret.replace(/ /g, '')).bytes);
    const stored = (await sqlOf(store).value('SELECT secret FROM user_totp')) as Buffer;
    expect(stored.includes(raw)).toBe(false);
    expect(stored.toString('latin1')).not.toContain(secret.replace(/ /g, ''));
    // Another deployment's key (a copy of the database alone) cannot use it.
    const elsewhere = testServices(store, { now: () => now, mfaRequiredRoles: ['ZVH'] });
    const other = await elsewhere.auth.login('anna', PASSWORD, '192.0.2.99');
    const otherPending = (await elsewhere.auth.pendingSignIn(other.token))!;
    now += 30_000;
    await expect(elsewhere.secondFactors.verifyTotp(otherPending, codeAt(secret, now), '192.0.2.99')).rejects.toThrow();

    const audit = JSON.stringify(await store.recentAudit(100));
    for (const text of [secret, secret.replace(/ /g, ''), code, '000000', ...codes, ...codes.map((c) => c.replace(/-/g, ''))]) {
      expect(audit).not.toContain(text);
    }
    const actions = new Set((await store.recentAudit(100)).map((e) => e.action));
    for (const action of ['mfa.enrol.start', 'mfa.enrol', 'mfa.verify', 'login.password', 'login']) expect(actions).toContain(action);
  });
});
