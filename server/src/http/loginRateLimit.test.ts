import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Store } from '../store/index.js';
import { sqlOf } from '../testing/sql.js';
import { seededStore, testServices } from '../testing/api.js';
import { serveOnLoopback } from '../testing/http.js';
import { readPersistedDocuments } from './persistedQueries.js';

let store: Store;
let served: Awaited<ReturnType<typeof serveOnLoopback>>;
let base: string;

beforeAll(async () => {
  store = await seededStore();
  served = await serveOnLoopback({ services: testServices(store), loginRate: { limit: 4, windowMs: 60_000 } });
  base = served.base;
});
afterAll(async () => {
  await served.close();
  await store.close();
});

const post = (body: unknown) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('logins per address', () => {
  it('answers 429 with Retry-After past the limit, however the login is written, and still serves other requests', async () => {
    const attempts = [
      { query: 'mutation { login(username: "a", password: "fout fout") { next user { username } } }' },
      // An alias and a fragment hide the field's place, not its name.
      { query: 'mutation { x: login(username: "b", password: "fout fout") { next user { username } } }' },
      { query: 'mutation M { ...F } fragment F on Mutation { login(username: "c", password: "fout fout") { next user { username } } }' },
      // As the dashboard sends it: the hash of its persisted Login document.
      {
        operationName: 'Login',
        variables: { username: 'd', password: 'fout fout' },
        extensions: {
          persistedQuery: { version: 1, sha256Hash: [...readPersistedDocuments()].find(([, d]) => d.operationName === 'Login')![0] },
        },
      },
    ];
    for (const body of attempts) expect((await post(body)).status).toBe(200); // answered: UNAUTHENTICATED in the body
    const refused = await post(attempts[0]);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
    // Not counted, not refused: any other operation from the same address.
    const region = await post({ query: '{ __typename }' });
    expect(region.status).toBe(200);
    // Nothing past the limit reached the password check.
    expect(await sqlOf(store).value('SELECT count(*) FROM login_failure')).toBe(4);
  });
});
