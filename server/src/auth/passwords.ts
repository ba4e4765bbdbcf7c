import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { isCommonPassword } from './commonPasswords.js';
import type { Message } from '../errors.js';

export interface ScryptParams {
  /** log2 of the CPU/memory cost N. */
  logN: number;
  r: number;
  p: number;
}

/** OWASP's scrypt setting: N = 2^17, r = 8, p = 1 (128 MiB per hash). */
export const OWASP_SCRYPT: ScryptParams = { logN: 17, r: 8, p: 1 };
const KEY_LENGTH = 64;
export const MIN_PASSWORD_LENGTH = 8;
/** Long passphrases are welcome; the cap only keeps one login from hashing megabytes. */
export const MAX_PASSWORD_LENGTH = 1024;

function scrypt(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.logN;
  // scrypt needs 128 * N * r bytes; Node's default maxmem (32 MiB) is below OWASP's setting.
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 256 * N * params.r };
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** "scrypt$17$8$1$<salt>$<hash>" (base64url): the parameters travel with the hash. */
export async function hashPassword(password: string, params: ScryptParams = OWASP_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, params);
  return ['scrypt', params.logN, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), { logN: Number(logN), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * What is wrong with a new password, in words a person can act on; null when it is acceptable.
 * Length and the list of common passwords only: no composition rules (NIST SP 800-63B).
 */
export function passwordProblem(password: string, username: string): Message | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return {
      nl: `Het wachtwoord is te kort: gebruik minstens ${MIN_PASSWORD_LENGTH} tekens (een zin mag ook).`,
      en: `The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters (a sentence is fine too).`,
    };
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return {
      nl: `Het wachtwoord is te lang: gebruik hoogstens ${MAX_PASSWORD_LENGTH} tekens.`,
      en: `The password is too long: use at most ${MAX_PASSWORD_LENGTH} characters.`,
    };
  }
  if (isCommonPassword(password)) {
    return {
      nl: 'Dit wachtwoord komt voor in een lijst van veelgebruikte wachtwoorden en is makkelijk te raden. Kies een ander, bijvoorbeeld een zin van een paar woorden.',
      en: 'This password appears in a list of commonly used passwords and is easy to guess. Choose another, for example a sentence of a few words.',
    };
  }
  if (password.toLowerCase() === username.toLowerCase()) {
    return { nl: 'Het wachtwoord mag niet gelijk zijn aan de gebruikersnaam.', en: 'The password must not be the same as the username.' };
  }
  return null;
}
