/**
 * Who may ask what: every root field of Query and Mutation, read from the schema, asked by a
 * visitor without a session and by a user of each role, with the outcome the rules prescribe.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, type ExecutionResult } from 'graphql';
import { LOGIN_FAILED } from '../auth/AuthService.js';
import { ROLE_NAMES, type Viewer } from '../auth/viewer.js';
import type { Role } from '../store/types.js';
import { testApi, type TestApi } from '../testing/api.js';
import { NOT_LOGGED_IN } from './authorization.js';
import { readTypeDefs } from './schema.js';

const OUTCOMES = ['ok', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT'] as const;
type Outcome = (typeof OUTCOMES)[number];
const WHO = ['anonymous', 'BEHEERDER', 'ZVH', 'BESTUURDER', 'GEMEENTE'] as const;
type Who = (typeof WHO)[number];

/*
 * The rules. UNAUTHENTICATED: no session (message: "niet ingelogd"), except for login, which is
 * public: there it is the wrong password (the one generic login message). BAD_USER_INPUT: the role
 * may do it and got past the rule; the operation below sends deliberately bad input.
 * GEMEENTE is bound to Zaanstad (GM0479).
 */
const EXPECTED = matrix(`
  field                    | anonymous       | BEHEERDER       | ZVH             | BESTUURDER      | GEMEENTE
  Query.region             | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.municipalities     | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.municipality       | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.caseloadSnapshots  | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.caseload           | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.caseloadBreakdown  | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.contributionYears  | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.contributions      | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.knowledgeDomains   | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.themes             | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.contributionHistory| UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.fundingSources     | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.capacity           | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.sources            | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.indicators         | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.indicator          | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.me                 | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.users              | UNAUTHENTICATED | ok              | FORBIDDEN       | FORBIDDEN       | FORBIDDEN
  Query.suppressBelow      | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.mySessions         | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.signInOptions      | ok              | ok              | ok              | ok              | ok
  Query.deployment         | ok              | ok              | ok              | ok              | ok
  Query.providerLogout     | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.dataVersions       | UNAUTHENTICATED | ok              | ok              | FORBIDDEN       | FORBIDDEN
  Query.auditLog           | UNAUTHENTICATED | ok              | ok              | FORBIDDEN       | FORBIDDEN
  Query.importFormats      | UNAUTHENTICATED | ok              | ok              | FORBIDDEN       | FORBIDDEN
  Query.exportCsv          | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.goals              | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.notes              | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.signals            | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.municipalityComparison | UNAUTHENTICATED | ok          | ok              | ok              | ok
  Query.nationalComparison | UNAUTHENTICATED | ok              | ok              | ok              | FORBIDDEN
  Query.explanations       | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Query.flows              | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Mutation.login           | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED
  Mutation.logout          | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Mutation.changePassword  | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | BAD_USER_INPUT  | BAD_USER_INPUT
  Mutation.createUser      | UNAUTHENTICATED | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN       | FORBIDDEN
  Mutation.setUserRole     | UNAUTHENTICATED | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN       | FORBIDDEN
  Mutation.deactivateUser  | UNAUTHENTICATED | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN       | FORBIDDEN
  Mutation.reactivateUser  | UNAUTHENTICATED | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN       | FORBIDDEN
  Mutation.endSessions     | UNAUTHENTICATED | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN       | FORBIDDEN
  Mutation.unlockLogins    | UNAUTHENTICATED | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN       | FORBIDDEN
  Mutation.endMySession    | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | BAD_USER_INPUT  | BAD_USER_INPUT
  Mutation.endMyOtherSessions | UNAUTHENTICATED | ok           | ok              | ok              | ok
  Mutation.importData      | UNAUTHENTICATED | ok              | ok              | FORBIDDEN       | FORBIDDEN
  Mutation.restoreVersion  | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN
  Mutation.createGoal      | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN
  Mutation.updateGoal      | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN
  Mutation.deleteGoal      | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN
  Mutation.reportGoalValue | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN
  Mutation.setThemeStatus  | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN
  Mutation.updateTheme     | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN
  Mutation.addNote         | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN
  Mutation.deleteNote      | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN
  Mutation.addExplanation  | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | FORBIDDEN       | BAD_USER_INPUT
  Mutation.updateExplanation | UNAUTHENTICATED | BAD_USER_INPUT | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN
  Mutation.removeExplanation | UNAUTHENTICATED | BAD_USER_INPUT | BAD_USER_INPUT  | FORBIDDEN       | FORBIDDEN
  Query.signInStep         | ok              | ok              | ok              | ok              | ok
  Mutation.verifyTotp      | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED
  Mutation.useRecoveryCode | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED
  Mutation.startTotpEnrolment | UNAUTHENTICATED | ok           | ok              | ok              | ok
  Mutation.confirmTotpEnrolment | UNAUTHENTICATED | BAD_USER_INPUT | BAD_USER_INPUT | BAD_USER_INPUT | BAD_USER_INPUT
  Mutation.regenerateRecoveryCodes | UNAUTHENTICATED | BAD_USER_INPUT | BAD_USER_INPUT | BAD_USER_INPUT | BAD_USER_INPUT
  Mutation.removeTotp      | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | BAD_USER_INPUT  | BAD_USER_INPUT
  Mutation.resetSecondFactor | UNAUTHENTICATED | BAD_USER_INPUT | FORBIDDEN      | FORBIDDEN       | FORBIDDEN
  Query.myPasskeys         | UNAUTHENTICATED | ok              | ok              | ok              | ok
  Mutation.passkeyRegistrationOptions | UNAUTHENTICATED | ok   | ok              | ok              | ok
  Mutation.verifyPasskeyRegistration | UNAUTHENTICATED | BAD_USER_INPUT | BAD_USER_INPUT | BAD_USER_INPUT | BAD_USER_INPUT
  Mutation.removePasskey   | UNAUTHENTICATED | BAD_USER_INPUT  | BAD_USER_INPUT  | BAD_USER_INPUT  | BAD_USER_INPUT
  Mutation.passkeyAuthenticationOptions | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED
  Mutation.verifyPasskeyAuthentication | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED | UNAUTHENTICATED
`);

