import { useApolloClient, useQuery } from '@apollo/client/react';
import { Fragment, useId, useState } from 'react';
import { ConfirmRow } from '../../components/ConfirmAction';
import { QueryView } from '../../components/QueryView';
import { RowsTable } from '../../components/RowsTable';
import { useMomentText } from '../../components/clientTime';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/messages';
import { RecoveryCodes } from '../../session/EnrolSecondFactor';
import { PasskeyRegistration } from '../../session/PasskeyRegistration';
import { MyPasskeysQuery, MySecondFactorsQuery, RemovePasskeyMutation } from './accountQuery';

const COLUMNS: MessageKey[] = ['colPasskeyName', 'colPasskeyCreated', 'colPasskeyLastUsed', 'colActions'];

/** The user's passkeys (second factor on a device or in a password manager): add one, see when each was used, remove one. */
export function PasskeysSection() {
  const { t, lang } = useLanguage();
  const moment = useMomentText(lang);
  const headingId = useId();
  const result = useQuery(MyPasskeysQuery, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: false });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [codes, setCodes] = useState<readonly string[]>([]);
  const client = useApolloClient();
  const done = async (message: string) => {
    // The factor section above says which factors the user has: it follows.
    await Promise.all([result.refetch(), client.refetchQueries({ include: [MySecondFactorsQuery] })]);
    setConfirming(null);
    setStatus(message);
  };

  return (
    <section className="zv-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="utrecht-heading-2">
        {t('passkeysTitle')}
      </h2>
      <p className="utrecht-paragraph zv-account__intro">{t('passkeysIntro')}</p>
      <p role="status" className="zv-status-message">
        {status}
      </p>
      <QueryView result={result}>
        {(data) =>
          data.myPasskeys.length === 0 ? (
            <p className="utrecht-paragraph">{t('passkeysNone')}</p>
          ) : (
            <RowsTable caption={t('passkeysCaption')} columns={COLUMNS.map((key) => ({ key, label: t(key) }))}>
              {data.myPasskeys.map((passkey) => (
                <Fragment key={passkey.id}>
                  <tr className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {passkey.name}
                    </th>
                    <td className="utrecht-table__cell">{moment(passkey.createdAt)}</td>
                    <td className="utrecht-table__cell">{passkey.lastUsedAt ? moment(passkey.lastUsedAt) : t('passkeyNeverUsed')}</td>
                    <td className="utrecht-table__cell">
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--secondary-action zv-button--small"
                        aria-label={t('passkeyRemoveFor', { name: passkey.name })}
                        aria-expanded={confirming === passkey.id}
                        onClick={() => setConfirming(passkey.id)}
                      >
                        {t('passkeyRemove')}
                      </button>
                    </td>
                  </tr>
                  {confirming === passkey.id ? (
                    <ConfirmRow
                      colSpan={COLUMNS.length}
                      question={t('confirmRemovePasskey', { name: passkey.name })}
                      yes="confirmYesRemovePasskey"
                      action={async (client) => {
                        await client.mutate({ mutation: RemovePasskeyMutation, variables: { id: passkey.id } });
                        return t('donePasskeyRemoved', { name: passkey.name });
                      }}
                      onDone={done}
                      onCancel={() => setConfirming(null)}
                    />
                  ) : null}
                </Fragment>
              ))}
            </RowsTable>
          )
        }
      </QueryView>
      <h3 className="utrecht-heading-3 zv-sessions-after">{t('passkeyAddTitle')}</h3>
      {codes.length > 0 ? (
        <RecoveryCodes codes={codes} onSaved={() => setCodes([])} />
      ) : (
        <PasskeyRegistration
          onAdded={async (name, recoveryCodes) => {
            await done(t('donePasskeyAdded', { name }));
            setCodes(recoveryCodes);
          }}
        />
      )}
    </section>
  );
}
