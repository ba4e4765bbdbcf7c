import { useId, type Ref } from 'react';
import { FormField } from './FormField';
import { useFormBusy } from './SavingForm';

/** A labelled text input in the NL Design System form-field pattern, with an optional hint and error. */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  hint,
  error,
  describedBy,
  inputRef,
  name,
  inputMode,
  suggestions,
  maxLength,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'date';
  autoComplete?: string;
  hint?: string;
  /** Shown under the field; marks the field invalid. */
  error?: string | null;
  /** Further ids that describe the field (e.g. a notice above the form). */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** For password managers: which field this is. */
  name?: string;
  /** The on-screen keyboard for numbers ("decimal", "numeric"). */
  inputMode?: 'decimal' | 'numeric';
  /** Values offered while typing (a datalist); anything else may be typed too. */
  suggestions?: string[];
  maxLength?: number;
}) {
  // While the form saves, the field keeps its value in sight and in the tab order, but is read-only.
  const busy = useFormBusy();
  const listId = `${useId()}-list`;
  return (
    <FormField kind="text" label={label} hint={hint} error={error} describedBy={describedBy}>
      {(control) => (
        <>
          <input
            ref={inputRef}
            id={control.id}
            name={name}
            type={type}
            className={`utrecht-textbox utrecht-textbox--html-input${control.invalid ? ' utrecht-textbox--invalid' : ''}`}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            autoComplete={autoComplete}
            inputMode={inputMode}
            aria-invalid={control.invalid ? true : undefined}
            aria-describedby={control.describedBy}
            spellCheck={false}
            autoCapitalize="none"
            readOnly={busy}
            list={suggestions ? listId : undefined}
            maxLength={maxLength}
          />
          {suggestions ? (
            <datalist id={listId}>
              {suggestions.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          ) : null}
        </>
      )}
    </FormField>
  );
}

/** A labelled multi-line text field, in the same pattern; read-only while its form saves. */
export function TextAreaField({
  label,
  value,
  onChange,
  hint,
  error,
  rows = 3,
  className,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
  rows?: number;
  className?: string;
}) {
  const busy = useFormBusy();
  return (
    <FormField kind="textarea" label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          id={control.id}
          className={`utrecht-textarea utrecht-textarea--html-textarea${control.invalid ? ' utrecht-textarea--invalid' : ''}${className ? ` ${className}` : ''}`}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={control.invalid ? true : undefined}
          aria-describedby={control.describedBy}
          readOnly={busy}
        />
      )}
    </FormField>
  );
}
