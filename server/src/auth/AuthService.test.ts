import type { AuditAction } from '@zv/shared';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { GraphQLError } from 'graphql';
import type { Services } from '../graphql/context.js';
import type { Store } from '../store/index.js';
import { refused } from '../testing/contractStores.js';
import { sqlOf } from '../testing/sql.js';
import { seededStore, testServices } from '../testing/api.js';
import { LOGIN_FAILED } from './AuthService.js';

const MINUTE = 60_000;
const PASSWORD = 'een lange zin als wachtwoord';
const admin = { username: 'admin', origin: '10.0.0.1' };

let store: Store;
let services: Services;
let now: number;

beforeEach(async () => {
  store = await seededStore();
  now = Date.UTC(2026, 10, 22, 9, 0);
  services = testServices(store, { now: () => now });
  await services.users.create(admin, { username: 'anna', password: PASSWORD, role: 'ZVH' });
});
afterEach(() => store.close());

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as GraphQLError).extensions?.code as string | undefined;
  }
}

const login = (password = PASSWORD, ip = '192.0.2.10', username = 'anna') => services.auth.login(username, password, ip);

describe('login', () => {
  it('starts a session with a 256-bit random token and records the login', async () => {
    const { user, token } = await login();
    expect(user.username).toBe('anna');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const viewer = await services.auth.authenticate(token);
    expect(viewer).toMatchObject({ username: 'anna', role: 'ZVH' });
    const { token: second } = await login();
    expect(second).not.toBe(token); // a new token at every login
    const audit = await store.recentAudit(10);
    expect(audit[0]).toMatchObject({ actor: 'anna', action: 'login', object: 'anna', result: 'ok', origin: '192.0.2.10' });
  });

  it('gives one generic answer for a wrong password, an unknown user and a deactivated account', async () => {
    const messages: string[] = [];
    for (const attempt of [login('verkeerd wachtwoord'), login(PASSWORD, '192.0.2.11', 'onbekend')]) {
      await attempt.catch((error: GraphQLError) => messages.push(`${error.extensions?.code}: ${error.message}`));
    }
    await services.users.setActive(admin, 'anna', false);
    await login().catch((error: GraphQLError) => messages.push(`${error.extensions?.code}: ${error.message}`));
    expect(messages).toEqual([0, 1, 2].map(() => `UNAUTHENTICATED: ${LOGIN_FAILED.nl}`));
  });

  it('locks the account from that address after 5 failures within 15 minutes, logs the lockout, and lets the user in from elsewhere', async () => {
    for (let i = 0; i < 5; i += 1) {
      now += 10_000;
      expect(await codeOf(login('fout'))).toBe('UNAUTHENTICATED');
    }
    // Even the right password is refused from that address now, with the same message…
    now += 10_000;
    await expect(login()).rejects.toThrow(LOGIN_FAILED.nl);
    const lockouts = (await store.recentAudit(50)).filter((e) => e.action === 'login.lockout');
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0]!.detail).toMatch(/5 mislukte pogingen binnen 15 minuten vanaf 192\.0\.2\.10/);
    const refused = (await store.recentAudit(50)).filter((e) => e.action === 'login' && e.result === 'refused');
    expect(refused[0]!.detail).toMatch(/account geblokkeerd/);
    // …but someone guessing cannot lock the user out: from another address it works.
    expect((await login(PASSWORD, '192.0.2.99')).user.username).toBe('anna');
  });

  it('does not count attempts refused during a lock: they do not make it last longer', async () => {
    for (let i = 0; i < 5; i += 1) await login('fout').catch(() => undefined);
    // One attempt every 10 seconds during the minute's lock: all refused, none counted.
    for (let i = 0; i < 5; i += 1) {
      now += 10_000;
      expect(await codeOf(login('fout'))).toBe('UNAUTHENTICATED');
    }
    now += 11_000; // 61 s after the fifth failure
    expect((await login()).user.username).toBe('anna');
  });

  it('grows the lock with every failure that got through: 1, then 2 minutes', async () => {
    for (let i = 0; i < 5; i += 1) await login('fout').catch(() => undefined);
    now += 61_000;
    expect(await codeOf(login('fout'))).toBe('UNAUTHENTICATED'); // checked, wrong: the sixth failure
    now += 90_000;
    expect(await codeOf(login())).toBe('UNAUTHENTICATED'); // still within 2 minutes
    now += 31_000;
    expect((await login()).user.username).toBe('anna');
  });

  it('checks no more than 5 passwords of 60 sent at once (59 wrong, the right one last): the lock holds', async () => {
    const attempts = [...Array.from({ length: 59 }, () => login('fout')), login()];
    const codes = await Promise.all(attempts.map((attempt) => codeOf(attempt)));
    expect(codes.every((code) => code === 'UNAUTHENTICATED' || code === 'SERVICE_UNAVAILABLE')).toBe(true);
    const audit = await store.recentAudit(200);
    expect(audit.filter((e) => e.action === 'login' && e.result === 'failed')).toHaveLength(5);
    // The rest were refused for the lock, or turned away while every hashing slot was taken.
    const busy = codes.filter((code) => code === 'SERVICE_UNAVAILABLE').length;
    expect(audit.filter((e) => e.action === 'login' && e.result === 'refused')).toHaveLength(55 - busy);
    expect(audit.some((e) => e.action === 'login' && e.result === 'ok')).toBe(false);
  });

  it('takes "ADMIN", " Admin " and "admin" as one account, for the lock too', async () => {
    for (const name of ['ANNA', ' Anna ', 'anna', 'aNNa\t', 'Anna']) await login('fout', '192.0.2.10', name).catch(() => undefined);
    expect(await codeOf(login(PASSWORD, '192.0.2.10', 'anna'))).toBe('UNAUTHENTICATED');
    expect((await login(PASSWORD, '192.0.2.20', ' ANNA ')).user.username).toBe('anna');
  });

  it('refuses a user name over 64 or a password over 1024 characters before anything is stored or logged', async () => {
    const before = (await store.recentAudit(1000)).length;
    expect(await codeOf(login('fout', '192.0.2.10', 'x'.repeat(95_000)))).toBe('BAD_USER_INPUT');
    expect(await codeOf(login('x'.repeat(1025)))).toBe('BAD_USER_INPUT');
    expect((await store.recentAudit(1000)).length).toBe(before);
    expect(await sqlOf(store).value('SELECT count(*) FROM login_failure')).toBe(0);
    // 64 and 1024 are still read (and simply wrong).
    expect(await codeOf(login('x'.repeat(1024), '192.0.2.10', 'y'.repeat(64)))).toBe('UNAUTHENTICATED');
  });

  it('does not lock for failures spread over more than 15 minutes', async () => {
    for (let i = 0; i < 6; i += 1) {
      now += 4 * MINUTE;
      await login('fout').catch(() => undefined);
    }
    now += 4 * MINUTE;
    expect((await login()).user.username).toBe('anna');
  });

  it('counts failures per client address too: 20 failures from one address block it for every account', async () => {
    for (let i = 0; i < 20; i += 1) await login('fout', '198.51.100.7', `onbekend${i}`).catch(() => undefined);
    expect(await codeOf(login(PASSWORD, '198.51.100.7'))).toBe('UNAUTHENTICATED');
    expect((await login(PASSWORD, '198.51.100.8')).user.username).toBe('anna');
  });
});

