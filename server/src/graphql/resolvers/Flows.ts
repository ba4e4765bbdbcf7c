import { municipalityFlows, publishedThroughput, regionFlows, type FlowFigures } from '../../domain/flows.js';
import type { Context } from '../context.js';
import { sourceOf } from '../helpers.js';

/**
 * A month's figures as this viewer may see them (decision 0020): in- and outflow always (totals
 * over every domain, as running totals); throughput figures to restricted viewers only when at
 * least the threshold closed. A GEMEENTE user sees its own municipality's in full.
 */
export function visibleFlow(figures: FlowFigures, context: Pick<Context, 'viewer' | 'suppressBelow'>, ownCode: string | null) {
  const { viewer, suppressBelow } = context;
  const exact =
    viewer?.role === 'ZVH' ||
    viewer?.role === 'BEHEERDER' ||
    (viewer?.role === 'GEMEENTE' && ownCode !== null && viewer.municipalityCode === ownCode);
  const shown = exact ? figures : publishedThroughput(figures, suppressBelow);
  const hidden = shown !== figures;
  return { ...shown, throughputHidden: hidden };
}

export async function regionFlowsFor(context: Context) {
  const [months, counts] = await Promise.all([context.loaders.flowMonths(), context.loaders.flowCounts()]);
  return {
    region: regionFlows(months, counts).map((f) => visibleFlow(f, context, null)),
    months: months.map((m) => m.month),
    sources: await Promise.all([...new Set(months.map((m) => m.sourceId))].map((id) => sourceOf(context, id))),
  };
}

export async function municipalityFlowsFor(code: string, context: Context) {
  const [months, counts] = await Promise.all([context.loaders.flowMonths(), context.loaders.flowCounts()]);
  return municipalityFlows(months, counts, code).map((f) => visibleFlow(f, context, code));
}
