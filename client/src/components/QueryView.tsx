import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { errorText } from '../session/errors';

interface QueryLike<TData> {
  data?: TData | undefined;
  /** The last data before the variables changed (Apollo's useQuery): kept on screen when the new ask fails. */
  previousData?: TData | undefined;
  loading: boolean;
  error?: unknown;
  refetch?: () => unknown;
}

/**
 * The one loading / error pattern of every view: a polite status while there is nothing yet, an alert that
 * says what went wrong (and whether the server is unreachable) with a retry, otherwise the
 * content with data that is known to be there.
 */
export function QueryView<TData>({ result, children }: { result: QueryLike<TData>; children: (data: TData) => ReactNode }) {
  const { t, lang } = useLanguage();
  if (result.error) {
    const message = CombinedGraphQLErrors.is(result.error)
      ? t('errorServer', { message: errorText(result.error, t, lang) })
      : t('errorUnreachable');
    const alert = (
      <div className="utrecht-alert utrecht-alert--error zv-alert" role="alert">
        <p className="utrecht-paragraph">{result.previousData === undefined ? message : `${message} ${t('errorKeptPrevious')}`}</p>
        {result.refetch ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void result.refetch?.()}>
            {t('retry')}
          </button>
        ) : null}
      </div>
    );
    // A new choice (another count date) that could not be loaded does not wipe the view: what was
    // there stays below the alert, each chart still naming its own date.
    if (result.previousData === undefined) return alert;
    return (
      <>
        {alert}
        {children(result.previousData)}
      </>
    );
  }
  // Data there while it is being refreshed (cache-and-network) is shown, not hidden behind
  // "loading": the page does not flash, and a page the server rendered is taken over as it is.
  if (result.data === undefined) {
    return (
      <p className="zv-loading" role="status" aria-live="polite">
        {t('loading')}
      </p>
    );
  }
  return <>{children(result.data)}</>;
}
