import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useLanguage } from '../i18n/LanguageContext';
import { ConnectionBanner } from '../connection/ConnectionBanner';
import { DemonstrationBanner, useDemonstration } from './DemonstrationBanner';
import { useOptionalSession } from '../session/SessionContext';
import { MainNav } from './MainNav';
import { usePrintMargins } from './printMargins';
import { UserMenu } from './UserMenu';

/**
 * Page chrome: skip link, header with the language toggle, navigation, main, footer. Without a
 * session (the login page) only the title and the language toggle: there is nowhere to go yet.
 */
export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useLanguage();
  const session = useOptionalSession();
  const demonstration = useDemonstration();
  usePrintMargins(session?.regionName ?? '', demonstration);
  return (
    <div className="zv-app">
      <a className="zv-skip-link" href="#inhoud">
        {t('skipLink')}
      </a>
      <DemonstrationBanner />
      <header className="zv-header">
        <div className="zv-header__inner">
          <div className="zv-header__brand">
            <span className="zv-header__logo" aria-hidden="true" />
            <span>
              <span className="zv-header__title">{t('appTitle')}</span>
              {session?.regionName ? <span className="zv-header__region">{session.regionName}</span> : null}
            </span>
          </div>
          <div className="zv-header__actions zv-no-print">
            {session ? <UserMenu session={session} /> : null}
            {session ? (
              <button type="button" className="utrecht-button utrecht-button--subtle zv-header__button" onClick={() => window.print()}>
                {t('print')}
              </button>
            ) : null}
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action zv-header__button"
              lang={t('langToggleLang')}
              onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}
            >
              {t('langToggle')}
            </button>
          </div>
        </div>
        {session ? <MainNav role={session.user.role} /> : null}
      </header>
      <main id="inhoud" className="zv-main" tabIndex={-1}>
        {session ? <ConnectionBanner /> : null}
        {children}
      </main>
      <footer className="zv-footer">
        {/* Not "all from council documents" in the demonstration: its counts are made up (decision 0023). */}
        <p>{t(demonstration ? 'footerDataDemo' : 'footerData')}</p>
        <p className="zv-no-print">
          <Link href="/toegankelijkheid" className="utrecht-link">
            {t('footerAccessibility')}
          </Link>
          {' · '}
          <Link href="/cijfers" className="utrecht-link">
            {t('footerFigures')}
          </Link>
        </p>
      </footer>
    </div>
  );
}
