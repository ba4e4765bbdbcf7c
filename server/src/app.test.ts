import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createApp, type App } from './app.js';
import { silentLogger } from './log.js';
import { seededSqliteStore, testServices } from './testing/api.js';
import type { SqliteStore } from './store/index.js';

let store: SqliteStore;
let app: App;
let server: Server;
let base: string;
let cookie: string;
const PASSWORD = 'een lange zin als wachtwoord';

beforeAll(async () => {
  store = await seededSqliteStore();
  const services = testServices(store);
  await services.users.create({ username: 'test', origin: 'test' }, { username: 'tester', password: PASSWORD, role: 'ZVH' });
  app = await createApp({ services, logger: silentLogger });
  server = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = await post(
    JSON.stringify({ query: `mutation { login(username: "tester", password: "${PASSWORD}") { next user { username } } }` }),
  );
  cookie = login.cookie;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await app.stop();
  await store.close();
});

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs to /graphql with the test user's session (once logged in). */
async function post(
  body: string,
  contentType = 'application/json',
): Promise<{ status: number; json: GraphQLBody; text: string; cookie: string }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) },
    body,
  });
  const text = await response.text();
  let json: GraphQLBody = {};
  try {
    json = JSON.parse(text) as GraphQLBody;
  } catch {
    // not JSON: the assertion on `text` tells
  }
  return { status: response.status, json, text, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

async function expectHealthy(): Promise<void> {
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
}

/** No stack trace, SQL or file path ever reaches a client. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|SELECT |INSERT |sqlite|\.ts:\d+|\/work\//i);
}

describe('over HTTP', () => {
  it('answers /healthz with {"status":"ok"}', async () => {
    await expectHealthy();
  });

  it('serves the contract at POST /graphql: 96 running cases on 1 February 2023', async () => {
    const { status, json } = await post(JSON.stringify({ query: '{ caseload { peildatum total } }' }));
    expect(status).toBe(200);
    expect(json).toEqual({ data: { caseload: { peildatum: '2023-02-01', total: 96 } } });
  });

  it('refuses a body that is not JSON with 400 and keeps answering', async () => {
    const { status, json, text } = await post('{"query": "{ region { name } }"');
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(json.errors?.[0]?.message).toMatch(/geen geldige JSON/);
    expectNoInternals(text);
    await expectHealthy();
  });

  it('refuses a body over the size limit with 413 and keeps answering', async () => {
    const { status, json, text } = await post(JSON.stringify({ query: `{ region { name } } #${'x'.repeat(200_000)}` }));
    expect(status).toBe(413);
    expect(json.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expectNoInternals(text);
    await expectHealthy();
  });

  it('refuses a POST that is not JSON with 415 saying which content type to send', async () => {
    const { status, json } = await post('{ region { name } }', 'text/plain');
    expect(status).toBe(415);
    expect(json.errors?.[0]?.message).toMatch(/Content-Type: application\/json/);
    await expectHealthy();
  });

  it('refuses a malformed Date with BAD_USER_INPUT naming the expected format', async () => {
    const { status, json, text } = await post(
      JSON.stringify({ query: 'query ($d: Date) { caseload(peildatum: $d) { total } }', variables: { d: '2023-02-31' } }),
    );
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(json.errors?.[0]?.message).toMatch(/JJJJ-MM-DD/);
    expectNoInternals(text);
    await expectHealthy();
  });

  it('answers an unknown municipality code with null', async () => {
    const { json } = await post(JSON.stringify({ query: '{ municipality(code: "GM0000") { name } }' }));
    expect(json).toEqual({ data: { municipality: null } });
  });

  it('refuses a query that does not parse or does not fit the schema, without internals', async () => {
    for (const query of ['{ caseload { total ', '{ caseload { nonsense } }', '{ municipality { name } }']) {
      const { status, json, text } = await post(JSON.stringify({ query }));
      expect(status).toBe(400);
      expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(json.errors?.[0]?.extensions?.code);
      expectNoInternals(text);
    }
    await expectHealthy();
  });

  it('refuses batched requests', async () => {
    const { status } = await post(JSON.stringify([{ query: '{ region { name } }' }, { query: '{ region { code } }' }]));
    expect(status).toBe(400);
    await expectHealthy();
  });

  it('answers an unknown path with a JSON 404', async () => {
    const response = await fetch(`${base}/api/onbekend`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('hides the cause of an internal failure behind a generic message with an error id', async () => {
    // Break the database under the running server: a lost table is an internal failure.
    store.db.exec('ALTER TABLE theme RENAME TO theme_moved');
    try {
      const { status, json, text } = await post(JSON.stringify({ query: '{ themes { number } }' }));
      expect(status).toBe(200);
      expect(json.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(json.errors?.[0]?.message).toMatch(/foutcode [0-9a-f-]{36}/);
      expect(text).not.toMatch(/no such table|SqliteError|theme_moved/i);
      expectNoInternals(text);
    } finally {
      store.db.exec('ALTER TABLE theme_moved RENAME TO theme');
    }
    await expectHealthy();
  });
});

describe('the session cookie', () => {
  const loginBody = JSON.stringify({
    query: `mutation { login(username: "tester", password: "${PASSWORD}") { next user { username role } } }`,
  });

  it('is HttpOnly and SameSite=Strict, and logout ends the session on the server', async () => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: loginBody });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^zv_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/); // plain http here; over https it is __Host- and Secure
    const session = setCookie.split(';')[0]!;

    const ask = (query: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session },
        body: JSON.stringify({ query }),
      });
    expect(await (await ask('{ me { username } }')).json()).toEqual({ data: { me: { username: 'tester' } } });
    const logout = await ask('mutation { logout }');
    expect(await logout.json()).toEqual({ data: { logout: true } });
    expect(logout.headers.get('set-cookie')).toMatch(/zv_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = (await (await ask('{ me { username } }')).json()) as GraphQLBody;
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers every query without a session with UNAUTHENTICATED', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ caseload { total } themes { number } }' }),
    });
    const body = (await response.json()) as GraphQLBody;
    expect(body.data).toBeNull();
    // One error per field asked for, each UNAUTHENTICATED.
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });
});

describe('behind a TLS-terminating proxy', () => {
  it('names the cookie __Host-zv_session and marks it Secure when the proxy says https', async () => {
    const services = testServices(store);
    const proxied = await createApp({ services, logger: silentLogger, trustProxy: 'loopback' });
    const proxiedServer = proxied.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => proxiedServer.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(proxiedServer.address() as AddressInfo).port}/graphql`;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ query: `mutation { login(username: "tester", password: "${PASSWORD}") { next user { username } } }` }),
      });
      const setCookie = response.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^__Host-zv_session=[\w-]{43};/);
      expect(setCookie).toMatch(/; Secure/);
      expect(setCookie).toMatch(/Path=\//);
      expect(setCookie).not.toMatch(/Domain=/);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    } finally {
      await new Promise((resolve) => proxiedServer.close(resolve));
      await proxied.stop();
    }
  });
});