describe('sessions', () => {
  it('end after 30 minutes without a request', async () => {
    const { token } = await login();
    now += 29 * MINUTE;
    expect(await services.auth.authenticate(token)).not.toBeNull();
    now += 29 * MINUTE; // seen 29 minutes ago: still fine
    expect(await services.auth.authenticate(token)).not.toBeNull();
    now += 31 * MINUTE;
    expect(await services.auth.authenticate(token)).toBeNull();
    now -= 31 * MINUTE; // and it is gone for good, not only expired
    expect(await services.auth.authenticate(token)).toBeNull();
  });

  it('end 8 hours after login, however active', async () => {
    const { token } = await login();
    for (let minutes = 0; minutes < 8 * 60 - 20; minutes += 20) {
      now += 20 * MINUTE;
      expect(await services.auth.authenticate(token)).not.toBeNull();
    }
    now += 40 * MINUTE;
    expect(await services.auth.authenticate(token)).toBeNull();
  });

  it('end at logout, on the server', async () => {
    const { token } = await login();
    const viewer = await services.auth.authenticate(token);
    await services.auth.logout(viewer!, '192.0.2.10');
    expect(await services.auth.authenticate(token)).toBeNull();
  });

  it('end when a beheerder ends them or deactivates the user', async () => {
    const a = await login();
    const b = await login();
    expect(await services.users.endSessions(admin, 'anna')).toBe(2);
    expect(await services.auth.authenticate(a.token)).toBeNull();
    const c = await login();
    await services.users.setActive(admin, 'anna', false);
    expect(await services.auth.authenticate(c.token)).toBeNull();
    expect(await services.auth.authenticate(b.token)).toBeNull();
  });

  it('refuse tokens that were never issued or are malformed', async () => {
    await login();
    expect(await services.auth.authenticate('x'.repeat(43))).toBeNull();
    expect(await services.auth.authenticate('%%%')).toBeNull();
    expect(await services.auth.authenticate('')).toBeNull();
  });

  it('are at most 10 per user: the 12th login ends the two oldest', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      now += 1_000;
      tokens.push((await login()).token);
    }
    const valid = await Promise.all(tokens.map(async (t) => (await services.auth.authenticate(t)) !== null));
    expect(valid).toEqual([false, false, ...Array.from({ length: 10 }, () => true)]);
  });

  it('are counted per user while valid', async () => {
    const anna = await store.findUser('anna');
    await login();
    await login();
    expect(await services.auth.activeSessionCounts([anna!.id])).toEqual([2]);
    now += 31 * MINUTE;
    expect(await services.auth.activeSessionCounts([anna!.id])).toEqual([0]);
  });
});

