import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
import { connectionLink, type ConnectionState } from './connection/connectionState';
import { hasErrorCode } from './session/errors';

/**
 * Operations whose UNAUTHENTICATED answer does not mean "the session expired": a failed login is
 * just a failed login, and a logout without a session has nothing left to end (nor at a provider).
 */
const NOT_AN_EXPIRY = new Set(['Login', 'Logout', 'ProviderLogout']);

/** Tells `onUnauthenticated` when the server no longer knows the session (idle, too old, ended). */
export function authErrorLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (!NOT_AN_EXPIRY.has(operation.operationName ?? '') && hasErrorCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
  });
}

/** Types keyed by their natural keys so that an object fetched by two views is one in the cache. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Region: { keyFields: ['code'] },
      Municipality: { keyFields: ['code'] },
      KnowledgeDomain: { keyFields: ['code'] },
      Theme: { keyFields: ['code'] },
      CaseloadSnapshot: { keyFields: ['peildatum'] },
      ContributionYear: { keyFields: ['year'] },
      FundingSource: { keyFields: ['code'] },
      User: { keyFields: ['username'] },
    },
  });
}

/** The sha256 graphql-codegen wrote into a document built from client/src (persisted-documents.json). */
export function persistedHash(document: DocumentNode): string | null {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : null;
}

/**
 * The dashboard's own documents go as their hash only (the server knows them from the same
 * manifest, and caches their answers by it); anything else goes as text.
 */
export function persistedQueriesLink(): ApolloLink {
  const persisted = new PersistedQueryLink({ generateHash: (document) => persistedHash(document) ?? '' });
  return ApolloLink.split((operation) => persistedHash(operation.query) !== null, persisted);
}

/**
 * One client for the whole dashboard; the session cookie goes along (same origin). `connection`
 * hears of every answer and of every request that got none (connection/connectionState.ts).
 */
export function createApolloClient(
  uri = '/graphql',
  onUnauthenticated: () => void = () => undefined,
  connection?: ConnectionState,
): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      ...(connection ? [connectionLink(connection)] : []),
      authErrorLink(onUnauthenticated),
      persistedQueriesLink(),
      new HttpLink({ uri }),
    ]),
    cache: createCache(),
  });
}
