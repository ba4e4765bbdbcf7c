import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { PageHeader } from '../components/PageHeader';
import { TextField } from '../components/TextField';
import type { SecondFactorKind } from '../generated/graphql';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { errorText, hasErrorCode } from './errors';
import { UseRecoveryCodeMutation, VerifyTotpMutation } from './sessionQueries';

/** What a way of proving the second factor can do when it is done. */
export interface StepHandlers {
  /** The sign-in is complete (the server set the new session cookie). */
  onSignedIn: () => Promise<void>;
  /** The pending sign-in is gone (expired, too many errors): back to the password. */
  onRestart: () => void;
}

/**
 * Another way to prove the second factor, offered as a link under the form (e.g. "Gebruik uw
 * passkey"); `render` takes the place of the code form once chosen.
 */
export interface OtherMethod {
  kind: SecondFactorKind;
  label: string;
  render: (handlers: StepHandlers) => ReactNode;
}

/**
 * The second step of signing in: the code of the authenticator app, or one of the recovery codes.
 * `methods` are the factors the user has (from the server); `otherMethods` adds ways built
 * elsewhere (passkeys).
 */
export function SecondFactorStep({
  methods,
  otherMethods = [],
  onSignedIn,
  onRestart,
}: StepHandlers & { methods: readonly SecondFactorKind[]; otherMethods?: readonly OtherMethod[] }) {
  const { t } = useLanguage();
  const own: { kind: SecondFactorKind; label: string }[] = [
    ...(methods.includes('TOTP') ? [{ kind: 'TOTP' as const, label: t('useAppCodeLink') }] : []),
    ...(methods.includes('RECOVERY_CODE') ? [{ kind: 'RECOVERY_CODE' as const, label: t('useRecoveryCodeLink') }] : []),
  ];
  // A passkey first where the user has one: it cannot be phished or typed wrong.
  const choices = [...otherMethods.filter((m) => methods.includes(m.kind)), ...own];
  const [chosen, setChosen] = useState<SecondFactorKind>(choices[0]?.kind ?? 'RECOVERY_CODE');
  const [remaining, setRemaining] = useState<number | null>(null);
  const handlers = { onSignedIn, onRestart };

  if (remaining !== null) return <RecoveryCodeUsed remaining={remaining} onContinue={onSignedIn} />;
  const other = otherMethods.find((m) => m.kind === chosen);
  return (
    <div className="zv-login">
      <PageHeader title={t('secondFactorTitle')} intro={t(INTRO[chosen])} />
      {other ? (
        other.render(handlers)
      ) : chosen === 'TOTP' ? (
        <CodeForm key="totp" kind="TOTP" {...handlers} />
      ) : (
        <CodeForm key="recovery" kind="RECOVERY_CODE" {...handlers} onRecoveryCodeUsed={setRemaining} />
      )}
      {choices.length > 1 ? (
        <div className="zv-login__other-ways">
          <p className="utrecht-paragraph">{t(chosen === 'TOTP' ? 'secondFactorOtherWays' : 'secondFactorOtherWaysAny')}</p>
          <ul className="zv-login__other-list">
            {choices
              .filter((choice) => choice.kind !== chosen)
              .map((choice) => (
                <li key={choice.kind}>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle zv-link-button"
                    onClick={() => setChosen(choice.kind)}
                  >
                    {choice.label}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

const INTRO: Record<SecondFactorKind, MessageKey> = {
  TOTP: 'secondFactorIntro',
  PASSKEY: 'passkeyStepIntro',
  RECOVERY_CODE: 'recoveryCodeIntro',
};

const FORM: Record<'TOTP' | 'RECOVERY_CODE', { label: MessageKey; hint: MessageKey; missing: MessageKey; wrong: MessageKey }> = {
  TOTP: { label: 'secondFactorCode', hint: 'secondFactorCodeHint', missing: 'secondFactorMissing', wrong: 'secondFactorWrong' },
  RECOVERY_CODE: { label: 'recoveryCodeLabel', hint: 'recoveryCodeHint', missing: 'recoveryCodeMissing', wrong: 'recoveryCodeWrong' },
};

/** One code field: the app's code or a recovery code; its own words for each failure. */
function CodeForm({
  kind,
  onSignedIn,
  onRestart,
  onRecoveryCodeUsed,
}: StepHandlers & { kind: 'TOTP' | 'RECOVERY_CODE'; onRecoveryCodeUsed?: (remaining: number) => void }) {
  const { t, lang } = useLanguage();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [verifyTotp, totp] = useMutation(VerifyTotpMutation);
  const [redeemRecoveryCode, recovery] = useMutation(UseRecoveryCodeMutation);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const words = FORM[kind];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!code.trim()) {
      setError(t(words.missing));
      field.current?.focus();
      return;
    }
    try {
      if (kind === 'TOTP') {
        await verifyTotp({ variables: { code: code.trim() } });
      } else {
        const { data } = await redeemRecoveryCode({ variables: { code } });
        onRecoveryCodeUsed?.(data?.useRecoveryCode.remaining ?? 0);
        return;
      }
    } catch (failure) {
      setCode('');
      if (hasErrorCode(failure, 'UNAUTHENTICATED')) {
        onRestart();
        return;
      }
      setError(hasErrorCode(failure, 'BAD_USER_INPUT') ? t(words.wrong) : errorText(failure, t, lang, 'loginUnreachable'));
      field.current?.focus();
      return;
    }
    await onSignedIn();
  }

  return (
    <form className="zv-form zv-login__form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t(words.label)}
        hint={t(words.hint)}
        value={code}
        onChange={setCode}
        autoComplete={kind === 'TOTP' ? 'one-time-code' : 'off'}
        inputMode={kind === 'TOTP' ? 'numeric' : undefined}
        name={kind === 'TOTP' ? 'totp' : 'recovery-code'}
        inputRef={field}
        maxLength={kind === 'TOTP' ? 12 : 40}
      />
      <div role="alert" className="zv-form__alert">
        {error ? <p className="utrecht-paragraph zv-alert">{error}</p> : null}
      </div>
      <div className="zv-form__actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={totp.loading || recovery.loading}>
          {t('secondFactorSubmit')}
        </button>
      </div>
    </form>
  );
}

/** After a recovery code: how many are left, before going on (the count is shown this once). */
function RecoveryCodeUsed({ remaining, onContinue }: { remaining: number; onContinue: () => Promise<void> }) {
  const { t } = useLanguage();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="zv-login">
      <PageHeader title={t('secondFactorTitle')} />
      <div className="zv-login__form">
        <p className="utrecht-paragraph" role="status">
          <strong>{t('recoveryCodeUsed', { count: remaining })}</strong>
        </p>
        <p className="utrecht-paragraph">{t('recoveryCodeAdvice')}</p>
        <div className="zv-form__actions">
          <button ref={button} type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void onContinue()}>
            {t('continueToDashboard')}
          </button>
        </div>
      </div>
    </div>
  );
}