const PASSWORD = 'paarse olifant op de dijk';

/** A minimal operation per root field; mutations with input that fails only after the rule let it through. */
const OPERATIONS: Record<string, string> = {
  'Query.region': '{ region { code } }',
  'Query.municipalities': '{ municipalities { code } }',
  'Query.municipality': '{ municipality(code: "GM0479") { name } }',
  'Query.caseloadSnapshots': '{ caseloadSnapshots { peildatum } }',
  'Query.caseload': '{ caseload(peildatum: "2023-02-01") { total } }',
  'Query.caseloadBreakdown': '{ caseloadBreakdown { total } }',
  'Query.contributionYears': '{ contributionYears }',
  'Query.contributions': '{ contributions(year: 2023) { totalEur } }',
  'Query.knowledgeDomains': '{ knowledgeDomains { code } }',
  'Query.themes': '{ themes { code } }',
  'Query.contributionHistory': '{ contributionHistory { year } }',
  'Query.fundingSources': '{ fundingSources { code } }',
  'Query.capacity': '{ capacity { fte } }',
  'Query.sources': '{ sources { document } }',
  'Query.indicators': '{ indicators { code } }',
  'Query.indicator': '{ indicator(code: "RUNNING_CASES") { name } }',
  'Query.me': '{ me { username role } }',
  'Query.mySessions': '{ mySessions { id current method } }',
  'Query.signInOptions': '{ signInOptions { passwordLogin providers { id label } } }',
  'Query.deployment': '{ deployment { demonstration demoAccounts { username } } }',
  'Query.providerLogout': '{ providerLogout { url } }',
  'Query.users': '{ users { username } }',
  'Query.suppressBelow': '{ suppressBelow }',
  // A real account, the wrong password.
  'Mutation.login': 'mutation { login(username: "matrix-zvh", password: "niet het wachtwoord") { next user { username } } }',
  'Mutation.logout': 'mutation { logout }',
  // Wrong current password.
  'Mutation.changePassword':
    'mutation { changePassword(oldPassword: "niet het wachtwoord", newPassword: "een heel ander lang wachtwoord") }',
  // A password that is too short.
  'Mutation.createUser': 'mutation { createUser(input: { username: "nieuwe-collega", password: "kort", role: ZVH }) { username } }',
  // Users that do not exist.
  'Mutation.setUserRole': 'mutation { setUserRole(username: "bestaat-niet", role: ZVH) { username } }',
  'Mutation.deactivateUser': 'mutation { deactivateUser(username: "bestaat-niet") { username } }',
  'Mutation.reactivateUser': 'mutation { reactivateUser(username: "bestaat-niet") { username } }',
  'Mutation.endSessions': 'mutation { endSessions(username: "bestaat-niet") }',
  'Mutation.unlockLogins': 'mutation { unlockLogins(username: "bestaat-niet") }',
  'Mutation.endMySession': 'mutation { endMySession(id: "00000000000000000000000000000000") }',
  'Mutation.endMyOtherSessions': 'mutation { endMyOtherSessions }',
  // A dry run: checks the file, writes nothing.
  'Mutation.importData':
    'mutation { importData(kind: CASELOAD, content: "peildatum;gemeente;aantal\\n1-6-2024;Zaanstad;4", dryRun: true) { rowsRead } }',
  'Mutation.restoreVersion': 'mutation { restoreVersion(id: "999999") { rowsRead } }',
  'Query.dataVersions': '{ dataVersions { id } }',
  'Query.auditLog': '{ auditLog(limit: 1) { action } }',
  'Query.importFormats': '{ importFormats { kind } }',
  'Query.exportCsv': '{ exportCsv(dataset: CASELOAD) { rows } }',
  'Query.goals': '{ goals { id status } }',
  'Query.notes': '{ notes { id } }',
  'Query.explanations': '{ explanations { id } }',
  'Query.signals': '{ signals { signals { rule } shortfalls { counts needed } } }',
  'Query.municipalityComparison': '{ municipalityComparison(code: "GM0479") { figures { kind direction } } }',
  'Query.nationalComparison': '{ nationalComparison { regionsInDatabase nationalPer10k } }',
  'Query.flows': '{ flows { months region { month inflow outflow throughputHidden } } }',
  // Allowed mutations get input that is refused, so the matrix changes nothing.
  'Mutation.createGoal': 'mutation { createGoal(input: { title: "x", indicator: RUNNING_CASES, direction: BETWEEN, target: 1 }) { id } }',
  'Mutation.updateGoal':
    'mutation { updateGoal(id: "999999", input: { title: "x", indicator: RUNNING_CASES, direction: AT_MOST, target: 1 }) { id } }',
  'Mutation.deleteGoal': 'mutation { deleteGoal(id: "999999") }',
  'Mutation.reportGoalValue': 'mutation { reportGoalValue(id: "999999", value: 1, date: "2023-01-01") { id } }',
  'Mutation.setThemeStatus': 'mutation { setThemeStatus(code: "bestaat-niet", status: DONE) { code } }',
  'Mutation.updateTheme': 'mutation { updateTheme(code: "bestaat-niet", input: { owner: "x" }) { code } }',
  'Mutation.addNote': 'mutation { addNote(input: { target: "overzicht", text: " " }) { id } }',
  'Mutation.deleteNote': 'mutation { deleteNote(id: "999999") }',
  // The gemeente user (Zaanstad) for its own municipality, with an empty text.
  'Mutation.addExplanation':
    'mutation { addExplanation(input: { peildatum: "2023-02-01", figure: "RUNNING_CASES", municipalityCode: "GM0479", text: " " }) { id } }',
  // A gemeente user hears FORBIDDEN for an id that is not its municipality's, existing or not.
  'Mutation.updateExplanation': 'mutation { updateExplanation(id: "999999", version: 1, text: "x") { id } }',
  'Mutation.removeExplanation': 'mutation { removeExplanation(id: "999999", version: 1) }',
  // Public: null without any session (counted as ok below), NONE for a signed-in user.
  'Query.signInStep': '{ signInStep { next } }',
  // Only a sign-in waiting for its second step may send a code: signed-in users are no such thing.
  'Mutation.verifyTotp': 'mutation { verifyTotp(code: "000000") { next } }',
  'Mutation.useRecoveryCode': 'mutation { useRecoveryCode(code: "AAAA-AAAA-AAAA-AAAA") { remaining } }',
  // An unconfirmed secret changes nothing about signing in.
  'Mutation.startTotpEnrolment': 'mutation { startTotpEnrolment { uri } }',
  'Mutation.confirmTotpEnrolment': 'mutation { confirmTotpEnrolment(code: "abcdef") }',
  'Mutation.regenerateRecoveryCodes': 'mutation { regenerateRecoveryCodes(code: "abcdef") }',
  'Mutation.removeTotp': 'mutation { removeTotp }',
  'Query.myPasskeys': '{ myPasskeys { id name } }',
  'Mutation.passkeyRegistrationOptions': 'mutation { passkeyRegistrationOptions }',
  // Not what a browser answers.
  'Mutation.verifyPasskeyRegistration': 'mutation { verifyPasskeyRegistration(response: "{}", name: "Laptop") { passkey { id } } }',
  'Mutation.removePasskey': 'mutation { removePasskey(id: "999999") }',
  'Mutation.passkeyAuthenticationOptions': 'mutation { passkeyAuthenticationOptions }',
  'Mutation.verifyPasskeyAuthentication': 'mutation { verifyPasskeyAuthentication(response: "{}") { next } }',
  'Mutation.resetSecondFactor': 'mutation { resetSecondFactor(username: "bestaat-niet") }',
};

