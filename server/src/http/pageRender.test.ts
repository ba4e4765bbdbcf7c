/**
 * Pages rendered on the server (decision 0009), with a stand-in for the dashboard's built entry:
 * who gets a rendered page, that its queries run for that viewer through the API's own rules, and
 * that every failure falls back to the plain index.html.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Logger } from '../log.js';
import type { Store } from '../store/index.js';
import { seededStore, testServices } from '../testing/api.js';
import { loginOver, serveOnLoopback } from '../testing/http.js';
import { RENDERED_PAGE } from './pageRender.js';
import { REVALIDATE } from './staticFiles.js';

const PASSWORD = 'een lange zin als wachtwoord';
const INDEX = '<!doctype html>\n<html lang="nl"><body><div id="root"></div></body></html>';

/**
 * The stand-in entry: asks who is logged in and a municipality by code (an over-long one with
 * ?long), and writes the answers into the page; ?none renders nothing, ?fail throws.
 */
const ENTRY = `
export async function render({ path, search, lang, execute }) {
  if (search.includes('fail')) throw new Error('kapot');
  if (search.includes('none')) return null;
  const code = search.includes('long') ? 'G'.repeat(300) : 'GM0439';
  const me = await execute({ query: '{ me { username role } }' });
  const place = await execute({ query: 'query ($code: ID!) { municipality(code: $code) { name } }', variables: { code } });
  const codes = (place.errors ?? []).map((e) => e.extensions?.code);
  return {
    html: '<p>' + JSON.stringify({ path, lang, me: me.data.me, place: place.data?.municipality ?? null, codes }) + '</p>',
    state: '<script type="application/json" id="zv-state">{}</script>',
  };
}
`;

let dir: string;
let store: Store;
const errors: string[] = [];
const logger: Logger = { info: () => undefined, error: (message) => errors.push(message) };
let server: Awaited<ReturnType<typeof serveOnLoopback>>;
let cookie: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zv-render-'));
  mkdirSync(join(dir, 'dist'));
  mkdirSync(join(dir, 'dist-ssr'));
  writeFileSync(join(dir, 'dist', 'index.html'), INDEX);
  writeFileSync(join(dir, 'dist-ssr', 'render.js'), ENTRY);
  store = await seededStore();
  const services = testServices(store);
  await services.users.create({ username: 'test', origin: 'test' }, { username: 'bestuur', password: PASSWORD, role: 'BESTUURDER' });
  server = await serveOnLoopback({ services, clientDir: join(dir, 'dist'), logger });
  cookie = await loginOver(server.base, 'bestuur', PASSWORD);
});
afterAll(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.base}${path}`, { headers });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), html: await response.text() };
}

/** What the stand-in wrote into #root, or null for the plain page. */
function rendered(html: string): Record<string, unknown> | null {
  const match = /<div id="root"><p>(.*)<\/p><\/div><script type="application\/json" id="zv-state">\{\}<\/script>/.exec(html);
  return match ? (JSON.parse(match[1] as string) as Record<string, unknown>) : null;
}

describe('a page rendered on the server', () => {
  it('is made for a visitor with a session, from queries run as that viewer, and never kept', async () => {
    const answer = await page('/casuistiek?peildatum=2023-02-01', { cookie });
    expect(answer.status).toBe(200);
    expect(answer.cacheControl).toBe(RENDERED_PAGE);
    expect(rendered(answer.html)).toEqual({
      path: '/casuistiek',
      lang: 'nl',
      me: { username: 'bestuur', role: 'BESTUURDER' },
      place: { name: 'Purmerend' },
      codes: [],
    });
    expect(answer.html).toContain('<html lang="nl">');
  });

  it('comes in the language of the visitor’s cookie', async () => {
    const answer = await page('/', { cookie: `${cookie}; zv_lang=en` });
    expect(answer.html).toContain('<html lang="en">');
    expect(rendered(answer.html)).toMatchObject({ lang: 'en' });
  });

  it('runs its queries through the API’s limits: an over-long argument is refused as over /graphql', async () => {
    expect(rendered((await page('/?long', { cookie })).html)).toMatchObject({ place: null, codes: ['BAD_USER_INPUT'] });
  });

  it('is not made without a session, or with a session that is no longer valid: the plain page', async () => {
    for (const headers of [{}, { cookie: 'zv_session=niet-geldig' }] as Record<string, string>[]) {
      const answer = await page('/', headers);
      expect(answer.status).toBe(200);
      expect(answer.cacheControl).toBe(REVALIDATE);
      expect(answer.html).toBe(INDEX);
    }
  });

  it('falls back to the plain page when the entry renders nothing or fails, and says why in the log', async () => {
    const none = await page('/doelen?none', { cookie });
    expect(none.html).toBe(INDEX);
    expect(none.cacheControl).toBe(REVALIDATE);
    errors.length = 0;
    const failed = await page('/doelen?fail', { cookie });
    expect(failed.status).toBe(200);
    expect(failed.html).toBe(INDEX);
    expect(errors).toEqual(['Server-side rendering failed; the browser renders this page']);
  });

  it('is only made for the dashboard’s pages: a file that is not there is a 404', async () => {
    for (const path of ['/favicon.svg', '/assets/index-0ld8u1ld.js', '/bronnen/nope.txt']) {
      const answer = await page(path, { cookie });
      expect({ path, status: answer.status, rendered: rendered(answer.html) }).toEqual({ path, status: 404, rendered: null });
    }
  });
});

describe('with server rendering switched off (ZV_SERVER_RENDERING=off)', () => {
  it('every page is the plain one', async () => {
    const off = await serveOnLoopback({ services: testServices(store), clientDir: join(dir, 'dist'), serverRendering: false });
    try {
      const session = await loginOver(off.base, 'bestuur', PASSWORD);
      const response = await fetch(`${off.base}/`, { headers: { cookie: session } });
      expect(await response.text()).toBe(INDEX);
      expect(response.headers.get('cache-control')).toBe(REVALIDATE);
    } finally {
      await off.close();
    }
  });
});
