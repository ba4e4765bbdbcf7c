import { populationAt } from '../../domain/population.js';
import { perInhabitant, relativeChange, share } from '../../domain/ratios.js';
import type { ContributionResolvers } from '../generated/resolvers.js';

export const Contribution: ContributionResolvers = {
  municipality: async (item, _args, { loaders }) => {
    const municipality = await loaders.municipality.load(item.municipalityCode);
    if (!municipality) throw new Error(`Gemeente ${item.municipalityCode} ontbreekt in de database.`);
    return municipality;
  },
  // Shares of the sum of the parts, so that they add up to 1 even where a stated total differs.
  shareOfTotal: (item) => share(item.amountEur, item.sumOfYearEur) ?? 0,
  changeFromPreviousYear: async (item, _args, { loaders }) => {
    const previous = (await loaders.contributions.load(item.year - 1)).find((c) => c.municipalityCode === item.municipalityCode);
    return relativeChange(item.amountEur, previous?.amountEur);
  },
  perInhabitantEur: async (item, _args, { loaders }) =>
    perInhabitant(item.amountEur, populationAt(await loaders.population.load(item.municipalityCode), item.year)?.inhabitants),
  populationYear: async (item, _args, { loaders }) =>
    populationAt(await loaders.population.load(item.municipalityCode), item.year)?.year ?? null,
  inhabitants: async (item, _args, { loaders }) =>
    populationAt(await loaders.population.load(item.municipalityCode), item.year)?.inhabitants ?? null,
};
