/**
 * Passkeys as the second step over real HTTP, with a software authenticator whose signatures the
 * real @simplewebauthn/server checks: enrolment at sign-in, signing in with it, and the attacks —
 * a replayed answer, another user's passkey, a sign-in that must prove its factor trying to add
 * one, and removing the last factor of a role that requires one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cookieClient, postGraphql, serveWithFactorUsers, type GraphqlAnswer } from '../testing/http.js';
import { SoftAuthenticator } from '../testing/softAuthenticator.js';
import type { Store } from '../store/index.js';

const PASSWORD = 'een lange zin als wachtwoord';
/** The public URL of createServices without configuration (LOCAL_SIGN_IN): what the authenticator signs as the origin. */
const ORIGIN = 'http://localhost';
let store: Store;
let served: Awaited<ReturnType<typeof serveWithFactorUsers>>;

beforeAll(async () => {
  served = await serveWithFactorUsers(PASSWORD);
  store = served.store;
});
afterAll(() => served.close());

const client = () => cookieClient(served.base);

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { next methods user { username } } }';
const REGISTER_OPTIONS = 'mutation { passkeyRegistrationOptions }';
const REGISTER =
  'mutation ($r: String!, $n: String!) { verifyPasskeyRegistration(response: $r, name: $n) { passkey { id name } recoveryCodes } }';
const SIGN_OPTIONS = 'mutation { passkeyAuthenticationOptions }';
const SIGN = 'mutation ($r: String!) { verifyPasskeyAuthentication(response: $r) { next user { username } } }';
const ME = '{ me { username secondFactors } mySessions { current method } }';
const codeOf = (answer: GraphqlAnswer) => answer.errors?.[0]?.extensions?.code ?? 'ok';
const data = <T>(answer: GraphqlAnswer) => answer.data as T;

/** Signs in with the password and, when asked, the passkey; answers the signed-in client. */
async function signIn(username: string, authenticator: SoftAuthenticator) {
  const browser = client();
  expect(data<{ login: { next: string } }>(await browser.ask(LOGIN, { u: username, p: PASSWORD })).login.next).toBe('SECOND_FACTOR');
  const options = data<{ passkeyAuthenticationOptions: string }>(await browser.ask(SIGN_OPTIONS)).passkeyAuthenticationOptions;
  const signed = await browser.ask(SIGN, { r: authenticator.authenticate(options) });
  expect(signed).toEqual({ data: { verifyPasskeyAuthentication: { next: 'NONE', user: { username } } } });
  return browser;
}