describe('changing a password', () => {
  it('needs the current password, checks the new one, and ends the other sessions', async () => {
    const mine = await login();
    const other = await login();
    const viewer = (await services.auth.authenticate(mine.token))!;
    expect(await codeOf(services.auth.changePassword(viewer, 'fout', 'nieuwe lange zin', 'x', null))).toBe('BAD_USER_INPUT');
    await services.auth.changePassword(viewer, PASSWORD, 'nieuwe lange zin', 'x', null);
    expect(await services.auth.authenticate(mine.token)).not.toBeNull();
    expect(await services.auth.authenticate(other.token)).toBeNull();
    expect(await codeOf(login())).toBe('UNAUTHENTICATED');
    expect((await login('nieuwe lange zin')).user.username).toBe('anna');
  });
});

describe('guessing the current password', () => {
  it('counts as failed logins: after 5 wrong ones even the right one is refused for a while, then it works', async () => {
    const { token } = await login();
    const viewer = (await services.auth.authenticate(token))!;
    const change = (old: string) => services.auth.changePassword(viewer, old, 'een nieuwe lange zin', '192.0.2.10', null);
    for (let i = 0; i < 5; i += 1) await expect(change('fout')).rejects.toThrow('Het huidige wachtwoord klopt niet.');
    await expect(change(PASSWORD)).rejects.toThrow(/Te veel onjuiste pogingen/);
    now += 61_000;
    await change(PASSWORD);
    expect((await login('een nieuwe lange zin', '192.0.2.30')).user.username).toBe('anna');
  });
});

