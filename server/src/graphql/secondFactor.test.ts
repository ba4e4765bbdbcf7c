/**
 * The second step over real HTTP: the pending session's cookie, what it may and may not ask, the
 * new cookie after the second step, and two requests with the same code at once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as OTPAuth from 'otpauth';
import { cookieClient, postGraphql, serveWithFactorUsers, type GraphqlAnswer } from '../testing/http.js';

const PASSWORD = 'een lange zin als wachtwoord';
let served: Awaited<ReturnType<typeof serveWithFactorUsers>>;

beforeAll(async () => {
  served = await serveWithFactorUsers(PASSWORD);
});
afterAll(() => served.close());

const client = () => cookieClient(served.base);

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { next methods required user { username } } }';
const codeOf = (answer: GraphqlAnswer) => answer.errors?.[0]?.extensions?.code ?? 'ok';
const totpCode = (secret: string, at = Date.now()) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/ /g, '')) }).generate({ timestamp: at });

describe('a sign-in waiting for its second step', () => {
  it('is refused by every field but the public and pending ones, enrols, and ends under a new cookie', async () => {
    const browser = client();
    const login = await browser.ask(LOGIN, { u: 'beheer', p: PASSWORD });
    expect(login).toEqual({ data: { login: { next: 'ENROL', methods: ['TOTP', 'PASSKEY'], required: true, user: null } } });
    const pendingCookie = browser.cookie;
    expect(pendingCookie).toMatch(/^zv_session=/);

    expect(await browser.ask('{ me { username } }')).toEqual({ data: { me: null } });
    expect(codeOf(await browser.ask('{ users { username } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await browser.ask('{ region { name } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await browser.ask('{ mySessions { id } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await browser.ask('mutation { resetSecondFactor(username: "anna") }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await browser.ask('mutation { changePassword(oldPassword: "x", newPassword: "y") }'))).toBe('UNAUTHENTICATED');
    expect(await browser.ask('{ signInStep { next } }')).toEqual({ data: { signInStep: { next: 'ENROL' } } });
    // Still the pending cookie: asking did not clear it.
    expect(browser.cookie).toBe(pendingCookie);

    const start = await browser.ask('mutation { startTotpEnrolment { uri qrSvg secret } }');
    const secret = (start.data?.startTotpEnrolment as { secret: string }).secret;
    expect(codeOf(await browser.ask('mutation ($c: String!) { confirmTotpEnrolment(code: $c) }', { c: 'abcdef' }))).toBe('BAD_USER_INPUT');
    const confirmed = await browser.ask('mutation ($c: String!) { confirmTotpEnrolment(code: $c) }', { c: totpCode(secret) });
    expect(confirmed.data?.confirmTotpEnrolment).toHaveLength(10);
    expect(browser.cookie).not.toBe(pendingCookie);
    expect(await browser.ask('{ me { username secondFactors } }')).toEqual({
      data: { me: { username: 'beheer', secondFactors: ['TOTP', 'RECOVERY_CODE'] } },
    });
    expect(await browser.ask('{ signInStep { next required } }')).toEqual({ data: { signInStep: { next: 'NONE', required: true } } });
    // The cookie from before the second step is worth nothing.
    expect(codeOf((await postGraphql(served.base, pendingCookie, { query: '{ me { username } }' })).json)).toBe('UNAUTHENTICATED');

    // The beheerder sees who has a factor.
    const users = await browser.ask('{ users { username secondFactors } }');
    expect(users.data?.users).toEqual(
      expect.arrayContaining([
        { username: 'anna', secondFactors: [] },
        { username: 'beheer', secondFactors: ['TOTP', 'RECOVERY_CODE'] },
      ]),
    );
  });

  it('lets only one of two requests with the same code through, at the same moment', async () => {
    const setup = client();
    await setup.ask(LOGIN, { u: 'anna', p: PASSWORD });
    const start = await setup.ask('mutation { startTotpEnrolment { secret } }');
    const secret = (start.data?.startTotpEnrolment as { secret: string }).secret;
    await setup.ask('mutation ($c: String!) { confirmTotpEnrolment(code: $c) }', { c: totpCode(secret) });

    // The confirmation used this step's code; the next step's is accepted within the window.
    const next = totpCode(secret, Date.now() + 30_000);
    const [one, two] = [client(), client()];
    for (const browser of [one, two])
      expect((await browser.ask(LOGIN, { u: 'anna', p: PASSWORD })).data?.login).toMatchObject({ next: 'SECOND_FACTOR' });
    // A sign-in that must prove its factor cannot set up another one instead.
    expect(codeOf(await one.ask('mutation { startTotpEnrolment { uri } }'))).toBe('UNAUTHENTICATED');
    const verify = 'mutation ($c: String!) { verifyTotp(code: $c) { next user { username } } }';
    const answers = await Promise.all([one.ask(verify, { c: next }), two.ask(verify, { c: next })]);
    expect(answers.map(codeOf).sort()).toEqual(['BAD_USER_INPUT', 'ok']);
    expect(answers.find((a) => !a.errors)?.data).toEqual({ verifyTotp: { next: 'NONE', user: { username: 'anna' } } });
  });
});
