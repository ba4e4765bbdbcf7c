/**
 * The council documents the figures cite ship with the product (seed/sources/) and open from
 * every source line at /bronnen/<document>, behind the login like everything else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sourcesDir } from '@zv/seed';
import type { Store } from '../store/index.js';
import { seededStore, testServices } from '../testing/api.js';
import { loginOver, serveOnLoopback } from '../testing/http.js';

const PASSWORD = 'een lange zin als wachtwoord';
let store: Store;
let server: Awaited<ReturnType<typeof serveOnLoopback>>;
let cookie: string;

beforeAll(async () => {
  store = await seededStore();
  const services = testServices(store);
  await services.users.create({ username: 'test', origin: 'test' }, { username: 'bestuur', password: PASSWORD, role: 'BESTUURDER' });
  server = await serveOnLoopback({ services });
  cookie = await loginOver(server.base, 'bestuur', PASSWORD);
});
afterAll(async () => {
  await server.close();
  await store.close();
});

describe('the source documents', () => {
  it('has every document the seed cites, with the core one holding the figures it is cited for', async () => {
    const shipped = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt'));
    expect(shipped).toHaveLength(5);
    const cited = new Set((await store.listSources()).map((s) => s.document).filter((d) => /^\d{3}_/.test(d)));
    expect(cited.size).toBeGreaterThan(0);
    for (const document of cited) expect(shipped).toContain(document);
    const core = readFileSync(join(sourcesDir, '003_8a1aa5aa1d12b1c5.txt'), 'utf8');
    expect(core).toMatch(/Voortgang prioriteiten Allen voor Een/);
    expect(core).toMatch(/Casu[iï]stiek/);
  });

  it('serves a document as UTF-8 text to a logged-in user, and to nobody else', async () => {
    const anonymous = await fetch(`${server.base}/bronnen/003_8a1aa5aa1d12b1c5.txt`);
    expect(anonymous.status).toBe(401);
    const answer = await fetch(`${server.base}/bronnen/003_8a1aa5aa1d12b1c5.txt`, { headers: { cookie } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await answer.text()).toBe(readFileSync(join(sourcesDir, '003_8a1aa5aa1d12b1c5.txt'), 'utf8'));
  });

  it.each(['bestaat-niet.txt', '..%2Fdata%2Fsources.json', '%2E%2E/package.json', 'README.md/..'])(
    'answers 404 for %s, never a file outside the folder',
    async (path) => {
      const answer = await fetch(`${server.base}/bronnen/${path}`, { headers: { cookie } });
      expect([403, 404]).toContain(answer.status);
      expect(await answer.text()).not.toMatch(/"name"|\$comment/);
    },
  );
});
