import { FormField } from './FormField';
import { useFormBusy } from './SavingForm';

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
  // A select has no readOnly: while the form saves, a choice is not taken (the controlled value
  // stays) and aria-readonly says why; the select stays focusable and readable.
  const busy = useFormBusy();
  return (
    <FormField kind="select" label={label} error={error}>
      {(control) => (
        <select
          id={control.id}
          className={`utrecht-select utrecht-select--html-select${control.invalid ? ' utrecht-select--invalid' : ''}`}
          value={value}
          onChange={(event) => {
            if (!busy) onChange(event.target.value);
          }}
          aria-readonly={busy ? true : undefined}
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
