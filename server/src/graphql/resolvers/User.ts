import { forbidden } from '../../errors.js';
import type { UserResolvers } from '../generated/resolvers.js';

export const User: UserResolvers = {
  municipality: async (user, _args, { loaders }) =>
    user.municipalityCode === null ? null : ((await loaders.municipality.load(user.municipalityCode)) ?? null),
  activeSessions: (user, _args, { loaders }) => loaders.activeSessions.load(user.id),
  // Who has which factor is for the beheerder and the user themself.
  secondFactors: (user, _args, { viewer, loaders }) => {
    if (!viewer || (viewer.role !== 'BEHEERDER' && viewer.userId !== user.id))
      throw forbidden({
        nl: 'Alleen een beheerder of de gebruiker zelf ziet de tweede factoren.',
        en: 'Only an administrator or the user themselves can see the second factors.',
      });
    return loaders.secondFactors.load(user.id);
  },
  signInProvider: (user, _args, { sso }) => {
    if (!user.oidcProvider) return null;
    // A provider no longer configured is still named, by its id.
    return { id: user.oidcProvider, label: sso.provider(user.oidcProvider)?.label ?? user.oidcProvider };
  },
};
