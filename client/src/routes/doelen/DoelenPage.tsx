import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { SavingForm, SubmitButton, useSaving } from '../../components/SavingForm';
import { GoalStatusBadge } from '../../steering/goalStatus';
import { AboutFigureLink, indicatorHref } from '../../components/AboutFigureLink';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import type { GoalFieldsFragment, GoalInput } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { hasDraft } from '../../session/drafts';
import { canManageData } from '../../session/roles';
import { useSession } from '../../session/SessionContext';
import {
  basisText,
  draftFromGoal,
  GOAL_FIGURE,
  formatIndicatorValue,
  isIsoDate,
  parseNumber,
  targetText,
  trendText,
} from '../../steering/goalModel';
import {
  CreateGoalMutation,
  DeleteGoalMutation,
  GoalsQuery,
  ReportGoalValueMutation,
  UpdateGoalMutation,
} from '../../steering/steeringQueries';
import { GoalForm } from './GoalForm';
import { refreshGoals } from './refreshGoals';
import { RowsTable } from '../../components/RowsTable';

type PanelKind = 'edit' | 'delete' | 'report';
type Lists = { themes: { code: string; number: number; title: string }[]; municipalities: { code: string; name: string }[] };

/** "Doelen": every goal with its computed status; ZVH and the beheerder add, edit, delete and report. */
export default function DoelenPage() {
  const { t } = useLanguage();
  const { user } = useSession();
  const manage = canManageData(user.role);
  const client = useApolloClient();
  const result = useQuery(GoalsQuery);
  const [status, setStatus] = useState('');
  const formTitleId = useId();
  const changed = async (message: string) => {
    await refreshGoals(client);
    setStatus(message);
  };
  const create = async (input: GoalInput) => {
    await client.mutate({ mutation: CreateGoalMutation, variables: { input } });
    await changed(t('doneGoalCreated', { title: input.title }));
  };
  return (
    <>
      <PageHeader
        title={t('goalsTitle')}
        intro={t('goalsIntro')}
        meta={<AboutFigureLink code="GOALS_BY_STATUS" label={t('aboutGoalStatus')} />}
      />
      <p role="status" className="zv-status-message">
        {status}
      </p>
      <QueryView result={result}>
        {(data) => (
          <>
            <section className="zv-section zv-section--first" aria-label={t('goalsCaption')}>
              {data.goals.length === 0 ? (
                <p className="utrecht-paragraph">{t('goalsEmpty')}</p>
              ) : (
                <GoalsTable goals={data.goals} lists={data} manage={manage} onChanged={changed} />
              )}
            </section>
            {manage ? (
              <section className="zv-section" aria-labelledby={formTitleId}>
                <h2 id={formTitleId} className="utrecht-heading-2 zv-section__title">
                  {t('goalAdd')}
                </h2>
                <GoalForm
                  draftKey="goal:new"
                  themes={data.themes}
                  municipalities={data.municipalities}
                  submitLabel={t('goalAdd')}
                  busyLabel="busyAdding"
                  onSubmit={create}
                />
              </section>
            ) : null}
          </>
        )}
      </QueryView>
    </>
  );
}

