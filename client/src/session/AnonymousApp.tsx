import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { Layout } from '../components/Layout';
import { useLanguage } from '../i18n/LanguageContext';
import { LoginPage, type ProviderLogout } from './LoginPage';

// The accessibility statement is public (it is linked from the login page's footer too).
const ToegankelijkheidPage = lazy(() => import('../routes/toegankelijkheid/ToegankelijkheidPage'));

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
  return (
    <Layout>
      <Switch>
        <Route path="/toegankelijkheid">
          <Suspense
            fallback={
              <p className="zv-loading" role="status">
                {t('loading')}
              </p>
            }
          >
            <ToegankelijkheidPage />
            <p className="utrecht-paragraph zv-section">
              <Link href="/" className="utrecht-link">
                {t('toLogin')}
              </Link>
            </p>
          </Suspense>
        </Route>
        <Route>
          <LoginPage expired={expired} providerLogout={providerLogout} onLoggedIn={onLoggedIn} />
        </Route>
      </Switch>
    </Layout>
  );
}
