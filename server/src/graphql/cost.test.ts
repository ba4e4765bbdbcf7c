/**
 * The cost limit counts what lists return (issue [2/8], item 4): 15 aliases of every count date's
 * breakdown took 7,4 s and 8 MB inside the old limit, which counted a list as one item.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, getNullableType, isListType, isObjectType, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { readPersistedDocuments } from '../http/persistedQueries.js';
import type { Services } from './context.js';
import { costWith, LIST_SIZES, MAX_COST, type Measure } from './cost.js';
import { readTypeDefs } from './schema.js';
import type { Store } from '../store/index.js';
import { seededStore, testServices } from '../testing/api.js';
import { loginOver, postGraphql, serveOnLoopback } from '../testing/http.js';

const schema = buildSchema(readTypeDefs());

/** The national network's largest region after ten years of monthly counts, generously. */
const NATIONAL: Record<Measure, number> = {
  countDates: 120,
  municipalities: 40,
  domains: 6,
  contributionYears: 10,
  themes: 9,
  users: 200,
  goals: 30,
  countDatesAndYears: 130,
  signalFigures: 2 + 2 * 40 + 6 + 30,
};

/** Every count date's breakdown by municipality and knowledge domain: the finding's query. */
const BREAKDOWN =
  'peildatum total byMunicipality { count suppressed municipality { code name } byDomain { count suppressed domain { code name } } }';
const aliases = (n: number, selection: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: caseloadSnapshots { ${selection} }`).join(' ')} }`;

describe('the cost model', () => {
  it('gives every list field of the schema a size, and names no field that is not a list', () => {
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields()))
        if (isListType(getNullableType(field.type))) lists.push(`${type.name}.${field.name}`);
    }
    expect(Object.keys(LIST_SIZES).sort()).toEqual(lists.sort());
  });

  it('multiplies by what the lists return', () => {
    const query = parse('{ caseloadSnapshots { total byMunicipality { count byDomain { count } } } }');
    // Per count date: 1 + total 1 + byMunicipality (municipalities × (1 + count 1 + byDomain (domains × 2)))
    expect(costWith(schema, query, {}, { countDates: 10, municipalities: 7, domains: 6 })).toBe(10 * (1 + 1 + 7 * (1 + 1 + 6 * 2)));
    expect(costWith(schema, query, {}, { countDates: 20, municipalities: 7, domains: 6 })).toBe(20 * (2 + 7 * 14));
  });

  it('counts the audit rows asked for, up to the page the resolver answers at most', () => {
    const cost = (limit: number) => costWith(schema, parse(`{ auditLog(limit: ${limit}) { at action } }`), {}, {});
    expect(cost(10)).toBe(10 * 3);
    expect(cost(1_000_000)).toBe(1000 * 3);
  });

  it('lets every query of the dashboard through at national size, with room to spare', () => {
    const queries = [...readPersistedDocuments().values()].filter((d) => d.operation === 'query');
    expect(queries.length).toBeGreaterThan(10);
    for (const document of queries) {
      const parsed = parse(document.text);
      const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      // Required variables get a value of their type; none of the dashboard's queries needs more.
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE).map((v) => [v.variable.name.value, 'x']),
      );
      const cost = costWith(schema, parsed, variables, NATIONAL);
      expect({ query: document.operationName, fits: cost <= MAX_COST / 1.5 }).toEqual({ query: document.operationName, fits: true });
    }
  });

  it('lets every mutation of the dashboard that answers an import report through (the restore of a version)', () => {
    const mutations = [...readPersistedDocuments().values()].filter(
      (d) => d.operation === 'mutation' && d.text.includes('fragment ImportReportFields'),
    );
    expect(mutations.map((d) => d.operationName)).toContain('RestoreVersion');
    for (const document of mutations) {
      const parsed = parse(document.text);
      const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE).map((v) => [v.variable.name.value, 'x']),
      );
      const cost = costWith(schema, parsed, variables, NATIONAL);
      expect({ mutation: document.operationName, fits: cost <= MAX_COST }).toEqual({ mutation: document.operationName, fits: true });
    }
  });

  it('counts only the operation asked for in a document with several', () => {
    const document = parse(`query Cheap { caseloadSnapshots { total } } query Costly ${aliases(15, BREAKDOWN).slice(0)}`);
    const sizes = { countDates: 153, municipalities: 7, domains: 6 };
    expect(costWith(schema, document, {}, sizes, 'Cheap')).toBe(153 * 2);
    expect(costWith(schema, document, {}, sizes, 'Costly')).toBeGreaterThan(MAX_COST);
  });

  it('would not have caught the finding without the multiplication (the weakened model lets it through)', () => {
    const finding = parse(aliases(15, BREAKDOWN));
    const oneEach = { countDates: 1, municipalities: 1, domains: 1 };
    expect(costWith(schema, finding, {}, oneEach)).toBeLessThan(MAX_COST);
    expect(costWith(schema, finding, {}, { countDates: 153, municipalities: 7, domains: 6 })).toBeGreaterThan(10 * MAX_COST);
  });
});

