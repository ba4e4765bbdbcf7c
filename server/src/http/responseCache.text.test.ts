import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { serveToViewers, type ServedToViewers } from '../testing/viewers.js';
import { readPersistedDocuments } from './persistedQueries.js';

/**
 * The response cache for query text, as other tools send it: kept under the exact text, its
 * variables and operation name, the role (and municipality), the data and the date — like the
 * persisted queries. What it must never do: serve one role's, one municipality's or one person's
 * answer to another, serve figures from before a write, keep an answer with errors, or grow
 * without bound when every request brings a new text.
 */

/** Small bounds, so that a test can go past them. */
const LIMITS = { maxTexts: 100, maxTextBytes: 64 * 1024 };

const textOf = (name: string) => {
  const found = [...readPersistedDocuments().values()].find((d) => d.operationName === name);
  if (!found) throw new Error(`no persisted document ${name}: run npm run codegen`);
  return found.text;
};
const OVERVIEW = textOf('Overview');
const CASELOAD = textOf('Caseload');
const THEMES = '{ themes { code status } }';

let served: ServedToViewers;

interface Answer {
  status: number;
  text: string;
  type: string | null;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(user: string, body: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${served.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: served.cookies.get(user) ?? '' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, type: response.headers.get('content-type'), json: JSON.parse(text) as Answer['json'] };
}

const ask = (user: string, query: string, variables?: Record<string, unknown>, operationName?: string) =>
  post(user, { query, variables, operationName });

/** The same question in a text never sent before (a comment more): always worked out by Apollo. */
let fresh = 0;
const askFresh = (user: string, query: string, variables?: Record<string, unknown>, operationName?: string) =>
  ask(user, `${query}\n# ${++fresh}`, variables, operationName);

const stats = () => served.app.responseCache.stats();

beforeAll(async () => {
  served = await serveToViewers({ responseCacheLimits: LIMITS });
});

afterAll(() => served.close());

describe('query text in the response cache', () => {
  it('answers a repeated text from the cache, with the bytes and type Apollo answered', async () => {
    const first = await ask('zvh', OVERVIEW, undefined, 'Overview');
    expect(first.json.errors).toBeUndefined();
    const before = stats().hits;
    const second = await ask('zvh', OVERVIEW, undefined, 'Overview');
    expect(stats().hits).toBe(before + 1);
    expect(second.status).toBe(200);
    expect(second.type).toBe(first.type);
    expect(second.text).toBe(first.text);
    expect(second.text).toBe((await askFresh('zvh', OVERVIEW, undefined, 'Overview')).text);
  });

  it("never serves one role's or one municipality's answer to another", async () => {
    const variables = { peildatum: '2024-06-01' };
    const viewers = ['beheer', 'bestuur', 'zvh', 'zaanstad', 'purmerend'];
    // The second round comes from the cache, and must still be each one's own answer.
    for (let round = 0; round < 2; round++) {
      for (const user of viewers) {
        const answer = await ask(user, CASELOAD, variables);
        expect(answer.json.errors).toBeUndefined();
        expect(answer.text).toBe((await askFresh(user, CASELOAD, variables)).text);
      }
    }
    const own = async (user: string) => (await ask(user, CASELOAD, variables)).text;
    // What these roles may see of this breakdown differs: so do their answers.
    expect(await own('zaanstad')).not.toBe(await own('purmerend'));
    expect(await own('zaanstad')).not.toBe(await own('zvh'));
    expect(await own('bestuur')).not.toBe(await own('zvh'));
  });

  it('keeps other variables, another operation name and another accepted type apart', async () => {
    await ask('bestuur', CASELOAD, { peildatum: '2024-06-01' });
    const hits = stats().hits;
    const other = await ask('bestuur', CASELOAD, { peildatum: '2023-02-01' });
    expect(other.text).toBe((await askFresh('bestuur', CASELOAD, { peildatum: '2023-02-01' })).text);
    expect(other.text === (await ask('bestuur', CASELOAD, { peildatum: '2024-06-01' })).text).toBe(false);
    const named = await ask('bestuur', CASELOAD, { peildatum: '2024-06-01' }, 'Caseload');
    expect(named.json.errors).toBeUndefined();
    // The one hit is the second request with the first one's variables; the named one missed.
    expect(stats().hits).toBe(hits + 1);
    const asGraphqlResponse = await fetch(`${served.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', cookie: served.cookies.get('bestuur')! },
      body: JSON.stringify({ query: CASELOAD, variables: { peildatum: '2024-06-01' } }),
    });
    expect(asGraphqlResponse.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });

  it("shows a GEMEENTE user its new municipality's view as soon as a beheerder moves the account", async () => {
    const variables = { peildatum: '2024-06-01' };
    const asPurmerend = (await ask('purmerend', CASELOAD, variables)).text;
    const before = (await ask('zaanstad', CASELOAD, variables)).text;
    expect(before).not.toBe(asPurmerend);
    const moved = await ask(
      'beheer',
      'mutation { setUserRole(username: "zaanstad", role: GEMEENTE, municipalityCode: "GM0439") { username } }',
    );
    expect(moved.json.errors).toBeUndefined();
    expect((await ask('zaanstad', CASELOAD, variables)).text).toBe(asPurmerend);
  });

  it('serves the new status right after an edit', async () => {
    const statusOf = async (code: string) =>
      ((await ask('bestuur', THEMES)).json.data?.themes as { code: string; status: string }[]).find((t) => t.code === code)?.status;
    const code = ((await ask('bestuur', THEMES)).json.data?.themes as { code: string }[])[0]?.code ?? '';
    const next = (await statusOf(code)) === 'AT_RISK' ? 'ON_TRACK' : 'AT_RISK';
    expect(await statusOf(code)).not.toBe(next); // from the cache
    const edited = await ask('beheer', `mutation { setThemeStatus(code: "${code}", status: ${next}) { status } }`);
    expect(edited.json.errors).toBeUndefined();
    expect(await statusOf(code)).toBe(next);
  });

  it('decides by the operation that runs: one naming the person is never kept, whatever else the text holds', async () => {
    const text = 'query Figures { themes { code } } query Who { me { username } }';
    await ask('zvh', text, undefined, 'Figures');
    const hits = stats().hits;
    expect((await ask('zvh', text, undefined, 'Figures')).json.errors).toBeUndefined();
    expect(stats().hits).toBe(hits + 1);
    // Two people with the same role: the key alone would not keep them apart.
    for (const user of ['bestuur', 'bestuur2', 'bestuur', 'bestuur2']) {
      expect((await ask(user, text, undefined, 'Who')).json.data).toEqual({ me: { username: user } });
    }
    const spread = 'query Q { ...F } fragment F on Query { themes { code } ... on Query { me { username } } }';
    for (const user of ['bestuur', 'bestuur2', 'bestuur']) {
      expect(((await ask(user, spread)).json.data?.me as { username: string }).username).toBe(user);
    }
    expect(stats().hits).toBe(hits + 1);
  });

  it('keeps no answer with errors, and checks cost and input lengths again for a text refused before', async () => {
    const entries = stats().texts.entries;
    const known = stats().texts.known;
    const bad = await ask('zvh', CASELOAD, { peildatum: '2024-13-45' });
    expect(bad.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const long = `{ municipality(code: "${'x'.repeat(300)}") { name } }`;
    for (let i = 0; i < 2; i++) expect((await ask('zvh', long)).json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const costly = '{ themes { children { children { children { children { code title } } } } } }';
    for (let i = 0; i < 2; i++) expect((await ask('zvh', costly)).json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    // Not valid: never kept, nor remembered.
    for (let i = 0; i < 2; i++) expect((await ask('zvh', '{ themes { nonsense } }')).status).toBe(400);
    expect(stats().texts.entries).toBe(entries);
    expect(stats().texts.known).toBe(known + 2); // the long and the costly one: valid, cacheable, refused before running
  });

  it('stays within its bounds however many different texts arrive, and keeps the dashboard’s own answers', async () => {
    const persisted = stats().entries - stats().texts.entries;
    for (let i = 0; i < 3 * LIMITS.maxTexts; i++) {
      const answer = await ask('bestuur', `query T${i} { themes { code number title status } region { name } }`);
      expect(answer.json.errors).toBeUndefined();
    }
    expect(stats().texts.known).toBeLessThanOrEqual(LIMITS.maxTexts);
    expect(stats().texts.bytes).toBeLessThanOrEqual(LIMITS.maxTextBytes);
    expect(stats().entries - stats().texts.entries).toBe(persisted);
  });
});
