import type { UserResolvers } from '../generated/resolvers.js';

export const User: UserResolvers = {
  municipality: async (user, _args, { loaders }) =>
    user.municipalityCode === null ? null : ((await loaders.municipality.load(user.municipalityCode)) ?? null),
  activeSessions: (user, _args, { loaders }) => loaders.activeSessions.load(user.id),
  signInProvider: (user, _args, { sso }) => {
    if (!user.oidcProvider) return null;
    // A provider no longer configured is still named, by its id.
    return { id: user.oidcProvider, label: sso.provider(user.oidcProvider)?.label ?? user.oidcProvider };
  },
};
