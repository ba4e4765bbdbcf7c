import { Link, useLocation } from 'wouter';
import type { Role } from '../generated/graphql';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';

const NAV: { href: string; label: MessageKey }[] = [
  { href: '/', label: 'navOverzicht' },
  { href: '/casuistiek', label: 'navCasuistiek' },
  { href: '/financien', label: 'navFinancien' },
  { href: '/prioriteiten', label: 'navPrioriteiten' },
  { href: '/gemeente', label: 'navGemeente' },
];
// Only the beheerder may manage users; the others are not shown a link they cannot use.
const ADMIN_NAV: typeof NAV = [{ href: '/beheer/gebruikers', label: 'navBeheer' }];

function isCurrent(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/** The main navigation of a logged-in user. */
export function MainNav({ role }: { role: Role }) {
  const { t } = useLanguage();
  const [location] = useLocation();
  const items = role === 'BEHEERDER' ? [...NAV, ...ADMIN_NAV] : NAV;
  return (
    <nav className="zv-nav zv-no-print" aria-label={t('navLabel')}>
      <ul className="zv-nav__list">
        {items.map((item) => {
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
  );
}
