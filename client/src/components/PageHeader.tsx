import { useEffect, type ReactNode } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { useOptionalSession } from '../session/SessionContext';

/** The view's h1, its introduction and filters; in print also the print date. */
export function PageHeader({
  title,
  intro,
  meta,
  children,
  inline = false,
}: {
  title: string;
  intro?: string;
  meta?: ReactNode;
  children?: ReactNode;
  /** Title and meta on one line (the overview, where every pixel of the projector counts). */
  inline?: boolean;
}) {
  const { t } = useLanguage();
  const regionName = useOptionalSession()?.regionName ?? '';
  useEffect(() => {
    document.title = [title, t('appTitle'), regionName].filter(Boolean).join(' — ');
  }, [title, t, regionName]);
  return (
    <header className={`zv-page-header${inline ? ' zv-page-header--inline' : ''}`}>
      <div className="zv-page-header__text">
        <h1 className="utrecht-heading-1 zv-page-header__title">{title}</h1>
        {intro ? <p className="utrecht-paragraph zv-page-header__intro">{intro}</p> : null}
        {meta ? <p className="zv-page-header__meta">{meta}</p> : null}
      </div>
      {children ? <div className="zv-page-header__filters zv-no-print">{children}</div> : null}
    </header>
  );
}
