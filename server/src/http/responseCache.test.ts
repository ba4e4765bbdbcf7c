import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SqliteStore } from '../store/index.js';
import { serveToViewers, type ServedToViewers } from '../testing/viewers.js';
import { readPersistedDocuments, type PersistedDocument } from './persistedQueries.js';
import { isCacheable } from './responseCache.js';

/**
 * The response cache over HTTP, as the dashboard uses it: persisted queries by hash, one
 * session per user. What it must never do: serve one role's or municipality's answer to
 * another, or serve figures from before the last import or edit.
 */

const documents = readPersistedDocuments();

function documentNamed(name: string): PersistedDocument {
  const found = [...documents.values()].find((d) => d.operationName === name);
  if (!found) throw new Error(`no persisted document ${name}: run npm run codegen`);
  return found;
}

const overview = documentNamed('Overview');
const caseload = documentNamed('Caseload');

let served: ServedToViewers;

interface Answer {
  status: number;
  text: string;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(user: string | null, body: unknown): Promise<Answer> {
  const cookie = user ? served.cookies.get(user) : undefined;
  const response = await fetch(`${served.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as Answer['json'] };
}

/** The dashboard's way: the hash only. */
const persisted = (user: string | null, document: PersistedDocument, variables?: Record<string, unknown>) =>
  post(user, {
    operationName: document.operationName,
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: document.hash } },
  });

/** Another tool's way, in a text never sent before (a comment more): worked out by Apollo, the reference for the cache. */
let fresh = 0;
const uncached = (user: string, document: PersistedDocument, variables?: Record<string, unknown>) =>
  post(user, { query: `${document.text}\n# ${++fresh}`, operationName: document.operationName, variables });

const hits = () => served.app.responseCache.stats().hits;

/** The priorities as the Overzicht shows them to `user` (through the cache once it holds them). */
const themesFor = async (user: string) => (await persisted(user, overview)).json.data?.themes as { code: string; status: string }[];
const statusFor = async (user: string, code: string) => (await themesFor(user)).find((t) => t.code === code)?.status;

beforeAll(async () => {
  served = await serveToViewers();
});

afterAll(() => served.close());

describe('persisted queries', () => {
  it('answers the Overview by its hash exactly as by its text', async () => {
    const byHash = await persisted('bestuur', overview);
    expect(byHash.json.errors).toBeUndefined();
    expect(byHash.json.data).toEqual((await uncached('bestuur', overview)).json.data);
    expect((byHash.json.data?.caseloadSnapshots as unknown[]).length).toBeGreaterThan(2);
  });

  it('tells a client with an unknown hash to send the text (PERSISTED_QUERY_NOT_FOUND)', async () => {
    const answer = await post('bestuur', { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(answer.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it("answers a hash that does not match the text sent with it as the client's mistake (400, BAD_REQUEST), not a server fault", async () => {
    const answer = await post('bestuur', {
      query: '{ region { name } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    });
    expect(answer.status).toBe(400);
    expect(answer.json.errors?.[0]?.extensions).toEqual({
      code: 'BAD_REQUEST',
      messageEn: 'The persisted query hash does not match the query text.',
    });
    expect(answer.json.errors?.[0]?.message).toMatch(/^De sha256-hash van de persisted query past niet bij de meegestuurde querytekst/);
  });

  it('caches only queries of figures: not me, users, the audit log or mutations', () => {
    expect(isCacheable(overview)).toBe(true);
    expect(isCacheable(caseload)).toBe(true);
    const named = (name: string) => [...documents.values()].filter((d) => d.operationName === name);
    for (const name of ['Me', 'Users', 'AuditLog', 'DataVersions', 'Logout', 'AddNote']) {
      for (const document of named(name)) expect(isCacheable(document)).toBe(false);
    }
    expect(named('AuditLog')).toHaveLength(1);
  });

  it('sees the root fields a fragment spreads into a query, and does not cache a spread it cannot resolve', () => {
    expect(overview.rootFields).toEqual(
      expect.arrayContaining(['caseloadSnapshots', 'caseloadBreakdown', 'contributionHistory', 'themes', 'goals']),
    );
    const dir = mkdtempSync(join(tmpdir(), 'zv-manifest-'));
    const manifest = join(dir, 'manifest.json');
    writeFileSync(
      manifest,
      JSON.stringify({
        'sha256:a': 'query A { ...F } fragment F on Query { themes { code } ... on Query { me { username } } }',
        'sha256:b': 'query B { ...Missing }',
        'sha256:c': 'query C { ...F } fragment F on Query { region { code } }',
      }),
    );
    const docs = readPersistedDocuments(manifest);
    expect(docs.get('a')?.rootFields).toEqual(['themes', 'me']);
    expect(isCacheable(docs.get('a')!)).toBe(false);
    expect(isCacheable(docs.get('b')!)).toBe(false);
    expect(isCacheable(docs.get('c')!)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the response cache', () => {
  it('serves a repeated query from the cache, byte for byte', async () => {
    const first = await persisted('zvh', overview);
    const before = hits();
    const second = await persisted('zvh', overview);
    expect(hits()).toBe(before + 1);
    expect(second.text).toBe(first.text);
  });

  it('sends a hit compressed as the browser accepts, the same answer once unpacked', async () => {
    /** The persisted Overview over raw HTTP (fetch would unpack and hide the encoding). */
    const raw = (encoding: string) =>
      new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
        const body = JSON.stringify({
          operationName: 'Overview',
          extensions: { persistedQuery: { version: 1, sha256Hash: overview.hash } },
        });
        const req = request(
          new URL('/graphql', served.base),
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: '*/*',
              'accept-encoding': encoding,
              cookie: served.cookies.get('zvh') ?? '',
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ encoding: res.headers['content-encoding'], vary: String(res.headers.vary), body: Buffer.concat(chunks) }),
            );
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const plain = await persisted('zvh', overview);
    const before = hits();
    const br = await raw('br');
    const gzip = await raw('gzip, deflate');
    const none = await raw('identity');
    expect(hits()).toBe(before + 3);
    expect(br.encoding).toBe('br');
    expect(br.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.text);
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(plain.text);
    expect(none.encoding).toBeUndefined();
    expect(none.body.toString()).toBe(plain.text);
    expect(br.body.length).toBeLessThan(plain.text.length / 3);
  });

  it("never serves one role's or one municipality's answer to another", async () => {
    const variables = { peildatum: '2024-06-01' };
    const viewers = ['beheer', 'bestuur', 'zvh', 'zaanstad', 'purmerend'];
    // Twice round: the second round is served from the cache, and must still be each one's own.
    for (let round = 0; round < 2; round++) {
      for (const user of viewers) {
        const answer = await persisted(user, caseload, variables);
        expect(answer.json.errors).toBeUndefined();
        expect(answer.json.data).toEqual((await uncached(user, caseload, variables)).json.data);
      }
    }
    const texts = new Map<string, string>();
    for (const user of viewers) texts.set(user, (await persisted(user, caseload, variables)).text);
    // The roles see different things of this breakdown: their answers differ.
    expect(texts.get('zaanstad')).not.toBe(texts.get('purmerend'));
    expect(texts.get('zaanstad')).not.toBe(texts.get('zvh'));
    expect(texts.get('bestuur')).not.toBe(texts.get('zvh'));
  });

  it('gives nothing from the cache without a valid session', async () => {
    await persisted('bestuur', overview);
    const answer = await persisted(null, overview);
    expect(answer.json.data ?? null).toBeNull();
    expect(answer.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await post(null, { extensions: { persistedQuery: { version: 1, sha256Hash: overview.hash } } });
    expect(forged.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does not keep answers with errors', async () => {
    const before = served.app.responseCache.stats().entries;
    const bad = await persisted('zvh', caseload, { peildatum: '2024-13-45' });
    expect(bad.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(served.app.responseCache.stats().entries).toBe(before);
  });

  it('serves the new figures right after an import', async () => {
    const latestTotal = async () => {
      const snapshots = (await persisted('bestuur', overview)).json.data?.caseloadSnapshots as { peildatum: string; total: number }[];
      return snapshots.at(-1);
    };
    await latestTotal();
    await latestTotal(); // now cached
    const content = 'peildatum;gemeente;aantal\n2024-09-01;Zaanstad;61\n2024-09-01;Purmerend;40';
    const imported = await post('beheer', {
      query: 'mutation ($c: String!) { importData(kind: CASELOAD, content: $c) { added errors { message } } }',
      variables: { c: content },
    });
    expect(imported.json.errors).toBeUndefined();
    expect(await latestTotal()).toMatchObject({ peildatum: '2024-09-01', total: 101 });
  });

  it('serves the restored figures right after a version is put back', async () => {
    const totalOn = async (date: string) =>
      ((await persisted('bestuur', overview)).json.data?.caseloadSnapshots as { peildatum: string; total: number }[]).find(
        (s) => s.peildatum === date,
      )?.total;
    const importCount = (content: string) =>
      post('beheer', {
        query: 'mutation ($c: String!) { importData(kind: CASELOAD, content: $c) { errors { message } } }',
        variables: { c: content },
      });
    await importCount('peildatum;gemeente;aantal\n2024-10-01;Zaanstad;50');
    await importCount('peildatum;gemeente;aantal\n2024-10-01;Zaanstad;70');
    expect(await totalOn('2024-10-01')).toBe(70);
    expect(await totalOn('2024-10-01')).toBe(70); // cached
    const versions = await post('beheer', { query: '{ dataVersions(kind: CASELOAD, key: "2024-10-01") { id total } }' });
    const version = (versions.json.data?.dataVersions as { id: string; total: number }[])[0];
    expect(version?.total).toBe(50);
    const restored = await post('beheer', {
      query: 'mutation ($id: ID!) { restoreVersion(id: $id) { changed } }',
      variables: { id: version?.id },
    });
    expect(restored.json.errors).toBeUndefined();
    expect(await totalOn('2024-10-01')).toBe(50);
  });

  it("shows a GEMEENTE user the new municipality's view as soon as a beheerder moves the account", async () => {
    const variables = { peildatum: '2024-06-01' };
    const asPurmerend = (await persisted('purmerend', caseload, variables)).text;
    const before = (await persisted('zaanstad', caseload, variables)).text;
    expect(before).not.toBe(asPurmerend);
    const moved = await post('beheer', {
      query: 'mutation { setUserRole(username: "zaanstad", role: GEMEENTE, municipalityCode: "GM0439") { username } }',
    });
    expect(moved.json.errors).toBeUndefined();
    expect((await persisted('zaanstad', caseload, variables)).text).toBe(asPurmerend);
  });

  it('serves the new status right after an edit', async () => {
    const code = (await themesFor('bestuur'))[0]?.code ?? '';
    const next = (await statusFor('bestuur', code)) === 'AT_RISK' ? 'ON_TRACK' : 'AT_RISK';
    const edited = await post('beheer', {
      query: 'mutation ($c: ID!, $s: ThemeStatus!) { setThemeStatus(code: $c, status: $s) { status } }',
      variables: { c: code, s: next },
    });
    expect(edited.json.errors).toBeUndefined();
    expect(await statusFor('bestuur', code)).toBe(next);
  });

  it('serves the new figures after another process changed the database (npm run import while running)', async () => {
    const code = (await themesFor('zvh'))[1]?.code ?? '';
    const next = (await statusFor('zvh', code)) === 'OFF_TRACK' ? 'ON_TRACK' : 'OFF_TRACK';
    const other = SqliteStore.open(served.path);
    try {
      await other.editTheme(code, { status: next }, null, new Date().toISOString(), 'ander proces');
    } finally {
      await other.close();
    }
    expect(await statusFor('zvh', code)).toBe(next);
  });
});