describe('the cost limit over HTTP', () => {
  const PASSWORD = 'een lange zin als wachtwoord';
  let store: Store;
  let services: Services;
  let server: { base: string; close: () => Promise<void> };
  let cookie: string;

  beforeAll(async () => {
    store = await seededStore();
    services = testServices(store);
    await services.users.create({ username: 'test', origin: 'test' }, { username: 'zvh', password: PASSWORD, role: 'ZVH' });
    server = await serveOnLoopback({ services });
    cookie = await loginOver(server.base, 'zvh', PASSWORD);
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  const expectTooCostly = (answer: Awaited<ReturnType<typeof postGraphql>>) => {
    expect(answer.status).toBe(400);
    expect(answer.json.data).toBeUndefined();
    expect(answer.json.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/ten hoogste 50\.000 waarden per verzoek, deze vraagt er ongeveer [\d.]+\..*at most 50,000 values/),
        extensions: {
          code: 'QUERY_TOO_COSTLY',
          messageEn: expect.stringMatching(/^The query asks for too much at once: at most 50,000 values/),
        },
      }),
    ]);
  };

  it('answers a breakdown over the two real count dates, and refuses it once there are 153', async () => {
    const query = aliases(2, BREAKDOWN);
    const before = await postGraphql(server.base, cookie, { query });
    expect(before.status).toBe(200);
    expect(before.json.errors).toBeUndefined();

    // Monthly counts before the real ones, as many as in the finding: 153 count dates in all.
    const municipalities = (await store.listMunicipalities()).map((m) => m.name);
    const rows: string[] = ['peildatum;gemeente;aantal'];
    for (let month = 0; month < 151; month++) {
      const date = `1-${(month % 12) + 1}-${2000 + Math.floor(month / 12)}`;
      for (const [i, name] of municipalities.entries()) rows.push(`${date};${name};${10 + i}`);
    }
    const imported = await services.imports.run('CASELOAD', [rows.join('\n')], {
      dryRun: false,
      actor: { username: 'zvh', origin: 'test' },
      fileName: 'maanden.csv',
    });
    expect(imported.errors).toEqual([]);
    expect((await store.listCaseloadSnapshots()).length).toBe(153);

    expectTooCostly(await postGraphql(server.base, cookie, { query }));
    expectTooCostly(await postGraphql(server.base, cookie, { query: aliases(15, BREAKDOWN) }));
    // A question about all those dates that stays small is still answered.
    const totals = await postGraphql(server.base, cookie, { query: '{ caseloadSnapshots { peildatum total } }' });
    expect(totals.status).toBe(200);
    expect((totals.json.data?.caseloadSnapshots as unknown[]).length).toBe(153);
  });

  it('refuses variables that do not fit the operation as the asker’s mistake, not a server fault', async () => {
    const answer = await postGraphql(server.base, cookie, {
      query: 'query ($d: Date!) { caseload(peildatum: $d) { total } }',
      variables: {},
    });
    expect(answer.status).toBe(400);
    expect(answer.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.json.errors?.[0]?.message).toMatch(/\$d/);
  });
});
