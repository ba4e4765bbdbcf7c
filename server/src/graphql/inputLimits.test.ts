/**
 * Every text and list an operation brings in is length-checked before anything runs (issue [2/8]:
 * 95 kB usernames grew the database by 75 MB in 3 s). Each argument of the schema is tried with a
 * value just over its limit: refused, and nothing stored, in the audit log or elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Store } from '../store/index.js';
import { seededStore, testApi, viewerAs, type TestApi } from '../testing/api.js';
import { sqlOf } from '../testing/sql.js';
import { checkInputLengths, DEFAULT_TEXT_LIMIT, LIST_LIMIT, TEXT_LIMITS } from './inputLimits.js';
import { readTypeDefs } from './schema.js';

const schema = buildSchema(readTypeDefs());
/** The document and its first operation. */
const parsed = (text: string) => {
  const document = parse(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return [document, operation] as const;
};
const long = (n: number) => 'x'.repeat(n);

describe('the boundary check', () => {
  it('names only arguments and input fields the schema has', () => {
    const known = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if ('getFields' in type && !type.name.startsWith('__')) {
        for (const field of Object.values(type.getFields())) {
          known.add(`${type.name}.${field.name}`);
          for (const argument of 'args' in field ? field.args : []) known.add(`${type.name}.${field.name}(${argument.name})`);
        }
      }
    }
    expect(Object.keys(TEXT_LIMITS).filter((coordinate) => !known.has(coordinate))).toEqual([]);
  });

  it('lets a text of exactly its limit through and refuses one more, in literals, variables and input objects', () => {
    const check =
      (text: string, variables: Record<string, unknown> = {}) =>
      () =>
        checkInputLengths(schema, ...parsed(text), variables);
    expect(check(`{ municipality(code: "${long(DEFAULT_TEXT_LIMIT)}") { name } }`)).not.toThrow();
    expect(check(`{ municipality(code: "${long(DEFAULT_TEXT_LIMIT + 1)}") { name } }`)).toThrow(
      /code is te lang: hoogstens 200 tekens, dit zijn er 201/,
    );
    expect(check('query ($c: ID!) { municipality(code: $c) { name } }', { c: long(DEFAULT_TEXT_LIMIT + 1) })).toThrow(/code is te lang/);
    expect(check('query ($f: AuditFilter) { auditLog(filter: $f) { at } }', { f: { actor: long(5000) } })).toThrow(
      /filter\.actor is te lang: hoogstens 200 tekens, dit zijn er 5\.000/,
    );
    expect(
      check('mutation ($i: NoteInput!) { addNote(input: $i) { id } }', { i: { target: 'overzicht', text: long(2000) } }),
    ).not.toThrow();
    expect(check('mutation ($i: NoteInput!) { addNote(input: $i) { id } }', { i: { target: 'overzicht', text: long(2001) } })).toThrow(
      /input\.text is te lang: hoogstens 2\.000 tekens/,
    );
    expect(
      check('mutation ($i: ThemeInput!) { updateTheme(code: "t", input: $i) }', { i: { domainCodes: Array(LIST_LIMIT + 1).fill('cter') } }),
    ).toThrow(/input\.domainCodes is te lang: hoogstens 100 items/);
  });

  it('checks the arguments in fragments too, also in a fragment spread by a fragment, and the defaults of variables', () => {
    const check =
      (text: string, variables: Record<string, unknown> = {}) =>
      () =>
        checkInputLengths(schema, ...parsed(text), variables);
    const through = 'fragment F on Query { ...G } fragment G on Query { ... on Query { municipality(code: $c) { name } } }';
    expect(check(`query ($c: ID!) { ...F } ${through}`, { c: long(DEFAULT_TEXT_LIMIT) })).not.toThrow();
    expect(check(`query ($c: ID!) { ...F } ${through}`, { c: long(DEFAULT_TEXT_LIMIT + 1) })).toThrow(/code is te lang/);
    expect(check(`{ ...F } fragment F on Query { municipality(code: "${long(DEFAULT_TEXT_LIMIT + 1)}") { name } }`)).toThrow(
      /code is te lang/,
    );
    expect(check(`query ($c: ID = "${long(DEFAULT_TEXT_LIMIT + 1)}") { municipality(code: $c) { name } }`)).toThrow(/code is te lang/);
    expect(check(`query ($c: ID = "${long(DEFAULT_TEXT_LIMIT + 1)}") { municipality(code: $c) { name } }`, { c: 'GM0479' })).not.toThrow();
    // A fragment only another operation of the document spreads is not what runs.
    expect(
      check(`query A { region { name } } query B { ...F } fragment F on Query { municipality(code: "${long(300)}") { name } }`),
    ).not.toThrow();
  });
});

