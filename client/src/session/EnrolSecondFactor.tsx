import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { TextField } from '../components/TextField';
import { useLanguage } from '../i18n/LanguageContext';
import { errorText, hasErrorCode } from './errors';
import { ConfirmTotpEnrolmentMutation, StartTotpEnrolmentMutation } from './sessionQueries';

/**
 * Another kind of second factor to choose (e.g. "Passkey"): `render` takes over once chosen and
 * calls `onEnrolled` with the recovery codes to show (or none).
 */
export interface OtherEnrolment {
  value: string;
  label: string;
  hint: string;
  render: (handlers: { onEnrolled: (recoveryCodes: readonly string[]) => void; onRestart: () => void }) => ReactNode;
}

type Stage = { step: 'choose' } | { step: 'totp' } | { step: 'codes'; codes: readonly string[] } | { step: 'other'; value: string };

/**
 * Setting up a second factor: choose the kind, set it up (the authenticator app: QR code and the
 * typed secret, confirmed with its first code), then the ten recovery codes, shown once. Used at
 * sign-in (a role that requires a factor) and on the account page.
 */
export function EnrolSecondFactor({
  others = [],
  onDone,
  onRestart,
  onCancel,
}: {
  others?: readonly OtherEnrolment[];
  /** After "Ik heb de codes bewaard". */
  onDone: () => Promise<void> | void;
  /** The pending sign-in is gone: back to the password (at sign-in only). */
  onRestart?: () => void;
  /** Stop without a factor (on the account page only). */
  onCancel?: () => void;
}) {
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const restart = onRestart ?? (() => setStage({ step: 'choose' }));
  const onEnrolled = (codes: readonly string[]) => (codes.length > 0 ? setStage({ step: 'codes', codes }) : void onDone());

  if (stage.step === 'codes') return <RecoveryCodes codes={stage.codes} onSaved={onDone} />;
  if (stage.step === 'totp') return <TotpEnrolment onEnrolled={onEnrolled} onRestart={restart} onCancel={onCancel} />;
  if (stage.step === 'other') {
    const other = others.find((o) => o.value === stage.value);
    if (other) return <>{other.render({ onEnrolled, onRestart: restart })}</>;
  }
  return (
    <ChooseKind
      others={others}
      onChosen={(value) => setStage(value === 'TOTP' ? { step: 'totp' } : { step: 'other', value })}
      onCancel={onCancel}
    />
  );
}

function ChooseKind({
  others,
  onChosen,
  onCancel,
}: {
  others: readonly OtherEnrolment[];
  onChosen: (value: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useLanguage();
  const name = useId();
  const [value, setValue] = useState('TOTP');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const options = [{ value: 'TOTP', label: t('enrolMethodTotp'), hint: t('enrolMethodTotpHint') }, ...others];
  return (
    <form
      className="zv-form zv-login__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onChosen(value);
      }}
    >
      <fieldset className="utrecht-form-fieldset zv-enrol__choice">
        <legend className="utrecht-form-fieldset__legend">{t('enrolChoose')}</legend>
        {options.map((option, index) => (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--radio zv-enrol__option">
            <input
              ref={index === 0 ? first : undefined}
              type="radio"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => setValue(option.value)}
              aria-describedby={`${name}-${option.value}-hint`}
            />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${name}-${option.value}`}>
              {option.label}
            </label>
            <p className="utrecht-form-field-description" id={`${name}-${option.value}-hint`}>
              {option.hint}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="zv-form__actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('enrolNext')}
        </button>
        {onCancel ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The QR code and the typed secret, then the app's first code. */
function TotpEnrolment({
  onEnrolled,
  onRestart,
  onCancel,
}: {
  onEnrolled: (codes: readonly string[]) => void;
  onRestart: () => void;
  onCancel?: () => void;
}) {
  const { t, lang } = useLanguage();
  const [start, started] = useMutation(StartTotpEnrolmentMutation);
  const [confirm, confirming] = useMutation(ConfirmTotpEnrolmentMutation);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const secretId = useId();

  useEffect(() => {
    start().catch((failure: unknown) => {
      if (hasErrorCode(failure, 'UNAUTHENTICATED')) onRestart();
      else setError(t('enrolStartFailed', { message: errorText(failure, t, lang) }));
    });
    // Once, when this step opens: every start makes a new secret.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const enrolment = started.data?.startTotpEnrolment;
  useEffect(() => {
    if (enrolment) field.current?.focus();
  }, [enrolment]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!code.trim()) {
      setError(t('secondFactorMissing'));
      field.current?.focus();
      return;
    }
    try {
      const { data } = await confirm({ variables: { code: code.trim() } });
      onEnrolled(data?.confirmTotpEnrolment ?? []);
    } catch (failure) {
      setCode('');
      if (hasErrorCode(failure, 'UNAUTHENTICATED')) {
        onRestart();
        return;
      }
      setError(hasErrorCode(failure, 'BAD_USER_INPUT') ? t('enrolWrongCode') : errorText(failure, t, lang, 'loginUnreachable'));
      field.current?.focus();
    }
  }

  const alert = (
    <div role="alert" className="zv-form__alert">
      {error ? <p className="utrecht-paragraph zv-alert">{error}</p> : null}
    </div>
  );
  if (!enrolment) {
    return (
      <div className="zv-login__form">
        {started.loading || !error ? (
          <p className="zv-loading" role="status">
            {t('loading')}
          </p>
        ) : null}
        {alert}
      </div>
    );
  }
  return (
    <form className="zv-form zv-login__form zv-enrol" onSubmit={(event) => void submit(event)} noValidate>
      <p className="utrecht-paragraph">{t('enrolScan')}</p>
      <img
        className="zv-enrol__qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
        alt={t('enrolQrAlt')}
        width={200}
        height={200}
      />
      <p className="utrecht-paragraph" id={secretId}>
        {t('enrolTypeSecret')}
      </p>
      <p className="utrecht-paragraph">
        <code className="zv-enrol__secret" translate="no" aria-describedby={secretId} data-testid="totp-secret">
          {enrolment.secret}
        </code>
      </p>
      <p className="utrecht-paragraph">{t('enrolConfirmIntro')}</p>
      <TextField
        label={t('enrolConfirmCode')}
        value={code}
        onChange={setCode}
        autoComplete="one-time-code"
        inputMode="numeric"
        name="totp"
        inputRef={field}
        maxLength={12}
      />
      {alert}
      <div className="zv-form__actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={confirming.loading}>
          {t('enrolConfirm')}
        </button>
        {onCancel ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The ten recovery codes, shown this once. */
export function RecoveryCodes({ codes, onSaved }: { codes: readonly string[]; onSaved: () => Promise<void> | void }) {
  const { t } = useLanguage();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="zv-login__form zv-recovery-codes" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="utrecht-heading-3">
        {t('recoveryCodesTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('recoveryCodesIntro')}</p>
      <ol className="zv-recovery-codes__list" aria-labelledby={headingId}>
        {codes.map((code) => (
          <li key={code}>
            <code translate="no">{code}</code>
          </li>
        ))}
      </ol>
      <div className="zv-form__actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void onSaved()}>
          {t('recoveryCodesSaved')}
        </button>
      </div>
    </section>
  );
}
