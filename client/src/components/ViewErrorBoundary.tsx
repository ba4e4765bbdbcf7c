import { Component, lazy, type ComponentType, type ReactNode } from 'react';
import { loadPageTexts, useLanguage } from '../i18n/LanguageContext';

type Module<P> = Promise<{ default: ComponentType<P> }>;
const retries = new Set<() => void>();

/**
 * A view loaded on demand (React.lazy), together with the texts of the pages that are not the
 * first (decision 0024), that can be asked again: a failed load (the server was gone) is not kept,
 * so "Opnieuw proberen" loads it anew.
 */
export function lazyView<P extends object>(load: () => Module<P>): ComponentType<P> {
  const withTexts = () => Promise.all([load(), loadPageTexts()]).then(([module]) => module);
  let Loaded = lazy(withTexts);
  retries.add(() => {
    Loaded = lazy(withTexts);
  });
  return function LazyView(props: P) {
    return <Loaded {...props} />;
  };
}

/** True for the browsers' ways of saying a script could not be fetched. */
export function isLoadFailure(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|module script|import/i.test(error.message);
}

/**
 * Catches what a view throws while loading or drawing, so the page never goes blank: the chrome
 * stays, and the view's place says what happened, with "Opnieuw proberen". `resetKey` (the path)
 * clears it when the reader goes elsewhere.
 */
export class ViewErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, { error: unknown; key: string }> {
  override state: { error: unknown; key: string } = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  private readonly retry = () => {
    retries.forEach((reset) => reset());
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error === null) return this.props.children;
    return <ViewError error={this.state.error} onRetry={this.retry} />;
  }
}

function ViewError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useLanguage();
  return (
    <div className="utrecht-alert utrecht-alert--error zv-alert" role="alert">
      <p className="utrecht-paragraph">{isLoadFailure(error) ? t('errorViewUnreachable') : t('errorViewFailed')}</p>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
