import { populationAt } from '../../domain/population.js';
import { perInhabitant, relativeChange } from '../../domain/ratios.js';
import type { ContributionYearResolvers } from '../generated/resolvers.js';
import { byMunicipalityName, regionPopulation, sourceOf } from '../helpers.js';

export const ContributionYear: ContributionYearResolvers = {
  byMunicipality: async (year, _args, ctx) => {
    const rows = await ctx.loaders.contributions.load(year.year);
    const sumOfYearEur = rows.reduce((sum, r) => sum + r.amountEur, 0);
    return byMunicipalityName(
      ctx,
      rows.map((r) => ({ ...r, sumOfYearEur })),
    );
  },
  changeFromPreviousYear: async (year, _args, { loaders }) => {
    const previous = (await loaders.contributionYears()).find((y) => y.year === year.year - 1);
    return relativeChange(year.totalEur, previous?.totalEur);
  },
  regionPopulation: (year, _args, ctx) => regionPopulation(ctx, (rows) => populationAt(rows, year.year)),
  perInhabitantEur: async (year, _args, ctx) => {
    const population = await regionPopulation(ctx, (rows) => populationAt(rows, year.year));
    return population?.complete ? perInhabitant(year.totalEur, population.inhabitants) : null;
  },
  source: (year, _args, ctx) => sourceOf(ctx, year.sourceId),
};
