import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { decodeJwt, decodeProtectedHeader, SignJWT, type JWTPayload } from 'jose';
import { createApp, type App } from '../../app.js';
import { silentLogger } from '../../log.js';
import type { Store } from '../../store/index.js';
import { seededStore, testServices } from '../../testing/api.js';
import { loginOver, postGraphql, serveOnLoopback } from '../../testing/http.js';
import { startTestProvider, type TestProvider } from '../../testing/oidcProvider.js';
import type { Services } from '../../graphql/context.js';
import { LOGIN_FAILED } from '../AuthService.js';
import { readSignInConfig, type SignInConfig } from './config.js';

/**
 * Single sign-on against a real OpenID provider (oidc-provider) on a loopback port, with the real
 * app over HTTP and openid-client doing every check. Token cases rewrite the provider's real
 * token response through the client's customFetch hook (re-signed with the provider's own key,
 * or with a flipped signature byte); the library still validates.
 */

let provider: TestProvider;
let store: Store;
let services: Services;
let signIn: SignInConfig;
let app: App;
let server: Server;
let base: string;
/** How the next token response is altered: claims re-signed by the provider's key, or its signature spoiled. */
let rewrite: ((claims: JWTPayload) => JWTPayload) | 'tamper' | null = null;

const ROLE_MAP = 'g-zvh=ZVH; g-zaanstad=GEMEENTE:GM0479; g-bestuur=BESTUURDER';

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = await startTestProvider({ redirectUris: [`${base}/auth/oidc/test/callback`], postLogoutRedirectUris: [base] });
  signIn = readSignInConfig(
    {
      ZV_PUBLIC_URL: base,
      ZV_OIDC_PROVIDERS: 'test',
      ZV_OIDC_TEST_ISSUER: provider.issuer,
      ZV_OIDC_TEST_CLIENT_ID: provider.clientId,
      ZV_OIDC_TEST_CLIENT_SECRET: provider.clientSecret,
      ZV_OIDC_TEST_LABEL: 'Testgemeente (OIDC)',
      ZV_OIDC_TEST_ROLE_MAP: ROLE_MAP,
    },
    0,
  );
  store = await seededStore();
  services = testServices(store, { signIn, oidcFetch: rewritingFetch });
  await services.users.create(
    { username: 'test', origin: 'test' },
    { username: 'tester', password: 'een lange zin als wachtwoord', role: 'ZVH' },
  );
  // Every sign-in here comes from 127.0.0.1: more than an address's login rate (one test checks that limit).
  app = await createApp({ services, logger: silentLogger, loginRate: { limit: 10_000, windowMs: 60_000 } });
  server.on('request', app.app);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await app.stop();
  await provider.close();
  await store.close();
});

beforeEach(() => {
  rewrite = null;
  signIn.providers[0]!.roleMap.splice(
    0,
    Infinity,
    ...readSignInConfig({ ...envFor(), ZV_OIDC_TEST_ROLE_MAP: ROLE_MAP }, 0).providers[0]!.roleMap,
  );
});

function envFor(): NodeJS.ProcessEnv {
  return {
    ZV_OIDC_PROVIDERS: 'test',
    ZV_OIDC_TEST_ISSUER: provider.issuer,
    ZV_OIDC_TEST_CLIENT_ID: 'x',
    ZV_OIDC_TEST_CLIENT_SECRET: 'x',
    ZV_OIDC_TEST_LABEL: 'x',
  };
}

