import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/steering.css';
import './styles/print.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo';
import { App } from './App';
import { LanguageProvider } from './i18n/LanguageContext';
import { createExpirySignal } from './session/expiry';
import { SessionProvider } from './session/SessionProvider';

const root = document.getElementById('root');
if (!root) throw new Error('#root ontbreekt in index.html');

const expiry = createExpirySignal();

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient('/graphql', expiry.notify)}>
      <LanguageProvider>
        <SessionProvider expiry={expiry}>
          <App />
        </SessionProvider>
      </LanguageProvider>
    </ApolloProvider>
  </StrictMode>,
);
