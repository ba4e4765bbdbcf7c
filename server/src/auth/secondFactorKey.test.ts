import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../configError.js';
import { decryptSecret, encryptSecret, loadOrCreateKey } from './secondFactorKey.js';

describe('the key of the second factors', () => {
  it('is made on first use, readable by the owner only, and the same at every later start', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zv-key-')), 'second-factor.key');
    const key = loadOrCreateKey(path);
    expect(key).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadOrCreateKey(path).equals(key)).toBe(true);
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
