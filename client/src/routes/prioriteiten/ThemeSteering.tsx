import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { CheckboxField } from '../../components/CheckboxField';
import { FormAlert } from '../../components/FormAlert';
import { SavingForm, SubmitButton, useSaving } from '../../components/SavingForm';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useMomentText } from '../../components/clientTime';
import { formatDate } from '../../format';
import type { ThemeInput, ThemeStatus, ThemeSteeringFieldsFragment } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/messages';
import { useDraft } from '../../session/drafts';
import { SetThemeStatusMutation, UpdateThemeMutation } from '../../steering/steeringQueries';

export const THEME_STATUSES: ThemeStatus[] = ['NOT_ASSESSED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE'];

type SteeringTheme = ThemeSteeringFieldsFragment & { title: string; number: number };

/** The note of the latest status change, if it had one (the history is newest first). */
export function latestStatusNote(theme: Pick<SteeringTheme, 'history'>): string | null {
  return theme.history.find((edit) => edit.field === 'status')?.note ?? null;
}

/** Owner, progress, next milestone, domains, the explanation of the status and who changed it last. */
export function ThemeDetails({ theme }: { theme: SteeringTheme }) {
  const { t, lang } = useLanguage();
  const moment = useMomentText(lang);
  const rows: [MessageKey, string | null][] = [
    ['themeLatestStatusNote', latestStatusNote(theme)],
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

/**
 * "Geschiedenis": every edit, newest first, in words: "Status gewijzigd: Niet beoordeeld → Risico",
 * domains by their names. The stored edits keep their codes; only what is shown is translated.
 */
export function ThemeHistory({ theme, domains }: { theme: SteeringTheme; domains: { code: string; name: string }[] }) {
  const { t, lang } = useLanguage();
  const moment = useMomentText(lang);
  const domainName = new Map(domains.map((d) => [d.code, d.name]));
  const value = (field: string, text: string | null | undefined) => {
    if (text == null || text === '') return t('emptyValue');
    if (field === 'status' && (THEME_STATUSES as string[]).includes(text)) return t(`status${text as ThemeStatus}`);
    if (field === 'nextMilestoneDate' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, lang);
    if (field === 'domains' || field === 'domainCodes') {
      return text
        .split(',')
        .map((code) => domainName.get(code.trim()) ?? code.trim())
        .join(', ');
    }
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
              {edit.note ? ` — ${t('themeHistoryNote', { note: edit.note })}` : ''}
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
  /** Show the status note as a "rode draad" too; off unless the person chooses it. */
  asCommonThread: boolean;
  owner: string;
  progressNote: string;
  nextMilestone: string;
  nextMilestoneDate: string;
  domainCodes: string[];
}

const draftOf = (theme: SteeringTheme): ThemeDraft => ({
  status: theme.status,
  statusNote: '',
  asCommonThread: false,
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

/**
 * The "Bewerken" panel of a theme (ZVH and beheerder): status with a note, owner, progress,
 * milestone, domains. What is typed is kept as a draft until it is saved or cancelled.
 */
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
  const draft = useDraft<ThemeDraft>(`theme:${theme.code}`, draftOf(theme));
  const saving = useSaving();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => panel.current?.focus(), []);
  const values = draft.value;
  const set = (field: 'statusNote' | 'owner' | 'progressNote' | 'nextMilestone' | 'nextMilestoneDate') => (value: string) =>
    draft.update((current) => ({ ...current, [field]: value }));

  async function submit() {
    setError(null);
    if (values.nextMilestoneDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.nextMilestoneDate)) {
      setError(t('errGoalDate'));
      return;
    }
    const input = themeInputChanges(theme, values);
    const statusChanged = values.status !== theme.status;
    const note = values.statusNote.trim();
    if (note && !statusChanged) {
      setError(t('errStatusNoteWithoutChange'));
      return;
    }
    if (values.asCommonThread && !note) {
      setError(t('errCommonThreadEmpty'));
      return;
    }
    if (!input && !statusChanged) {
      draft.clear();
      onDone(t('themeNothingChanged'));
      return;
    }
    const saved = await saving.save(async () => {
      if (statusChanged) {
        await client.mutate({
          mutation: SetThemeStatusMutation,
          variables: { code: theme.code, status: values.status, note: note || null, asCommonThread: values.asCommonThread },
        });
      }
      if (input) await client.mutate({ mutation: UpdateThemeMutation, variables: { code: theme.code, input } });
    });
    if (!saved) return;
    draft.clear();
    // Only a note the person chose to show as a rode draad is among the theme's notes.
    if (values.asCommonThread) await client.refetchQueries({ include: ['Notes'] }).catch(() => undefined);
    onDone(t('themeSaved', { title: theme.title }));
  }

  const toggleDomain = (code: string, checked: boolean) =>
    draft.update((current) => ({
      ...current,
      domainCodes: checked ? [...current.domainCodes, code] : current.domainCodes.filter((c) => c !== code),
    }));
  const cancel = () => {
    draft.clear();
    onCancel();
  };
  const failure = error ?? saving.failure;

  return (
    <div ref={panel} className="zv-panel zv-theme__edit" role="group" aria-labelledby={labelId} tabIndex={-1}>
      <p id={labelId} className="utrecht-paragraph zv-panel__label">
        {t('themeEditTitle', { title: theme.title })}
      </p>
      {draft.restored ? (
        <p className="utrecht-paragraph zv-notice" role="status">
          {t('draftRestoredChanges')}
        </p>
      ) : null}
      <SavingForm busy={saving.busy} className="zv-form zv-form--wide" onSubmit={submit}>
        <div className="zv-theme__status">
          <div className="zv-panel__fields">
            <SelectField
              label={t('fieldStatus')}
              value={values.status}
              onChange={(value) => draft.update((current) => ({ ...current, status: value as ThemeStatus }))}
              options={THEME_STATUSES.map((s) => ({ value: s, label: t(`status${s}`) }))}
            />
            <TextField
              label={t('themeStatusNote')}
              value={values.statusNote}
              onChange={set('statusNote')}
              autoComplete="off"
              hint={t('themeStatusNoteHint')}
            />
          </div>
          <CheckboxField
            label={t('themeAsCommonThread')}
            hint={t('themeAsCommonThreadHint')}
            checked={values.asCommonThread}
            onChange={(checked) => draft.update((current) => ({ ...current, asCommonThread: checked }))}
          />
        </div>
        <TextField label={t('themeOwner')} value={values.owner} onChange={set('owner')} autoComplete="off" />
        <TextField label={t('themeProgress')} value={values.progressNote} onChange={set('progressNote')} autoComplete="off" />
        <div className="zv-panel__fields">
          <TextField label={t('themeMilestone')} value={values.nextMilestone} onChange={set('nextMilestone')} autoComplete="off" />
          <TextField label={t('themeMilestoneDate')} type="date" value={values.nextMilestoneDate} onChange={set('nextMilestoneDate')} />
        </div>
        <fieldset className="utrecht-form-fieldset zv-theme__domains">
          <legend className="utrecht-form-fieldset__legend">{t('themeDomains')}</legend>
          {domains.map((d) => (
            <CheckboxField
              key={d.code}
              label={d.name}
              lang="nl"
              checked={values.domainCodes.includes(d.code)}
              onChange={(checked) => toggleDomain(d.code, checked)}
            />
          ))}
        </fieldset>
        <FormAlert messages={failure ? [failure] : []} />
        <div className="zv-form__actions">
          <SubmitButton label={t('save')} />
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={cancel}>
            {t('cancel')}
          </button>
        </div>
      </SavingForm>
    </div>
  );
}
