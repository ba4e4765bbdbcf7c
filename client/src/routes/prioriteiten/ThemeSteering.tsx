import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useMomentText } from '../../components/clientTime';
import { formatDate } from '../../format';
import type { ThemeInput, ThemeStatus, ThemeSteeringFieldsFragment } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/messages';
import { actionFailed } from '../../session/errors';
import { SetThemeStatusMutation, UpdateThemeMutation } from '../../steering/steeringQueries';

export const THEME_STATUSES: ThemeStatus[] = ['NOT_ASSESSED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE'];

type SteeringTheme = ThemeSteeringFieldsFragment & { title: string; number: number };

/** Owner, progress, next milestone, domains and who changed it last. */
export function ThemeDetails({ theme }: { theme: SteeringTheme }) {
  const { t, lang } = useLanguage();
  const moment = useMomentText(lang);
  const rows: [MessageKey, string | null][] = [
    ['themeOwner', theme.owner || null],
    ['themeProgress', theme.progressNote || null],
    [
      'themeMilestone',
      theme.nextMilestone || theme.nextMilestoneDate
        ? [theme.nextMilestone, theme.nextMilestoneDate ? formatDate(theme.nextMilestoneDate, lang) : null].filter(Boolean).join(' — ')
        : null,
    ],
    ['themeDomains', theme.domains.length > 0 ? theme.domains.map((d) => d.name).join(', ') : null],
  ];
  const shown = rows.filter(([, value]) => value !== null);
  return (
    <>
      {shown.length > 0 ? (
        <dl className="zv-theme__steering">
          {shown.map(([key, value]) => (
            <div key={key} className="zv-theme__steering-row">
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {theme.updatedAt ? (
        <p className="zv-theme__updated">
          {theme.updatedBy
            ? t('themeUpdated', { by: theme.updatedBy, at: moment(theme.updatedAt) })
            : t('themeUpdatedAnonymous', { at: moment(theme.updatedAt) })}
        </p>
      ) : null}
    </>
  );
}

/** "Geschiedenis": every edit, newest first, old → new. */
export function ThemeHistory({ theme }: { theme: SteeringTheme }) {
  const { t, lang } = useLanguage();
  const moment = useMomentText(lang);
  const value = (field: string, text: string | null | undefined) => {
    if (text == null || text === '') return t('emptyValue');
    if (field === 'status' && (THEME_STATUSES as string[]).includes(text)) return t(`status${text as ThemeStatus}`);
    if (field === 'nextMilestoneDate' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, lang);
    return text;
  };
  const fieldName = (field: string) => {
    const key = `historyField${field}`;
    return key in FIELD_KEYS ? t(key as MessageKey) : field;
  };
  return (
    <details className="zv-theme__history">
      <summary>{t('themeHistory')}</summary>
      {theme.history.length === 0 ? (
        <p className="utrecht-paragraph">{t('themeHistoryEmpty')}</p>
      ) : (
        <ol className="zv-theme__history-list">
          {theme.history.map((edit, index) => (
            <li key={`${edit.at}-${edit.field}-${index}`}>
              <span className="zv-theme__history-when">
                {moment(edit.at)}
                {edit.by ? ` ${t('historyBy', { by: edit.by })}` : ''}
              </span>
              {': '}
              {t('themeHistoryLine', {
                field: fieldName(edit.field),
                old: value(edit.field, edit.oldValue),
                new: value(edit.field, edit.newValue),
              })}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

const FIELD_KEYS = {
  historyFieldstatus: 1,
  historyFieldstatusNote: 1,
  historyFieldowner: 1,
  historyFieldprogressNote: 1,
  historyFieldnextMilestone: 1,
  historyFieldnextMilestoneDate: 1,
  historyFielddomains: 1,
  historyFielddomainCodes: 1,
};

interface ThemeDraft {
  status: ThemeStatus;
  statusNote: string;
  owner: string;
  progressNote: string;
  nextMilestone: string;
  nextMilestoneDate: string;
  domainCodes: string[];
}

const draftOf = (theme: SteeringTheme): ThemeDraft => ({
  status: theme.status,
  statusNote: '',
  owner: theme.owner ?? '',
  progressNote: theme.progressNote ?? '',
  nextMilestone: theme.nextMilestone ?? '',
  nextMilestoneDate: theme.nextMilestoneDate ?? '',
  domainCodes: theme.domains.map((d) => d.code),
});

/** Only the fields that changed; null when nothing did. */
export function themeInputChanges(theme: SteeringTheme, draft: ThemeDraft): ThemeInput | null {
  const input: ThemeInput = {};
  if (draft.owner.trim() !== (theme.owner ?? '')) input.owner = draft.owner.trim();
  if (draft.progressNote.trim() !== (theme.progressNote ?? '')) input.progressNote = draft.progressNote.trim();
  if (draft.nextMilestone.trim() !== (theme.nextMilestone ?? '')) input.nextMilestone = draft.nextMilestone.trim();
  if (draft.nextMilestoneDate !== (theme.nextMilestoneDate ?? '')) input.nextMilestoneDate = draft.nextMilestoneDate || null;
  const before = theme.domains
    .map((d) => d.code)
    .sort()
    .join(',');
  if ([...draft.domainCodes].sort().join(',') !== before) input.domainCodes = draft.domainCodes;
  return Object.keys(input).length > 0 ? input : null;
}

/** The "Bewerken" panel of a theme (ZVH and beheerder): status with a note, owner, progress, milestone, domains. */
export function ThemeEditPanel({
  theme,
  domains,
  onDone,
  onCancel,
}: {
  theme: SteeringTheme;
  domains: { code: string; name: string }[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useLanguage();
  const client = useApolloClient();
  const labelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<ThemeDraft>(() => draftOf(theme));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => panel.current?.focus(), []);
  const set = (field: keyof ThemeDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (draft.nextMilestoneDate && !/^\d{4}-\d{2}-\d{2}$/.test(draft.nextMilestoneDate)) {
      setError(t('errGoalDate'));
      return;
    }
    const input = themeInputChanges(theme, draft);
    const statusChanged = draft.status !== theme.status;
    if (!input && !statusChanged) {
      onDone(t('themeNothingChanged'));
      return;
    }
    setBusy(true);
    try {
      if (statusChanged) {
        await client.mutate({
          mutation: SetThemeStatusMutation,
          variables: { code: theme.code, status: draft.status, note: draft.statusNote.trim() || null },
        });
      }
      if (input) await client.mutate({ mutation: UpdateThemeMutation, variables: { code: theme.code, input } });
      // The note with a status change is kept by the server as a note on the theme.
      if (statusChanged && draft.statusNote.trim()) await client.refetchQueries({ include: ['Notes'] });
    } catch (failure) {
      setError(actionFailed(failure, t));
      setBusy(false);
      return;
    }
    onDone(t('themeSaved', { title: theme.title }));
  }

  const toggleDomain = (code: string, checked: boolean) =>
    setDraft((current) => ({
      ...current,
      domainCodes: checked ? [...current.domainCodes, code] : current.domainCodes.filter((c) => c !== code),
    }));

  return (
    <div ref={panel} className="zv-panel zv-theme__edit" role="group" aria-labelledby={labelId} tabIndex={-1}>
      <p id={labelId} className="utrecht-paragraph zv-panel__label">
        {t('themeEditTitle', { title: theme.title })}
      </p>
      <form className="zv-form zv-form--wide" noValidate onSubmit={(event) => void submit(event)}>
        <div className="zv-panel__fields">
          <SelectField
            label={t('fieldStatus')}
            value={draft.status}
            onChange={(value) => setDraft((current) => ({ ...current, status: value as ThemeStatus }))}
            options={THEME_STATUSES.map((s) => ({ value: s, label: t(`status${s}`) }))}
          />
          <TextField label={t('themeStatusNote')} value={draft.statusNote} onChange={set('statusNote')} autoComplete="off" />
        </div>
        <TextField label={t('themeOwner')} value={draft.owner} onChange={set('owner')} autoComplete="off" />
        <TextField label={t('themeProgress')} value={draft.progressNote} onChange={set('progressNote')} autoComplete="off" />
        <div className="zv-panel__fields">
          <TextField label={t('themeMilestone')} value={draft.nextMilestone} onChange={set('nextMilestone')} autoComplete="off" />
          <TextField label={t('themeMilestoneDate')} type="date" value={draft.nextMilestoneDate} onChange={set('nextMilestoneDate')} />
        </div>
        <fieldset className="utrecht-form-fieldset zv-theme__domains">
          <legend className="utrecht-form-fieldset__legend">{t('themeDomains')}</legend>
          {domains.map((d) => (
            <DomainCheckbox
              key={d.code}
              name={d.name}
              checked={draft.domainCodes.includes(d.code)}
              onChange={(checked) => toggleDomain(d.code, checked)}
            />
          ))}
        </fieldset>
        <FormAlert messages={error ? [error] : []} />
        <div className="zv-form__actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
            {t('save')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

function DomainCheckbox({ name, checked, onChange }: { name: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="zv-checkbox">
      <input
        id={id}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox" lang="nl">
        {name}
      </label>
    </div>
  );
}
