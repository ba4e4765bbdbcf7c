import type { RegionResolvers } from '../generated/resolvers.js';

export const Region: RegionResolvers = {
  municipalities: async (region, _args, { loaders }) => (await loaders.municipalities()).filter((m) => m.regionCode === region.code),
  // Without a year, the latest known figure of each municipality.
  population: (_region, { year }, { loaders }) => loaders.regionPopulationInYear.load(year ?? Number.POSITIVE_INFINITY),
};
