import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { AboutFigureLink } from '../../components/AboutFigureLink';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { SourceLine } from '../../components/SourceLine';
import { StatusBadge } from '../../components/StatusBadge';
import { graphql } from '../../generated';
import type { PrioritiesQuery } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { hasDraft } from '../../session/drafts';
import { canManageData } from '../../session/roles';
import { useSession } from '../../session/SessionContext';
import { NotesPanel } from '../../steering/NotesPanel';
import { ThemeDetails, ThemeEditPanel, ThemeHistory } from './ThemeSteering';

export const PrioritiesQueryDocument = graphql(`
  query Priorities {
    themes {
      code
      number
      title
      summary
      status
      keyFacts
      parent {
        code
      }
      source {
        ...SourceFields
      }
      ...ThemeSteeringFields
    }
    knowledgeDomains {
      code
      name
      description
      source {
        ...SourceFields
      }
    }
  }
`);

type Theme = PrioritiesQuery['themes'][number];
type Domain = PrioritiesQuery['knowledgeDomains'][number];

export default function PrioriteitenPage() {
  const { t } = useLanguage();
  const result = useQuery(PrioritiesQueryDocument);
  const [status, setStatus] = useState('');
  return (
    <>
      <PageHeader
        title={t('prioritiesTitle')}
        intro={t('prioritiesIntro')}
        meta={
          <>
            {t('statusNote')} <AboutFigureLink code="PRIORITIES_BY_STATUS" label={t('aboutPriorityStatus')} />
          </>
        }
      />
      <p role="status" className="zv-status-message">
        {status}
      </p>
      <QueryView result={result}>
        {(data) => {
          const top = data.themes.filter((th) => th.parent === null);
          const children = (code: string) => data.themes.filter((th) => th.parent?.code === code);
          return (
            <>
              <ol className="zv-themes">
                {top.map((theme) => (
                  <li key={theme.code} className="zv-themes__item">
                    <ThemeCard theme={theme} level={2} domains={data.knowledgeDomains} onSaved={setStatus} />
                    {children(theme.code).length > 0 ? (
                      <ol className="zv-themes zv-themes--sub" aria-label={t('subPriorities')}>
                        {children(theme.code).map((child) => (
                          <li key={child.code} className="zv-themes__item">
                            <ThemeCard theme={child} level={3} domains={data.knowledgeDomains} onSaved={setStatus} />
                          </li>
                        ))}
                      </ol>
                    ) : null}
                  </li>
                ))}
              </ol>
              <section className="zv-section" aria-labelledby="zv-domains">
                <h2 id="zv-domains" className="utrecht-heading-2">
                  {t('domainsListTitle')}
                </h2>
                <ol className="zv-domains">
                  {data.knowledgeDomains.map((d) => (
                    <li key={d.code} lang="nl">
                      <strong>{d.name}</strong>
                      {d.description ? ` — ${d.description}` : ''}
                    </li>
                  ))}
                </ol>
                <SourceLine sources={data.knowledgeDomains.map((d) => d.source)} />
              </section>
            </>
          );
        }}
      </QueryView>
    </>
  );
}

function ThemeCard({
  theme,
  level,
  domains,
  onSaved,
}: {
  theme: Theme;
  level: 2 | 3;
  domains: Domain[];
  onSaved: (message: string) => void;
}) {
  const { t } = useLanguage();
  const { user } = useSession();
  const manage = canManageData(user.role);
  const [editing, setEditing] = useState(false);
  const editButtonId = useId();
  // Back after an expired session: the edit that was not saved opens again, with what was typed.
  useEffect(() => {
    if (manage && hasDraft(user.username, `theme:${theme.code}`)) setEditing(true);
  }, [manage, user.username, theme.code]);
  const Heading = level === 2 ? 'h2' : 'h3';
  const close = () => {
    setEditing(false);
    document.getElementById(editButtonId)?.focus();
  };
  return (
    <article className={`zv-theme zv-theme--level-${level}`} aria-labelledby={`theme-${theme.code}`}>
      <div className="zv-theme__head">
        <Heading id={`theme-${theme.code}`} className={`utrecht-heading-${level} zv-theme__title`}>
          <span className="zv-theme__number">{theme.number}</span> <span lang="nl">{theme.title}</span>
        </Heading>
        <StatusBadge status={theme.status} />
      </div>
      {theme.summary ? (
        <p className="utrecht-paragraph zv-theme__summary" lang="nl">
          {theme.summary}
        </p>
      ) : null}
      {theme.keyFacts.length > 0 ? (
        <>
          <p className="zv-theme__facts-label">{t('keyFacts')}</p>
          <ul className="zv-theme__facts" lang="nl">
            {theme.keyFacts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </>
      ) : null}
      <ThemeDetails theme={theme} />
      {manage ? (
        <div className="zv-theme__actions">
          <button
            id={editButtonId}
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            aria-label={t('themeEditAria', { title: theme.title })}
            aria-expanded={editing}
            onClick={() => (editing ? close() : setEditing(true))}
          >
            {t('themeEdit')}
          </button>
        </div>
      ) : null}
      {editing ? (
        <ThemeEditPanel
          theme={theme}
          domains={domains}
          onCancel={close}
          onDone={(message) => {
            onSaved(message);
            close();
          }}
        />
      ) : null}
      <ThemeHistory theme={theme} domains={domains} />
      <NotesPanel target={`theme:${theme.code}`} level={level === 2 ? 3 : 4} className="zv-notes--theme" />
      <SourceLine sources={[theme.source]} />
    </article>
  );
}
