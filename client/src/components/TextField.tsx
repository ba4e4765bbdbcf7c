import type { Ref } from 'react';
import { FormField } from './FormField';

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
}) {
  return (
    <FormField kind="text" label={label} hint={hint} error={error} describedBy={describedBy}>
      {(control) => (
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
        />
      )}
    </FormField>
  );
}
