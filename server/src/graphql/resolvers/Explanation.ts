import { explanationVisible } from '../../domain/explanations.js';
import type { ExplanationRow } from '../../store/ExplanationStore.js';
import type { ExplanationResolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';
import { all } from '../loaders.js';

export const Explanation: ExplanationResolvers = {
  id: (explanation) => String(explanation.id),
  municipality: async (explanation, _args, { loaders }) =>
    explanation.municipalityCode ? ((await loaders.municipality.load(explanation.municipalityCode)) ?? null) : null,
  domain: async (explanation, _args, { loaders }) =>
    explanation.domainCode ? ((await loaders.knowledgeDomain.load(explanation.domainCode)) ?? null) : null,
};

/**
 * The explanations this viewer may see: those on a count per knowledge domain only where this
 * viewer sees that count (domain/explanations.ts).
 */
export async function visibleExplanations(
  ctx: Context,
  filter: { peildatum: string | null; municipalityCode: string | null },
): Promise<ExplanationRow[]> {
  const rows = await ctx.store.listExplanations(filter);
  const perDomain = rows.filter((r) => r.domainCode !== null);
  if (perDomain.length === 0) return rows;
  const dates = [...new Set(perDomain.map((r) => r.peildatum))];
  const visibilities = new Map((await all(ctx.loaders.domainVisibility, dates)).map((v, i) => [dates[i], v]));
  return rows.filter((r) => r.domainCode === null || explanationVisible(r, visibilities.get(r.peildatum)!));
}
