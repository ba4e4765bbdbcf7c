import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SeedData } from '@zv/seed';
import { ConfigError } from '../configError.js';
import type { Services } from '../graphql/context.js';
import type { Store } from '../store/index.js';
import type { Role } from '../store/types.js';
import { loadDemoParts } from './dataset.js';

/**
 * The mark of a demonstration database: a row of the deployment's own table (deployment_secret),
 * written first when `npm run demo` makes the database. It travels with the file, its backups and
 * a copy to PostgreSQL; the normal server refuses any database that has it (decision 0023).
 */
export const DEMONSTRATION_MARK = 'demonstration-data';

/** The demonstration this server shows: its sign-in accounts, listed on its login page. */
export interface Demonstration {
  accounts: readonly DemoAccount[];
}

export interface DemoAccount {
  username: string;
  /** Documented (README, decision 0023) and shown on the demo's login page only. */
  password: string;
  role: Role;
  municipalityCode: string | null;
}

/** One account per role, so that someone trying the dashboard can see what every role sees. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'demo-beheerder', password: 'beheerder-proberen', role: 'BEHEERDER', municipalityCode: null },
  { username: 'demo-bestuurder', password: 'bestuurder-proberen', role: 'BESTUURDER', municipalityCode: null },
  { username: 'demo-zvh', password: 'zvh-medewerker-proberen', role: 'ZVH', municipalityCode: null },
  { username: 'demo-gemeente', password: 'gemeente-zaanstad-proberen', role: 'GEMEENTE', municipalityCode: 'GM0479' },
];

export async function isDemonstration(store: Store): Promise<boolean> {
  return store.hasDeploymentSecret(DEMONSTRATION_MARK);
}

/** For the normal server (and npm run seed): stops before anything is served from, or loaded into, a demonstration database. */
export async function refuseDemonstrationDatabase(store: Store, name: string): Promise<void> {
  if (await isDemonstration(store)) {
    throw new ConfigError(
      `${name} is een demonstratiedatabase (gemaakt door npm run demo, met verzonnen cijfers): die is alleen voor npm run demo. ` +
        'Start de demonstratie met npm run demo, of kies met DATA_DIR of ZV_DATABASE_URL de echte database.',
    );
  }
}

/** Where the demonstration keeps its database. */
export const DEFAULT_DEMO_DIR = './data-demo';

/**
 * The demonstration's data folder: `--data-dir`, else ZV_DEMO_DATA_DIR, else ./data-demo. Never the
 * real one: refused with ZV_DATABASE_URL set, and when it is the folder the normal server uses
 * (DATA_DIR, default ./data).
 */
export function demoDataDir(env: NodeJS.ProcessEnv, cwd: string, dataDirArgument?: string): string {
  if (env.ZV_DATABASE_URL?.trim()) {
    throw new ConfigError(
      'npm run demo gebruikt nooit ZV_DATABASE_URL: de demonstratie maakt een eigen SQLite-database in ./data-demo. ' +
        'Laat ZV_DATABASE_URL weg (bijvoorbeeld: env -u ZV_DATABASE_URL npm run demo).',
    );
  }
  const dir = resolve(cwd, dataDirArgument?.trim() || env.ZV_DEMO_DATA_DIR?.trim() || DEFAULT_DEMO_DIR);
  const real = [resolve(cwd, env.DATA_DIR?.trim() || './data'), resolve(cwd, './data')];
  if (real.includes(dir)) {
    throw new ConfigError(
      `${dir} is de map van de echte database (DATA_DIR): de demonstratie komt daar nooit. ` +
        `Kies een andere map met --data-dir of ZV_DEMO_DATA_DIR (standaard ${DEFAULT_DEMO_DIR}).`,
    );
  }
  return dir;
}

/** Refuses a database in the demonstration's folder that is not a demonstration database. */
export async function refuseRealDatabase(store: Store, databasePath: string): Promise<void> {
  if (!(await isDemonstration(store)) && !(await store.isEmpty())) {
    throw new ConfigError(
      `${databasePath} is geen demonstratiedatabase: de demonstratie gebruikt of wist die nooit. ` +
        `Kies een lege map met --data-dir of ZV_DEMO_DATA_DIR (standaard ${DEFAULT_DEMO_DIR}).`,
    );
  }
}

export function databaseFilesIn(databasePath: string): string[] {
  return [databasePath, `${databasePath}-wal`, `${databasePath}-shm`].filter((file) => existsSync(file));
}

/**
 * Fills a new demonstration database: the mark first (so that even a half-made one is never taken
 * for real), the accounts, then every part of the dataset through the services' own checks.
 * Answers a line per step for the console.
 */
export async function fillDemonstration(services: Services, seed: SeedData): Promise<string[]> {
  const { store } = services;
  await store.deploymentSecret(DEMONSTRATION_MARK);
  const lines = await loadDemoParts(
    { seed },
    {
      store,
      imports: services.imports,
      steering: services.steering,
      explanations: services.explanations,
      actor: { username: 'demo-zvh', origin: 'npm run demo' },
      // The demo's ZVH account, before its user row exists: explanations check the role, not the session.
      writer: { role: 'ZVH', municipalityCode: null },
    },
  );
  // After the reference part: a GEMEENTE account names a municipality of the database.
  for (const account of DEMO_ACCOUNTS) {
    await services.users.create(
      { username: null, origin: 'npm run demo' },
      { username: account.username, password: account.password, role: account.role, municipalityCode: account.municipalityCode },
    );
  }
  return [...lines, `accounts: ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}`];
}
