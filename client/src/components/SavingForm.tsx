import { createContext, useCallback, useContext, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { actionFailed } from '../session/errors';

/**
 * One save at a time, and what it said when it failed. `save` runs the action unless one is
 * already running (a second click or Enter does nothing) and answers whether it succeeded; the
 * form clears its fields only then, so a failed or interrupted save leaves everything typed.
 */
export interface Saving {
  busy: boolean;
  /** What the last failed save said ("Niet opgeslagen: …"), or null. */
  failure: string | null;
  setFailure: (message: string | null) => void;
  save: (action: () => Promise<void>) => Promise<boolean>;
}

export function useSaving(): Saving {
  const { t, lang } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // A ref as well as state: two submits in one tick both see the state of before the first.
  const running = useRef(false);
  const save = useCallback(
    async (action: () => Promise<void>) => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setFailure(null);
      try {
        await action();
        return true;
      } catch (error) {
        setFailure(actionFailed(error, t, lang));
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [t, lang],
  );
  return { busy, failure, setFailure, save };
}

/** Whether the fields of the surrounding form are read-only because it is being saved. */
const FormBusyContext = createContext(false);

export function useFormBusy(): boolean {
  return useContext(FormBusyContext);
}

/**
 * A form that says it is busy while it saves: `aria-busy`, its fields read-only (their values
 * stay visible and focusable, unlike disabled fields) and no second submit.
 */
export function SavingForm({
  busy,
  className,
  onSubmit,
  children,
}: {
  busy: boolean;
  className: string;
  /** Called on submit unless a save is running; the default (a page load) is always prevented. */
  onSubmit: () => unknown;
  children: ReactNode;
}) {
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy) void onSubmit();
  }
  return (
    <form className={className} noValidate aria-busy={busy} onSubmit={submit}>
      <FormBusyContext.Provider value={busy}>{children}</FormBusyContext.Provider>
    </form>
  );
}

/**
 * The submit button of a SavingForm: while saving it says so ("Bezig met opslaan…") and refuses
 * a second press; it stays focusable (aria-disabled, not disabled) so the focus is not lost.
 */
export function SubmitButton({
  label,
  busyLabel = 'busySaving',
  variant = 'primary',
  danger = false,
}: {
  label: string;
  busyLabel?: MessageKey;
  variant?: 'primary' | 'secondary';
  danger?: boolean;
}) {
  const { t } = useLanguage();
  const busy = useFormBusy();
  return (
    <button
      type="submit"
      className={`utrecht-button utrecht-button--${variant}-action${danger ? ' utrecht-button--danger' : ''}${busy ? ' zv-button--busy' : ''}`}
      aria-disabled={busy ? true : undefined}
    >
      {busy ? t(busyLabel) : label}
    </button>
  );
}