function matrix(text: string): Record<string, Record<Who, Outcome>> {
  const [header, ...lines] = text
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()));
  if (JSON.stringify(header) !== JSON.stringify(['field', ...WHO])) throw new Error(`unexpected header ${header?.join(' | ')}`);
  const table: Record<string, Record<Who, Outcome>> = {};
  for (const [field, ...cells] of lines) {
    if (!field || cells.length !== WHO.length || cells.some((c) => !(OUTCOMES as readonly string[]).includes(c)))
      throw new Error(`bad row ${field}: ${cells.join(' | ')}`);
    table[field] = Object.fromEntries(WHO.map((who, i) => [who, cells[i]])) as Record<Who, Outcome>;
  }
  return table;
}

/** Every root field of Query and Mutation in the schema, as "Type.field". */
function rootFields(): string[] {
  const schema = buildSchema(readTypeDefs());
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
  );
}

let api: TestApi;
const viewers = {} as Record<Exclude<Who, 'anonymous'>, Viewer>;

beforeAll(async () => {
  api = await testApi();
  for (const role of ['BEHEERDER', 'ZVH', 'BESTUURDER', 'GEMEENTE'] as const satisfies readonly Role[]) {
    await api.services.users.create(
      { username: 'test-setup', origin: 'test' },
      { username: `matrix-${role.toLowerCase()}`, password: PASSWORD, role, municipalityCode: role === 'GEMEENTE' ? 'GM0479' : null },
    );
    // A real session of the stored user, read back as the HTTP layer does.
    const { token } = await api.services.auth.login(`matrix-${role.toLowerCase()}`, PASSWORD, 'test');
    const viewer = await api.services.auth.authenticate(token);
    if (!viewer) throw new Error(`no session for ${role}`);
    viewers[role] = viewer;
  }
});
afterAll(() => api.close());

