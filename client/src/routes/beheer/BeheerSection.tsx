import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { PageHeader } from '../../components/PageHeader';
import type { Role } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/messages';
import { canManageData, canManageUsers } from '../../session/roles';
import { useSession } from '../../session/SessionContext';

const PAGES: { href: string; label: MessageKey; usersOnly?: boolean }[] = [
  { href: '/beheer/import', label: 'beheerNavImport' },
  { href: '/beheer/versies', label: 'beheerNavVersions' },
  { href: '/beheer/audit', label: 'beheerNavAudit' },
  { href: '/beheer/gebruikers', label: 'beheerNavUsers', usersOnly: true },
];

/** The sub-navigation of Beheer: only the pages this role may open. */
export function BeheerNav({ role }: { role: Role }) {
  const { t } = useLanguage();
  const [location] = useLocation();
  const pages = PAGES.filter((page) => (page.usersOnly ? canManageUsers(role) : canManageData(role)));
  return (
    <nav className="zv-subnav zv-no-print" aria-label={t('beheerNavLabel')}>
      <ul className="zv-subnav__list">
        {pages.map((page) => {
          const current = location === page.href;
          return (
            <li key={page.href} className="zv-subnav__item">
              <Link
                href={page.href}
                className={`zv-subnav__link${current ? ' zv-subnav__link--current' : ''}`}
                aria-current={current ? 'page' : undefined}
              >
                {t(page.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * A page of Beheer: the sub-navigation (for those who may use Beheer at all) and the page, or a
 * plain "Geen toegang" for a role that may not open it. The server refuses them too.
 */
export function BeheerSection({ usersOnly = false, children }: { usersOnly?: boolean; children: ReactNode }) {
  const { t } = useLanguage();
  const { user } = useSession();
  const allowed = usersOnly ? canManageUsers(user.role) : canManageData(user.role);
  return (
    <>
      {canManageData(user.role) ? <BeheerNav role={user.role} /> : null}
      {allowed ? children : <PageHeader title={t('noAccessTitle')} intro={t(usersOnly ? 'noAccessText' : 'noAccessDataText')} />}
    </>
  );
}
