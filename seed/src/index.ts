export { loadSeed, defaultSeedDir, examplesDir, SeedError, splitPopulationSource } from './loadSeed.js';
export type * from './types.js';
