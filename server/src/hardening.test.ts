/**
 * Hostile and odd requests against the real app on a real port: each gets a clear error before
 * anything runs, and the server keeps answering (how fast: `npm run bench -- --only costly`). Also the security headers, and that every query the
 * dashboard sends passes the limits.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, Kind, print, specifiedRules, validate, visit, type DocumentNode } from 'graphql';
import * as clientDocuments from '../../client/src/generated/graphql.js';
import { createApp, type App } from './app.js';
import { MAX_COST } from './graphql/cost.js';
import { LIMITS, queryLimitRules } from './graphql/limits.js';
import { readTypeDefs } from './graphql/schema.js';
import { CSP_DIRECTIVES, isHashedAsset } from './http/security.js';
import type { Services } from './graphql/context.js';
import { silentLogger } from './log.js';
import type { Store } from './store/index.js';
import { seededStore, testServices } from './testing/api.js';

interface Running {
  app: App;
  server: Server;
  base: string;
  /** The session cookie of a logged-in beheerder on this server (may send every query). */
  cookie: string;
}

const PASSWORD = 'een lange zin als wachtwoord';
let store: Store;
let services: Services;
let clientDir: string;
let dev: Running;
let prod: Running;

async function start(production: boolean): Promise<Running> {
  const app = await createApp({ services, clientDir, production, logger: silentLogger });
  const server = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "tester", password: "${PASSWORD}") { next user { username } } }` }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.startsWith('zv_session=')) throw new Error(`login failed: ${await login.text()}`);
  return { app, server, base, cookie };
}

async function stop({ app, server }: Running): Promise<void> {
  await new Promise((resolve) => server.close(resolve));
  await app.stop();
}

beforeAll(async () => {
  store = await seededStore();
  services = testServices(store);
  await services.users.create({ username: 'test', origin: 'test' }, { username: 'tester', password: PASSWORD, role: 'BEHEERDER' });
  // A stand-in for client/dist, so these tests do not depend on a client build.
  clientDir = mkdtempSync(join(tmpdir(), 'zv-hardening-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>t</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(clientDir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(clientDir, 'assets', 'plaatje.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  dev = await start(false);
  prod = await start(true);
  // Warm-up: the first request compiles and caches what later ones reuse.
  for (const { base } of [dev, prod]) await post(base, { query: '{ caseload { total } }' });
});

afterAll(async () => {
  await stop(dev);
  await stop(prod);
  await store.close();
  rmSync(clientDir, { recursive: true, force: true });
});

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; messageEn?: string } }[];
}

interface Answer {
  status: number;
  json: GraphQLBody;
  text: string;
  headers: Headers;
}

/** POSTs to /graphql as the logged-in test user, unless `headers` brings its own cookie. */
async function post(base: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const cookie = [dev, prod].find((running) => running?.base === base)?.cookie;
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: GraphQLBody = {};
  try {
    json = JSON.parse(text) as GraphQLBody;
  } catch {
    // not JSON: the assertions on status and text tell
  }
  return { status: response.status, json, text, headers: response.headers };
}

async function expectHealthy(base: string): Promise<void> {
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
}

/** A clear GraphQL error with the given code and message, in time, and the server still healthy. */
async function expectRefused(base: string, answer: Answer, code: string, message: RegExp, status = 400): Promise<void> {
  expect(answer.status).toBe(status);
  // Every limit a request breaks is named; `message` must be among them.
  expect(answer.json.errors?.map((error) => error.extensions?.code)).toEqual(answer.json.errors?.map(() => code));
  expect(answer.json.errors?.map((error) => error.message).join('\n')).toMatch(message);
  // Each with its English beside it (decision 0025).
  expect(answer.json.errors?.filter((error) => typeof error.extensions?.messageEn !== 'string').map((e) => e.message)).toEqual([]);
  expect(answer.text).not.toMatch(/node_modules|\bat [\w.<>]+ \(|\.ts:\d+/);
  await expectHealthy(base);
}

const nest = (depth: number, inner: string) => `${'previous { '.repeat(depth)}${inner}${' }'.repeat(depth)}`;

describe('security headers', () => {
  function expectSecurityHeaders(headers: Headers): void {
    const csp = headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives).toEqual(Object.fromEntries(Object.entries(CSP_DIRECTIVES).map(([name, values]) => [name, [...values]])));
    expect(directives).toMatchObject({ 'script-src': ["'self'"], 'style-src': ["'self'"], 'frame-ancestors': ["'none'"] });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|upgrade-insecure-requests/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('x-powered-by')).toBeNull();
    // Plain http: no HSTS (it belongs to https, see README "Security").
    expect(headers.get('strict-transport-security')).toBeNull();
  }

  it.each(['/', '/casuistiek', '/healthz', '/api/onbekend', '/assets/plaatje.svg'])('are on GET %s', async (path) => {
    for (const { base } of [dev, prod]) {
      const response = await fetch(`${base}${path}`);
      await response.arrayBuffer();
      expectSecurityHeaders(response.headers);
    }
  });

  it("on the dashboard's hashed scripts, styles and fonts are those that apply to a file that is no document", async () => {
    for (const { base } of [dev, prod]) {
      const response = await fetch(`${base}/assets/app.js`);
      await response.arrayBuffer();
      expect(response.status).toBe(200);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
      // A document's headers: meaningless on a script, and 0,5 kB per file on a first visit.
      expect(response.headers.get('content-security-policy')).toBeNull();
      expect(response.headers.get('x-frame-options')).toBeNull();
    }
    expect(
      ['/assets/app.js', '/assets/index-5PHKCiMD.css', '/assets/noto-sans-latin-400-normal-BTkUljjl.woff2'].map(isHashedAsset),
    ).toEqual([true, true, true]);
    expect(['/assets/plaatje.svg', '/assets/app.js/', '/index.html', '/casuistiek', '/graphql'].map(isHashedAsset)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('are on /graphql answers and refusals', async () => {
    for (const { base } of [dev, prod]) {
      expectSecurityHeaders((await post(base, { query: '{ region { name } }' })).headers);
      expectSecurityHeaders((await post(base, '{"query": ')).headers);
      expectSecurityHeaders((await post(base, { query: `{ ${nest(50, 'total')} }` })).headers);
    }
  });

  it("Apollo's landing page (scripts from a CDN) is not served", async () => {
    const response = await fetch(`${dev.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/cdn\.apollographql\.com/);
  });
});

