import { parseArgs } from 'node:util';
import { loadSeed } from '@zv/seed';
import { ConfigError, readConfig } from '../config.js';
import { refuseDemonstrationDatabase } from '../demo/demonstration.js';
import { databaseName, openStore, StoreOpenError } from '../store/index.js';

const usage = `Gebruik: npm run seed [-- --reset]

Laadt de bronwaarden (seed/data) in de database onder DATA_DIR. Nog een keer laden verandert niets.
Andere regio's in dezelfde database blijven zoals ze zijn.
  --reset   maakt eerst alle cijfers van de regio leeg (is het de enige regio: alle cijfers) en
            laadt daarna de bronwaarden opnieuw`;

async function run(): Promise<void> {
  const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(usage);
    return;
  }
  const config = readConfig(process.env);
  const seed = loadSeed();
  // Checked before --reset empties anything: the seed holds the figures of one region.
  if (config.region !== undefined && config.region !== seed.region.code) {
    throw new ConfigError(
      `ZV_REGION="${config.region}", maar de bronwaarden zijn van regio ${seed.region.code}: laad ze met ZV_REGION=${seed.region.code} of zonder ZV_REGION.`,
    );
  }
  const store = await openStore(config);
  try {
    // The real figures never go into a demonstration database, nor would --reset make it a real one.
    await refuseDemonstrationDatabase(store, databaseName(config));
    if (values.reset) await store.clear();
    const report = await store.loadSeed(seed);
    console.log(
      `${values.reset ? 'Database leeggemaakt en opnieuw gevuld' : 'Bronwaarden geladen'}: ${databaseName(config)}\n` +
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
