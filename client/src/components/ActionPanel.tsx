import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { FormAlert } from './FormAlert';
import { SavingForm, SubmitButton, type Saving } from './SavingForm';

/**
 * The panel that opens under a table row for one action on it: the question or title, any fields,
 * what went wrong, the button that does it and "Annuleren". It takes the focus when it opens, so
 * keyboard and screen reader users land in it; `saving` (useSaving) runs the action.
 */
export function ActionPanel({
  label,
  saving,
  errors = [],
  submitLabel,
  busyLabel = 'busyProcessing',
  danger = false,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  saving: Saving;
  /** Errors found before saving (a field left empty); the failure of the save itself comes from `saving`. */
  errors?: string[];
  submitLabel: string;
  busyLabel?: MessageKey;
  danger?: boolean;
  onSubmit: () => unknown;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const { t } = useLanguage();
  const labelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} className="zv-panel" role="group" aria-labelledby={labelId} tabIndex={-1}>
      <SavingForm busy={saving.busy} className="zv-form zv-form--inline" onSubmit={onSubmit}>
        <p id={labelId} className="utrecht-paragraph zv-panel__label">
          {label}
        </p>
        {children}
        <FormAlert messages={saving.failure ? [...errors, saving.failure] : errors} />
        <div className="zv-form__actions">
          <SubmitButton label={submitLabel} busyLabel={busyLabel} danger={danger} />
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </SavingForm>
    </div>
  );
}
