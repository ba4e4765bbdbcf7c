import { populationAtDate } from '../../domain/population.js';
import { per10k, share } from '../../domain/ratios.js';
import type { MunicipalityCaseCountResolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';
import type { MunicipalityCaseCountModel } from '../models.js';
import { byDomainPosition } from './DomainCaseCount.js';

async function populationFor(item: MunicipalityCaseCountModel, { loaders }: Context) {
  return populationAtDate(await loaders.population.load(item.municipalityCode), item.peildatum);
}

export const MunicipalityCaseCount: MunicipalityCaseCountResolvers = {
  municipality: async (item, _args, { loaders }) => {
    const municipality = await loaders.municipality.load(item.municipalityCode);
    if (!municipality) throw new Error(`Gemeente ${item.municipalityCode} ontbreekt in de database.`);
    return municipality;
  },
  suppressed: () => false,
  shareOfRegion: (item) => share(item.count, item.snapshotTotal),
  per10kInhabitants: async (item, _args, ctx) => per10k(item.count, (await populationFor(item, ctx))?.inhabitants),
  populationYear: async (item, _args, ctx) => (await populationFor(item, ctx))?.year ?? null,
  byDomain: async (item, _args, ctx) =>
    byDomainPosition(ctx, (await ctx.loaders.domainVisibility.load(item.peildatum)).municipality(item.municipalityCode)),
};
