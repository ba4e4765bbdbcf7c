import { GraphQLError } from 'graphql';
import { sumPopulation, type RegionPopulationSum } from '../domain/population.js';
import type { PopulationRow, SourceRow } from '../store/types.js';
import type { Context } from './context.js';

/** The source of a figure; a figure without one is a broken database, not a user error. */
export async function sourceOf(ctx: Context, sourceId: number): Promise<SourceRow> {
  const source = await ctx.loaders.source.load(sourceId);
  if (!source) throw new GraphQLError(`Bron ${sourceId} ontbreekt in de database.`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return source;
}

/** The region's inhabitants, each municipality's figure chosen by `pick` (by year or by date). */
export async function regionPopulation(
  ctx: Context,
  pick: (rows: readonly PopulationRow[]) => PopulationRow | null,
): Promise<RegionPopulationSum | null> {
  const municipalities = await ctx.loaders.municipalities();
  const rows = await ctx.loaders.population.loadMany(municipalities.map((m) => m.code));
  return sumPopulation(
    rows.map((r) => {
      if (r instanceof Error) throw r;
      return pick(r);
    }),
  );
}

/** Orders items by municipality name, the order every list of municipalities has. */
export async function byMunicipalityName<T extends { municipalityCode: string }>(ctx: Context, items: T[]): Promise<T[]> {
  const order = new Map((await ctx.loaders.municipalities()).map((m, i) => [m.code, i]));
  return [...items].sort((a, b) => (order.get(a.municipalityCode) ?? 0) - (order.get(b.municipalityCode) ?? 0));
}
