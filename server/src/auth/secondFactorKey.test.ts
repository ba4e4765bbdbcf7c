import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../configError.js';
import { SqliteStore } from '../store/index.js';
import { decryptSecret, encryptSecret, loadOrCreateKey, secondFactorKeyFor } from './secondFactorKey.js';

describe('the key of the second factors', () => {
  it('is made on first use, readable by the owner only, and the same at every later start', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zv-key-')), 'second-factor.key');
    const key = loadOrCreateKey(path);
    expect(key).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadOrCreateKey(path).equals(key)).toBe(true);
  });

  it('is not made anew while users have an app (a backup restored without its key); a key declared lost drops those apps', async () => {
    const store = SqliteStore.open(':memory:');
    const anna = await store.createUser({
      username: 'anna',
      passwordHash: 'x',
      role: 'ZVH',
      municipalityCode: null,
      createdAt: '2026-12-01',
    });
    const path = join(mkdtempSync(join(tmpdir(), 'zv-key-')), 'second-factor.key');
    await store.saveTotpEnrolment(anna, randomBytes(40), '2026-12-06');
    await store.confirmTotp(anna, 1, []);
    await expect(secondFactorKeyFor(path, store)).rejects.toThrow(
      /ontbreekt .* 1 gebruiker\(s\) een authenticator-app .*ZV_SECOND_FACTOR_KEY_LOST=yes/,
    );
    expect(await store.findTotp(anna)).toBeDefined();

    const key = await secondFactorKeyFor(path, store, { keyLost: true });
    expect(key).toHaveLength(32);
    expect(await store.findTotp(anna)).toBeUndefined();
    expect((await store.recentAudit(1))[0]).toMatchObject({ action: 'mfa.reset', object: 'anna', origin: 'server' });
    // From now on the new key is simply there.
    expect((await secondFactorKeyFor(path, store)).equals(key)).toBe(true);
    await store.close();
  });

  it('refuses a damaged key file with a message that says what to do', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zv-key-')), 'second-factor.key');
    writeFileSync(path, 'geen sleutel\n');
    expect(() => loadOrCreateKey(path)).toThrow(ConfigError);
    expect(() => loadOrCreateKey(path)).toThrow(/Zet de oorspronkelijke sleutel terug/);
  });

  it('encrypts so that only the same key and the same user decrypt, and a changed byte is noticed', () => {
    const key = randomBytes(32);
    const secret = randomBytes(20);
    const sealed = encryptSecret(key, secret, 'totp:1');
    expect(sealed.includes(secret)).toBe(false);
    expect(decryptSecret(key, sealed, 'totp:1').equals(secret)).toBe(true);
    expect(() => decryptSecret(randomBytes(32), sealed, 'totp:1')).toThrow();
    expect(() => decryptSecret(key, sealed, 'totp:2')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => decryptSecret(key, tampered, 'totp:1')).toThrow();
  });
});
