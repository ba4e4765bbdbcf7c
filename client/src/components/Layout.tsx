import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';

const NAV: { href: string; label: MessageKey }[] = [
  { href: '/', label: 'navOverzicht' },
  { href: '/casuistiek', label: 'navCasuistiek' },
  { href: '/financien', label: 'navFinancien' },
  { href: '/prioriteiten', label: 'navPrioriteiten' },
  { href: '/gemeente', label: 'navGemeente' },
];

function isCurrent(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/** Page chrome: skip link, header with the language toggle, navigation, main, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useLanguage();
  const [location] = useLocation();
  return (
    <div className="zv-app">
      <a className="zv-skip-link" href="#inhoud">
        {t('skipLink')}
      </a>
      <header className="zv-header">
        <div className="zv-header__inner">
          <div className="zv-header__brand">
            <span className="zv-header__logo" aria-hidden="true" />
            <span>
              <span className="zv-header__title">{t('appTitle')}</span>
              <span className="zv-header__region">{t('region')}</span>
            </span>
          </div>
          <div className="zv-header__actions zv-no-print">
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle zv-header__button"
              onClick={() => window.print()}
            >
              {t('print')}
            </button>
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
        <nav className="zv-nav zv-no-print" aria-label={t('navLabel')}>
          <ul className="zv-nav__list">
            {NAV.map((item) => {
              const current = isCurrent(item.href, location);
              return (
                <li key={item.href} className="zv-nav__item">
                  <Link href={item.href} className={`zv-nav__link${current ? ' zv-nav__link--current' : ''}`} aria-current={current ? 'page' : undefined}>
                    {t(item.label)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <main id="inhoud" className="zv-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="zv-footer">
        <p>{t('footerData')}</p>
        <p className="zv-no-print">
          <Link href="/toegankelijkheid" className="utrecht-link">
            {t('footerAccessibility')}
          </Link>
        </p>
      </footer>
    </div>
  );
}
