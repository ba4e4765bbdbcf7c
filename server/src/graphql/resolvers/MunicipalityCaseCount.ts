import type { MunicipalityCaseCountResolvers } from '../generated/resolvers.js';

/** The figures are computed once per count in CaseloadSnapshot.byMunicipality; only the breakdown is loaded here. */
export const MunicipalityCaseCount: MunicipalityCaseCountResolvers = {
  suppressed: () => false,
  // Every domain, in the source's order (domainVisibility answers them so).
  byDomain: async (item, _args, { loaders }) => (await loaders.domainVisibility.load(item.peildatum)).municipality(item.municipality.code),
};
