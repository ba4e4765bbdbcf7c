import { Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { Layout } from '../components/Layout';
import { lazyView } from '../components/ViewErrorBoundary';
import { useLanguage } from '../i18n/LanguageContext';
import type { ProviderLogout } from './LoginPage';

// The accessibility statement is public (it is linked from the login page's footer too).
const ToegankelijkheidPage = lazyView(() => import('../routes/toegankelijkheid/ToegankelijkheidPage'));
// The login page with its second steps (app code, passkeys, setting up a factor) is a chunk of
// its own: someone with a session — every visit but the first of the day — never loads it.
const LoginPage = lazyView(async () => ({ default: (await import('./LoginPage')).LoginPage }));

/** What someone without a session sees: the login page, at whatever URL they opened. */
export function AnonymousApp({
  expired,
  providerLogout = null,
  onLoggedIn,
}: {
  expired: boolean;
  providerLogout?: ProviderLogout | null;
  onLoggedIn: () => Promise<void>;
}) {
  const { t } = useLanguage();
  const loading = (
    <p className="zv-loading" role="status">
      {t('loading')}
    </p>
  );
  return (
    <Layout>
      <Switch>
        <Route path="/toegankelijkheid">
          <Suspense fallback={loading}>
            <ToegankelijkheidPage />
            <p className="utrecht-paragraph zv-section">
              <Link href="/" className="utrecht-link">
                {t('toLogin')}
              </Link>
            </p>
          </Suspense>
        </Route>
        <Route>
          <Suspense fallback={loading}>
            <LoginPage expired={expired} providerLogout={providerLogout} onLoggedIn={onLoggedIn} />
          </Suspense>
        </Route>
      </Switch>
    </Layout>
  );
}
