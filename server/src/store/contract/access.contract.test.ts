import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { accessStores, refused, type AccessUnderTest } from '../../testing/contractStores.js';
import type { AuditEntry, SessionRow } from '../types.js';

/**
 * The access part of the store, once for each implementation: whatever holds for SQLite holds
 * for PostgreSQL. Each test gets an empty database of its own.
 */
describe.each(accessStores)('AccessStore on %s', (_name, open) => {
  let subject: AccessUnderTest;
  beforeEach(async () => {
    subject = await open();
  }, 60_000);
  afterEach(async () => {
    await subject.close();
  }, 60_000);

  const user = (username: string, role: 'BEHEERDER' | 'ZVH' | 'GEMEENTE' = 'ZVH') => ({
    username,
    passwordHash: `hash-of-${username}`,
    role,
    municipalityCode: role === 'GEMEENTE' ? 'GM0439' : null,
    createdAt: '2026-01-02T03:04:05.000Z',
  });

  const session = (tokenHash: string, userId: number, createdMs: number, extra: Partial<SessionRow> = {}): SessionRow => ({
    tokenHash,
    publicId: tokenHash.padEnd(32, '0').slice(0, 32),
    userId,
    createdMs,
    lastSeenMs: createdMs,
    method: 'PASSWORD',
    provider: null,
    client: 'Firefox · Linux',
    address: '192.0.2.x',
    stage: 'FULL',
    factorFailures: 0,
    ...extra,
  });

  const entry = (action: string, at: string, extra: Partial<AuditEntry> = {}): AuditEntry => ({
    at,
    actor: 'anna',
    action,
    object: null,
    result: 'ok',
    origin: '192.0.2.x',
    detail: null,
    ...extra,
  });

  describe('users', () => {
    it('creates a user and finds it by name without regard to ASCII case, as SQLite NOCASE does', async () => {
      const { store } = subject;
      const id = await store.createUser(user('Anna'));
      expect(await store.findUser('aNNA')).toEqual({
        id,
        username: 'Anna',
        role: 'ZVH',
        municipalityCode: null,
        active: true,
        passwordHash: 'hash-of-Anna',
        createdAt: '2026-01-02T03:04:05.000Z',
        lastLoginAt: null,
        oidcProvider: null,
        oidcSubject: null,
      });
      expect(await store.findUser('anna ')).toBeUndefined();
      // Only ASCII letters fold: "É" and "é" stay different names on both stores.
      await store.createUser(user('émile'));
      expect(await store.findUser('ÉMILE')).toBeUndefined();
      expect(await store.findUser('éMILE')).toMatchObject({ username: 'émile' });
      expect(await store.countUsers()).toBe(2);
    });

    it('refuses a second user whose name differs only in case, and a GEMEENTE user without a municipality', async () => {
      const { store } = subject;
      await store.createUser(user('anna'));
      expect(await refused(store.createUser(user('ANNA')))).toMatch(/unique/i);
      expect(await refused(store.createUser({ ...user('gerrit', 'GEMEENTE'), municipalityCode: null }))).toMatch(/check constraint/i);
      expect(await store.countUsers()).toBe(1);
    });

    it('lists users by name without regard to case, and answers a batch in key order', async () => {
      const { store } = subject;
      const bert = await store.createUser(user('bert'));
      const anna = await store.createUser(user('Anna'));
      const carla = await store.createUser(user('carla', 'GEMEENTE'));
      expect((await store.listUsers()).map((u) => u.username)).toEqual(['Anna', 'bert', 'carla']);
      const batch = await store.getUsers([carla, 999, anna]);
      expect(batch.map((u) => u?.username)).toEqual(['carla', undefined, 'Anna']);
      expect(batch[0]).toMatchObject({ role: 'GEMEENTE', municipalityCode: 'GM0439', active: true });
      expect(bert).toBeGreaterThan(0);
    });

    it('changes role, active flag, password and last login', async () => {
      const { store } = subject;
      const id = await store.createUser(user('anna'));
      await store.setUserRole(id, 'GEMEENTE', 'GM0415');
      await store.setUserActive(id, false);
      await store.setUserPassword(id, 'new-hash');
      await store.setLastLogin(id, '2026-02-03T04:05:06.000Z');
      expect(await store.findUser('anna')).toMatchObject({
        role: 'GEMEENTE',
        municipalityCode: 'GM0415',
        active: false,
        passwordHash: 'new-hash',
        lastLoginAt: '2026-02-03T04:05:06.000Z',
      });
      await store.setUserActive(id, true);
      expect((await store.findUser('anna'))?.active).toBe(true);
    });

    it('keeps single sign-on users by provider and subject, and updates only those', async () => {
      const { store } = subject;
      const sso = { ...user('anna@example.org'), oidcProvider: 'entra', oidcSubject: 'sub-1' };
      const id = await store.createOidcUser(sso);
      expect(await store.findOidcUser('entra', 'sub-1')).toMatchObject({ id, username: 'anna@example.org', oidcSubject: 'sub-1' });
      expect(await store.findOidcUser('other', 'sub-1')).toBeUndefined();
      expect(await refused(store.createOidcUser({ ...sso, username: 'someone-else' }))).toMatch(/unique/i);

      await store.updateOidcUser(id, { username: 'anna.renamed', role: 'BEHEERDER', municipalityCode: null, active: false });
      expect(await store.findOidcUser('entra', 'sub-1')).toMatchObject({ username: 'anna.renamed', role: 'BEHEERDER', active: false });
      const local = await store.createUser(user('bert'));
      await store.updateOidcUser(local, { username: 'hijacked', role: 'BEHEERDER', municipalityCode: null, active: true });
      expect(await store.findUser('bert')).toMatchObject({ id: local, role: 'ZVH' });
    });

    it('keeps a sign-in under way until it is taken once, and drops expired ones when saving', async () => {
      const { store } = subject;
      const request = (n: string, createdMs: number) => ({
        stateHash: n.repeat(64),
        provider: 'entra',
        nonce: 'nonce-nonce-nonce-1',
        codeVerifier: 'v'.repeat(43),
        returnTo: '/casuistiek',
        createdMs,
      });
      await store.saveOidcRequest(request('a', 1_000), 0);
      await store.saveOidcRequest(request('b', 700_000), 100_000); // a is older than 100 000: dropped
      expect(await store.takeOidcRequest('a'.repeat(64))).toBeUndefined();
      expect(await store.takeOidcRequest('b'.repeat(64))).toEqual(request('b', 700_000));
      expect(await store.takeOidcRequest('b'.repeat(64))).toBeUndefined();
    });
  });

  describe('sessions', () => {
    it('creates, finds, touches and ends a session, answering how many ended', async () => {
      const { store } = subject;
      const userId = await store.createUser(user('anna'));
      const row = session('t1', userId, 1_000, { stage: 'SECOND_FACTOR', method: 'OIDC', provider: 'entra' });
      await store.createSession(row);
      expect(await store.findSession('t1')).toEqual(row);
      await store.touchSession('t1', 5_000);
      expect((await store.findSession('t1'))?.lastSeenMs).toBe(5_000);
      expect(await store.deleteSession('t1')).toBe(1);
      expect(await store.deleteSession('t1')).toBe(0);
      expect(await store.findSession('t1')).toBeUndefined();
    });

    it("lists a user's valid full sessions newest first, also when made in the same millisecond", async () => {
      const { store } = subject;
      const anna = await store.createUser(user('anna'));
      const bert = await store.createUser(user('bert'));
      await store.createSession(session('old', anna, 1_000));
      await store.createSession(session('same-1', anna, 5_000));
      await store.createSession(session('same-2', anna, 5_000));
      await store.createSession(session('idle', anna, 6_000, { lastSeenMs: 6_000 }));
      await store.createSession(session('pending', anna, 7_000, { stage: 'ENROL' }));
      await store.createSession(session('berts', bert, 8_000));
      await store.touchSession('old', 9_000);
      await store.touchSession('same-1', 9_000);
      await store.touchSession('same-2', 9_000);
      // Idle limit 8 000 drops "idle"; created limit 1 000 keeps "old".
      expect((await store.userSessions(anna, 8_000, 1_000)).map((s) => s.tokenHash)).toEqual(['same-2', 'same-1', 'old']);
      expect((await store.userSessions(anna, 8_000, 2_000)).map((s) => s.tokenHash)).toEqual(['same-2', 'same-1']);
      expect(await store.activeSessionCounts([bert, 999, anna], 0, 0)).toEqual([1, 0, 4]);
      expect(await store.activeSessionCounts([anna], 8_000, 1_000)).toEqual([3]);
    });

    it("ends one session only when it is the user's own, and answers it", async () => {
      const { store } = subject;
      const anna = await store.createUser(user('anna'));
      const bert = await store.createUser(user('bert'));
      const row = session('annas', anna, 1_000);
      await store.createSession(row);
      expect(await store.deleteUserSession(bert, row.publicId)).toBeUndefined();
      expect(await store.deleteUserSession(anna, row.publicId)).toEqual(row);
      expect(await store.findSession('annas')).toBeUndefined();
    });

    it('ends the other sessions, all of a user, all but the newest few, and the stale ones', async () => {
      const { store } = subject;
      const anna = await store.createUser(user('anna'));
      const bert = await store.createUser(user('bert'));
      for (const [token, at] of [
        ['a1', 1_000],
        ['a2', 2_000],
        ['a3', 2_000],
        ['a4', 4_000],
      ] as const)
        await store.createSession(session(token, anna, at));
      await store.createSession(session('b1', bert, 1_000));
      await store.createSession(session('b2', bert, 9_000));

      expect(await store.keepNewestSessions(anna, 2)).toBe(2);
      expect((await store.userSessions(anna, 0, 0)).map((s) => s.tokenHash)).toEqual(['a4', 'a3']);
      expect(await store.deleteOtherSessions(anna, 'a3')).toBe(1);
      expect((await store.userSessions(anna, 0, 0)).map((s) => s.tokenHash)).toEqual(['a3']);
      // b1 is idle since 1 000; a3 was made before 2 500.
      expect(await store.deleteStaleSessions(1_500, 0)).toBe(1);
      expect(await store.findSession('b1')).toBeUndefined();
      expect(await store.deleteStaleSessions(0, 2_500)).toBe(1);
      expect(await store.deleteUserSessions(bert)).toBe(1);
      expect(await store.activeSessionCounts([anna, bert], 0, 0)).toEqual([0, 0]);
    });

    it('completes a pending session once under a new token, counts wrong codes, and ends stale pending ones', async () => {
      const { store } = subject;
      const anna = await store.createUser(user('anna'));
      await store.createSession(session('pending', anna, 1_000, { stage: 'SECOND_FACTOR' }));
      await store.createSession(session('stale', anna, 1_000, { stage: 'ENROL' }));
      await store.createSession(session('full', anna, 1_000));
      expect(await store.countFactorFailure('pending')).toBe(1);
      expect(await store.countFactorFailure('pending')).toBe(2);
      expect(await store.countFactorFailure('full')).toBeNull();
      expect(await store.countFactorFailure('gone')).toBeNull();

      expect(await store.completeSession('pending', 'completed', 'PASSWORD_TOTP', 3_000)).toBe(true);
      expect(await store.completeSession('pending', 'again', 'PASSWORD_TOTP', 3_000)).toBe(false);
      expect(await store.completeSession('completed', 'again', 'PASSWORD_TOTP', 3_000)).toBe(false);
      expect(await store.findSession('pending')).toBeUndefined();
      expect(await store.findSession('completed')).toMatchObject({
        stage: 'FULL',
        method: 'PASSWORD_TOTP',
        createdMs: 3_000,
        lastSeenMs: 3_000,
        factorFailures: 0,
      });
      expect(await store.deleteStalePendingSessions(2_000)).toBe(1);
      expect((await store.userSessions(anna, 0, 0)).map((s) => s.tokenHash)).toEqual(['completed', 'full']);
    });
  });

  describe('failed logins', () => {
    const limitOf = (max: number) => (pair: readonly number[]) => pair.length < max;

    it('counts failures of the account from the address and of the address, oldest first, since the given time', async () => {
      const { store } = subject;
      const seen: [readonly number[], readonly number[]][] = [];
      const record = (pair: readonly number[], address: readonly number[]) => {
        seen.push([pair, address]);
        return true;
      };
      await store.beginLoginAttempt('anna', '192.0.2.1', 1_000, 0, record);
      await store.beginLoginAttempt('ANNA', '192.0.2.1', 2_000, 0, record);
      await store.beginLoginAttempt('bert', '192.0.2.1', 3_000, 0, record);
      await store.beginLoginAttempt('anna', '192.0.2.2', 4_000, 0, record);
      await store.beginLoginAttempt('Anna', '192.0.2.1', 5_000, 1_500, record);
      expect(seen.at(-1)).toEqual([[2_000], [2_000, 3_000]]);
      expect(seen[2]).toEqual([[], [1_000, 2_000]]);
    });

    it('records an attempt only when allowed, and clears per address, for every address, and by age', async () => {
      const { store } = subject;
      for (let i = 0; i < 7; i += 1) await store.beginLoginAttempt('anna', '192.0.2.1', 1_000 + i, 0, limitOf(5));
      let counted: readonly number[] = [];
      await store.beginLoginAttempt('anna', '192.0.2.1', 2_000, 0, (pair) => ((counted = pair), false));
      expect(counted).toEqual([1_000, 1_001, 1_002, 1_003, 1_004]);

      await store.beginLoginAttempt('anna', '192.0.2.9', 3_000, 0, limitOf(5));
      await store.clearLoginFailures('ANNA', '192.0.2.1');
      await store.beginLoginAttempt('anna', '192.0.2.1', 4_000, 0, (pair) => ((counted = pair), false));
      expect(counted).toEqual([]);
      await store.beginLoginAttempt('anna', '192.0.2.9', 4_000, 0, (pair) => ((counted = pair), false));
      expect(counted).toEqual([3_000]);

      await store.beginLoginAttempt('bert', '192.0.2.9', 5_000, 0, limitOf(5));
      await store.pruneLoginFailures(3_500);
      await store.beginLoginAttempt('bert', '192.0.2.9', 6_000, 0, (pair) => ((counted = pair), false));
      expect(counted).toEqual([5_000]);
      expect(await store.clearAllLoginFailures('BERT')).toBe(1);
      expect(await store.clearAllLoginFailures('anna')).toBe(0);
    });

    it('lets exactly 5 of 20 concurrent attempts through with a limit of 5, also from other servers', async () => {
      const others = await Promise.all([subject.another(), subject.another()]);
      const stores = [subject.store, ...others];
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => stores[i % stores.length]!.beginLoginAttempt('anna', '192.0.2.1', 1_000 + i, 0, limitOf(5))),
      );
      expect(results.filter(Boolean)).toHaveLength(5);
      let counted: readonly number[] = [];
      await subject.store.beginLoginAttempt('anna', '192.0.2.1', 5_000, 0, (pair) => ((counted = pair), false));
      expect(counted).toHaveLength(5);
    });

    it('counts concurrent attempts on one address across accounts one after the other', async () => {
      const other = await subject.another();
      const byAddress = (_pair: readonly number[], address: readonly number[]) => address.length < 3;
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          (i % 2 === 0 ? subject.store : other).beginLoginAttempt(`user${i}`, '198.51.100.7', 1_000 + i, 0, byAddress),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(3);
    });
  });

  describe('the audit log', () => {
    it('appends entries and answers the newest first, pages oldest first, and the last id before a time', async () => {
      const { store } = subject;
      for (let i = 1; i <= 5; i += 1) await store.appendAudit(entry(`action.${i}`, `2026-01-0${i}T00:00:00.000Z`));
      expect((await store.recentAudit(2)).map((e) => e.action)).toEqual(['action.5', 'action.4']);
      expect(await store.recentAudit(1)).toEqual([entry('action.5', '2026-01-05T00:00:00.000Z')]);
      const upTo = await store.lastAuditBefore('2026-01-04T00:00:00.000Z');
      expect(upTo).not.toBeNull();
      const first = await store.auditPage(0, upTo!, 2);
      expect(first.map((e) => e.action)).toEqual(['action.1', 'action.2']);
      const next = await store.auditPage(first.at(-1)!.id, upTo!, 2);
      expect(next.map((e) => e.action)).toEqual(['action.3']);
      expect(await store.lastAuditBefore('2026-01-01T00:00:00.000Z')).toBeNull();
    });

    it('filters by actor, action prefix, result and time, newest first, with limit and offset', async () => {
      const { store } = subject;
      await store.appendAudit(entry('user.create', '2026-01-01T00:00:00.000Z'));
      await store.appendAudit(entry('user.role', '2026-01-02T00:00:00.000Z', { actor: 'bert' }));
      await store.appendAudit(entry('login', '2026-01-03T00:00:00.000Z', { result: 'refused' }));
      await store.appendAudit(entry('user.delete', '2026-01-04T00:00:00.000Z', { result: 'failed' }));
      const actions = async (q: Partial<Parameters<typeof store.queryAudit>[0]>) =>
        (await store.queryAudit({ limit: 10, offset: 0, ...q })).map((e) => e.action);
      expect(await actions({})).toEqual(['user.delete', 'login', 'user.role', 'user.create']);
      expect(await actions({ actionPrefix: 'user.' })).toEqual(['user.delete', 'user.role', 'user.create']);
      expect(await actions({ actionPrefix: 'USER.' })).toEqual([]);
      expect(await actions({ actor: 'bert' })).toEqual(['user.role']);
      expect(await actions({ result: 'refused' })).toEqual(['login']);
      expect(await actions({ from: '2026-01-02T00:00:00.000Z', to: '2026-01-03T00:00:00.000Z' })).toEqual(['login', 'user.role']);
      expect(await actions({ limit: 2, offset: 1 })).toEqual(['login', 'user.role']);
    });

    it('refuses UPDATE and DELETE of entries, even with SQL of its own', async () => {
      const { store, sql } = subject;
      await store.appendAudit(entry('login', '2026-01-01T00:00:00.000Z'));
      expect(await refused(sql("UPDATE audit_log SET actor = 'mallory'"))).toMatch(/append-only/);
      expect(await refused(sql('DELETE FROM audit_log'))).toMatch(/append-only/);
      expect(await store.recentAudit(5)).toEqual([entry('login', '2026-01-01T00:00:00.000Z')]);
    });

    it('removes exported entries with the record of their export and a note, or nothing when the count differs', async () => {
      const { store, sql } = subject;
      for (let i = 1; i <= 4; i += 1) await store.appendAudit(entry(`action.${i}`, `2026-01-0${i}T00:00:00.000Z`));
      const upToId = (await store.lastAuditBefore('2026-01-03T00:00:00.000Z'))!;
      const record = { at: '2027-01-01T00:00:00.000Z', file: 'audit-2026.jsonl', upToId, rows: 2, sha256: 'a'.repeat(64) };
      const note = entry('audit.export', '2027-01-01T00:00:00.000Z', { actor: null, detail: '2 entries' });

      expect(await refused(store.removeExportedAudit({ ...record, rows: 3 }, note))).toMatch(/3 entries written, 2 would be removed/);
      expect((await store.recentAudit(10)).map((e) => e.action)).toEqual(['action.4', 'action.3', 'action.2', 'action.1']);

      expect(await store.removeExportedAudit(record, note)).toBe(2);
      expect((await store.recentAudit(10)).map((e) => e.action)).toEqual(['audit.export', 'action.4', 'action.3']);
      // The export record itself stays, and entries after it still cannot be removed.
      expect(await refused(sql('DELETE FROM audit_export'))).toMatch(/append-only/);
      expect(await refused(sql('DELETE FROM audit_log'))).toMatch(/append-only/);
    });
  });
});
