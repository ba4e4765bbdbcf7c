import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useMomentText } from '../../components/clientTime';
import { formatInteger } from '../../format';
import type { AuditLogQuery as AuditLogData } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { useUrlParams } from '../../url';
import { ACTION_PRESETS, AUDIT_RESULTS, auditFilterProblem, RESULT_LABEL, toAuditFilter, type AuditFilterValues } from './auditFilter';
import { BeheerSection } from './BeheerSection';
import { actionText, detailText, objectText, type AuditNames } from './auditText';
import { AuditLogQuery, AuditNamesQuery } from './dataQueries';
import { TableScroller } from '../../components/TableScroller';

export const AUDIT_PAGE_SIZE = 100;
const OTHER = '__other';

/** The URL's names of the filters (Dutch, like ?peildatum= and ?jaar= elsewhere). */
const PARAMS = { actor: 'gebruiker', action: 'actie', result: 'resultaat', from: 'van', to: 'tot', page: 'pagina' } as const;
const PARAM_NAMES = Object.values(PARAMS);

/** "Auditlog" (ZVH and BEHEERDER): who did what, newest first, filtered, 100 lines a page. */
export default function AuditPage() {
  return (
    <BeheerSection>
      <AuditLog />
    </BeheerSection>
  );
}

function AuditLog() {
  const { t } = useLanguage();
  const [params, setParams] = useUrlParams(PARAM_NAMES);
  const values: AuditFilterValues = {
    actor: params.gebruiker,
    action: params.actie,
    result: params.resultaat,
    from: params.van,
    to: params.tot,
  };
  const page = Math.max(1, Number.parseInt(params.pagina, 10) || 1);
  const problem = auditFilterProblem(values);
  const filter = toAuditFilter(values);
  // One line more than a page: whether there is a next page, without counting the whole log.
  const result = useQuery(AuditLogQuery, {
    variables: { filter, limit: AUDIT_PAGE_SIZE + 1, offset: (page - 1) * AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    skip: problem !== null,
  });
  const results = useRef<HTMLElement>(null);
  const [focusResults, setFocusResults] = useState(false);
  useEffect(() => {
    if (focusResults && !result.loading) {
      results.current?.focus();
      setFocusResults(false);
    }
  }, [focusResults, result.loading]);

  const apply = (next: AuditFilterValues) => {
    setParams({
      gebruiker: next.actor.trim(),
      actie: next.action.trim(),
      resultaat: next.result,
      van: next.from,
      tot: next.to,
      pagina: '',
    });
    // The form is made anew for the new filters; the focus goes to what they found.
    setFocusResults(true);
  };
  const goTo = (target: number) => {
    setParams({ pagina: target > 1 ? String(target) : '' });
    setFocusResults(true);
  };

  return (
    <>
      <PageHeader title={t('auditTitle')} intro={t('auditIntro')} />
      {/* Keyed by the URL's filters: the back button puts the form back as it was. */}
      <AuditFilterForm key={JSON.stringify(values)} values={values} problem={problem ? t(problem) : null} onApply={apply} />
      {problem ? null : (
        <QueryView result={result}>{(data) => <AuditResults ref={results} entries={data.auditLog} page={page} onPage={goTo} />}</QueryView>
      )}
    </>
  );
}

/** The filters; they take effect (and go into the URL) with "Filteren". */
function AuditFilterForm({
  values,
  problem,
  onApply,
}: {
  values: AuditFilterValues;
  problem: string | null;
  onApply: (values: AuditFilterValues) => void;
}) {
  const { t } = useLanguage();
  const titleId = useId();
  const [draft, setDraft] = useState(values);
  const [actionChoice, setActionChoice] = useState(() => choiceOf(values.action));
  const set = (field: keyof AuditFilterValues) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ ...draft, action: actionChoice === OTHER ? draft.action : actionChoice });
  }
  function clear() {
    setActionChoice('');
    onApply({ actor: '', action: '', result: '', from: '', to: '' });
  }

  return (
    <section className="zv-section zv-section--first zv-no-print" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2 zv-section__title">
        {t('auditFiltersTitle')}
      </h2>
      <form className="zv-filter-form" noValidate onSubmit={submit}>
        <TextField label={t('filterActor')} value={draft.actor} onChange={set('actor')} autoComplete="off" />
        <SelectField
          label={t('filterAction')}
          value={actionChoice}
          onChange={(choice) => {
            setActionChoice(choice);
            if (choice === OTHER) setDraft((current) => ({ ...current, action: choiceOf(current.action) === OTHER ? current.action : '' }));
          }}
          options={[
            ...ACTION_PRESETS.map((preset) => ({ value: preset.value, label: t(preset.label) })),
            { value: OTHER, label: t('actionOther') },
          ]}
        />
        {actionChoice === OTHER ? (
          <TextField label={t('filterActionText')} value={draft.action} onChange={set('action')} autoComplete="off" />
        ) : null}
        <SelectField
          label={t('filterResult')}
          value={draft.result}
          onChange={set('result')}
          options={AUDIT_RESULTS.map((option) => ({ value: option.value, label: t(option.label) }))}
        />
        <TextField label={t('filterFrom')} type="date" value={draft.from} onChange={set('from')} />
        <TextField label={t('filterTo')} type="date" value={draft.to} onChange={set('to')} />
        <div className="zv-form__actions zv-filter-form__actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t('applyFilters')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={clear}>
            {t('clearFilters')}
          </button>
        </div>
        <div className="zv-filter-form__alert">
          <FormAlert messages={problem ? [problem] : []} />
        </div>
      </form>
    </section>
  );
}