const viewerOf = (who: Who): Viewer | null => (who === 'anonymous' ? null : viewers[who]);

/**
 * What happened, in the words of the table; anything else (several errors, an error elsewhere,
 * data next to an error, the wrong message) is spelled out so the difference shows.
 */
/** Fields whose answer is null for these viewers by design (no single sign-on session here). */
const NULL_BY_DESIGN = new Set(['Query.providerLogout']);

function outcomeOf(coordinate: string, result: ExecutionResult, viewer: Viewer | null): string {
  const field = coordinate.split('.')[1] ?? '';
  const value = (result.data as Record<string, unknown> | null | undefined)?.[field];
  if (!result.errors) {
    if (field === 'signInStep' && !viewer && value === null) return 'ok';
    if ((value === null || value === undefined) && !NULL_BY_DESIGN.has(coordinate)) return 'ok, but null';
    if (field === 'me' && (value as { username: string }).username !== viewer?.username) return `ok, but me is ${JSON.stringify(value)}`;
    return 'ok';
  }
  const [error, ...more] = result.errors;
  const code = String(error?.extensions?.code);
  if (!error || more.length > 0) return `${result.errors.length} errors: ${result.errors.map((e) => e.message).join('; ')}`;
  if (JSON.stringify(error.path) !== JSON.stringify([field])) return `${code} at ${JSON.stringify(error.path)}`;
  if (value !== null && value !== undefined) return `${code}, but with data`;
  if (code === 'UNAUTHENTICATED') {
    const expected = coordinate === 'Mutation.login' ? LOGIN_FAILED.nl : NOT_LOGGED_IN.nl;
    if (error.message !== expected) return `UNAUTHENTICATED: "${error.message}"`;
  }
  if (code === 'FORBIDDEN' && !(viewer && error.message.startsWith(`Uw rol (${ROLE_NAMES[viewer.role]}) mag`)))
    return `FORBIDDEN: "${error.message}"`;
  return code;
}

