import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { ActionPanel } from '../../components/ActionPanel';
import { QueryView } from '../../components/QueryView';
import { useSaving } from '../../components/SavingForm';
import { TextField } from '../../components/TextField';
import { useLanguage } from '../../i18n/LanguageContext';
import { EnrolSecondFactor, RecoveryCodes } from '../../session/EnrolSecondFactor';
import { hasErrorCode } from '../../session/errors';
import { MySecondFactorsQuery, RegenerateRecoveryCodesMutation, RemoveTotpMutation } from './accountQuery';

type Open = 'enrol' | 'regenerate' | 'remove' | null;

/**
 * "Tweestapsverificatie" on the account page: which factors the user has, setting up the
 * authenticator app, new recovery codes (with a current code), and removing the app where the
 * role allows it.
 */
export function SecondFactorSection() {
  const { t } = useLanguage();
  const headingId = useId();
  const result = useQuery(MySecondFactorsQuery, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: false });
  const [open, setOpen] = useState<Open>(null);
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [status, setStatus] = useState('');
  const opener = useRef<HTMLButtonElement | null>(null);

  const close = async (message = '') => {
    await result.refetch();
    setOpen(null);
    setCodes(null);
    setStatus(message);
  };

  return (
    <section className="zv-section zv-mfa" aria-labelledby={headingId}>
      <h2 id={headingId} className="utrecht-heading-2">
        {t('mfaSectionTitle')}
      </h2>
      <p className="utrecht-paragraph zv-account__intro">{t('mfaSectionIntro')}</p>
      <p role="status" className="zv-status-message">
        {status}
      </p>
      <QueryView result={result}>
        {(data) => {
          const factors = data.me?.secondFactors ?? [];
          const required = data.signInStep?.required ?? false;
          const hasTotp = factors.includes('TOTP');
          const others = factors.filter((kind) => kind === 'PASSKEY');
          if (codes) return <RecoveryCodes codes={codes} onSaved={() => close(t('mfaEnrolled'))} />;
          if (open === 'enrol') return <EnrolSecondFactor onDone={() => close(t('mfaEnrolled'))} onCancel={() => void close()} />;
          return (
            <>
              <ul className="zv-mfa__status">
                {required ? <li>{t('mfaRequiredNote')}</li> : null}
                <li>{hasTotp ? t('mfaStatusTotp') : others.length > 0 ? t('mfaStatusNoApp') : t('mfaStatusNone')}</li>
                {others.length > 0 ? <li>{t('mfaStatusPasskeys')}</li> : null}
                {hasTotp || others.length > 0 ? (
                  <li>{factors.includes('RECOVERY_CODE') ? t('mfaStatusCodes') : t('mfaStatusNoCodes')}</li>
                ) : null}
              </ul>
              {open === 'regenerate' ? (
                <RegenerateCodes withCode={hasTotp} onCodes={setCodes} onCancel={() => setOpen(null)} />
              ) : open === 'remove' ? (
                <RemoveTotp onDone={() => close(t('mfaRemoved'))} onCancel={() => setOpen(null)} />
              ) : (
                <div className="zv-form__actions">
                  {hasTotp ? null : (
                    <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => setOpen('enrol')}>
                      {t('mfaSetUp')}
                    </button>
                  )}
                  {hasTotp || others.length > 0 ? (
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action"
                      aria-expanded={false}
                      onClick={() => setOpen('regenerate')}
                    >
                      {t('mfaRegenerate')}
                    </button>
                  ) : null}
                  {hasTotp && (!required || others.length > 0) ? (
                    <button
                      type="button"
                      ref={opener}
                      className="utrecht-button utrecht-button--secondary-action"
                      aria-expanded={false}
                      onClick={() => setOpen('remove')}
                    >
                      {t('mfaRemove')}
                    </button>
                  ) : null}
                </div>
              )}
              {hasTotp && required && others.length === 0 ? (
                <p className="utrecht-paragraph zv-account__intro">{t('mfaRemoveNotAllowed')}</p>
              ) : null}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

/**
 * A current code of the app, then ten new recovery codes; without an app (passkeys only) the
 * server asks a recent sign-in with a passkey instead, and says so when there is none.
 */
function RegenerateCodes({
  withCode,
  onCodes,
  onCancel,
}: {
  withCode: boolean;
  onCodes: (codes: readonly string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useLanguage();
  const client = useApolloClient();
  const saving = useSaving();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    setError(null);
    if (withCode && !code.trim()) {
      setError(t('secondFactorMissing'));
      return;
    }
    let fresh: readonly string[] = [];
    let wrong = false;
    const done = await saving.save(async () => {
      try {
        const { data } = await client.mutate({ mutation: RegenerateRecoveryCodesMutation, variables: { code: code.trim() } });
        fresh = data?.regenerateRecoveryCodes ?? [];
      } catch (failure) {
        if (!withCode || !hasErrorCode(failure, 'BAD_USER_INPUT')) throw failure;
        wrong = true;
      }
    });
    if (wrong) {
      setCode('');
      setError(t('mfaRegenerateWrong'));
    } else if (done) onCodes(fresh);
  }

  return (
    <ActionPanel
      label={t(withCode ? 'mfaRegenerateIntro' : 'mfaRegenerateIntroPasskey')}
      saving={saving}
      errors={error ? [error] : []}
      submitLabel={t('mfaRegenerate')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {withCode ? (
        <div className="zv-panel__fields">
          <TextField
            label={t('secondFactorCode')}
            value={code}
            onChange={setCode}
            autoComplete="one-time-code"
            inputMode="numeric"
            name="totp"
            maxLength={12}
          />
        </div>
      ) : null}
    </ActionPanel>
  );
}

function RemoveTotp({ onDone, onCancel }: { onDone: () => Promise<void>; onCancel: () => void }) {
  const { t } = useLanguage();
  const client = useApolloClient();
  const saving = useSaving();
  async function submit() {
    const removed = await saving.save(async () => {
      await client.mutate({ mutation: RemoveTotpMutation });
    });
    if (removed) await onDone();
  }
  return (
    <ActionPanel
      label={t('mfaRemoveConfirm')}
      saving={saving}
      submitLabel={t('mfaRemoveYes')}
      danger
      onSubmit={submit}
      onCancel={onCancel}
    />
  );
}
