import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { tap } from 'rxjs';

/**
 * Whether the server can be reached, as the dashboard's own requests find out: lost when a request
 * gets no answer at all (the network, or a proxy saying the server is gone: 502, 503, 504), found
 * again with the next answer. `asOf` is when the figures on screen were last answered (a page the
 * server rendered: when it was loaded).
 */
export interface Connection {
  lostSince: Date | null;
  asOf: Date;
}

export interface ConnectionState {
  get(): Connection;
  subscribe(listener: () => void): () => void;
  answered(): void;
  lost(): void;
}

export function createConnectionState(now: () => Date = () => new Date()): ConnectionState {
  let state: Connection = { lostSince: null, asOf: now() };
  const listeners = new Set<() => void>();
  const set = (next: Connection) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answered: () => set({ lostSince: null, asOf: now() }),
    lost: () => {
      if (!state.lostSince) set({ ...state, lostSince: now() });
    },
  };
}

/** An answer that never came from the server itself: no response, or a gateway's "server gone". */
export function isConnectionLost(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return false;
  if (ServerError.is(error)) return error.statusCode >= 502 && error.statusCode <= 504;
  return error instanceof Error;
}

/** Tells `state` about every answer and every request that got none. */
export function connectionLink(state: ConnectionState): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap({
        next: () => state.answered(),
        error: (error: unknown) => {
          if (isConnectionLost(error)) state.lost();
        },
      }),
    ),
  );
}
