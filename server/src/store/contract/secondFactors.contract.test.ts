import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { factorStores, refused, type FactorStores, type StoreUnderTest } from '../../testing/contractStores.js';
import type { PasskeyRow } from '../types.js';

/** Second factors and passkeys, once for each store: whatever holds for SQLite holds for PostgreSQL. */
describe.each(factorStores)('SecondFactorStore and PasskeyStore on %s', (_name, open) => {
  let subject: StoreUnderTest<FactorStores>;
  let anna: number;
  beforeEach(async () => {
    subject = await open();
    anna = await subject.store.access.createUser({
      username: 'anna',
      passwordHash: 'x',
      role: 'BEHEERDER',
      municipalityCode: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  }, 60_000);
  afterEach(async () => {
    await subject.close();
  }, 60_000);

  const secret = (fill: number) => Buffer.alloc(45, fill);
  const codes = (...letters: string[]) => letters.map((l) => l.repeat(64));
  const passkey = (credentialId: string, userId: number): Omit<PasskeyRow, 'id' | 'lastUsedAt'> => ({
    userId,
    credentialId,
    publicKey: new Uint8Array(Array.from({ length: 77 }, (_, i) => i)),
    counter: 0,
    transports: ['internal', 'hybrid'],
    name: 'Laptop werk',
    backedUp: true,
    createdAt: '2026-01-02T00:00:00.000Z',
  });

  describe('TOTP and recovery codes', () => {
    it('keeps an enrolment until it is confirmed once, with its recovery codes; a confirmed one is not replaced', async () => {
      const { factors } = subject.store;
      expect(await factors.saveTotpEnrolment(anna, secret(1), '2026-01-01T00:00:00.000Z')).toBe(true);
      expect(await factors.saveTotpEnrolment(anna, secret(2), '2026-01-01T00:01:00.000Z')).toBe(true);
      expect(await factors.findTotp(anna)).toEqual({
        userId: anna,
        secret: secret(2),
        confirmed: false,
        lastStep: null,
        createdAt: '2026-01-01T00:01:00.000Z',
      });
      expect(await factors.secondFactors([anna])).toEqual([[]]);
      expect(await factors.confirmTotp(anna, 59_000_000, codes('a', 'b'))).toBe(true);
      expect(await factors.confirmTotp(anna, 59_000_001, codes('c'))).toBe(false);
      expect(await factors.saveTotpEnrolment(anna, secret(3), '2026-01-01T00:02:00.000Z')).toBe(false);
      expect(await factors.findTotp(anna)).toMatchObject({ secret: secret(2), confirmed: true, lastStep: 59_000_000 });
      expect(await factors.unusedRecoveryCodes(anna)).toBe(2);
      expect(await factors.secondFactors([999, anna])).toEqual([[], ['TOTP', 'RECOVERY_CODE']]);
    });

    it('accepts each time step once and only later ones, also when two ask at once', async () => {
      const { factors } = subject.store;
      await factors.saveTotpEnrolment(anna, secret(1), '2026-01-01T00:00:00.000Z');
      expect(await factors.acceptTotpStep(anna, 100)).toBe(false); // not confirmed yet
      await factors.confirmTotp(anna, 100, []);
      expect(await factors.acceptTotpStep(anna, 100)).toBe(false);
      const other = await subject.another();
      const both = await Promise.all([factors.acceptTotpStep(anna, 101), other.factors.acceptTotpStep(anna, 101)]);
      expect(both.filter(Boolean)).toHaveLength(1);
      expect(await factors.acceptTotpStep(anna, 100)).toBe(false);
      expect(await factors.acceptTotpStep(anna, 102)).toBe(true);
    });

    it('uses a recovery code once, replaces the set, and removes codes with the last factor they back up', async () => {
      const { factors, passkeys } = subject.store;
      await factors.saveTotpEnrolment(anna, secret(1), '2026-01-01T00:00:00.000Z');
      await factors.confirmTotp(anna, 1, codes('a', 'b', 'c'));
      expect(await factors.useRecoveryCode(anna, 'a'.repeat(64), '2026-01-03T00:00:00.000Z')).toBe(true);
      expect(await factors.useRecoveryCode(anna, 'a'.repeat(64), '2026-01-03T00:00:00.000Z')).toBe(false);
      expect(await factors.useRecoveryCode(anna, 'z'.repeat(64), '2026-01-03T00:00:00.000Z')).toBe(false);
      expect(await factors.unusedRecoveryCodes(anna)).toBe(2);
      await factors.replaceRecoveryCodes(anna, codes('d', 'e', 'f', 'g'));
      expect(await factors.unusedRecoveryCodes(anna)).toBe(4);

      // With a passkey left, the codes stay when the app goes; with nothing left, they go.
      const id = await passkeys.addPasskey(passkey('credential-0000001', anna));
      expect(await factors.deleteTotp(anna)).toBe(true);
      expect(await factors.deleteTotp(anna)).toBe(false);
      expect(await factors.secondFactors([anna])).toEqual([['PASSKEY', 'RECOVERY_CODE']]);
      expect(await passkeys.deletePasskey(anna, id)).toMatchObject({ id, credentialId: 'credential-0000001' });
      expect(await factors.unusedRecoveryCodes(anna)).toBe(0);
      expect(await factors.secondFactors([anna])).toEqual([[]]);
    });

    it('removes every factor in a reset and answers how many rows went', async () => {
      const { factors, passkeys } = subject.store;
      await factors.saveTotpEnrolment(anna, secret(1), '2026-01-01T00:00:00.000Z');
      await factors.confirmTotp(anna, 1, codes('a', 'b'));
      await passkeys.addPasskey(passkey('credential-0000001', anna));
      await passkeys.addPasskey(passkey('credential-0000002', anna));
      expect(await factors.deleteUserSecondFactors(anna)).toBe(5);
      expect(await factors.deleteUserSecondFactors(anna)).toBe(0);
      expect(await factors.secondFactors([anna])).toEqual([[]]);
    });
  });

  describe('passkeys', () => {
    it('adds passkeys and answers them as stored, oldest first, or by credential id', async () => {
      const { passkeys, access } = subject.store;
      const first = await passkeys.addPasskey(passkey('credential-0000001', anna));
      const second = await passkeys.addPasskey({ ...passkey('credential-0000002', anna), backedUp: false, transports: [] });
      expect(await refused(passkeys.addPasskey(passkey('credential-0000001', anna)))).toMatch(/unique/i);
      const listed = await passkeys.userPasskeys(anna);
      expect(listed.map((p) => p.id)).toEqual([first, second]);
      expect(listed[0]).toEqual({ ...passkey('credential-0000001', anna), id: first, lastUsedAt: null });
      expect(listed[0]!.publicKey).toBeInstanceOf(Uint8Array);
      expect(await passkeys.findPasskey('credential-0000002')).toMatchObject({ id: second, backedUp: false, transports: [] });
      expect(await passkeys.findPasskey('credential-unknown')).toBeUndefined();
      const bert = await access.createUser({ username: 'bert', passwordHash: 'x', role: 'ZVH', municipalityCode: null, createdAt: 'x' });
      expect(await passkeys.deletePasskey(bert, first)).toBeUndefined();
      expect(await passkeys.userPasskeys(anna)).toHaveLength(2);
    });

    it('records a use only when the counter is still the one expected', async () => {
      const { passkeys } = subject.store;
      const id = await passkeys.addPasskey(passkey('credential-0000001', anna));
      const other = await subject.another();
      const both = await Promise.all([
        passkeys.recordPasskeyUse(id, 0, 5, '2026-01-05T00:00:00.000Z'),
        other.passkeys.recordPasskeyUse(id, 0, 5, '2026-01-05T00:00:00.000Z'),
      ]);
      expect(both.filter(Boolean)).toHaveLength(1);
      expect(await passkeys.findPasskey('credential-0000001')).toMatchObject({ counter: 5, lastUsedAt: '2026-01-05T00:00:00.000Z' });
      expect(await passkeys.recordPasskeyUse(id, 0, 6, '2026-01-06T00:00:00.000Z')).toBe(false);
    });

    it('keeps one challenge per session and purpose, taken once and only while fresh', async () => {
      const { passkeys } = subject.store;
      const challenge = (c: string) => c.repeat(20);
      await passkeys.putWebAuthnChallenge('session-1', 'REGISTER', challenge('a'), 1_000);
      await passkeys.putWebAuthnChallenge('session-1', 'REGISTER', challenge('b'), 2_000);
      await passkeys.putWebAuthnChallenge('session-1', 'AUTHENTICATE', challenge('c'), 2_000);
      await passkeys.putWebAuthnChallenge('session-2', 'REGISTER', challenge('d'), 500);
      expect(await passkeys.takeWebAuthnChallenge('session-1', 'REGISTER', 1_500)).toBe(challenge('b'));
      expect(await passkeys.takeWebAuthnChallenge('session-1', 'REGISTER', 0)).toBeUndefined();
      expect(await passkeys.takeWebAuthnChallenge('session-1', 'AUTHENTICATE', 2_500)).toBeUndefined(); // too old
      await passkeys.pruneWebAuthnChallenges(2_500);
      expect(await passkeys.takeWebAuthnChallenge('session-1', 'AUTHENTICATE', 0)).toBeUndefined();
      expect(await passkeys.takeWebAuthnChallenge('session-2', 'REGISTER', 0)).toBeUndefined();
    });
  });
});
