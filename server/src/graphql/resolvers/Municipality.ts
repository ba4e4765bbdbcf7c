import { populationAt } from '../../domain/population.js';
import type { MunicipalityResolvers } from '../generated/resolvers.js';
import { countsByMunicipality } from './CaseloadSnapshot.js';
import { municipalityFlowsFor } from './Flows.js';

export const Municipality: MunicipalityResolvers = {
  population: async (municipality, { year }, { loaders }) => populationAt(await loaders.population.load(municipality.code), year),
  populationHistory: (municipality, _args, { loaders }) => loaders.population.load(municipality.code),
  caseloadHistory: async (municipality, _args, { loaders }) => {
    const perDate = await Promise.all((await loaders.snapshots()).map((snapshot) => countsByMunicipality(snapshot, loaders)));
    return perDate.flatMap((counts) => counts.filter((c) => c.municipality.code === municipality.code));
  },
  flows: (municipality, _args, context) => municipalityFlowsFor(municipality.code, context),
};
