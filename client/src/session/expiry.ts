/**
 * The Apollo client is made before React renders, the session lives in React: this signal carries
 * "the server answered UNAUTHENTICATED" from the client's error link to the SessionProvider.
 */
export interface ExpirySignal {
  notify(): void;
  subscribe(listener: () => void): () => void;
}

export function createExpirySignal(): ExpirySignal {
  const listeners = new Set<() => void>();
  return {
    notify: () => listeners.forEach((listener) => listener()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
