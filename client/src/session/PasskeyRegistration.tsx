import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { FormAlert } from '../components/FormAlert';
import { SavingForm, SubmitButton, useSaving } from '../components/SavingForm';
import { TextField } from '../components/TextField';
import { useLanguage } from '../i18n/LanguageContext';
import { graphql } from '../generated';
import { hasErrorCode } from './errors';
import { createPasskey, passkeyFailureKey, usePasskeysSupported } from './passkeyBrowser';

export const PasskeyRegistrationOptionsMutation = graphql(`
  mutation PasskeyRegistrationOptions {
    passkeyRegistrationOptions
  }
`);

export const VerifyPasskeyRegistrationMutation = graphql(`
  mutation VerifyPasskeyRegistration($response: String!, $name: String!) {
    verifyPasskeyRegistration(response: $response, name: $name) {
      passkey {
        id
        name
      }
      recoveryCodes
    }
  }
`);

const MAX_NAME = 60;

/**
 * Adds a passkey: a name the user will recognise, then the browser asks the authenticator
 * (fingerprint, face, PIN or a security key). The server checks and keeps it; `onAdded` gets its
 * name and the recovery codes made with it when it was the user's first factor (else none).
 */
export function PasskeyRegistration({
  onAdded,
  onRestart,
  submitLabel,
}: {
  onAdded: (name: string, recoveryCodes: readonly string[]) => Promise<void> | void;
  /** A sign-in that enrols lost its pending session: back to the password. */
  onRestart?: () => void;
  submitLabel?: string;
}) {
  const { t } = useLanguage();
  const client = useApolloClient();
  const saving = useSaving();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const supported = usePasskeysSupported();

  if (!supported) return <p className="utrecht-paragraph">{t('passkeyUnsupported')}</p>;

  async function submit() {
    saving.setFailure(null);
    const label = name.trim();
    const problem = label.length === 0 ? t('errPasskeyNameRequired') : [...label].length > MAX_NAME ? t('errPasskeyNameLong') : null;
    setNameError(problem);
    if (problem) return;
    let added: readonly string[] | null = null;
    let lapsed = false;
    // The browser's own failures (cancelled, already registered) are said as such, not as "no answer".
    let browserFailure: string | null = null;
    await saving.save(async () => {
      try {
        await register();
      } catch (error) {
        if (!(onRestart && hasErrorCode(error, 'UNAUTHENTICATED'))) throw error;
        lapsed = true;
      }
    });
    if (lapsed) return onRestart?.();
    if (browserFailure) saving.setFailure(browserFailure);
    if (!added) return;
    setName('');
    await onAdded(label, added);

    async function register() {
      const { data } = await client.mutate({ mutation: PasskeyRegistrationOptionsMutation });
      let response: string;
      try {
        response = await createPasskey(data!.passkeyRegistrationOptions);
      } catch (error) {
        const key = passkeyFailureKey(error);
        if (!key) throw error;
        browserFailure = t(key);
        return;
      }
      const { data: kept } = await client.mutate({
        mutation: VerifyPasskeyRegistrationMutation,
        variables: { response, name: label },
      });
      added = kept?.verifyPasskeyRegistration.recoveryCodes ?? [];
    }
  }

  return (
    <SavingForm busy={saving.busy} className="zv-form" onSubmit={submit}>
      <TextField
        label={t('passkeyName')}
        value={name}
        onChange={setName}
        hint={t('passkeyNameHint')}
        error={nameError}
        maxLength={MAX_NAME}
        autoComplete="off"
      />
      <FormAlert messages={saving.failure ? [saving.failure] : []} />
      <div className="zv-form__actions">
        <SubmitButton label={submitLabel ?? t('passkeyAdd')} busyLabel="busyPasskey" />
      </div>
    </SavingForm>
  );
}
