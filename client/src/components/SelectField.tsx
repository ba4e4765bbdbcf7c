import { FormField } from './FormField';

/** A labelled select in the NL Design System form-field pattern, with an optional error. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  error,
}: {
  label: string;
  value: string;
  /** `lang`: an option in another language than the page (a source's Dutch title). */
  options: { value: string; label: string; lang?: 'nl' }[];
  onChange: (value: string) => void;
  error?: string | null;
}) {
  return (
    <FormField kind="select" label={label} error={error}>
      {(control) => (
        <select
          id={control.id}
          className={`utrecht-select utrecht-select--html-select${control.invalid ? ' utrecht-select--invalid' : ''}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={control.invalid ? true : undefined}
          aria-describedby={control.describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