describe('GraphQL limits', () => {
  it(`refuses depth 50 (limit ${LIMITS.depth})`, async () => {
    const answer = await post(prod.base, { query: `{ caseload { ${nest(50, 'total')} } }` });
    await expectRefused(
      prod.base,
      answer,
      'GRAPHQL_VALIDATION_FAILED',
      /te diep genest: ten hoogste 10 niveaus.*depth limit of 10 exceeded/,
    );
  });

  it('refuses 1000 aliases (22 000 characters: the length limit stops it before parsing)', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: region { name }`).join(' ')} }`;
    const answer = await post(prod.base, { query });
    await expectRefused(prod.base, answer, 'GRAPHQL_VALIDATION_FAILED', /ten hoogste 15\.000 tekens/);
  });

  it(`refuses more than ${LIMITS.tokens} tokens while parsing`, async () => {
    const answer = await post(prod.base, { query: `{ ${'a '.repeat(2100)}}` });
    await expectRefused(prod.base, answer, 'GRAPHQL_PARSE_FAILED', /ten hoogste 2000 tokens.*more tha[nt] 2000 tokens/);
  });

  it(`refuses more than ${LIMITS.aliases} aliases`, async () => {
    const query = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: region { name }`).join(' ')} }`;
    const answer = await post(prod.base, { query });
    await expectRefused(
      prod.base,
      answer,
      'GRAPHQL_VALIDATION_FAILED',
      /te veel aliassen: ten hoogste 15, deze heeft er 20.*Aliases limit of 15/,
    );
  });

  it(`refuses more than ${LIMITS.directives} directives`, async () => {
    const answer = await post(prod.base, { query: `{ region { name ${'@include(if: true) '.repeat(11)} } }` });
    await expectRefused(prod.base, answer, 'GRAPHQL_VALIDATION_FAILED', /te veel directives: ten hoogste 10.*Directives limit of 10/);
  });

  it(`refuses a query over cost ${MAX_COST} that keeps within depth, aliases and tokens`, async () => {
    // 15 pages of 1000 audit rows: the cost counts the rows asked for (graphql/cost.ts).
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: auditLog(limit: 1000) { at actor action object result origin detail }`).join(' ')} }`;
    const answer = await post(prod.base, { query });
    await expectRefused(prod.base, answer, 'QUERY_TOO_COSTLY', /ten hoogste 50\.000 waarden per verzoek, deze vraagt er ongeveer 120\.000/);
  });

  it('refuses a 1 MB query with 413 (body limit)', async () => {
    const answer = await post(prod.base, { query: `{ region { name } } #${'x'.repeat(1024 * 1024)}` });
    await expectRefused(prod.base, answer, 'PAYLOAD_TOO_LARGE', /te groot/, 413);
  });

  it(`refuses a query text over ${LIMITS.characters} characters that fits the body limit`, async () => {
    const answer = await post(prod.base, { query: `{ region { name } } #${'x'.repeat(20_000)}` });
    await expectRefused(prod.base, answer, 'GRAPHQL_VALIDATION_FAILED', /ten hoogste 15\.000 tekens.*length limit of 15000 characters/);
  });

  it('refuses fragments nested 50 deep', async () => {
    const fragments = Array.from(
      { length: 50 },
      (_, i) => `fragment F${i} on CaseloadSnapshot { total ${i < 49 ? `previous { ...F${i + 1} }` : ''} }`,
    ).join('\n');
    const answer = await post(prod.base, { query: `{ caseload { ...F0 } }\n${fragments}` });
    await expectRefused(prod.base, answer, 'GRAPHQL_VALIDATION_FAILED', /depth limit of 10 exceeded/);
  });

  it('refuses a fragment cycle A → B → A', async () => {
    const query = `{ caseload { ...A } }
      fragment A on CaseloadSnapshot { total previous { ...B } }
      fragment B on CaseloadSnapshot { total previous { ...A } }`;
    const answer = await post(prod.base, { query });
    await expectRefused(prod.base, answer, 'GRAPHQL_VALIDATION_FAILED', /Cannot spread fragment "A" within itself/);
  });
});

