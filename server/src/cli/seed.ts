import { parseArgs } from 'node:util';
import { loadSeed } from '@zv/seed';
import { ConfigError, readConfig } from '../config.js';
import { SqliteStore, StoreOpenError } from '../store/index.js';

const usage = `Gebruik: npm run seed [-- --reset]

Laadt de bronwaarden (seed/data) in de database onder DATA_DIR. Nog een keer laden verandert niets.
  --reset   maakt eerst alle cijfers leeg en laadt daarna de bronwaarden opnieuw`;

async function run(): Promise<void> {
  const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(usage);
    return;
  }
  const config = readConfig(process.env);
  const seed = loadSeed();
  const store = SqliteStore.open(config.databasePath);
  try {
    if (values.reset) await store.clear();
    const report = await store.loadSeed(seed);
    console.log(
      `${values.reset ? 'Database leeggemaakt en opnieuw gevuld' : 'Bronwaarden geladen'}: ${config.databasePath}\n` +
        `  toegevoegd ${report.added}, gewijzigd ${report.changed}, ongewijzigd ${report.unchanged}`,
    );
  } finally {
    await store.close();
  }
}

run().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StoreOpenError || (error as Error).name === 'SeedError';
  console.error(known ? `Fout: ${(error as Error).message}` : error);
  if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') console.error(usage);
  process.exitCode = 1;
});
