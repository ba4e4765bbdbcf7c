import { GraphQLError } from 'graphql';
import type { SourceRow } from '../store/types.js';
import type { Context } from './context.js';

/** The source of a figure; a figure without one is a broken database, not a user error. */
export async function sourceOf(ctx: Context, sourceId: number): Promise<SourceRow> {
  const source = await ctx.loaders.source.load(sourceId);
  if (!source) throw new GraphQLError(`Bron ${sourceId} ontbreekt in de database.`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return source;
}