describe('managing users', () => {
  it('refuses bad input with a message that says what to fix, and logs old → new for changes', async () => {
    const problems: string[] = [];
    const attempts = [
      services.users.create(admin, { username: 'bert', password: 'welkom01', role: 'ZVH' }),
      services.users.create(admin, { username: 'anna', password: PASSWORD, role: 'ZVH' }),
      services.users.create(admin, { username: 'gem', password: PASSWORD, role: 'GEMEENTE' }),
      services.users.create(admin, { username: 'gem', password: PASSWORD, role: 'GEMEENTE', municipalityCode: 'GM9999' }),
      services.users.create(admin, { username: 'zvh2', password: PASSWORD, role: 'ZVH', municipalityCode: 'GM0479' }),
      services.users.create(admin, { username: 'met spatie', password: PASSWORD, role: 'ZVH' }),
    ];
    for (const attempt of attempts) await attempt.catch((error: GraphQLError) => problems.push(error.message));
    expect(problems).toEqual([
      expect.stringMatching(/veelgebruikte wachtwoorden/),
      expect.stringMatching(/"anna" bestaat al/),
      expect.stringMatching(/hoort bij één gemeente/),
      expect.stringMatching(/"GM9999" bestaat niet/),
      expect.stringMatching(/Alleen de rol GEMEENTE/),
      expect.stringMatching(/Ongeldige gebruikersnaam/),
    ]);
    const gemeente = await services.users.create(admin, {
      username: 'gem',
      password: PASSWORD,
      role: 'GEMEENTE',
      municipalityCode: 'GM0479',
    });
    expect(gemeente).toMatchObject({ role: 'GEMEENTE', municipalityCode: 'GM0479', active: true });
    await services.users.setRole(admin, 'gem', 'BESTUURDER', null);
    const audit = await store.recentAudit(20);
    expect(audit[0]).toMatchObject({
      action: 'user.setRole',
      object: 'gem',
      result: 'ok',
      detail: 'GEMEENTE GM0479 → BESTUURDER',
      actor: 'admin',
    });
    expect(audit.filter((e) => e.action === 'user.create' && e.result === 'refused')).toHaveLength(6);
  });

  it('lets a beheerder lift the lock after failed logins, from every address, and logs it', async () => {
    for (const ip of ['192.0.2.10', '192.0.2.11']) for (let i = 0; i < 5; i += 1) await login('fout', ip).catch(() => undefined);
    expect(await codeOf(login(PASSWORD, '192.0.2.10'))).toBe('UNAUTHENTICATED');
    expect(await services.users.unlockLogins(admin, 'ANNA')).toBe(10);
    expect((await login(PASSWORD, '192.0.2.10')).user.username).toBe('anna');
    expect((await store.recentAudit(5)).find((e) => e.action === 'user.unlockLogins')).toMatchObject({
      object: 'anna',
      result: 'ok',
      detail: '10 mislukte pogingen gewist',
    });
    await expect(services.users.unlockLogins(admin, 'bestaat-niet')).rejects.toThrow('De gebruiker "bestaat-niet" bestaat niet.');
  });

  it('keeps at least one active beheerder', async () => {
    await services.users.create(admin, { username: 'baas', password: PASSWORD, role: 'BEHEERDER' });
    expect(await codeOf(services.users.setActive(admin, 'baas', false))).toBe('BAD_USER_INPUT');
    expect(await codeOf(services.users.setRole(admin, 'baas', 'ZVH', null))).toBe('BAD_USER_INPUT');
    await services.users.create(admin, { username: 'baas2', password: PASSWORD, role: 'BEHEERDER' });
    expect((await services.users.setActive(admin, 'baas', false)).active).toBe(false);
  });
});

describe('the audit log', () => {
  it('bounds every field: no input makes an entry large', async () => {
    await services.auth.audit(
      { username: 'u'.repeat(5000), origin: 'o'.repeat(5000) },
      // Not an action the server writes: the bound holds for any value that reaches the log.
      'a'.repeat(500) as AuditAction,
      'x'.repeat(100_000),
      'refused',
      'd'.repeat(100_000),
    );
    const [entry] = await store.recentAudit(1);
    expect([entry!.actor!.length, entry!.action.length, entry!.object!.length, entry!.origin!.length, entry!.detail!.length]).toEqual([
      100, 60, 300, 100, 2000,
    ]);
    expect(entry!.detail!.endsWith('…')).toBe(true);
  });

  it('cannot be altered or deleted, not even with SQL', async () => {
    await login();
    expect(await refused(sqlOf(store).run("UPDATE audit_log SET actor = 'iemand anders'"))).toMatch(/append-only/);
    expect(await refused(sqlOf(store).run('DELETE FROM audit_log'))).toMatch(/append-only/);
    expect((await store.recentAudit(5)).length).toBeGreaterThan(0);
  });
});
