import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Viewer } from '../auth/viewer.js';
import { SESSION_NOT_FOUND } from '../auth/AuthService.js';
import { testApi, type TestApi } from '../testing/api.js';

const PASSWORD = 'een lange zin als wachtwoord';
const admin = { username: 'admin', origin: 'test' };
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

interface SessionView {
  id: string;
  current: boolean;
  method: string;
  provider: string | null;
  createdAt: string;
  lastUsedAt: string;
  client: string | null;
  address: string | null;
}
const LIST = '{ mySessions { id current method provider createdAt lastUsedAt client address } }';

let api: TestApi;

beforeEach(async () => {
  api = await testApi();
  await api.services.users.create(admin, { username: 'anna', password: PASSWORD, role: 'ZVH' });
  await api.services.users.create(admin, { username: 'bram', password: PASSWORD, role: 'GEMEENTE', municipalityCode: 'GM0479' });
});
afterEach(() => api.close());

/** Signs in and answers the token and the viewer of that session. */
async function signIn(username: string, userAgent: string | null = FIREFOX, ip = '192.0.2.10'): Promise<{ token: string; viewer: Viewer }> {
  const { token } = await api.services.auth.login(username, PASSWORD, ip, userAgent);
  const viewer = await api.services.auth.authenticate(token);
  if (!viewer) throw new Error('no session after login');
  return { token, viewer };
}

async function sessionsOf(viewer: Viewer): Promise<SessionView[]> {
  const { data, errors } = await api.run<{ mySessions: SessionView[] }>(LIST, undefined, viewer);
  expect(errors).toBeUndefined();
  return data!.mySessions;
}

const endSession = (id: string, viewer: Viewer) =>
  api.run<{ endMySession: boolean }>('mutation ($id: ID!) { endMySession(id: $id) }', { id }, viewer);

describe('mySessions', () => {
  it("lists the caller's own sessions only, marks this one, and says how each signed in and from what client", async () => {
    const laptop = await signIn('anna', FIREFOX, '192.0.2.10');
    await signIn('anna', SAFARI_IPHONE, '::ffff:198.51.100.77');
    await signIn('bram');

    const sessions = await sessionsOf(laptop.viewer);
    expect(sessions).toHaveLength(2);
    expect(sessions.map((s) => [s.current, s.method, s.provider, s.client, s.address])).toEqual(
      expect.arrayContaining([
        [true, 'PASSWORD', null, 'Firefox · Windows', '192.0.2.x'],
        [false, 'PASSWORD', null, 'Safari · iOS', '198.51.100.x'],
      ]),
    );
    for (const session of sessions) {
      expect(session.id).toMatch(/^[0-9a-f]{32}$/);
      expect(session.id).not.toBe(laptop.viewer.sessionHash);
      expect(laptop.token).not.toContain(session.id);
      expect(Date.parse(session.createdAt)).not.toBeNaN();
      expect(Date.parse(session.lastUsedAt)).not.toBeNaN();
    }
  });

  it('names the method in the audit entry of a login', async () => {
    await signIn('anna');
    const [entry] = await api.store.recentAudit(1);
    expect(entry).toMatchObject({ action: 'login', actor: 'anna', result: 'ok', detail: 'methode: PASSWORD' });
  });

  it('describes an unknown client as null, never with the raw User-Agent', async () => {
    const { viewer } = await signIn('anna', '<script>alert(1)</script>');
    expect((await sessionsOf(viewer))[0]).toMatchObject({ client: null });
  });
});

