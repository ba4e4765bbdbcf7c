import type { SignalResolvers, SignalShortfallResolvers } from '../generated/resolvers.js';

/** A signal's figure: the municipality, domain and goal it is about, read through the request's loaders. */
export const Signal: SignalResolvers = {
  municipality: async (signal, _args, { loaders }) =>
    signal.municipalityCode ? ((await loaders.municipality.load(signal.municipalityCode)) ?? null) : null,
  domain: async (signal, _args, { loaders }) =>
    signal.domainCode ? ((await loaders.knowledgeDomain.load(signal.domainCode)) ?? null) : null,
  goal: async (signal, _args, { loaders }) =>
    signal.goalId === null ? null : ((await loaders.goals()).find((g) => g.id === signal.goalId) ?? null),
  direction: (signal) => signal.direction ?? 'ABOVE',
};

export const SignalShortfall: SignalShortfallResolvers = {
  municipality: async (shortfall, _args, { loaders }) =>
    shortfall.municipalityCode ? ((await loaders.municipality.load(shortfall.municipalityCode)) ?? null) : null,
  domain: async (shortfall, _args, { loaders }) =>
    shortfall.domainCode ? ((await loaders.knowledgeDomain.load(shortfall.domainCode)) ?? null) : null,
};
