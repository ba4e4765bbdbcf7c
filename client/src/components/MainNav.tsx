import { Link, useLocation } from 'wouter';
import type { Role } from '../generated/graphql';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { SteeringLinks } from '../steering/SteeringLinks';
import { canManageData } from '../session/roles';
import { useOwnMunicipality } from '../session/SessionContext';

interface NavItem {
  href: string;
  label: MessageKey;
  /** The part of the site the link stands for, when more than its own page. */
  section?: string;
  /** Also current at /, the user's home. */
  home?: boolean;
}

const NAV: NavItem[] = [
  { href: '/', label: 'navOverzicht' },
  { href: '/casuistiek', label: 'navCasuistiek' },
  { href: '/financien', label: 'navFinancien' },
  { href: '/prioriteiten', label: 'navPrioriteiten' },
  { href: '/doelen', label: 'navDoelen' },
  { href: '/gemeente', label: 'navGemeente' },
];
// Beheer (import, versions, audit log; users for the beheerder) is for ZVH and the beheerder; the
// others are not shown a link they cannot use.
const BEHEER_NAV: NavItem = { href: '/beheer/import', label: 'navBeheer', section: '/beheer' };

function isCurrent(item: NavItem, location: string): boolean {
  const href = item.section ?? item.href;
  if (item.home && location === '/') return true;
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/**
 * A GEMEENTE user's home (/) is their own municipality: "Gemeente" leads there and is current at /,
 * and the region's overview is at /overzicht.
 */
function itemsFor(role: Role, own: string | null): NavItem[] {
  const items = canManageData(role) ? [...NAV, BEHEER_NAV] : NAV;
  if (!own) return items;
  return items.map((item) => {
    if (item.href === '/') return { ...item, href: '/overzicht' };
    if (item.href === '/gemeente') return { ...item, href: `/gemeente/${own}`, section: '/gemeente', home: true };
    return item;
  });
}

/** The main navigation of a logged-in user. */
export function MainNav({ role }: { role: Role }) {
  const { t } = useLanguage();
  const [location] = useLocation();
  const items = itemsFor(role, useOwnMunicipality());
  return (
    <nav className="zv-nav zv-no-print" aria-label={t('navLabel')}>
      <ul className="zv-nav__list">
        {items.map((item) => {
          const current = isCurrent(item, location);
          return (
            <li key={item.href} className="zv-nav__item">
              <Link
                href={item.href}
                className={`zv-nav__link${current ? ' zv-nav__link--current' : ''}`}
                aria-current={current ? 'page' : undefined}
              >
                {t(item.label)}
              </Link>
            </li>
          );
        })}
        <SteeringLinks />
      </ul>
    </nav>
  );
}
