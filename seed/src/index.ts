export { loadSeed, defaultSeedDir, SeedError, splitPopulationSource } from './loadSeed.js';
export type * from './types.js';
