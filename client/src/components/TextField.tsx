import { useId, type Ref } from 'react';

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
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [describedBy, hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text zv-field${error ? ' utrecht-form-field--invalid' : ''}`}>
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
          name={name}
          type={type}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          inputMode={inputMode}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          spellCheck={false}
          autoCapitalize="none"
        />
      </div>
    </div>
  );
}
