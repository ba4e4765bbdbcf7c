import { useQuery } from '@apollo/client/react';
import { createContext, useContext, type ReactNode } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { DeploymentQuery } from '../session/sessionQueries';

const DemonstrationContext = createContext(false);

/**
 * Whether this server shows the demonstration of npm run demo (decision 0023), as the server says
 * (never a build flag). Asked with `me`, so on every page it comes from the cache and the
 * server-rendered state; on the login page it is asked on its own.
 */
export function DemonstrationProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery(DeploymentQuery, { fetchPolicy: 'cache-first' });
  return <DemonstrationContext.Provider value={data?.deployment.demonstration ?? false}>{children}</DemonstrationContext.Provider>;
}

/** False outside a DemonstrationProvider (component tests): a real deployment. */
export function useDemonstration(): boolean {
  return useContext(DemonstrationContext);
}

/**
 * "Demonstratiegegevens" on every page, slide and printout of the demonstration: a landmark of its
 * own (a screen reader lists it, and reads it before the header), in words and with a striped
 * edge, never by colour alone. It does not change, so it is no live region.
 */
export function DemonstrationBanner({ slide = false }: { slide?: boolean }) {
  const { t } = useLanguage();
  if (!useDemonstration()) return null;
  return (
    <section className={`zv-demo-banner${slide ? ' zv-demo-banner--slide' : ''}`} aria-label={t('demoBannerTitle')}>
      <strong className="zv-demo-banner__title">{t('demoBannerTitle')}</strong>{' '}
      <span className="zv-demo-banner__text">{t('demoBannerText')}</span>
    </section>
  );
}
