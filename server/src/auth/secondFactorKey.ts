import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ConfigError } from '../configError.js';
import type { Store } from '../store/index.js';

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
 * The key of this deployment at start: loaded, or made when there is none yet. Refuses to make a
 * new one while users have an authenticator app: their secrets were encrypted with the missing
 * key, and a new key would lock every one of them out (a backup restored without its key file, a
 * second server pointed at another file).
 */
export async function secondFactorKeyFor(path: string, store: Store, { keyLost = false } = {}): Promise<Buffer> {
  if (!existsSync(path)) {
    const users = await store.listUsers();
    const factors = await store.secondFactors(users.map((user) => user.id));
    const withApp = users.filter((_, i) => factors[i]?.includes('TOTP'));
    if (withApp.length > 0 && !keyLost) {
      throw new ConfigError(
        `De sleutel van de tweede factor ontbreekt (${path}), terwijl ${withApp.length} gebruiker(s) een authenticator-app hebben; er wordt geen nieuwe sleutel gemaakt. ` +
          'Zet het sleutelbestand terug uit de back-up (servers op één database delen één sleutel: ZV_SECOND_FACTOR_KEY_FILE). ' +
          'Is de sleutel echt verloren, start dan één keer met ZV_SECOND_FACTOR_KEY_LOST=yes: een nieuwe sleutel wordt gemaakt en de app-instelling van die gebruikers vervalt (zij stellen hun app opnieuw in).',
      );
    }
    // The key is lost: the apps it protected cannot be checked any more; their users set them up again.
    for (const user of withApp) {
      await store.deleteTotp(user.id);
      await store.appendAudit({
        at: new Date().toISOString(),
        actor: null,
        action: 'mfa.reset',
        object: user.username,
        result: 'ok',
        origin: 'server',
        detail: 'authenticator-app vervallen: sleutel van de tweede factor verloren (ZV_SECOND_FACTOR_KEY_LOST=yes)',
      });
    }
  }
  return loadOrCreateKey(path);
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