/** The server's fetch for openid-client: the real request, with the token response altered as `rewrite` says. */
async function rewritingFetch(url: string, options: RequestInit): Promise<Response> {
  const response = await fetch(url, options);
  if (!rewrite || !url.endsWith('/token') || !response.ok) return response;
  const body = (await response.json()) as { id_token: string };
  if (rewrite === 'tamper') {
    const [header, payload, signature] = body.id_token.split('.') as [string, string, string];
    const bytes = Buffer.from(signature, 'base64url');
    bytes[10] = bytes[10]! ^ 0x01;
    body.id_token = `${header}.${payload}.${bytes.toString('base64url')}`;
  } else {
    const { kid, alg } = decodeProtectedHeader(body.id_token);
    body.id_token = await new SignJWT(rewrite(decodeJwt(body.id_token)))
      .setProtectedHeader({ alg: alg!, kid: kid!, typ: 'JWT' })
      .sign(provider.signingKey);
  }
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

/** Cookies per origin, as a browser keeps them (enough for these two servers). */
class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.byOrigin.get(url.origin) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  take(url: URL, response: Response): void {
    const jar = this.byOrigin.get(url.origin) ?? new Map<string, string>();
    this.byOrigin.set(url.origin, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
  }

  get(origin: string, name: string): string | undefined {
    return this.byOrigin.get(origin)?.get(name);
  }

  delete(origin: string, name: string): void {
    this.byOrigin.get(origin)?.delete(name);
  }
}

/** Follows redirects by hand, keeping cookies, until an answer that is no redirect or `stopAt` says stop. */
async function browse(
  jar: CookieJar,
  start: string,
  init: { method?: string; body?: URLSearchParams } = {},
  stopAt: (url: URL) => boolean = () => false,
): Promise<{ url: URL; response: Response | null; text: string }> {
  let url = new URL(start);
  let request: { method?: string; body?: URLSearchParams } = init;
  for (let hop = 0; hop < 20; hop++) {
    if (stopAt(url)) return { url, response: null, text: '' };
    const response = await fetch(url, {
      method: request.method ?? 'GET',
      ...(request.body ? { body: request.body } : {}),
      headers: { cookie: jar.header(url), 'accept-language': 'nl' },
      redirect: 'manual',
    });
    jar.take(url, response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { url, response, text: await response.text() };
    await response.arrayBuffer();
    url = new URL(location, url);
    request = {};
  }
  throw new Error(`too many redirects at ${url.href}`);
}

const isCallback = (url: URL) => url.origin === base && url.pathname === '/auth/oidc/test/callback';

/** Starts a sign-in at the dashboard and logs in at the provider's form; answers the callback URL the provider sends back. */
async function throughProvider(jar: CookieJar, login: string, start = '/auth/oidc/test/start'): Promise<URL> {
  let step = await browse(jar, `${base}${start}`, {}, isCallback);
  if (!step.response) return step.url;
  // The provider's development login form: any password; the login is the account's sub.
  const action = /<form[^>]*action="([^"]+)"/.exec(step.text)?.[1];
  if (!action) throw new Error(`no login form at ${step.url.href}: ${step.text.slice(0, 200)}`);
  step = await browse(
    jar,
    new URL(action, step.url).href,
    { method: 'POST', body: new URLSearchParams({ prompt: 'login', login, password: 'any' }) },
    isCallback,
  );
  if (step.response) throw new Error(`the provider did not return to the dashboard: ${step.response.status} ${step.text.slice(0, 300)}`);
  return step.url;
}

/** A whole sign-in in a fresh browser; answers the callback's page and the session cookie, if one was set. */
async function signInAs(
  login: string,
  jar = new CookieJar(),
): Promise<{ status: number; text: string; cookie: string | null; jar: CookieJar }> {
  const callback = await throughProvider(jar, login);
  const done = await browse(jar, callback.href);
  const session = jar.get(base, 'zv_session');
  return { status: done.response!.status, text: done.text, cookie: session ? `zv_session=${session}` : null, jar };
}

async function me(cookie: string) {
  const { json } = await postGraphql(base, cookie, {
    query: '{ me { username role municipality { code } signInProvider { id label } } mySessions { method provider current } }',
  });
  return json;
}

async function lastLoginAudit() {
  const [entry] = (await store.recentAudit(20)).filter((e) => e.action === 'login');
  return entry;
}