describe('SQL injection in every argument', () => {
  it('answers a code with SQL in it with null', async () => {
    const answer = await post(prod.base, { query: `{ municipality(code: "GM0479' OR 1=1 --") { name } }` });
    expect(answer.json).toEqual({ data: { municipality: null } });
  });

  it('refuses a count date with SQL in it as BAD_USER_INPUT', async () => {
    const answer = await post(prod.base, { query: `{ caseload(peildatum: "2023-02-01'; DROP TABLE caseload_snapshot;--") { total } }` });
    await expectRefused(prod.base, answer, 'BAD_USER_INPUT', /JJJJ-MM-DD/);
  });

  it('refuses a year that is no 32-bit integer, literal or variable', async () => {
    const literal = await post(prod.base, { query: '{ contributions(year: 99999999999999999999) { totalEur } }' });
    await expectRefused(prod.base, literal, 'GRAPHQL_VALIDATION_FAILED', /Int cannot represent non 32-bit signed integer/);
    const variable = await post(prod.base, {
      query: 'query ($y: Int!) { contributions(year: $y) { totalEur } }',
      variables: { y: '2023; DROP TABLE contribution' },
    });
    await expectRefused(prod.base, variable, 'BAD_USER_INPUT', /Int cannot represent non-integer value/);
  });

  it('answers the largest 32-bit year without an error', async () => {
    const answer = await post(prod.base, { query: '{ contributions(year: 2147483647) { totalEur } }' });
    expect(answer.status).toBe(200);
    expect(answer.json.errors).toBeUndefined();
  });

  it('leaves the data intact: still 96 running cases', async () => {
    const answer = await post(prod.base, { query: '{ caseload { total } municipality(code: "GM0479") { name } }' });
    expect(answer.json).toEqual({ data: { caseload: { total: 96 }, municipality: { name: 'Zaanstad' } } });
  });
});

