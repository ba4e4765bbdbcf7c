export { loadSeed, defaultSeedDir, examplesDir, sourcesDir, SeedError, splitPopulationSource } from './loadSeed.js';
export type * from './types.js';
