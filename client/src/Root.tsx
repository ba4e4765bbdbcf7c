import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { Router } from 'wouter';
import { App } from './App';
import { DemonstrationProvider } from './components/DemonstrationBanner';
import { ConnectionContext } from './connection/ConnectionBanner';
import type { ConnectionState } from './connection/connectionState';
import type { Lang } from './format';
import { LanguageProvider } from './i18n/LanguageContext';
import type { ExpirySignal } from './session/expiry';
import { SessionProvider } from './session/SessionProvider';

/**
 * The whole dashboard, as the browser renders (or hydrates) it and as the server renders it for a
 * first visit (ssr/render.tsx): the same tree both ways, so the browser can take the server's
 * HTML over. `location` is the server's path and query; the browser reads its own.
 */
export function Root({
  client,
  lang,
  expiry,
  connection,
  location,
}: {
  client: ApolloClient;
  lang?: Lang | undefined;
  expiry?: ExpirySignal | undefined;
  /** Whether the server answers (the browser's; none while the server renders). */
  connection?: ConnectionState | undefined;
  location?: { path: string; search: string } | undefined;
}) {
  return (
    <StrictMode>
      <ApolloProvider client={client}>
        <ConnectionContext.Provider value={connection ?? null}>
          <LanguageProvider lang={lang}>
            <Router ssrPath={location?.path} ssrSearch={location?.search}>
              <DemonstrationProvider>
                <SessionProvider expiry={expiry}>
                  <App />
                </SessionProvider>
              </DemonstrationProvider>
            </Router>
          </LanguageProvider>
        </ConnectionContext.Provider>
      </ApolloProvider>
    </StrictMode>
  );
}
