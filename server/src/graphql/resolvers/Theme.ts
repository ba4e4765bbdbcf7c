import type { ThemeResolvers } from '../generated/resolvers.js';
import { sourceOf } from '../helpers.js';

export const Theme: ThemeResolvers = {
  parent: async (theme, _args, { loaders }) =>
    theme.parentCode === null ? null : ((await loaders.themes()).find((t) => t.code === theme.parentCode) ?? null),
  children: async (theme, _args, { loaders }) => (await loaders.themes()).filter((t) => t.parentCode === theme.code),
  source: (theme, _args, ctx) => sourceOf(ctx, theme.sourceId),
  domains: async (theme, _args, { loaders }) => {
    const codes = await loaders.themeDomains.load(theme.code);
    return (await loaders.knowledgeDomains()).filter((d) => codes.includes(d.code));
  },
  history: (theme, _args, { loaders }) => loaders.themeEdits.load(theme.code),
};