describe('passkeys as the second step of signing in', () => {
  const beheerKey = new SoftAuthenticator(ORIGIN);

  it('enrols a beheerder with a passkey at sign-in: recovery codes once, a new cookie, signed in with password and passkey', async () => {
    const browser = client();
    expect(await browser.ask(LOGIN, { u: 'beheer', p: PASSWORD })).toEqual({
      data: { login: { next: 'ENROL', methods: ['TOTP', 'PASSKEY'], user: null } },
    });
    const pendingCookie = browser.cookie;
    const options = data<{ passkeyRegistrationOptions: string }>(await browser.ask(REGISTER_OPTIONS)).passkeyRegistrationOptions;
    expect(JSON.parse(options)).toMatchObject({ rp: { id: 'localhost' }, user: { name: 'beheer' } });
    const kept = data<{ verifyPasskeyRegistration: { passkey: { name: string }; recoveryCodes: string[] } }>(
      await browser.ask(REGISTER, { r: beheerKey.register(options), n: 'Laptop werk' }),
    );
    expect(kept.verifyPasskeyRegistration.passkey.name).toBe('Laptop werk');
    expect(kept.verifyPasskeyRegistration.recoveryCodes).toHaveLength(10);
    expect(browser.cookie).not.toBe(pendingCookie);
    expect(await browser.ask(ME)).toEqual({
      data: {
        me: { username: 'beheer', secondFactors: ['PASSKEY', 'RECOVERY_CODE'] },
        mySessions: [{ current: true, method: 'PASSWORD_PASSKEY' }],
      },
    });
  });

  it('signs in with the passkey after the password, under a new cookie; the pending session could see nothing', async () => {
    const browser = client();
    expect(await browser.ask(LOGIN, { u: 'beheer', p: PASSWORD })).toEqual({
      data: { login: { next: 'SECOND_FACTOR', methods: ['PASSKEY', 'RECOVERY_CODE'], user: null } },
    });
    expect(codeOf(await browser.ask('{ users { username } }'))).toBe('UNAUTHENTICATED');
    const pendingCookie = browser.cookie;
    const options = data<{ passkeyAuthenticationOptions: string }>(await browser.ask(SIGN_OPTIONS)).passkeyAuthenticationOptions;
    // Only the user's own passkeys are offered.
    expect(JSON.parse(options).allowCredentials).toEqual([expect.objectContaining({ id: beheerKey.id })]);
    expect(await browser.ask(SIGN, { r: beheerKey.authenticate(options) })).toEqual({
      data: { verifyPasskeyAuthentication: { next: 'NONE', user: { username: 'beheer' } } },
    });
    expect(browser.cookie).not.toBe(pendingCookie);
    expect(data<{ mySessions: { current: boolean; method: string }[] }>(await browser.ask(ME)).mySessions).toContainEqual({
      current: true,
      method: 'PASSWORD_PASSKEY',
    });
    // The old (pending) cookie is worth nothing now.
    expect(codeOf((await postGraphql(served.base, pendingCookie, { query: '{ users { username } }' })).json)).toBe('UNAUTHENTICATED');
  });

  it('lets a user with passkeys and no app make new recovery codes only soon after signing in with a passkey', async () => {
    const REGENERATE = 'mutation { regenerateRecoveryCodes(code: "") }';
    const withPasskey = await signIn('beheer', beheerKey);
    const fresh = data<{ regenerateRecoveryCodes: string[] }>(await withPasskey.ask(REGENERATE)).regenerateRecoveryCodes;
    expect(fresh).toHaveLength(10);

    // Signed in with a recovery code instead: refused, and the codes just made stay.
    const withCode = client();
    await withCode.ask(LOGIN, { u: 'beheer', p: PASSWORD });
    expect(codeOf(await withCode.ask('mutation ($c: String!) { useRecoveryCode(code: $c) { remaining } }', { c: fresh[0] }))).toBe('ok');
    const refused = await withCode.ask(REGENERATE);
    expect(refused.errors?.[0]?.message).toMatch(/Log opnieuw in met uw passkey/);
    const other = client();
    await other.ask(LOGIN, { u: 'beheer', p: PASSWORD });
    expect(codeOf(await other.ask('mutation ($c: String!) { useRecoveryCode(code: $c) { remaining } }', { c: fresh[1] }))).toBe('ok');
  });

  it('refuses a replayed answer in a new sign-in and counts it as a wrong second factor', async () => {
    const first = client();
    await first.ask(LOGIN, { u: 'beheer', p: PASSWORD });
    const options = data<{ passkeyAuthenticationOptions: string }>(await first.ask(SIGN_OPTIONS)).passkeyAuthenticationOptions;
    const answer = beheerKey.authenticate(options);
    expect(codeOf(await first.ask(SIGN, { r: answer }))).toBe('ok');

    const attacker = client();
    await attacker.ask(LOGIN, { u: 'beheer', p: PASSWORD });
    await attacker.ask(SIGN_OPTIONS);
    const replay = await attacker.ask(SIGN, { r: answer });
    expect(codeOf(replay)).toBe('BAD_USER_INPUT');
    expect(await attacker.ask('{ me { username } }')).toEqual({ data: { me: null } });
    const audit = await store.recentAudit(5);
    expect(audit.find((entry) => entry.action === 'mfa.verify')).toMatchObject({ result: 'failed', actor: 'beheer' });
  });

  it("refuses another user's passkey, even with a valid signature over this sign-in's challenge", async () => {
    const annaKey = new SoftAuthenticator(ORIGIN);
    const enrol = client();
    await enrol.ask(LOGIN, { u: 'anna', p: PASSWORD });
    const options = data<{ passkeyRegistrationOptions: string }>(await enrol.ask(REGISTER_OPTIONS)).passkeyRegistrationOptions;
    expect(codeOf(await enrol.ask(REGISTER, { r: annaKey.register(options), n: 'Telefoon' }))).toBe('ok');

    const attacker = client(); // knows beheer's password, holds anna's authenticator
    await attacker.ask(LOGIN, { u: 'beheer', p: PASSWORD });
    const challenge = data<{ passkeyAuthenticationOptions: string }>(await attacker.ask(SIGN_OPTIONS)).passkeyAuthenticationOptions;
    expect(codeOf(await attacker.ask(SIGN, { r: annaKey.authenticate(challenge) }))).toBe('BAD_USER_INPUT');
    expect(await attacker.ask('{ me { username } }')).toEqual({ data: { me: null } });
  });

  it('does not let a sign-in that must prove its factor add a passkey instead', async () => {
    const attacker = client();
    await attacker.ask(LOGIN, { u: 'beheer', p: PASSWORD });
    expect(codeOf(await attacker.ask(REGISTER_OPTIONS))).toBe('UNAUTHENTICATED');
    expect(await store.userPasskeys((await store.findUser('beheer'))!.id)).toHaveLength(1);
  });

  it('keeps the last passkey of a role that requires a factor; a second one may go; a reset removes them all', async () => {
    // The attacks above count against beheer's sign-ins from this address: they are locked by now.
    expect(codeOf(await client().ask(LOGIN, { u: 'beheer', p: PASSWORD }))).toBe('UNAUTHENTICATED');
    await store.clearAllLoginFailures('beheer');
    const browser = await signIn('beheer', beheerKey);
    const [only] = data<{ myPasskeys: { id: string }[] }>(await browser.ask('{ myPasskeys { id } }')).myPasskeys;
    const removeLast = await browser.ask('mutation ($id: ID!) { removePasskey(id: $id) }', { id: only!.id });
    expect(removeLast.errors?.[0]?.message).toMatch(/laatste passkey/);

    const second = new SoftAuthenticator(ORIGIN);
    const options = data<{ passkeyRegistrationOptions: string }>(await browser.ask(REGISTER_OPTIONS)).passkeyRegistrationOptions;
    const kept = await browser.ask(REGISTER, { r: second.register(options), n: 'Sleutel' });
    // Not the first factor: no new recovery codes.
    expect(data<{ verifyPasskeyRegistration: { recoveryCodes: string[] } }>(kept).verifyPasskeyRegistration.recoveryCodes).toEqual([]);
    expect(await browser.ask('mutation ($id: ID!) { removePasskey(id: $id) }', { id: only!.id })).toEqual({
      data: { removePasskey: true },
    });
    await signIn('beheer', second);

    // Anna's passkey and ten recovery codes go with a beheerder's reset; she enrols again at the next sign-in.
    expect(await browser.ask('mutation { resetSecondFactor(username: "anna") }')).toEqual({ data: { resetSecondFactor: 11 } });
    expect(await store.userPasskeys((await store.findUser('anna'))!.id)).toEqual([]);
    expect(data<{ login: { next: string } }>(await client().ask(LOGIN, { u: 'anna', p: PASSWORD })).login.next).toBe('ENROL');
  });
});