describe('single sign-on with a real OpenID provider', () => {
  it('creates the user on first sign-in with the role their group maps to, and opens the dashboard signed in', async () => {
    provider.accounts.set('sub-anna', { preferred_username: 'anna@zaanstad.nl', groups: ['g-other', 'g-zvh'] });
    const { status, text, cookie } = await signInAs('sub-anna');
    expect(status).toBe(200);
    // The same-origin page that moves on: the Strict session cookie is sent on the next navigation.
    expect(text).toMatch(/<meta http-equiv="refresh" content="0;url=\/">/);
    expect(cookie).not.toBeNull();
    const answer = await me(cookie!);
    expect(answer.data).toEqual({
      me: { username: 'anna@zaanstad.nl', role: 'ZVH', municipality: null, signInProvider: { id: 'test', label: 'Testgemeente (OIDC)' } },
      mySessions: [{ method: 'OIDC', provider: 'Testgemeente (OIDC)', current: true }],
    });
    const user = await store.findOidcUser('test', 'sub-anna');
    expect(user).toMatchObject({ username: 'anna@zaanstad.nl', role: 'ZVH', active: true, passwordHash: '!sso' });
    expect(await lastLoginAudit()).toMatchObject({ actor: 'anna@zaanstad.nl', result: 'ok', detail: 'methode: OIDC, provider: test' });
  });

  it('returns to the page asked for, and never to another site', async () => {
    provider.accounts.set('sub-gijs', { preferred_username: 'gijs', groups: ['g-zvh'] });
    for (const [terug, expected] of [
      ['/casuistiek?maat=per10k', '/casuistiek?maat=per10k'],
      ['//evil.example/', '/'],
    ] as const) {
      const jar = new CookieJar();
      const callback = await throughProvider(jar, 'sub-gijs', `/auth/oidc/test/start?terug=${encodeURIComponent(terug)}`);
      const { text } = await browse(jar, callback.href);
      expect(text).toContain(`<meta http-equiv="refresh" content="0;url=${expected}">`);
    }
  });

  it('maps a GEMEENTE group to that municipality, and the first mapping written wins', async () => {
    provider.accounts.set('sub-gm', { email: 'gert@zaanstad.nl', groups: ['g-bestuur', 'g-zaanstad'] });
    const { cookie } = await signInAs('sub-gm');
    // g-zaanstad comes before g-bestuur in the role map.
    expect((await me(cookie!)).data?.me).toMatchObject({
      username: 'gert@zaanstad.nl',
      role: 'GEMEENTE',
      municipality: { code: 'GM0479' },
    });
  });

  it('updates the role on the next sign-in after the mapping changed', async () => {
    provider.accounts.set('sub-bert', { preferred_username: 'bert', groups: ['g-zvh'] });
    expect((await me((await signInAs('sub-bert')).cookie!)).data?.me).toMatchObject({ role: 'ZVH' });
    signIn.providers[0]!.roleMap.unshift({ value: 'g-zvh', role: 'BESTUURDER', municipalityCode: null });
    expect((await me((await signInAs('sub-bert')).cookie!)).data?.me).toMatchObject({ username: 'bert', role: 'BESTUURDER' });
    expect((await store.listUsers()).filter((u) => u.username === 'bert')).toHaveLength(1);
  });

  it('refuses a user who maps to no role with a clear page, and creates no account', async () => {
    provider.accounts.set('sub-nobody', { preferred_username: 'nobody', groups: ['g-other'] });
    const { status, text, cookie } = await signInAs('sub-nobody');
    expect(status).toBe(403);
    expect(text).toContain('u heeft geen rol in dit dashboard');
    expect(text).toContain('<a href="/">Terug naar de inlogpagina</a>');
    expect(cookie).toBeNull();
    expect(await store.findOidcUser('test', 'sub-nobody')).toBeUndefined();
    expect(await lastLoginAudit()).toMatchObject({
      actor: 'nobody',
      result: 'failed',
      detail: expect.stringMatching(/^methode: OIDC, provider: test; geen rol/),
    });
  });

  it('deactivates a known user who now maps to no role, ends their sessions and refuses them', async () => {
    provider.accounts.set('sub-carla', { preferred_username: 'carla', groups: ['g-zvh'] });
    const first = await signInAs('sub-carla');
    provider.accounts.set('sub-carla', { preferred_username: 'carla', groups: [] });
    const second = await signInAs('sub-carla');
    expect(second.status).toBe(403);
    expect(await store.findOidcUser('test', 'sub-carla')).toMatchObject({ active: false });
    expect((await me(first.cookie!)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Back in the group, still deactivated: only a beheerder reactivates.
    provider.accounts.set('sub-carla', { preferred_username: 'carla', groups: ['g-zvh'] });
    const third = await signInAs('sub-carla');
    expect(third.status).toBe(403);
    expect(third.text).toContain('gedeactiveerd');
  });

  it('never takes over a local account with the same name', async () => {
    provider.accounts.set('sub-tester', { preferred_username: 'Tester', groups: ['g-bestuur'] });
    const { status, text, cookie } = await signInAs('sub-tester');
    expect(status).toBe(403);
    expect(text).toContain('een beheerder van het dashboard moet dit oplossen');
    expect(cookie).toBeNull();
    expect(await store.findUser('tester')).toMatchObject({ role: 'ZVH', oidcProvider: null });
  });

  it('lets no password in for a single sign-on user: it fails like a wrong one', async () => {
    provider.accounts.set('sub-dirk', { preferred_username: 'dirk', groups: ['g-zvh'] });
    await signInAs('sub-dirk');
    for (const password of ['!sso', '']) {
      const { json } = await postGraphql(base, '', {
        query: 'mutation ($p: String!) { login(username: "dirk", password: $p) { next } }',
        variables: { p: password },
      });
      expect(json.errors?.[0]?.message).toBe(LOGIN_FAILED.nl);
    }
  });
});

describe('the refusal pages', () => {
  it("speak the browser's language, Dutch unless English is preferred, with the way back to the login page", async () => {
    const page = async (language: string) => {
      const response = await fetch(`${base}/auth/oidc/unknown/start`, { headers: { 'accept-language': language } });
      return { status: response.status, text: await response.text(), cache: response.headers.get('cache-control') };
    };
    const english = await page('en-GB,en;q=0.9,nl;q=0.5');
    expect(english).toMatchObject({ status: 404, cache: 'no-store' });
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('This identity provider is not configured here.');
    expect(english.text).toContain('<a href="/">Back to the sign-in page</a>');
    expect(english.text).not.toMatch(/Inloggen|inlogdienst/);
    const dutch = await page('nl-NL,nl;q=0.9,en;q=0.5');
    expect(dutch.text).toContain('Deze inlogdienst is hier niet ingesteld.');
    expect(dutch.text).toContain('<a href="/">Terug naar de inlogpagina</a>');
  });
});

describe('signing in with a provider under load', () => {
  it('answers 429 with a page saying to wait, beyond the login rate of an address', async () => {
    // The counts live in the database the tests above share: start from none.
    await store.pruneRateLimits(Number.MAX_SAFE_INTEGER);
    const limited = await serveOnLoopback({ services, loginRate: { limit: 2, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.base}/auth/oidc/test/start`, { redirect: 'manual' })).status);
      expect(statuses).toEqual([303, 303, 429]);
      const refused = await fetch(`${limited.base}/auth/oidc/test/callback?code=x&state=y`, { redirect: 'manual' });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('60');
      expect(await refused.text()).toContain('Te veel inlogpogingen vanaf dit adres.');
    } finally {
      await limited.close();
    }
  });
});

describe('single sign-on refuses what does not validate', () => {
  beforeEach(() => {
    provider.accounts.set('sub-eva', { preferred_username: 'eva', groups: ['g-zvh'] });
  });

  async function refusedWith(detail: RegExp) {
    const { status, text, cookie } = await signInAs('sub-eva');
    expect(status).toBe(403);
    expect(text).toContain('Inloggen is niet gelukt');
    expect(cookie).toBeNull();
    expect(await lastLoginAudit()).toMatchObject({ result: 'failed', detail: expect.stringMatching(detail) });
  }

  it('an id_token for another audience', async () => {
    rewrite = (claims) => ({ ...claims, aud: 'another-client' });
    await refusedWith(/provider: test; antwoord van de provider afgewezen: .*aud/);
  });

  it('an expired id_token', async () => {
    const now = Math.floor(Date.now() / 1000);
    rewrite = (claims) => ({ ...claims, iat: now - 7200, exp: now - 3600 });
    await refusedWith(/afgewezen: .*exp/);
  });

  it('an id_token with a tampered signature', async () => {
    rewrite = 'tamper';
    await refusedWith(/afgewezen: .*signature/i);
  });

  it('an id_token with another nonce', async () => {
    rewrite = (claims) => ({ ...claims, nonce: 'a-nonce-of-another-sign-in' });
    await refusedWith(/afgewezen: .*nonce/);
  });

  it('a callback whose state is not the one of this browser', async () => {
    const jar = new CookieJar();
    const callback = await throughProvider(jar, 'sub-eva');
    callback.searchParams.set('state', 'state-of-another-sign-in');
    const { response, text } = await browse(jar, callback.href);
    expect(response!.status).toBe(403);
    expect(text).toContain('Inloggen is niet gelukt');
    expect(jar.get(base, 'zv_session')).toBeUndefined();
    expect(await lastLoginAudit()).toMatchObject({ result: 'failed', detail: expect.stringMatching(/afgewezen: .*state/) });
  });

  it('a callback without the state cookie (another browser)', async () => {
    const jar = new CookieJar();
    const callback = await throughProvider(jar, 'sub-eva');
    jar.delete(base, 'zv_oidc_state');
    const { response, text } = await browse(jar, callback.href);
    expect(response!.status).toBe(403);
    expect(text).toContain('in een andere browser begonnen');
    expect(jar.get(base, 'zv_session')).toBeUndefined();
    expect(await lastLoginAudit()).toMatchObject({ result: 'failed', detail: expect.stringMatching(/cookie met state ontbreekt/) });
  });

  it('a replay of a callback whose state was used', async () => {
    const jar = new CookieJar();
    const callback = await throughProvider(jar, 'sub-eva');
    const state = jar.get(base, 'zv_oidc_state')!;
    expect((await browse(jar, callback.href)).response!.status).toBe(200);
    const replay = new CookieJar();
    const response = await fetch(callback, { headers: { cookie: `zv_oidc_state=${state}` }, redirect: 'manual' });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie().some((c) => c.startsWith('zv_session='))).toBe(false);
    expect(replay.get(base, 'zv_session')).toBeUndefined();
    expect(await lastLoginAudit()).toMatchObject({ result: 'failed', detail: expect.stringMatching(/onbekend of al gebruikt/) });
  });
});

describe('logging out of a single sign-on session', () => {
  it("ends the session here and answers the provider's end-session URL", async () => {
    provider.accounts.set('sub-fien', { preferred_username: 'fien', groups: ['g-zvh'] });
    const { cookie } = await signInAs('sub-fien');
    const { json } = await postGraphql(base, cookie!, { query: '{ providerLogout { label url } }' });
    const logout = json.data?.providerLogout as { label: string; url: string };
    expect(logout.label).toBe('Testgemeente (OIDC)');
    const url = new URL(logout.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(url.searchParams.get('client_id')).toBe(provider.clientId);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(base);

    expect((await postGraphql(base, cookie!, { query: 'mutation { logout }' })).json.data).toEqual({ logout: true });
    expect((await me(cookie!)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The provider knows the URL: its logout page answers.
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(200);
  });

  it('offers no provider logout for a local session', async () => {
    const cookie = await loginOver(base, 'tester', 'een lange zin als wachtwoord');
    expect((await postGraphql(base, cookie, { query: '{ providerLogout { url } }' })).json).toEqual({ data: { providerLogout: null } });
  });
});
