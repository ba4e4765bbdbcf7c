import type { PopulationResolvers } from '../generated/resolvers.js';
import { sourceOf } from '../helpers.js';

export const Population: PopulationResolvers = {
  source: (population, _args, ctx) => sourceOf(ctx, population.sourceId),
};