function GoalsTable({
  goals,
  lists,
  manage,
  onChanged,
}: {
  goals: GoalFieldsFragment[];
  lists: Lists;
  manage: boolean;
  onChanged: (message: string) => Promise<void>;
}) {
  const { t, lang } = useLanguage();
  const { user } = useSession();
  const id = useId();
  const [panel, setPanel] = useState<{ goalId: string; kind: PanelKind } | null>(null);
  // Back after an expired session: the goal whose edit was not saved opens again, with what was typed.
  useEffect(() => {
    const edited = manage ? goals.find((goal) => hasDraft(user.username, `goal:${goal.id}`)) : undefined;
    if (edited) setPanel({ goalId: edited.id, kind: 'edit' });
    // Only when the page opens: afterwards the person opens and closes panels themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [focusBack, setFocusBack] = useState<string | null>(null);
  useEffect(() => {
    if (!focusBack) return;
    document.getElementById(focusBack)?.focus();
    setFocusBack(null);
  }, [focusBack]);
  const buttonId = (goalId: string, kind: PanelKind) => `${id}-${kind}-${goalId}`;
  const close = (goalId: string, kind: PanelKind) => {
    setPanel(null);
    setFocusBack(buttonId(goalId, kind));
  };
  const columns = [
    'colGoalTitle',
    'colTheme',
    'colScope',
    'colIndicator',
    'colTarget',
    'colLatest',
    'colStatus',
    'colDeadline',
    'colTrend',
  ] as const;
  return (
    <RowsTable
      caption={t('goalsCaption')}
      columns={[...columns.map((key) => ({ key, label: t(key) })), ...(manage ? [{ key: 'colActions', label: t('colActions') }] : [])]}
      className="zv-goals"
    >
      {goals.map((goal) => (
        <Fragment key={goal.id}>
          <tr className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell zv-goals__title">
              {goal.title}
            </th>
            <td className="utrecht-table__cell">
              {goal.theme ? <span lang="nl">{`${goal.theme.number}. ${goal.theme.title}`}</span> : '–'}
            </td>
            <td className="utrecht-table__cell">{goal.municipality?.name ?? t('scopeRegion')}</td>
            <td className="utrecht-table__cell">
              {GOAL_FIGURE[goal.indicator] ? (
                <Link href={indicatorHref(GOAL_FIGURE[goal.indicator]!)} className="utrecht-link" title={t('aboutFigure')}>
                  {t(`indicator${goal.indicator}`)}
                </Link>
              ) : (
                t(`indicator${goal.indicator}`)
              )}
            </td>
            <td className="utrecht-table__cell">{targetText(goal, t, lang)}</td>
            <td className="utrecht-table__cell zv-goals__latest">
              {goal.latestValue == null ? (
                '–'
              ) : (
                <>
                  <span className="zv-goals__value">{formatIndicatorValue(goal.indicator, goal.latestValue, lang, goal.unit)}</span>
                  {goal.latestValueDate ? (
                    <span className="zv-goals__sub">{t('latestOn', { date: formatDate(goal.latestValueDate, lang) })}</span>
                  ) : null}
                  {basisText(goal, t) ? <span className="zv-goals__basis">{basisText(goal, t)}</span> : null}
                </>
              )}
            </td>
            <td className="utrecht-table__cell">
              <GoalStatusBadge status={goal.status} />
            </td>
            <td className="utrecht-table__cell">{goal.deadline ? formatDate(goal.deadline, lang) : '–'}</td>
            <td className="utrecht-table__cell zv-goals__trend">{trendText(goal, lang)}</td>
            {manage ? (
              <td className="utrecht-table__cell">
                <div className="zv-goals__actions">
                  {(['edit', ...(goal.indicator === 'MANUAL' ? ['report' as const] : []), 'delete'] as PanelKind[]).map((kind) => (
                    <button
                      key={kind}
                      id={buttonId(goal.id, kind)}
                      type="button"
                      className="utrecht-button utrecht-button--subtle zv-goals__button"
                      aria-label={t(kind === 'edit' ? 'goalEditAria' : kind === 'report' ? 'goalReportAria' : 'goalDeleteAria', {
                        title: goal.title,
                      })}
                      aria-expanded={panel?.goalId === goal.id && panel.kind === kind}
                      onClick={() => setPanel(panel?.goalId === goal.id && panel.kind === kind ? null : { goalId: goal.id, kind })}
                    >
                      {t(kind === 'edit' ? 'goalEdit' : kind === 'report' ? 'goalReport' : 'goalDelete')}
                    </button>
                  ))}
                </div>
              </td>
            ) : null}
          </tr>
          {panel?.goalId === goal.id ? (
            <tr className="utrecht-table__row zv-goals__panel-row">
              <td className="utrecht-table__cell" colSpan={columns.length + 1}>
                <GoalPanel
                  goal={goal}
                  kind={panel.kind}
                  lists={lists}
                  onCancel={() => close(goal.id, panel.kind)}
                  onDone={async (message) => {
                    await onChanged(message);
                    setPanel(null);
                  }}
                />
              </td>
            </tr>
          ) : null}
        </Fragment>
      ))}
    </RowsTable>
  );
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Under a goal's row: the edit form, the value report, or the delete confirmation. Takes the focus. */
function GoalPanel({
  goal,
  kind,
  lists,
  onDone,
  onCancel,
}: {
  goal: GoalFieldsFragment;
  kind: PanelKind;
  lists: Lists;
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, lang } = useLanguage();
  const client = useApolloClient();
  const labelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [value, setValue] = useState('');
  const [date, setDate] = useState(today);
  const [errors, setErrors] = useState<string[]>([]);
  const saving = useSaving();
  useEffect(() => panel.current?.focus({ preventScroll: true }), []);

  async function run(action: () => Promise<string>) {
    setErrors([]);
    let message = '';
    const done = await saving.save(async () => {
      message = await action();
    });
    if (done) await onDone(message);
  }

  function submit() {
    if (kind === 'delete') {
      return run(async () => {
        await client.mutate({ mutation: DeleteGoalMutation, variables: { id: goal.id } });
        return t('doneGoalDeleted', { title: goal.title });
      });
    }
    const number = parseNumber(value);
    const found = [...(number === null ? [t('errGoalValue')] : []), ...(!isIsoDate(date) ? [t('errGoalDate')] : [])];
    if (found.length > 0 || number === null) {
      setErrors(found);
      return;
    }
    return run(async () => {
      await client.mutate({ mutation: ReportGoalValueMutation, variables: { id: goal.id, value: number, date } });
      return t('doneGoalReported', { title: goal.title });
    });
  }

  const label = t(kind === 'edit' ? 'goalEditTitle' : kind === 'report' ? 'goalReportTitle' : 'goalConfirmDelete', { title: goal.title });
  return (
    <div ref={panel} className="zv-panel" role="group" aria-labelledby={labelId} tabIndex={-1}>
      <p id={labelId} className="utrecht-paragraph zv-panel__label">
        {label}
      </p>
      {kind === 'edit' ? (
        <GoalForm
          draftKey={`goal:${goal.id}`}
          initial={draftFromGoal(goal, lang)}
          themes={lists.themes}
          municipalities={lists.municipalities}
          submitLabel={t('save')}
          onCancel={onCancel}
          onSubmit={async (input) => {
            await client.mutate({ mutation: UpdateGoalMutation, variables: { id: goal.id, input } });
            await onDone(t('doneGoalUpdated', { title: input.title }));
          }}
        />
      ) : (
        <SavingForm busy={saving.busy} className="zv-form zv-form--inline" onSubmit={submit}>
          {kind === 'report' ? (
            <div className="zv-panel__fields">
              <TextField label={t('fieldValue')} value={value} onChange={setValue} inputMode="decimal" />
              <TextField label={t('fieldValueDate')} type="date" value={date} onChange={setDate} />
            </div>
          ) : null}
          <FormAlert messages={saving.failure ? [...errors, saving.failure] : errors} />
          <div className="zv-form__actions">
            <SubmitButton
              label={t(kind === 'delete' ? 'goalConfirmYesDelete' : 'goalReport')}
              busyLabel={kind === 'delete' ? 'busyDeleting' : 'busyReporting'}
              danger={kind === 'delete'}
            />
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>
              {t('cancel')}
            </button>
          </div>
        </SavingForm>
      )}
    </div>
  );
}
