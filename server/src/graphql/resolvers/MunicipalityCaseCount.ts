import type { MunicipalityCaseCountResolvers } from '../generated/resolvers.js';
import { byDomainPosition } from './DomainCaseCount.js';

/** The figures are computed once per count in CaseloadSnapshot.byMunicipality; only the breakdown is loaded here. */
export const MunicipalityCaseCount: MunicipalityCaseCountResolvers = {
  suppressed: () => false,
  byDomain: async (item, _args, ctx) =>
    byDomainPosition(ctx, (await ctx.loaders.domainVisibility.load(item.peildatum)).municipality(item.municipality.code)),
};
