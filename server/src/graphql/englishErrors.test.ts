/**
 * Every error a person can act on reaches the client with its English beside the Dutch message
 * (extensions.messageEn, decision 0025), through the real API: a too-long explanation, a wrong
 * authenticator code, a goal with bad input, a role that may not, an explanation changed
 * meanwhile, a failed login, and graphql-js's own refusals. An internal failure carries none.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Viewer } from '../auth/viewer.js';
import { testApi, viewerAs, type TestApi } from '../testing/api.js';

interface Refusal {
  message: string;
  extensions?: Record<string, unknown>;
}

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(() => api.close());

/** The one error of an answer, as the client gets it. */
async function refusal(query: string, variables: Record<string, unknown> = {}, viewer: Viewer | null = viewerAs('ZVH')): Promise<Refusal> {
  const { errors } = await api.run(query, variables, viewer);
  expect(errors).toHaveLength(1);
  return errors![0] as Refusal;
}

/** A stored user who is signed in: what enrolling an authenticator app needs. */
async function signedInUser(username: string): Promise<Viewer> {
  const { errors } = await api.run(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { username } }',
    { input: { username, password: 'een lange zin als wachtwoord', role: 'ZVH' } },
    viewerAs('BEHEERDER'),
  );
  expect(errors).toBeUndefined();
  const user = await api.store.findUser(username);
  return { userId: user!.id, username, role: 'ZVH', municipalityCode: null, sessionHash: '' };
}

const ADD_EXPLANATION = 'mutation ($input: ExplanationInput!) { addExplanation(input: $input) { id version } }';
const UPDATE_EXPLANATION =
  'mutation ($id: ID!, $version: Int!, $text: String!) { updateExplanation(id: $id, version: $version, text: $text) { id } }';
const CREATE_GOAL = 'mutation ($input: GoalInput!) { createGoal(input: $input) { id } }';
const GOAL = { title: 'Minder lopende casussen', indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 100 };

describe('the English beside the Dutch message', () => {
  it('comes with a text that is too long, in the same numbers', async () => {
    const error = await refusal(ADD_EXPLANATION, { input: { peildatum: '2023-02-01', figure: 'RUNNING_CASES', text: 'a'.repeat(501) } });
    expect(error).toMatchObject({
      message: 'De toelichting is te lang: hoogstens 500 tekens, dit zijn er 501. Maak haar korter.',
      extensions: {
        code: 'BAD_USER_INPUT',
        messageEn: 'The explanation is too long: at most 500 characters, and this one has 501. Make it shorter.',
      },
    });
  });

  it('comes with a wrong authenticator code', async () => {
    const anna = await signedInUser('anna');
    expect((await api.run('mutation { startTotpEnrolment { secret } }', {}, anna)).errors).toBeUndefined();
    const error = await refusal('mutation ($c: String!) { confirmTotpEnrolment(code: $c) }', { c: 'abcdef' }, anna);
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageEn: "The code is not correct. Type the six digits the app shows now; is your phone's clock set correctly?",
    });
  });

  it('comes with each kind of bad input for a goal', async () => {
    const bad = [
      { ...GOAL, title: ' ' },
      { ...GOAL, direction: 'BETWEEN', targetUpper: 50 },
      { ...GOAL, margin: 2 },
      { ...GOAL, municipalityCode: 'GM9999' },
      { ...GOAL, indicator: 'MANUAL' },
    ];
    const errors = await Promise.all(bad.map((input) => refusal(CREATE_GOAL, { input })));
    expect(errors.map((e) => e.extensions?.['messageEn'])).toEqual([
      'Give the goal a title of 1 to 200 characters.',
      'BETWEEN needs an upper limit (targetUpper) greater than the lower limit (target).',
      'The margin is a fraction from 0 up to and including 1, for example 0.10 for 10%.',
      'Municipality "GM9999" does not exist in this region.',
      'Give a manual goal its unit, for example "cases", "%", "days" or "per 10,000 inhabitants".',
    ]);
    expect(errors.every((e) => e.extensions?.['code'] === 'BAD_USER_INPUT')).toBe(true);
  });

  it('comes with a role that may not, naming the roles in English', async () => {
    const error = await refusal(CREATE_GOAL, { input: GOAL }, viewerAs('BESTUURDER'));
    expect(error).toMatchObject({
      message: 'Uw rol (bestuurder) mag uitvoeren van createGoal niet: dat mag alleen een ZVH-medewerker of beheerder.',
      extensions: {
        code: 'FORBIDDEN',
        messageEn: 'Your role (board member) cannot perform createGoal: that requires the role of ZVH staff member or administrator.',
      },
    });
  });

  it('comes with an explanation changed by someone else meanwhile', async () => {
    const { data } = await api.run<{ addExplanation: { id: string; version: number } }>(ADD_EXPLANATION, {
      input: { peildatum: '2023-02-01', figure: 'CASES_PER_10K', text: 'Eerste versie.' },
    });
    const { id, version } = data!.addExplanation;
    expect((await api.run(UPDATE_EXPLANATION, { id, version, text: 'Tweede versie.' })).errors).toBeUndefined();
    const error = await refusal(UPDATE_EXPLANATION, { id, version, text: 'Derde versie, op de oude.' });
    expect(error.extensions).toEqual({
      code: 'CONFLICT',
      messageEn:
        'Someone else has changed or removed this explanation in the meantime. Refresh the page, read the new text and adjust it again if needed.',
    });
  });

  it('comes with a failed login and with a question that needs a session', async () => {
    const login = await refusal('mutation { login(username: "niemand", password: "fout") { next } }', {}, null);
    expect(login.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(login.extensions?.['messageEn']).toMatch(/^Signing in did not succeed\. Check your username and password\./);
    const anonymous = await refusal('{ themes { code } }', {}, null);
    expect(anonymous.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      messageEn: 'You are not signed in or your session has expired. Sign in to continue.',
    });
  });

  it('comes with the input checks before any resolver: a date, a text over its limit', async () => {
    const date = await refusal('query ($d: Date) { caseload(peildatum: $d) { total } }', { d: '2023-13-01' });
    expect(date.message).toMatch(/Ongeldige datum "2023-13-01"/);
    expect(date.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageEn: 'Invalid date "2023-13-01". Use an ISO 8601 date in the form YYYY-MM-DD, for example "2023-02-01".',
    });
    const long = await refusal('mutation ($t: String!) { addNote(input: { target: "overzicht", text: $t }) { id } }', {
      t: 'x'.repeat(2001),
    });
    expect(long.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageEn: 'input.text is too long: at most 2,000 characters, and this one has 2,001.',
    });
  });

  it("is graphql-js's own message where graphql-js refuses (it writes English)", async () => {
    const unknownField = await refusal('{ region { colour } }');
    expect(unknownField.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', messageEn: unknownField.message });
    const wrongType = await refusal('query ($y: Int!) { contributions(year: $y) { year } }', { y: 'drie' });
    expect(wrongType.extensions?.['messageEn']).toBe(wrongType.message);
  });
});

describe('an internal failure', () => {
  it('carries no messageEn, only the generic message and its error id', async () => {
    const store = api.store as unknown as { listThemes: () => Promise<unknown> };
    const broken = jest.spyOn(store, 'listThemes').mockRejectedValue(new Error('de schijf is stuk'));
    try {
      const error = await refusal('{ themes { code } }');
      expect(error.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
      expect(error.extensions).not.toHaveProperty('messageEn');
      expect(error.message).not.toMatch(/schijf/);
    } finally {
      broken.mockRestore();
    }
  });
});