describe('the role × field matrix', () => {
  it('names every root field of Query and Mutation in the schema, each with an operation', () => {
    const fields = rootFields();
    expect(fields.length).toBeGreaterThanOrEqual(24);
    expect(Object.keys(EXPECTED).sort()).toEqual([...fields].sort());
    expect(Object.keys(OPERATIONS).sort()).toEqual([...fields].sort());
  });

  it.each(Object.entries(EXPECTED).map(([field, row]) => [field, WHO.map((who) => `${who} ${row[who]}`).join(', '), row] as const))(
    '%s: %s',
    async (field, _title, row) => {
      const actual: Record<string, string> = {};
      for (const who of WHO)
        actual[who] = outcomeOf(field, await api.run(OPERATIONS[field] ?? '', undefined, viewerOf(who)), viewerOf(who));
      expect(actual).toEqual(row);
    },
  );
});

describe('around the matrix', () => {
  it('login is public: with the right password a visitor without a session gets the user', async () => {
    const { data, errors } = await api.run<{ login: { next: string; user: { username: string; role: string } } }>(
      `mutation { login(username: "matrix-bestuurder", password: "${PASSWORD}") { next user { username role } } }`,
      undefined,
      null,
    );
    expect(errors).toBeUndefined();
    expect(data!.login).toEqual({ next: 'NONE', user: { username: 'matrix-bestuurder', role: 'BESTUURDER' } });
  });

  it('me is the stored user of the session: a GEMEENTE user with its municipality', async () => {
    const { data } = await api.run<{ me: unknown }>(
      '{ me { username role active municipality { code name } } }',
      undefined,
      viewers.GEMEENTE,
    );
    expect(data!.me).toEqual({
      username: 'matrix-gemeente',
      role: 'GEMEENTE',
      active: true,
      municipality: { code: 'GM0479', name: 'Zaanstad' },
    });
  });

  it('the rule comes before the input: a valid createUser by a non-beheerder is FORBIDDEN and creates no one', async () => {
    for (const who of ['anonymous', 'ZVH', 'BESTUURDER', 'GEMEENTE'] as const) {
      const username = `poging-${who.toLowerCase()}`;
      const result = await api.run(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { username } }',
        { input: { username, password: PASSWORD, role: 'ZVH' } },
        viewerOf(who),
      );
      expect(`${who}: ${outcomeOf('Mutation.createUser', result, viewerOf(who))}`).toBe(
        `${who}: ${who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'}`,
      );
      expect(await api.store.findUser(username)).toBeUndefined();
    }
  });

  it('a refused deactivateUser of an existing user leaves that user active', async () => {
    const result = await api.run('mutation { deactivateUser(username: "matrix-zvh") { active } }', undefined, viewers.BESTUURDER);
    expect(outcomeOf('Mutation.deactivateUser', result, viewers.BESTUURDER)).toBe('FORBIDDEN');
    const { data } = await api.run<{ users: { username: string; active: boolean }[] }>(
      '{ users { username active } }',
      undefined,
      viewers.BEHEERDER,
    );
    expect(data!.users.find((u) => u.username === 'matrix-zvh')?.active).toBe(true);
  });

  it('a beheerder with valid input gets what the BAD_USER_INPUT cells stopped short of: a new user', async () => {
    const { data, errors } = await api.run<{ createUser: { username: string; role: string } }>(
      `mutation { createUser(input: { username: "echte-collega", password: "${PASSWORD}", role: ZVH }) { username role } }`,
      undefined,
      viewers.BEHEERDER,
    );
    expect(errors).toBeUndefined();
    expect(data!.createUser).toEqual({ username: 'echte-collega', role: 'ZVH' });
  });
});
