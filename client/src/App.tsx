import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { Layout } from './components/Layout';
import { useLanguage } from './i18n/LanguageContext';
import { NotFoundPage } from './routes/NotFoundPage';
import { OverzichtPage } from './routes/overzicht/OverzichtPage';

// The overview is what the board opens: it ships in the first bundle; the rest loads on demand.
const CasuistiekPage = lazy(() => import('./routes/casuistiek/CasuistiekPage'));
const FinancienPage = lazy(() => import('./routes/financien/FinancienPage'));
const PrioriteitenPage = lazy(() => import('./routes/prioriteiten/PrioriteitenPage'));
const DoelenPage = lazy(() => import('./routes/doelen/DoelenPage'));
const GemeentePage = lazy(() => import('./routes/gemeente/GemeentePage'));
const ToegankelijkheidPage = lazy(() => import('./routes/toegankelijkheid/ToegankelijkheidPage'));
const GebruikersPage = lazy(() => import('./routes/beheer/GebruikersPage'));
const ImportPage = lazy(() => import('./routes/beheer/ImportPage'));
const VersiesPage = lazy(() => import('./routes/beheer/VersiesPage'));
const AuditPage = lazy(() => import('./routes/beheer/AuditPage'));
const AccountPage = lazy(() => import('./routes/account/AccountPage'));
const PresentatiePage = lazy(() => import('./routes/presentatie/PresentatiePage'));
const RapportPage = lazy(() => import('./routes/rapport/RapportPage'));

export function App() {
  const { t } = useLanguage();
  return (
    <Layout>
      <Suspense
        fallback={
          <p className="zv-loading" role="status">
            {t('loading')}
          </p>
        }
      >
        <Switch>
          <Route path="/" component={OverzichtPage} />
          <Route path="/casuistiek" component={CasuistiekPage} />
          <Route path="/financien" component={FinancienPage} />
          <Route path="/prioriteiten" component={PrioriteitenPage} />
          <Route path="/doelen" component={DoelenPage} />
          <Route path="/gemeente" component={GemeentePage} />
          <Route path="/gemeente/:code" component={GemeentePage} />
          <Route path="/toegankelijkheid" component={ToegankelijkheidPage} />
          <Route path="/beheer">
            <Redirect to="/beheer/import" replace />
          </Route>
          <Route path="/beheer/import" component={ImportPage} />
          <Route path="/beheer/versies" component={VersiesPage} />
          <Route path="/beheer/audit" component={AuditPage} />
          <Route path="/beheer/gebruikers" component={GebruikersPage} />
          <Route path="/account" component={AccountPage} />
          <Route path="/presentatie" component={PresentatiePage} />
          <Route path="/rapport" component={RapportPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </Layout>
  );
}