describe('malformed or forged cookies', () => {
  it.each([
    ['malformed', 'zv_session=%%%invalid'],
    ['8 KB', `zv_session=${'a'.repeat(8 * 1024)}`],
    ['forged __Host-', '__Host-zv_session=forged'],
    ['without a name', '=;;; ; =x'],
  ])('a %s cookie is no session: a clear UNAUTHENTICATED, fast, and the server keeps answering', async (_what, cookie) => {
    const answer = await post(prod.base, { query: '{ caseload { total } }' }, { cookie });
    expect(answer.status).toBe(200);
    expect(answer.json.data).toEqual({ caseload: null });
    expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const page = await fetch(`${prod.base}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    await expectHealthy(prod.base);
  });
});

describe('schema details in production', () => {
  const introspection = { query: '{ __schema { types { name } } }' };

  it('refuses introspection in production', async () => {
    const answer = await post(prod.base, introspection);
    await expectRefused(prod.base, answer, 'GRAPHQL_VALIDATION_FAILED', /introspection is not allowed/);
  });

  it('allows introspection in development', async () => {
    const answer = await post(dev.base, introspection);
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.json.data)).toMatch(/"CaseloadSnapshot"/);
  });

  it('suggests field names in development only', async () => {
    const query = { query: '{ caseloads { total } }' };
    const inDev = await post(dev.base, query);
    expect(inDev.json.errors?.[0]?.message).toMatch(/Did you mean "caseload/);
    const inProd = await post(prod.base, query);
    await expectRefused(prod.base, inProd, 'GRAPHQL_VALIDATION_FAILED', /^Cannot query field "caseloads" on type "Query"\.$/);
    expect(inProd.text).not.toMatch(/Did you mean/);
  });

  it('suggests no type or argument names in production', async () => {
    const type = await post(prod.base, { query: 'query ($s: ThemeStatu) { __typename }' });
    expect(type.json.errors?.[0]?.message).toMatch(/^Unknown type "ThemeStatu"\.$/);
    expect(type.text).not.toMatch(/Did you mean/);
    const argument = await post(prod.base, { query: '{ caseload(peildatun: "2023-02-01") { total } }' });
    expect(argument.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(argument.text).not.toMatch(/Did you mean/);
  });
});

/** Variables for the dashboard's queries that need them. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  CaseloadDocument: { peildatum: '2023-02-01' },
  MunicipalityHistoryDocument: { code: 'GM0439' },
  MunicipalityComparisonDocument: { code: 'GM0439' },
  MunicipalityFlowsDocument: { code: 'GM0439' },
  FactsheetDocument: { code: 'GM0439' },
  ExplanationDomainsDocument: { peildatum: '2023-02-01' },
};

describe("the dashboard's own queries", () => {
  /** The operations of client/src/generated/graphql.ts: exactly what the dashboard sends. */
  const operations = Object.entries(clientDocuments as unknown as Record<string, unknown>).filter(
    (entry): entry is [string, DocumentNode] =>
      entry[0].endsWith('Document') && (entry[1] as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );

  /** Apollo Client's cache adds __typename to every selection set below the root. */
  function withTypename(document: DocumentNode): DocumentNode {
    return visit(document, {
      SelectionSet(node, _key, parent) {
        if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
        return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
      },
    });
  }

  it('are all found', () => {
    expect(operations.map(([name]) => name)).toEqual(
      expect.arrayContaining(['OverviewDocument', 'CaseloadDocument', 'FinanceDocument', 'PrioritiesDocument', 'MunicipalityViewDocument']),
    );
  });

  const isMutation = (document: DocumentNode) =>
    document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');

  it('mutations pass the schema and the limits, as written and as Apollo Client sends them (validated, not run)', () => {
    const schema = buildSchema(readTypeDefs());
    const mutations = operations.filter(([, document]) => isMutation(document));
    expect(mutations.map(([name]) => name)).toEqual(expect.arrayContaining(['LoginDocument']));
    for (const [name, document] of mutations) {
      for (const variant of [document, withTypename(document)]) {
        expect({ name, errors: validate(schema, variant, [...specifiedRules, ...queryLimitRules()]).map((e) => e.message) }).toEqual({
          name,
          errors: [],
        });
      }
    }
  });

  it('queries all pass the limits in production, as written and as Apollo Client sends them', async () => {
    for (const [name, document] of operations.filter(([, d]) => !isMutation(d))) {
      for (const query of [print(document), print(withTypename(document))]) {
        expect(query.length).toBeLessThan(LIMITS.characters);
        const answer = await post(prod.base, { query, variables: VARIABLES[name] ?? {} });
        expect({ name, status: answer.status, errors: answer.json.errors }).toEqual({ name, status: 200, errors: undefined });
      }
    }
  });
});
