import type { IndicatorFacts } from '../../domain/indicators.js';
import type { Context } from '../context.js';
import type { IndicatorDefinitionResolvers } from '../generated/resolvers.js';
import { sourceOf } from '../helpers.js';

/** What the indicator catalogue reads from the database, through the request's loaders. */
export async function indicatorFacts({ loaders, store }: Context): Promise<IndicatorFacts> {
  const snapshots = await loaders.snapshots();
  const rows = await Promise.all(snapshots.map((s) => loaders.caseCounts.load(s.peildatum)));
  const [contributionYears, populations, funding, capacity, themes, flowMonths, flowCounts] = await Promise.all([
    loaders.contributionYears(),
    loaders.populations(),
    store.listFundingSources(),
    store.listCapacityFigures(),
    loaders.themes(),
    loaders.flowMonths(),
    loaders.flowCounts(),
  ]);
  const edits = await store.themeEdits(themes.map((t) => t.code));
  const lastEdit = edits
    .flatMap((list) => list.slice(0, 1).map((e) => e.at))
    .sort()
    .at(-1);
  return {
    counts: snapshots.map((s, i) => ({
      peildatum: s.peildatum,
      sourceId: s.sourceId,
      brokenDown: rows[i]!.some((r) => r.scope === 'municipality'),
      byDomain: rows[i]!.some((r) => r.domainCode !== null),
    })),
    contributionYears,
    population: populations.flat(),
    fundingSourceIds: funding.map((f) => f.sourceId),
    capacitySourceIds: capacity.map((c) => c.sourceId),
    themeSourceIds: themes.map((t) => t.sourceId),
    flowMonths: flowMonths.map((m) => ({
      month: m.month,
      sourceId: m.sourceId,
      withNorm: flowCounts.some((r) => r.month === m.month && r.closedWithinNorm !== null),
      withTimes: flowCounts.some((r) => r.month === m.month && r.medianDays !== null),
    })),
    themesChangedOn: lastEdit ? lastEdit.slice(0, 10) : null,
  };
}

export const IndicatorDefinition: IndicatorDefinitionResolvers = {
  sources: (indicator, _args, ctx) => Promise.all(indicator.sourceIds.map((id) => sourceOf(ctx, id))),
};
