import type { DomainCaseCountResolvers } from '../generated/resolvers.js';

export const DomainCaseCount: DomainCaseCountResolvers = {
  domain: async (item, _args, { loaders }) => {
    const domain = await loaders.knowledgeDomain.load(item.domainCode);
    if (!domain) throw new Error(`Kennisdomein ${item.domainCode} ontbreekt in de database.`);
    return domain;
  },
};
