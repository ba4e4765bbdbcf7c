import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/index.js';
import { ConfigError } from '../configError.js';
import type { AuthService } from './AuthService.js';
import { passwordProblem } from './passwords.js';

export const INITIAL_PASSWORD_FILE = 'initial-admin-password';

/**
 * A database without users gets user `admin` (BEHEERDER): with ZV_ADMIN_PASSWORD, or with a
 * generated password that is printed once and written to DATA_DIR/initial-admin-password
 * (readable by the owner only). Does nothing when any user exists.
 */
export async function bootstrapAdmin(
  store: Store,
  auth: AuthService,
  options: { adminPassword: string | undefined; dataDir: string; print: (line: string) => void },
): Promise<'exists' | 'from-env' | 'generated'> {
  if ((await store.countUsers()) > 0) return 'exists';
  const generated = options.adminPassword === undefined;
  const problem = generated ? null : passwordProblem(options.adminPassword as string, 'admin');
  if (problem) throw new ConfigError(`ZV_ADMIN_PASSWORD wordt niet geaccepteerd. ${problem.nl}`);
  const password = options.adminPassword ?? randomBytes(18).toString('base64url');
  try {
    await store.createUser({
      username: 'admin',
      passwordHash: await auth.hash(password),
      role: 'BEHEERDER',
      municipalityCode: null,
      createdAt: new Date(auth.now()).toISOString(),
    });
  } catch (error) {
    // Servers starting at once on one database: another made the first user meanwhile (the
    // username is unique), and its password is the one printed there.
    if ((await store.countUsers()) > 0) return 'exists';
    throw error;
  }
  await auth.audit(
    { username: null, origin: 'start' },
    'user.bootstrap',
    'admin',
    'ok',
    generated ? 'wachtwoord gegenereerd' : 'wachtwoord uit ZV_ADMIN_PASSWORD',
  );
  if (generated) {
    const file = join(options.dataDir, INITIAL_PASSWORD_FILE);
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
    options.print(
      `Eerste gebruiker aangemaakt: admin (beheerder), wachtwoord: ${password}\n` +
        `Het wachtwoord staat ook in ${file} (alleen leesbaar voor de eigenaar). Wijzig het na de eerste keer inloggen.`,
    );
  }
  return generated ? 'generated' : 'from-env';
}