function choiceOf(action: string): string {
  if (action === '') return '';
  return ACTION_PRESETS.some((preset) => preset.value === action) ? action : OTHER;
}

type Entry = AuditLogData['auditLog'][number];

const NO_NAMES: AuditNames = { themes: new Map(), domains: new Map() };

/** Priorities and domains by code; until they are there (or if they cannot be read) the codes stay as written. */
function useAuditNames(): AuditNames {
  const { data } = useQuery(AuditNamesQuery);
  if (!data) return NO_NAMES;
  return {
    themes: new Map(data.themes.map((theme) => [theme.code, theme.title])),
    domains: new Map(data.knowledgeDomains.map((domain) => [domain.code, domain.name])),
  };
}

function AuditResults({
  entries,
  page,
  onPage,
  ref,
}: {
  entries: Entry[];
  page: number;
  onPage: (page: number) => void;
  ref?: Ref<HTMLElement>;
}) {
  const { t, lang } = useLanguage();
  const moment = useMomentText(lang);
  const names = useAuditNames();
  const shown = entries.slice(0, AUDIT_PAGE_SIZE);
  const hasNext = entries.length > AUDIT_PAGE_SIZE;
  const first = (page - 1) * AUDIT_PAGE_SIZE + 1;
  const range =
    shown.length === 0
      ? t('auditNone')
      : t('auditRange', {
          from: formatInteger(first, lang),
          to: formatInteger(first + shown.length - 1, lang),
          page: formatInteger(page, lang),
        });
  const columns = ['colTime', 'colActor', 'colAction', 'colObject', 'colResult', 'colOrigin', 'colDetail'] as const;
  return (
    <section ref={ref} tabIndex={-1} className="zv-section zv-audit" aria-label={t('auditCaption')}>
      {shown.length === 0 ? (
        <p className="utrecht-paragraph">{page > 1 ? t('auditNoMore') : t('auditEmpty')}</p>
      ) : (
        <TableScroller label={`${t('auditCaption')}: ${range}`}>
          <table className="utrecht-table utrecht-table--html-table zv-table zv-audit__table">
            <caption className="utrecht-table__caption">{`${t('auditCaption')}: ${range}`}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {columns.map((key) => (
                  <th key={key} scope="col" className="utrecht-table__header-cell">
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {shown.map((entry, index) => {
                const resultKey = RESULT_LABEL[entry.result];
                const action = actionText(entry.action, t);
                const object = entry.object === null ? null : objectText(entry.action, entry.object, t, lang, names);
                const detail = entry.detail === null ? null : detailText(entry.action, entry.object, entry.detail, t, names, lang);
                return (
                  <tr key={`${entry.at}-${index}`} className="utrecht-table__row">
                    <td className="utrecht-table__cell zv-nowrap">
                      <time dateTime={entry.at}>{moment(entry.at, 'second')}</time>
                    </td>
                    <td className="utrecht-table__cell">{entry.actor ?? '–'}</td>
                    <td className="utrecht-table__cell zv-audit__action">
                      {action.raw ? (
                        <code className="zv-code">{entry.action}</code>
                      ) : (
                        <>
                          {action.text}
                          {/* The code as the log stores it, for the security officer (and filters). */}
                          <code className="zv-code zv-audit__code">{entry.action}</code>
                        </>
                      )}
                    </td>
                    <td
                      className="utrecht-table__cell zv-audit__object"
                      lang={object?.raw ? 'nl' : undefined}
                      title={object && !object.raw ? (entry.object ?? undefined) : undefined}
                    >
                      {object?.text ?? '–'}
                    </td>
                    <td className={`utrecht-table__cell zv-audit__result zv-audit__result--${entry.result}`}>
                      {resultKey ? t(resultKey) : entry.result}
                    </td>
                    <td className="utrecht-table__cell">{entry.origin ?? '–'}</td>
                    <td
                      className="utrecht-table__cell zv-audit__detail"
                      lang={detail === null || detail.raw ? 'nl' : undefined}
                      title={detail && !detail.raw ? (entry.detail ?? undefined) : undefined}
                    >
                      {detail?.text ?? '–'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroller>
      )}
      <nav className="zv-paging" aria-label={t('pagingLabel')}>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          {t('previous')}
        </button>
        <span className="zv-paging__page">{t('pageN', { page: formatInteger(page, lang) })}</span>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={!hasNext}
          onClick={() => onPage(page + 1)}
        >
          {t('next')}
        </button>
      </nav>
    </section>
  );
}
