import { goalStatus } from '../../domain/goalStatus.js';
import type { GoalResolvers } from '../generated/resolvers.js';
import type { Context } from '../context.js';
import type { GoalRow } from '../../store/types.js';

const latest = async (goal: GoalRow, ctx: Context) => (await ctx.loaders.recentGoalSeries.load(goal)).at(-1) ?? null;

export const Goal: GoalResolvers = {
  id: (goal) => String(goal.id),
  theme: async (goal, _args, { loaders }) =>
    goal.themeCode ? ((await loaders.themes()).find((t) => t.code === goal.themeCode) ?? null) : null,
  municipality: async (goal, _args, { loaders }) =>
    goal.municipalityCode ? ((await loaders.municipality.load(goal.municipalityCode)) ?? null) : null,
  latestValue: async (goal, _args, ctx) => (await latest(goal, ctx))?.value ?? null,
  latestValueDate: async (goal, _args, ctx) => (await latest(goal, ctx))?.date ?? null,
  history: (goal, _args, { loaders }) => loaders.goalSeries.load(goal),
  status: async (goal, _args, ctx) =>
    goalStatus(goal, await latest(goal, ctx), {
      manual: goal.indicator === 'MANUAL',
      staleAfterDays: goal.staleAfterDays,
      today: new Date(ctx.auth.now()).toISOString().slice(0, 10),
    }),
  basis: async (goal, _args, ctx) => {
    const point = await latest(goal, ctx);
    if (!point) return null;
    if (goal.indicator === 'MANUAL') return `gemeld op ${point.date}`;
    if (goal.indicator === 'CONTRIBUTIONS_TOTAL') return `bijdragen ${point.date.slice(0, 4)}`;
    return `telling van ${point.date}`;
  },
};
