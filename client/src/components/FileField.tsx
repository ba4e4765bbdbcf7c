import type { Ref } from 'react';
import { FormField } from './FormField';

/** A labelled file input in the NL Design System form-field pattern, with an optional hint and error. */
export function FileField({
  label,
  onChange,
  accept,
  hint,
  error,
  describedBy,
  inputRef,
}: {
  label: string;
  onChange: (file: File | null) => void;
  accept?: string;
  hint?: string;
  /** Shown under the field; marks the field invalid. */
  error?: string | null;
  /** Further ids that describe the field (e.g. the explanation of the columns). */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <FormField kind="file" label={label} hint={hint} error={error} describedBy={describedBy}>
      {(control) => (
        <input
          ref={inputRef}
          id={control.id}
          type="file"
          className={`zv-file${control.invalid ? ' zv-file--invalid' : ''}`}
          accept={accept}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
          aria-invalid={control.invalid ? true : undefined}
          aria-describedby={control.describedBy}
        />
      )}
    </FormField>
  );
}
