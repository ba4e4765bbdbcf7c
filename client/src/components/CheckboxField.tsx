import { useId } from 'react';
import { useFormBusy } from './SavingForm';

/** A checkbox with its label (and an optional hint); read-only while its form saves. */
export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
  lang,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  /** The label's language when it differs from the page (a domain's Dutch name). */
  lang?: 'nl';
}) {
  const id = useId();
  const busy = useFormBusy();
  return (
    <div className="zv-checkbox">
      <input
        id={id}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        checked={checked}
        onChange={(event) => {
          if (!busy) onChange(event.target.checked);
        }}
        aria-readonly={busy ? true : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <div>
        <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox" lang={lang}>
          {label}
        </label>
        {hint ? (
          <div id={`${id}-hint`} className="utrecht-form-field-description zv-field__hint">
            {hint}
          </div>
        ) : null}
      </div>
    </div>
  );
}
