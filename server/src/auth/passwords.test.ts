import { describe, expect, it } from '@jest/globals';
import { hashPassword, OWASP_SCRYPT, passwordProblem, verifyPassword } from './passwords.js';

describe('password hashing', () => {
  it('uses scrypt at OWASP strength by default (N = 2^17, r = 8, p = 1) with a random salt', async () => {
    const first = await hashPassword('een lange zin als wachtwoord');
    const second = await hashPassword('een lange zin als wachtwoord');
    expect(OWASP_SCRYPT).toEqual({ logN: 17, r: 8, p: 1 });
    expect(first).toMatch(/^scrypt\$17\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('een lange zin als wachtwoord', first)).toBe(true);
    expect(await verifyPassword('een lange zin als wachtwoorD', first)).toBe(false);
  });

  it('verifies with the parameters stored in the hash, and refuses a malformed hash', async () => {
    const cheap = await hashPassword('geheime zin voor de test', { logN: 10, r: 8, p: 1 });
    expect(cheap.startsWith('scrypt$10$8$1$')).toBe(true);
    expect(await verifyPassword('geheime zin voor de test', cheap)).toBe(true);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});

describe('password policy', () => {
  it('asks for at least 8 characters and allows long passphrases, without composition rules', () => {
    expect(passwordProblem('kort', 'piet')?.nl).toMatch(/minstens 8 tekens/);
    expect(passwordProblem('alleenkleineletters', 'piet')).toBeNull();
    expect(passwordProblem('a'.repeat(64) + ' en nog veel meer woorden', 'piet')).toBeNull();
    expect(passwordProblem('x'.repeat(1025), 'piet')?.nl).toMatch(/te lang/);
  });

  it('refuses passwords from the list of common passwords, Dutch ones included', () => {
    for (const common of ['welkom01', 'Welkom01', 'wachtwoord', 'password1', '12345678', 'qwertyuiop', 'zaanstad1']) {
      expect(passwordProblem(common, 'piet')?.nl).toMatch(/veelgebruikte wachtwoorden/);
    }
  });

  it('refuses the username as password', () => {
    expect(passwordProblem('pietjanssen', 'PietJanssen')?.nl).toMatch(/gelijk zijn aan de gebruikersnaam/);
  });
});
