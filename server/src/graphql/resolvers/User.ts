import type { UserResolvers } from '../generated/resolvers.js';

export const User: UserResolvers = {
  municipality: async (user, _args, { loaders }) =>
    user.municipalityCode === null ? null : ((await loaders.municipality.load(user.municipalityCode)) ?? null),
  activeSessions: (user, _args, { loaders }) => loaders.activeSessions.load(user.id),
};
