import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { HighlightContext } from '../charts/highlight';
import { Layout } from '../components/Layout';
import { QueryView } from '../components/QueryView';
import { AnonymousApp } from './AnonymousApp';
import { forgetDrafts } from './drafts';
import { hasErrorCode } from './errors';
import type { ExpirySignal } from './expiry';
import { ownMunicipalityOf, SessionContext, type SessionValue } from './SessionContext';
import type { ProviderLogout } from './LoginPage';
import { LogoutMutation, MeQuery, ProviderLogoutQuery } from './sessionQueries';

/** Why a session that was there is gone: the server ended it, or the user logged out. */
type Ended = 'expired' | 'loggedOut' | null;

/**
 * Asks the server who is logged in (`me`) and renders the app for that user, or the login page in
 * its place. The URL stays as it is, so after logging in the user sees the page they asked for.
 */
export function SessionProvider({ expiry, children }: { expiry?: ExpirySignal; children: ReactNode }) {
  const client = useApolloClient();
  const [, navigate] = useLocation();
  const me = useQuery(MeQuery);
  const [ended, setEnded] = useState<Ended>(null);
  const [providerLogout, setProviderLogout] = useState<ProviderLogout | null>(null);
  const user = ended ? null : (me.data?.me ?? null);

  // Only a session that was there can expire: on the first visit UNAUTHENTICATED just means "log in".
  const loggedIn = useRef(false);
  loggedIn.current = user !== null;
  useEffect(
    () =>
      expiry?.subscribe(() => {
        if (loggedIn.current) setEnded('expired');
      }),
    [expiry],
  );

  // Drafts kept across an expired session are for the same user only; another user's go.
  const username = user?.username ?? null;
  useEffect(() => {
    if (username) forgetDrafts(username);
  }, [username]);

  const onLoggedIn = useCallback(async () => {
    // Nothing a previous user saw may stay in the cache; `me` is fetched anew for the new user.
    await client.resetStore();
    setProviderLogout(null);
    setEnded(null);
  }, [client]);

  const logout = useCallback(async () => {
    // Asked while the session still exists; a single sign-on session's provider has a logout of its own.
    const atProvider = await client
      .query({ query: ProviderLogoutQuery, fetchPolicy: 'network-only' })
      .then((result) => result.data?.providerLogout ?? null)
      .catch(() => null);
    try {
      await client.mutate({ mutation: LogoutMutation });
    } catch (error) {
      // Without a session there is nothing left to end; any other failure the caller shows.
      if (!hasErrorCode(error, 'UNAUTHENTICATED')) throw error;
    }
    setProviderLogout(atProvider);
    setEnded('loggedOut');
    forgetDrafts();
    navigate('/');
    await client.clearStore();
  }, [client, navigate]);

  const regionName = me.data?.region?.name ?? '';
  const value = useMemo<SessionValue | null>(() => (user ? { user, regionName, logout } : null), [user, regionName, logout]);

  if (value) {
    // A GEMEENTE user's own municipality stands out in every bar chart.
    const own = ownMunicipalityOf(value.user);
    return (
      <SessionContext.Provider value={value}>
        <HighlightContext.Provider value={own}>{children}</HighlightContext.Provider>
      </SessionContext.Provider>
    );
  }
  if (ended || hasErrorCode(me.error, 'UNAUTHENTICATED') || (me.data && !me.data.me)) {
    return <AnonymousApp expired={ended === 'expired'} providerLogout={providerLogout} onLoggedIn={onLoggedIn} />;
  }
  return (
    <Layout>
      <QueryView result={me}>{() => null}</QueryView>
    </Layout>
  );
}
