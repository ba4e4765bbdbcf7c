import { beforeEach, describe, expect, it } from '@jest/globals';
import { SqliteStore } from '../store/index.js';
import { SoftAuthenticator } from '../testing/softAuthenticator.js';
import { AuthService } from './AuthService.js';
import { CHALLENGE_TTL_MS, PASSKEY_NOT_ACCEPTED, PasskeyService, relyingPartyOf, type PasskeySubject } from './PasskeyService.js';

const ORIGIN = 'https://zv.example.nl';
const actor = { username: 'anna', origin: '192.0.2.1' };

describe('passkeys as a second factor (real @simplewebauthn/server checks on real signatures)', () => {
  let store: SqliteStore;
  let clock: number;
  let passkeys: PasskeyService;
  let anna: PasskeySubject;
  let bram: PasskeySubject;

  beforeEach(async () => {
    store = SqliteStore.open(':memory:');
    clock = Date.parse('2026-12-06T08:00:00Z');
    passkeys = new PasskeyService(store, new AuthService(store, { now: () => clock }), relyingPartyOf(ORIGIN));
    const user = (username: string) =>
      store.createUser({ username, passwordHash: 'x', role: 'ZVH', municipalityCode: null, createdAt: '2026-12-01' });
    anna = { sessionHash: 'a'.repeat(64), userId: await user('anna'), username: 'anna' };
    bram = { sessionHash: 'b'.repeat(64), userId: await user('bram'), username: 'bram' };
  });

  async function registered(subject: PasskeySubject, origin = ORIGIN): Promise<SoftAuthenticator> {
    const authenticator = new SoftAuthenticator(origin);
    await passkeys.register(subject, authenticator.register(await passkeys.registrationOptions(subject)), 'Laptop werk', actor);
    return authenticator;
  }

  it('registers a passkey for the host of the public URL and signs in with it, moving its counter', async () => {
    const options = JSON.parse(await passkeys.registrationOptions(anna)) as { rp: { id: string }; user: { id: string; name: string } };
    expect(options.rp.id).toBe('zv.example.nl');
    expect(options.user.name).toBe('anna');
    // The user handle the authenticator keeps says nothing about the account.
    const handle = Buffer.from(options.user.id, 'base64url');
    expect(handle).toHaveLength(32);
    expect(handle.toString('latin1')).not.toContain('anna');
    // ... and stays the same, so a second registration names the same account.
    const again = JSON.parse(await passkeys.registrationOptions(anna)) as { user: { id: string } };
    expect(again.user.id).toBe(options.user.id);

    const authenticator = await registered(anna);
    const [stored] = await passkeys.list(anna.userId);
    expect(stored).toMatchObject({ credentialId: authenticator.id, name: 'Laptop werk', counter: 0, lastUsedAt: null });

    const used = await passkeys.authenticate(anna, authenticator.authenticate(await passkeys.authenticationOptions(anna)));
    expect(used).toMatchObject({ id: stored!.id, counter: 1, lastUsedAt: '2026-12-06T08:00:00.000Z' });
    expect((await passkeys.list(anna.userId))[0]!.counter).toBe(1);
  });

  it('refuses a replayed answer: every challenge is answered once', async () => {
    const authenticator = await registered(anna);
    const answer = authenticator.authenticate(await passkeys.authenticationOptions(anna));
    await passkeys.authenticate(anna, answer);
    await expect(passkeys.authenticate(anna, answer)).rejects.toThrow(/verlopen of al gebruikt/);
    // Also after new options: the old signature answers the old challenge.
    await passkeys.authenticationOptions(anna);
    await expect(passkeys.authenticate(anna, answer)).rejects.toThrow(PASSKEY_NOT_ACCEPTED.nl);
  });

  it('lets only one of two sign-ins with the same answer sent at once through', async () => {
    const authenticator = await registered(anna);
    const answer = authenticator.authenticate(await passkeys.authenticationOptions(anna));
    const results = await Promise.allSettled([passkeys.authenticate(anna, answer), passkeys.authenticate(anna, answer)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('refuses an answer signed for another site (a phishing page) or another RP ID', async () => {
    const authenticator = await registered(anna);
    await expect(
      passkeys.authenticate(
        anna,
        authenticator.authenticate(await passkeys.authenticationOptions(anna), { origin: 'https://zv.example.nl.evil.test' }),
      ),
    ).rejects.toThrow(PASSKEY_NOT_ACCEPTED.nl);
    await expect(
      passkeys.authenticate(anna, authenticator.authenticate(await passkeys.authenticationOptions(anna), { rpId: 'evil.test' })),
    ).rejects.toThrow(PASSKEY_NOT_ACCEPTED.nl);
    const elsewhere = new SoftAuthenticator('https://evil.test');
    await expect(passkeys.register(anna, elsewhere.register(await passkeys.registrationOptions(anna)), 'x', actor)).rejects.toThrow(
      PASSKEY_NOT_ACCEPTED.nl,
    );
    expect(await passkeys.list(anna.userId)).toHaveLength(1);
  });

  it("refuses another user's passkey, also with a valid signature over this session's challenge", async () => {
    await registered(anna);
    const brams = await registered(bram);
    await expect(passkeys.authenticate(anna, brams.authenticate(await passkeys.authenticationOptions(anna)))).rejects.toThrow(
      PASSKEY_NOT_ACCEPTED.nl,
    );
  });

  it("refuses an answer to another session's challenge", async () => {
    const authenticator = await registered(anna);
    const otherSession = { ...anna, sessionHash: 'c'.repeat(64) };
    const answer = authenticator.authenticate(await passkeys.authenticationOptions(otherSession));
    await passkeys.authenticationOptions(anna);
    await expect(passkeys.authenticate(anna, answer)).rejects.toThrow(PASSKEY_NOT_ACCEPTED.nl);
  });

  it('refuses a copied authenticator: a counter that does not go up', async () => {
    const authenticator = await registered(anna);
    await passkeys.authenticate(anna, authenticator.authenticate(await passkeys.authenticationOptions(anna)));
    await passkeys.authenticate(anna, authenticator.authenticate(await passkeys.authenticationOptions(anna)));
    authenticator.counter = 0; // the copy signs with counter 1 again
    await expect(passkeys.authenticate(anna, authenticator.authenticate(await passkeys.authenticationOptions(anna)))).rejects.toThrow(
      PASSKEY_NOT_ACCEPTED.nl,
    );
  });

  it('refuses a tampered signature and an answer after the challenge expired', async () => {
    const authenticator = await registered(anna);
    const answer = JSON.parse(authenticator.authenticate(await passkeys.authenticationOptions(anna))) as {
      response: { signature: string };
    };
    const signature = Buffer.from(answer.response.signature, 'base64url');
    signature[signature.length - 1]! ^= 0x01;
    answer.response.signature = signature.toString('base64url');
    await expect(passkeys.authenticate(anna, JSON.stringify(answer))).rejects.toThrow(PASSKEY_NOT_ACCEPTED.nl);

    const late = authenticator.authenticate(await passkeys.authenticationOptions(anna));
    clock += CHALLENGE_TTL_MS + 1;
    await expect(passkeys.authenticate(anna, late)).rejects.toThrow(/verlopen of al gebruikt/);
  });

  it('answers bad input with a clear error and stores nothing', async () => {
    await passkeys.registrationOptions(anna);
    await expect(passkeys.register(anna, 'geen json', 'Laptop', actor)).rejects.toThrow(PASSKEY_NOT_ACCEPTED.nl);
    await expect(passkeys.register(anna, `{"id":"${'x'.repeat(20_000)}"}`, 'Laptop', actor)).rejects.toThrow(PASSKEY_NOT_ACCEPTED.nl);
    const authenticator = new SoftAuthenticator(ORIGIN);
    const options = await passkeys.registrationOptions(anna);
    await expect(passkeys.register(anna, authenticator.register(options), '   ', actor)).rejects.toThrow(/naam van 1 tot 60 tekens/);
    await expect(passkeys.register(anna, authenticator.register(options), 'x'.repeat(61), actor)).rejects.toThrow(
      /naam van 1 tot 60 tekens/,
    );
    await expect(passkeys.authenticationOptions(anna)).rejects.toThrow(/geen passkey/);
    expect(await passkeys.list(anna.userId)).toEqual([]);
  });

  it('removes only the own passkeys (a role that does not require a factor may remove the last)', async () => {
    await registered(anna);
    const [annas] = await passkeys.list(anna.userId);
    await expect(passkeys.remove({ ...bram, role: 'BESTUURDER' }, annas!.id, actor)).rejects.toThrow(/niet gevonden/);
    await expect(passkeys.remove({ ...anna, role: 'BESTUURDER' }, annas!.id, actor)).resolves.toMatchObject({ name: 'Laptop werk' });
    expect(await passkeys.list(anna.userId)).toEqual([]);
  });
});
