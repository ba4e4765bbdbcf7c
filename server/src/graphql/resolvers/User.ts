import { forbidden } from '../../errors.js';
import type { UserResolvers } from '../generated/resolvers.js';

export const User: UserResolvers = {
  municipality: async (user, _args, { loaders }) =>
    user.municipalityCode === null ? null : ((await loaders.municipality.load(user.municipalityCode)) ?? null),
  activeSessions: (user, _args, { loaders }) => loaders.activeSessions.load(user.id),
  // Who has which factor is for the beheerder and the user themself.
  secondFactors: (user, _args, { viewer, loaders }) => {
    if (!viewer || (viewer.role !== 'BEHEERDER' && viewer.userId !== user.id))
      throw forbidden('Alleen een beheerder of de gebruiker zelf ziet de tweede factoren.');
    return loaders.secondFactors.load(user.id);
  },
};