describe('over the API', () => {
  let api: TestApi;
  let store: Store;
  const rowsOf = async (table: string) => (await sqlOf(store).value(`SELECT count(*) FROM ${table}`)) as number;

  beforeAll(async () => {
    store = await seededStore();
    api = await testApi({ store });
  });
  afterAll(() => api.close());

  // Each one an argument a person could fill with anything, just over its limit.
  const attempts: [string, string, Record<string, unknown>, ReturnType<typeof viewerAs> | null][] = [
    ['a login name', 'mutation ($u: String!) { login(username: $u, password: "p") { next user { username } } }', { u: long(95_000) }, null],
    ['a password', 'mutation ($p: String!) { login(username: "admin", password: $p) { next user { username } } }', { p: long(3000) }, null],
    [
      'a new user',
      'mutation ($u: String!) { createUser(input: { username: $u, password: "een lange zin", role: ZVH }) { username } }',
      { u: long(300) },
      viewerAs('BEHEERDER'),
    ],
    ['a note', 'mutation ($t: String!) { addNote(input: { target: "overzicht", text: $t }) { id } }', { t: long(2001) }, viewerAs('ZVH')],
    ['a note target', 'mutation ($t: String!) { addNote(input: { target: $t, text: "x" }) { id } }', { t: long(201) }, viewerAs('ZVH')],
    [
      'a goal title',
      'mutation ($t: String!) { createGoal(input: { title: $t, indicator: RUNNING_CASES, direction: AT_MOST, target: 1 }) { id } }',
      { t: long(201) },
      viewerAs('ZVH'),
    ],
    [
      'a theme owner',
      'mutation ($o: String!) { updateTheme(code: "2", input: { owner: $o }) { code } }',
      { o: long(201) },
      viewerAs('ZVH'),
    ],
    [
      'a status note',
      'mutation ($n: String!) { setThemeStatus(code: "2", status: AT_RISK, note: $n) { code } }',
      { n: long(2001) },
      viewerAs('ZVH'),
    ],
    ['an audit filter', 'query ($a: String!) { auditLog(filter: { action: $a }) { at } }', { a: long(201) }, viewerAs('BEHEERDER')],
    ['a version key', 'query ($k: String!) { dataVersions(key: $k) { id } }', { k: long(201) }, viewerAs('ZVH')],
    [
      'a goal title in a fragment',
      'mutation ($t: String!) { ...G } fragment G on Mutation { createGoal(input: { title: $t, indicator: RUNNING_CASES, direction: AT_MOST, target: 1 }) { id } }',
      { t: long(201) },
      viewerAs('ZVH'),
    ],
  ];

  it.each(attempts)('refuses %s over its limit with BAD_USER_INPUT, storing nothing', async (_what, query, variables, viewer) => {
    const before = {
      audit: await rowsOf('audit_log'),
      failures: await rowsOf('login_failure'),
      notes: await rowsOf('note'),
      users: await rowsOf('app_user'),
      goals: await rowsOf('goal'),
    };
    const answer = await api.run(query, variables, viewer);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/is te lang: hoogstens [\d.]+ (tekens|items)/);
    // Neither stored nor echoed.
    expect(answer.errors?.[0]?.message).not.toMatch(/x{50}/);
    expect({
      audit: await rowsOf('audit_log'),
      failures: await rowsOf('login_failure'),
      notes: await rowsOf('note'),
      users: await rowsOf('app_user'),
      goals: await rowsOf('goal'),
    }).toEqual(before);
  });
});
