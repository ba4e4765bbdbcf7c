import type { SessionResolvers } from '../generated/resolvers.js';

/** One of the caller's own sessions: named by its public id; the token and its hash never leave the server. */
export const Session: SessionResolvers = {
  id: (session) => session.publicId,
  current: (session, _args, { viewer }) => session.tokenHash === viewer?.sessionHash,
  createdAt: (session) => new Date(session.createdMs).toISOString(),
  lastUsedAt: (session) => new Date(session.lastSeenMs).toISOString(),
  // Named as on the login page's button; a provider no longer configured by its id.
  provider: (session, _args, { sso }) => (session.provider ? (sso.provider(session.provider)?.label ?? session.provider) : null),
};
