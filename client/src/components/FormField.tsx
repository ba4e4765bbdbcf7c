import { useId, type ReactNode } from 'react';

/** What the control inside a FormField needs: its id and the ids that describe it. */
export interface FieldControl {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

/**
 * The NL Design System form-field frame shared by every input: label, optional hint, optional
 * error (which marks the field invalid), and the control, wired to them by id.
 */
export function FormField({
  kind,
  label,
  hint,
  error,
  describedBy,
  children,
}: {
  kind: 'text' | 'textarea' | 'select' | 'file';
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  /** Further ids that describe the control (e.g. a notice above the form). */
  describedBy?: string | undefined;
  children: (control: FieldControl) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [describedBy, hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--${kind} zv-field${error ? ' utrecht-form-field--invalid' : ''}`}>
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
      <div className="utrecht-form-field__input">{children({ id, describedBy: described, invalid: Boolean(error) })}</div>
    </div>
  );
}
