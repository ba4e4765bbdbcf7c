import { Suspense, useEffect, useRef } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { Layout } from './components/Layout';
import { lazyView, ViewErrorBoundary } from './components/ViewErrorBoundary';
import { useLanguage } from './i18n/LanguageContext';
import { NotFoundPage } from './routes/NotFoundPage';
import { OverzichtPage } from './routes/overzicht/OverzichtPage';
import { useOwnMunicipality } from './session/SessionContext';

// The overview is what the board opens: it ships in the first bundle; the rest loads on demand.
const CasuistiekPage = lazyView(() => import('./routes/casuistiek/CasuistiekPage'));
const FinancienPage = lazyView(() => import('./routes/financien/FinancienPage'));
const PrioriteitenPage = lazyView(() => import('./routes/prioriteiten/PrioriteitenPage'));
const DoelenPage = lazyView(() => import('./routes/doelen/DoelenPage'));
const GemeentePage = lazyView(() => import('./routes/gemeente/GemeentePage'));
const FactsheetPage = lazyView(() => import('./routes/gemeente/FactsheetPage'));
const ToegankelijkheidPage = lazyView(() => import('./routes/toegankelijkheid/ToegankelijkheidPage'));
const GebruikersPage = lazyView(() => import('./routes/beheer/GebruikersPage'));
const ImportPage = lazyView(() => import('./routes/beheer/ImportPage'));
const VersiesPage = lazyView(() => import('./routes/beheer/VersiesPage'));
const AuditPage = lazyView(() => import('./routes/beheer/AuditPage'));
const AccountPage = lazyView(() => import('./routes/account/AccountPage'));
const PresentatiePage = lazyView(() => import('./routes/presentatie/PresentatiePage'));
const RapportPage = lazyView(() => import('./routes/rapport/RapportPage'));
const CijfersPage = lazyView(() => import('./routes/cijfers/CijfersPage'));

export function App() {
  const { t } = useLanguage();
  const [location] = useLocation();
  useFocusOnNavigation(location);
  return (
    <Layout>
      <ViewErrorBoundary resetKey={location}>
        <Suspense
          fallback={
            <p className="zv-loading" role="status">
              {t('loading')}
            </p>
          }
        >
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/overzicht" component={OverzichtPage} />
            <Route path="/casuistiek" component={CasuistiekPage} />
            <Route path="/financien" component={FinancienPage} />
            <Route path="/prioriteiten" component={PrioriteitenPage} />
            <Route path="/doelen" component={DoelenPage} />
            <Route path="/gemeente">
              <GemeentePage />
            </Route>
            <Route path="/gemeente/:code/factsheet" component={FactsheetPage} />
            <Route path="/gemeente/:code">
              <GemeentePage />
            </Route>
            <Route path="/toegankelijkheid" component={ToegankelijkheidPage} />
            <Route path="/cijfers" component={CijfersPage} />
            <Route path="/cijfers/:code" component={CijfersPage} />
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
      </ViewErrorBoundary>
    </Layout>
  );
}

/** The first page: a GEMEENTE user's own municipality, the overview for everyone else (also at /overzicht). */
function HomePage() {
  const own = useOwnMunicipality();
  return own ? <GemeentePage home={own} /> : <OverzichtPage />;
}

/**
 * After going to another view the focus moves to its content (the main landmark), as a page load
 * would put it at the top: a keyboard or screen-reader user does not stay behind on the menu link.
 * Not on the first view, and not when only the query (a filter) changes.
 */
function useFocusOnNavigation(location: string): void {
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    document.getElementById('inhoud')?.focus();
  }, [location]);
}
