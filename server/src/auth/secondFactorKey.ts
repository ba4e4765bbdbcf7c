import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { ConfigError } from '../configError.js';

/** The key file in DATA_DIR that encrypts the TOTP secrets in the database. */
export const SECOND_FACTOR_KEY_FILE = 'second-factor.key';

const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The key that encrypts TOTP secrets at rest, from `path` (64 hex digits); made on first use,
 * readable by the owner only. It lives outside the database on purpose: a copy of the database
 * alone (a backup, a leaked file) does not give anyone's second factor. Created with O_EXCL, so
 * two servers starting at once end up with the same key (the loser reads the winner's file).
 */
export function loadOrCreateKey(path: string): Buffer {
  try {
    writeFileSync(path, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const text = readFileSync(path, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/i.test(text)) {
    throw new ConfigError(
      `${path} is geen geldige sleutel voor de tweede factor (64 hexadecimale tekens verwacht). ` +
        'Zet de oorspronkelijke sleutel terug (uit de back-up van DATA_DIR); zonder die sleutel moeten alle gebruikers hun tweede factor opnieuw instellen.',
    );
  }
  return Buffer.from(text, 'hex');
}

/**
 * AES-256-GCM with a fresh nonce; `context` (e.g. the user id) is authenticated with it, so a
 * secret copied into another user's row does not decrypt. Answers nonce ‖ tag ‖ ciphertext.
 */
export function encryptSecret(key: Buffer, plain: Buffer, context: string): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]);
}

/** The plain secret; throws when the key is another one or the stored bytes were changed. */
export function decryptSecret(key: Buffer, sealed: Buffer, context: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, NONCE_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(sealed.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]);
}
