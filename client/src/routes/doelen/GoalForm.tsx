import { useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { GoalInput, Indicator, TargetDirection } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { actionFailed } from '../../session/errors';
import {
  DIRECTIONS,
  EMPTY_GOAL,
  INDICATORS,
  toGoalInput,
  validateGoal,
  type GoalDraft,
  type GoalDraftErrors,
} from '../../steering/goalModel';

/**
 * The goal form (add and edit): checks what it can itself — a BETWEEN goal needs an upper bound,
 * the margin is a percentage — and shows the server's verdict in its alert.
 */
export function GoalForm({
  initial = EMPTY_GOAL,
  themes,
  municipalities,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: GoalDraft;
  themes: { code: string; number: number; title: string }[];
  municipalities: { code: string; name: string }[];
  submitLabel: string;
  /** Sends the input; throws the server's error. */
  onSubmit: (input: GoalInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useLanguage();
  const [draft, setDraft] = useState<GoalDraft>(initial);
  const [errors, setErrors] = useState<GoalDraftErrors>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof GoalDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const fieldError = (field: keyof GoalDraft) => (errors[field] ? t(errors[field]) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const found = validateGoal(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSubmit(toGoalInput(draft));
    } catch (failure) {
      setApiError(actionFailed(failure, t));
      setBusy(false);
      return;
    }
    setBusy(false);
    setDraft(initial);
  }

  const between = draft.direction === 'BETWEEN';
  const validation = Object.values(errors).map((key) => t(key));
  return (
    <form className="zv-form zv-form--wide zv-goal-form" noValidate onSubmit={(event) => void submit(event)}>
      <TextField label={t('fieldGoalTitle')} value={draft.title} onChange={set('title')} autoComplete="off" error={fieldError('title')} />
      <SelectField
        label={t('fieldIndicator')}
        value={draft.indicator}
        onChange={(value) => setDraft((current) => ({ ...current, indicator: value as Indicator | '' }))}
        options={[{ value: '', label: t('chooseOption') }, ...INDICATORS.map((i) => ({ value: i, label: t(`indicator${i}`) }))]}
        error={fieldError('indicator')}
      />
      <SelectField
        label={t('fieldDirection')}
        value={draft.direction}
        onChange={(value) => setDraft((current) => ({ ...current, direction: value as TargetDirection }))}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(`direction${d}`) }))}
      />
      <div className="zv-goal-form__row">
        <TextField
          label={t(between ? 'fieldTargetLower' : 'fieldTarget')}
          value={draft.target}
          onChange={set('target')}
          inputMode="decimal"
          hint={draft.indicator === 'UNSPECIFIED_SHARE' ? t('fieldShareHint') : undefined}
          error={fieldError('target')}
        />
        {between ? (
          <TextField
            label={t('fieldTargetUpper')}
            value={draft.targetUpper}
            onChange={set('targetUpper')}
            inputMode="decimal"
            error={fieldError('targetUpper')}
          />
        ) : null}
      </div>
      <TextField
        label={t('fieldMargin')}
        value={draft.margin}
        onChange={set('margin')}
        inputMode="decimal"
        hint={t('fieldMarginHint')}
        error={fieldError('margin')}
      />
      {draft.indicator === 'MANUAL' ? (
        <TextField
          label={t('fieldStaleAfter')}
          value={draft.staleAfterDays}
          onChange={set('staleAfterDays')}
          inputMode="numeric"
          hint={t('fieldStaleAfterHint')}
          error={fieldError('staleAfterDays')}
        />
      ) : null}
      <TextField label={t('fieldDeadline')} type="date" value={draft.deadline} onChange={set('deadline')} error={fieldError('deadline')} />
      <SelectField
        label={t('fieldTheme')}
        value={draft.themeCode}
        onChange={set('themeCode')}
        options={[
          { value: '', label: t('noTheme') },
          ...themes.map((th) => ({ value: th.code, label: `${th.number}. ${th.title}`, lang: 'nl' as const })),
        ]}
      />
      <SelectField
        label={t('fieldScope')}
        value={draft.municipalityCode}
        onChange={set('municipalityCode')}
        options={[{ value: '', label: t('scopeRegion') }, ...municipalities.map((m) => ({ value: m.code, label: m.name }))]}
      />
      <FormAlert title={validation.length > 0 ? t('formErrors') : undefined} messages={[...validation, ...(apiError ? [apiError] : [])]} />
      <div className="zv-form__actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
