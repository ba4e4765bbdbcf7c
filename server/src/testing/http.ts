import { createServer, type AddressInfo } from 'node:net';
import { createApp, type App, type AppOptions } from '../app.js';
import { silentLogger } from '../log.js';
import { seededStore, testServices } from './api.js';

/** The app on a free loopback port, for tests that go over real HTTP; `close` stops both. */
export async function serveOnLoopback(options: AppOptions): Promise<{ base: string; app: App; close: () => Promise<void> }> {
  const app = await createApp({ logger: silentLogger, ...options });
  const server = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    app,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
    },
  };
}

/** Logs in over HTTP; answers the Cookie header value of the new session (throws when refused). */
export async function loginOver(base: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { next user { username } } }',
      variables: { u: username, p: password },
    }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.startsWith('zv_session=')) throw new Error(`login of ${username} refused: ${response.status} ${await response.text()}`);
  return cookie;
}

/** POSTs a GraphQL request with the given cookie; answers the status and the parsed body. */
export async function postGraphql(
  base: string,
  cookie: string,
  body: Record<string, unknown>,
): Promise<{ status: number; json: GraphqlAnswer; bytes: number }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: JSON.parse(text) as GraphqlAnswer, bytes: Buffer.byteLength(text) };
}

export interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A client of /graphql that keeps its session cookie as a browser does: each Set-Cookie replaces it. */
export function cookieClient(base: string) {
  let cookie = '';
  return {
    get cookie() {
      return cookie;
    },
    async ask(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlAnswer> {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const set = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      if (set.startsWith('zv_session=')) cookie = set === 'zv_session=' ? '' : set;
      return (await response.json()) as GraphqlAnswer;
    },
  };
}

/**
 * The seeded app over HTTP with the product's default second-factor roles (BEHEERDER and ZVH) and
 * two users who need one: `beheer` (BEHEERDER) and `anna` (ZVH), both with `password`.
 */
export async function serveWithFactorUsers(password: string) {
  const store = await seededStore();
  const services = testServices(store, { mfaRequiredRoles: ['BEHEERDER', 'ZVH'] });
  for (const [username, role] of [
    ['beheer', 'BEHEERDER'],
    ['anna', 'ZVH'],
  ] as const) {
    await services.users.create({ username: 'setup', origin: 'test' }, { username, password, role });
  }
  const served = await serveOnLoopback({ services });
  return {
    store,
    base: served.base,
    close: async () => {
      await served.close();
      await store.close();
    },
  };
}

/** A loopback port free at this moment, for a server a test starts as a process of its own. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
