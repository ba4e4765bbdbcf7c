import { populationAt } from '../../domain/population.js';
import type { MunicipalityResolvers } from '../generated/resolvers.js';

export const Municipality: MunicipalityResolvers = {
  population: async (municipality, { year }, { loaders }) => populationAt(await loaders.population.load(municipality.code), year),
  populationHistory: (municipality, _args, { loaders }) => loaders.population.load(municipality.code),
};
