import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { SavingForm, SubmitButton, useSaving } from '../../components/SavingForm';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { GoalInput, Indicator, TargetDirection } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { useDraft } from '../../session/drafts';
import {
  DIRECTIONS,
  EMPTY_GOAL,
  INDICATORS,
  toGoalInput,
  UNIT_SUGGESTIONS,
  validateGoal,
  type GoalDraft,
  type GoalDraftErrors,
} from '../../steering/goalModel';

/**
 * The goal form (add and edit): checks what it can itself — a BETWEEN goal needs an upper bound,
 * the margin is a percentage, a goal entered by hand has a unit — and shows the server's verdict
 * in its alert. What is typed is kept as a draft (under `draftKey`) until it is saved or cancelled.
 */
export function GoalForm({
  initial = EMPTY_GOAL,
  draftKey,
  themes,
  municipalities,
  submitLabel,
  busyLabel = 'busySaving',
  onSubmit,
  onCancel,
}: {
  initial?: GoalDraft;
  /** "goal:new", "goal:<id>". */
  draftKey: string;
  busyLabel?: 'busySaving' | 'busyAdding';
  themes: { code: string; number: number; title: string }[];
  municipalities: { code: string; name: string }[];
  submitLabel: string;
  /** Sends the input; throws the server's error. */
  onSubmit: (input: GoalInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t, lang } = useLanguage();
  const kept = useDraft<GoalDraft>(draftKey, initial);
  const draft = kept.value;
  const setDraft = kept.update;
  const saving = useSaving();
  const [errors, setErrors] = useState<GoalDraftErrors>({});
  const set = (field: keyof GoalDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const fieldError = (field: keyof GoalDraft) => (errors[field] ? t(errors[field]) : null);

  async function submit() {
    saving.setFailure(null);
    const found = validateGoal(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // Cleared only once the server took it: a failed save keeps everything typed.
    if (await saving.save(() => onSubmit(toGoalInput(draft)))) kept.clear();
  }

  const between = draft.direction === 'BETWEEN';
  const validation = Object.values(errors).map((key) => t(key));
  return (
    <SavingForm busy={saving.busy} className="zv-form zv-form--wide zv-goal-form" onSubmit={submit}>
      {kept.restored ? (
        <p className="utrecht-paragraph zv-notice" role="status">
          {t('draftRestoredChanges')}
        </p>
      ) : null}
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
          label={t('fieldUnit')}
          value={draft.unit}
          onChange={set('unit')}
          autoComplete="off"
          hint={t('fieldUnitHint')}
          suggestions={UNIT_SUGGESTIONS[lang]}
          error={fieldError('unit')}
        />
      ) : null}
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
      <FormAlert
        title={validation.length > 0 ? t('formErrors') : undefined}
        messages={[...validation, ...(saving.failure ? [saving.failure] : [])]}
      />
      <div className="zv-form__actions">
        <SubmitButton label={submitLabel} busyLabel={busyLabel} />
        {onCancel ? (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => {
              kept.clear();
              onCancel();
            }}
          >
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </SavingForm>
  );
}
