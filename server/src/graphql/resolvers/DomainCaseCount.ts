import type { VisibleCount } from '../../domain/visibility.js';
import type { DomainCaseCountResolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';

/** Orders domain counts as the source lists the domains. */
export async function byDomainPosition(ctx: Context, counts: VisibleCount[]): Promise<VisibleCount[]> {
  const position = new Map((await ctx.loaders.knowledgeDomains()).map((d) => [d.code, d.position]));
  return [...counts].sort((a, b) => (position.get(a.domainCode) ?? 0) - (position.get(b.domainCode) ?? 0));
}

export const DomainCaseCount: DomainCaseCountResolvers = {
  domain: async (item, _args, { loaders }) => {
    const domain = await loaders.knowledgeDomain.load(item.domainCode);
    if (!domain) throw new Error(`Kennisdomein ${item.domainCode} ontbreekt in de database.`);
    return domain;
  },
};
