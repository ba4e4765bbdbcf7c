import { useId, type Ref } from 'react';

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
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [describedBy, hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--file zv-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <div id={hintId} className="utrecht-form-field-description zv-field__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <div id={errorId} className="utrecht-form-field-error-message zv-field__error">
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          ref={inputRef}
          id={id}
          type="file"
          className={`zv-file${error ? ' zv-file--invalid' : ''}`}
          accept={accept}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
        />
      </div>
    </div>
  );
}