describe('endMySession', () => {
  it('ends another session of the caller: that token no longer signs in, and the end is audited with its method', async () => {
    const first = await signIn('anna');
    const second = await signIn('anna', SAFARI_IPHONE);
    const other = (await sessionsOf(first.viewer)).find((s) => !s.current)!;

    const { data, errors } = await endSession(other.id, first.viewer);
    expect(errors).toBeUndefined();
    expect(data!.endMySession).toBe(true);
    expect(await api.services.auth.authenticate(second.token)).toBeNull();
    expect(await api.services.auth.authenticate(first.token)).not.toBeNull();
    expect((await sessionsOf(first.viewer)).map((s) => s.id)).not.toContain(other.id);
    const [entry] = await api.store.recentAudit(1);
    expect(entry).toMatchObject({ action: 'session.end', actor: 'anna', result: 'ok' });
    expect(entry!.detail).toContain('andere sessie; methode: PASSWORD; Safari · iOS');
  });

  it("refuses another user's session exactly like one that does not exist, and leaves it running", async () => {
    const anna = await signIn('anna');
    const bram = await signIn('bram');
    const bramsSession = (await sessionsOf(bram.viewer))[0]!;

    const theirs = await endSession(bramsSession.id, anna.viewer);
    const unknown = await endSession('0123456789abcdef0123456789abcdef', anna.viewer);
    const malformed = await endSession(bram.viewer.sessionHash, anna.viewer);
    for (const result of [theirs, unknown, malformed]) {
      expect(result.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([['BAD_USER_INPUT', SESSION_NOT_FOUND.nl]]);
    }
    expect(await api.services.auth.authenticate(bram.token)).not.toBeNull();
    const refusals = (await api.store.recentAudit(3)).filter((e) => e.action === 'session.end');
    expect(refusals.map((e) => e.result)).toEqual(['refused', 'refused', 'refused']);
  });

  it('ending the current session logs out: its token no longer signs in', async () => {
    const { token, viewer } = await signIn('anna');
    const current = (await sessionsOf(viewer)).find((s) => s.current)!;
    expect((await endSession(current.id, viewer)).data?.endMySession).toBe(true);
    expect(await api.services.auth.authenticate(token)).toBeNull();
    expect((await api.store.recentAudit(1))[0]!.detail).toContain('deze sessie');
  });

  it('two sessions ending each other at once leave both ended, or one ended and the other told it is not found', async () => {
    const first = await signIn('anna');
    const second = await signIn('anna', SAFARI_IPHONE);
    const list = await sessionsOf(first.viewer);
    const a = list.find((s) => s.current)!;
    const b = list.find((s) => !s.current)!;

    const results = await Promise.all([endSession(b.id, first.viewer), endSession(a.id, second.viewer)]);
    const ok = results.filter((r) => r.data?.endMySession === true).length;
    const notFound = results.filter((r) => r.errors?.[0]?.message === SESSION_NOT_FOUND.nl).length;
    expect(ok + notFound).toBe(2);
    expect(ok).toBeGreaterThanOrEqual(1);
    // Whatever the order, neither session is left half-ended: both are gone from the store.
    expect(await api.services.auth.authenticate(first.token)).toBeNull();
    expect(await api.services.auth.authenticate(second.token)).toBeNull();
    const ends = (await api.store.recentAudit(2)).filter((e) => e.action === 'session.end');
    expect(ends.filter((e) => e.result === 'ok')).toHaveLength(ok);
  });
});

describe('endMyOtherSessions', () => {
  it("ends every other session of the caller, keeps this one and leaves other users' sessions alone", async () => {
    const first = await signIn('anna');
    const second = await signIn('anna');
    const third = await signIn('anna');
    const bram = await signIn('bram');

    const { data, errors } = await api.run<{ endMyOtherSessions: number }>('mutation { endMyOtherSessions }', undefined, first.viewer);
    expect(errors).toBeUndefined();
    expect(data!.endMyOtherSessions).toBe(2);
    expect(await api.services.auth.authenticate(second.token)).toBeNull();
    expect(await api.services.auth.authenticate(third.token)).toBeNull();
    expect(await api.services.auth.authenticate(first.token)).not.toBeNull();
    expect(await api.services.auth.authenticate(bram.token)).not.toBeNull();
    expect((await api.store.recentAudit(1))[0]).toMatchObject({
      action: 'session.endOthers',
      result: 'ok',
      detail: '2 andere sessies beëindigd',
    });
  });
});
