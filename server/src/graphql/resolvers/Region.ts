import { populationAt } from '../../domain/population.js';
import type { RegionResolvers } from '../generated/resolvers.js';
import { regionPopulation } from '../helpers.js';

export const Region: RegionResolvers = {
  municipalities: async (region, _args, { loaders }) => (await loaders.municipalities()).filter((m) => m.regionCode === region.code),
  population: (_region, { year }, ctx) => regionPopulation(ctx, (rows) => populationAt(rows, year)),
};
