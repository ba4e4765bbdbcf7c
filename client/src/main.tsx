import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/steering.css';
import './styles/print.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createApolloClient } from './apollo';
import { createConnectionState } from './connection/connectionState';
import type { Lang } from './format';
import { initialLang, loadLanguage } from './i18n/LanguageContext';
import { Root } from './Root';
import { createExpirySignal } from './session/expiry';
import { readServerState } from './ssr/state';

const root = document.getElementById('root');
if (!root) throw new Error('#root ontbreekt in index.html');

const expiry = createExpirySignal();
// A first visit with a session arrives rendered, with the answers it was rendered from: the cache
// starts with them and React takes the server's HTML over instead of drawing it again.
const state = readServerState(document);
const connection = createConnectionState();
const client = createApolloClient('/graphql', expiry.notify, connection);
const lang = state?.lang ?? initialLang();
if (state) client.cache.restore(state.cache);

const start = (lang: Lang) => {
  if (state) hydrateRoot(root, <Root client={client} lang={lang} expiry={expiry} connection={connection} />);
  else createRoot(root).render(<Root client={client} lang={lang} expiry={expiry} connection={connection} />);
};

// Dutch is built in; English texts are loaded first when that is the language (no top-level
// await: it would make the bundler split the entry into many small files). Should they not load,
// the dashboard starts in Dutch.
if (lang === 'nl') start('nl');
else
  loadLanguage(lang).then(
    () => start(lang),
    () => start('nl'),
  );
