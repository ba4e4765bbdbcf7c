import { useApolloClient } from '@apollo/client/react';
import { createContext, useContext, useState, useSyncExternalStore } from 'react';
import { noSubscription } from '../components/clientTime';
import { formatMoment } from '../format';
import { useLanguage } from '../i18n/LanguageContext';
import type { Connection, ConnectionState } from './connectionState';

export const ConnectionContext = createContext<ConnectionState | null>(null);

const nothing = (): Connection | null => null;

/**
 * When the server cannot be reached: says so above the view, and since when the figures on it
 * date, with "Opnieuw proberen" (asks every open query again). Gone with the next answer.
 */
export function ConnectionBanner() {
  const state = useContext(ConnectionContext);
  const connection = useSyncExternalStore(state?.subscribe ?? noSubscription, state?.get ?? nothing, nothing);
  const client = useApolloClient();
  const { t, lang } = useLanguage();
  const [retrying, setRetrying] = useState(false);
  if (!connection?.lostSince) return null;
  const retry = async () => {
    setRetrying(true);
    try {
      await client.refetchObservableQueries();
    } catch {
      // still unreachable: the banner stays and says so
    } finally {
      setRetrying(false);
    }
  };
  return (
    <div className="utrecht-alert utrecht-alert--warning zv-alert zv-connection zv-no-print" role="alert">
      <p className="utrecht-paragraph">
        {t('connectionLost', { since: formatMoment(connection.lostSince, lang), asOf: formatMoment(connection.asOf, lang) })}
      </p>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void retry()} disabled={retrying}>
        {retrying ? t('retrying') : t('retry')}
      </button>
    </div>
  );
}
