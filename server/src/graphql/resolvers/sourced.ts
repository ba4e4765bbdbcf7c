import type { CapacityFigureResolvers, FundingSourceResolvers, KnowledgeDomainResolvers } from '../generated/resolvers.js';
import { sourceOf } from '../helpers.js';

/** Types whose only computed field is their source. */
const withSource = {
  source: (row: { sourceId: number }, _args: unknown, ctx: Parameters<typeof sourceOf>[0]) => sourceOf(ctx, row.sourceId),
};

export const KnowledgeDomain: KnowledgeDomainResolvers = withSource;
export const FundingSource: FundingSourceResolvers = withSource;
export const CapacityFigure: CapacityFigureResolvers = withSource;
