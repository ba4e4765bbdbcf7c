import { populationAt } from '../../domain/population.js';
import { perInhabitant, relativeChange, share } from '../../domain/ratios.js';
import type { ContributionYearResolvers } from '../generated/resolvers.js';
import { sourceOf } from '../helpers.js';
import type { ContributionModel } from '../models.js';

export const ContributionYear: ContributionYearResolvers = {
  // Every figure of every municipality's contribution at once, as a count's byMunicipality does.
  byMunicipality: async (year, _args, { loaders }) => {
    const [rows, previous, municipalities] = await Promise.all([
      loaders.contributions.load(year.year),
      loaders.contributions.load(year.year - 1),
      loaders.municipalities(),
    ]);
    const populations = await loaders.population.loadMany(rows.map((r) => r.municipalityCode));
    const at = new Map(municipalities.map((m, i) => [m.code, i]));
    // Shares of the sum of the parts, so that they add up to 1 even where a stated total differs.
    const sumOfYearEur = rows.reduce((sum, r) => sum + r.amountEur, 0);
    const models = rows.map((r, i): ContributionModel => {
      const municipality = municipalities[at.get(r.municipalityCode) ?? -1];
      if (!municipality) throw new Error(`Gemeente ${r.municipalityCode} ontbreekt in de database.`);
      const population = populations[i];
      if (population instanceof Error) throw population;
      const people = populationAt(population ?? [], r.year);
      return {
        municipality,
        amountEur: r.amountEur,
        shareOfTotal: share(r.amountEur, sumOfYearEur) ?? 0,
        changeFromPreviousYear: relativeChange(r.amountEur, previous.find((p) => p.municipalityCode === r.municipalityCode)?.amountEur),
        perInhabitantEur: perInhabitant(r.amountEur, people?.inhabitants),
        populationYear: people?.year ?? null,
        inhabitants: people?.inhabitants ?? null,
      };
    });
    // Ordered by name, as every list of municipalities.
    return models.sort((a, b) => (at.get(a.municipality.code) ?? 0) - (at.get(b.municipality.code) ?? 0));
  },
  changeFromPreviousYear: async (year, _args, { loaders }) => {
    const previous = (await loaders.contributionYears()).find((y) => y.year === year.year - 1);
    return relativeChange(year.totalEur, previous?.totalEur);
  },
  regionPopulation: (year, _args, { loaders }) => loaders.regionPopulationInYear.load(year.year),
  perInhabitantEur: async (year, _args, { loaders }) => {
    const population = await loaders.regionPopulationInYear.load(year.year);
    return population?.complete ? perInhabitant(year.totalEur, population.inhabitants) : null;
  },
  source: (year, _args, ctx) => sourceOf(ctx, year.sourceId),
};
