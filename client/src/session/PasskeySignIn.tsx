import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { graphql } from '../generated';
import type { OtherEnrolment } from './EnrolSecondFactor';
import { errorText, hasErrorCode } from './errors';
import { passkeyFailureKey, signWithPasskey, usePasskeysSupported } from './passkeyBrowser';
import { PasskeyRegistration } from './PasskeyRegistration';
import type { OtherMethod, StepHandlers } from './SecondFactorStep';

export const PasskeyAuthenticationOptionsMutation = graphql(`
  mutation PasskeyAuthenticationOptions {
    passkeyAuthenticationOptions
  }
`);

export const VerifyPasskeyAuthenticationMutation = graphql(`
  mutation VerifyPasskeyAuthentication($response: String!) {
    verifyPasskeyAuthentication(response: $response) {
      ...SignInStepFields
    }
  }
`);

/** The second step with a passkey: one button; the browser asks the authenticator. */
export function PasskeySignIn({ onSignedIn, onRestart }: StepHandlers) {
  const { t, lang } = useLanguage();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);

  async function signIn() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.mutate({ mutation: PasskeyAuthenticationOptionsMutation });
      const response = await signWithPasskey(data!.passkeyAuthenticationOptions);
      await client.mutate({ mutation: VerifyPasskeyAuthenticationMutation, variables: { response } });
    } catch (failure) {
      setBusy(false);
      if (hasErrorCode(failure, 'UNAUTHENTICATED')) return onRestart();
      const key = passkeyFailureKey(failure);
      setError(key ? t(key) : errorText(failure, t, lang, 'loginUnreachable'));
      button.current?.focus();
      return;
    }
    await onSignedIn();
  }

  return (
    <div className="zv-form zv-login__form">
      <p className="utrecht-paragraph">{t('passkeySignInIntro')}</p>
      <div role="alert" className="zv-form__alert">
        {error ? <p className="utrecht-paragraph zv-alert">{error}</p> : null}
      </div>
      <div className="zv-form__actions">
        <button
          ref={button}
          type="button"
          className={`utrecht-button utrecht-button--primary-action${busy ? ' zv-button--busy' : ''}`}
          aria-disabled={busy ? true : undefined}
          onClick={() => void signIn()}
        >
          {busy ? t('busyPasskey') : t('passkeySignIn')}
        </button>
      </div>
    </div>
  );
}

/**
 * Passkeys as a way to sign in and to enrol, for the login page's second step — only where the
 * browser can use them (an old browser simply does not see the option).
 */
export function usePasskeyChoices(): { methods: OtherMethod[]; enrolments: OtherEnrolment[] } {
  const { t } = useLanguage();
  const supported = usePasskeysSupported();
  if (!supported) return { methods: [], enrolments: [] };
  return {
    methods: [{ kind: 'PASSKEY', label: t('usePasskeyLink'), render: (handlers) => <PasskeySignIn {...handlers} /> }],
    enrolments: [
      {
        value: 'PASSKEY',
        label: t('enrolMethodPasskey'),
        hint: t('enrolMethodPasskeyHint'),
        render: ({ onEnrolled, onRestart }) => (
          <div className="zv-login__form">
            <PasskeyRegistration onAdded={(_name, codes) => onEnrolled(codes)} onRestart={onRestart} submitLabel={t('passkeyCreate')} />
          </div>
        ),
      },
    ],
  };
}
