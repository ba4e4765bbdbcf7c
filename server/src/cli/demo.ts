import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadSeed } from '@zv/seed';
import { ConfigError, readConfig } from '../config.js';
import {
  databaseFilesIn,
  DEFAULT_DEMO_DIR,
  DEMO_ACCOUNTS,
  demoDataDir,
  fillDemonstration,
  refuseRealDatabase,
} from '../demo/demonstration.js';
import { serve } from '../serve.js';
import { openStore, StoreOpenError } from '../store/index.js';

const usage = `Gebruik: npm run demo [-- --reset] [-- --data-dir MAP]

Start het dashboard met verzonnen demonstratiegegevens op http://localhost:4000 (of PORT), in een
eigen map (${DEFAULT_DEMO_DIR}, of ZV_DEMO_DATA_DIR): nooit de echte database (DATA_DIR,
ZV_DATABASE_URL). De eerste keer wordt de database gemaakt en gevuld; daarna opnieuw gebruikt.
  --reset          gooit de demonstratiedatabase weg en maakt een nieuwe
  --data-dir MAP   een andere map voor de demonstratie

Inloggen (alleen in de demonstratie):
${DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(16)} ${a.password}`).join('\n')}`;

/** Only what the demonstration may take from the environment: never the real database, keys or sign-in. */
const PASSED_ON = [
  'PORT',
  'HOST',
  'NODE_ENV',
  'ZV_SERVER_RENDERING',
  'ZV_SUPPRESS_BELOW',
  'ZV_SESSION_IDLE_MINUTES',
  'ZV_SESSION_MAX_HOURS',
];

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: { reset: { type: 'boolean', default: false }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const dataDir = demoDataDir(process.env, process.cwd(), values['data-dir']);
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    PASSED_ON.filter((name) => process.env[name] !== undefined).map((name) => [name, process.env[name]]),
  );
  // Passwords alone: the demonstration's accounts have no second factor.
  const config = readConfig({ ...env, DATA_DIR: dataDir, ZV_MFA_REQUIRED: 'none' });
  const seed = loadSeed();
  if (values.reset && existsSync(config.databasePath)) {
    // Only a demonstration database is thrown away: checked before anything is removed.
    const store = await openStore(config);
    try {
      await refuseRealDatabase(store, config.databasePath);
    } finally {
      await store.close();
    }
    for (const file of databaseFilesIn(config.databasePath)) rmSync(file);
    console.log(`Demonstratiedatabase weggegooid: ${config.databasePath}`);
  }
  console.log(
    `Demonstratie met verzonnen cijfers in ${dataDir}. Inloggen:\n` +
      DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(16)} ${a.password}`).join('\n'),
  );
  await serve(config, {
    demonstration: {
      accounts: DEMO_ACCOUNTS,
      check: (store) => refuseRealDatabase(store, config.databasePath),
      fill: (services) => fillDemonstration(services, seed),
    },
  });
}

run().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StoreOpenError || (error as Error).name === 'SeedError';
  console.error(known ? `Fout: ${(error as Error).message}` : error);
  if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') console.error(usage);
  process.exit(1);
});
