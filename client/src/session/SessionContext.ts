import { createContext, useContext } from 'react';
import type { SessionUserFieldsFragment } from '../generated/graphql';

export type SessionUser = SessionUserFieldsFragment;

export interface SessionValue {
  user: SessionUser;
  /** The name of the region this server serves, as the API states it (ZV_REGION). */
  regionName: string;
  /** Ends the session on the server, empties the cache and shows the login page. */
  logout: () => Promise<void>;
}

/** null outside a session (the login page, while the session is being checked). */
export const SessionContext = createContext<SessionValue | null>(null);

/** The session, where there may be none (the page chrome). */
export function useOptionalSession(): SessionValue | null {
  return useContext(SessionContext);
}

/** A GEMEENTE user's own municipality (its CBS code): their home, highlighted in every chart; null for the other roles. */
export function ownMunicipalityOf(user: SessionUser | undefined): string | null {
  return user?.role === 'GEMEENTE' ? (user.municipality?.code ?? null) : null;
}

export function useOwnMunicipality(): string | null {
  return ownMunicipalityOf(useContext(SessionContext)?.user);
}

/** The session of the views: they are only rendered for a logged-in user. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a logged-in SessionProvider');
  return value;
}
