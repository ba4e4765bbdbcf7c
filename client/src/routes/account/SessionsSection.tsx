import { useQuery } from '@apollo/client/react';
import { Fragment, useId, useState } from 'react';
import { ConfirmAction, ConfirmRow } from '../../components/ConfirmAction';
import { QueryView } from '../../components/QueryView';
import { RowsTable } from '../../components/RowsTable';
import { useMomentText } from '../../components/clientTime';
import type { MySessionsQuery as MySessionsData } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { useSession } from '../../session/SessionContext';
import type { MessageKey } from '../../i18n/messages';
import { EndMyOtherSessionsMutation, EndMySessionMutation, MySessionsQuery } from './accountQuery';

type Session = MySessionsData['mySessions'][number];
type T = ReturnType<typeof useLanguage>['t'];

const COLUMNS: MessageKey[] = ['colSessionMethod', 'colSessionClient', 'colSessionCreated', 'colSessionLastUsed', 'colActions'];

/** How the user signed in, in words; a single sign-on names its provider. */
export function methodText(session: Pick<Session, 'method' | 'provider'>, t: T): string {
  return t(`sessionMethod${session.method}`, { provider: session.provider ?? '' });
}

const clientText = (session: Session, t: T) =>
  [session.client ?? t('sessionClientUnknown'), session.address].filter((part): part is string => !!part).join(', ');

/** The user's own active sessions: how each signed in, from what, and a way to end the others. */
export function SessionsSection() {
  const { user } = useSession();
  const { t, lang } = useLanguage();
  const moment = useMomentText(lang);
  const headingId = useId();
  // Sessions begin and end elsewhere: always ask the server.
  const result = useQuery(MySessionsQuery, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: false });
  const [confirming, setConfirming] = useState<string | 'others' | null>(null);
  const [status, setStatus] = useState('');
  const done = async (message: string) => {
    await result.refetch();
    setConfirming(null);
    setStatus(message);
  };

  return (
    <section className="zv-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="utrecht-heading-2">
        {t('sessionsTitle')}
      </h2>
      <p className="utrecht-paragraph zv-account__intro">
        {user.signInProvider ? t('sessionsIntroSso', { label: user.signInProvider.label }) : t('sessionsIntro')}
      </p>
      <p role="status" className="zv-status-message">
        {status}
      </p>
      <QueryView result={result}>
        {(data) => {
          const others = data.mySessions.filter((s) => !s.current);
          return (
            <>
              <RowsTable caption={t('sessionsCaption')} columns={COLUMNS.map((key) => ({ key, label: t(key) }))} className="zv-sessions">
                {data.mySessions.map((session) => (
                  <Fragment key={session.id}>
                    <tr className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">
                        {methodText(session, t)}
                      </th>
                      <td className="utrecht-table__cell">{clientText(session, t)}</td>
                      <td className="utrecht-table__cell">{moment(session.createdAt)}</td>
                      <td className="utrecht-table__cell">{moment(session.lastUsedAt)}</td>
                      <td className="utrecht-table__cell">
                        {session.current ? (
                          <strong>{t('sessionThis')}</strong>
                        ) : (
                          <button
                            type="button"
                            className="utrecht-button utrecht-button--secondary-action zv-button--small"
                            aria-label={t('sessionEndFor', { client: clientText(session, t), created: moment(session.createdAt) })}
                            aria-expanded={confirming === session.id}
                            onClick={() => setConfirming(session.id)}
                          >
                            {t('sessionEnd')}
                          </button>
                        )}
                      </td>
                    </tr>
                    {confirming === session.id ? (
                      <ConfirmRow
                        colSpan={COLUMNS.length}
                        question={t('confirmEndSession', { client: clientText(session, t) })}
                        yes="confirmYesEndSession"
                        action={async (client) => {
                          await client.mutate({ mutation: EndMySessionMutation, variables: { id: session.id } });
                          return t('doneSessionEnded');
                        }}
                        onDone={done}
                        onCancel={() => setConfirming(null)}
                      />
                    ) : null}
                  </Fragment>
                ))}
              </RowsTable>
              {others.length === 0 ? (
                <p className="utrecht-paragraph zv-sessions-after">{t('sessionsOnlyThis')}</p>
              ) : confirming === 'others' ? (
                <ConfirmAction
                  question={t('confirmEndOtherSessions')}
                  yes="confirmYesEndOtherSessions"
                  action={async (client) => {
                    const { data: ended } = await client.mutate({ mutation: EndMyOtherSessionsMutation });
                    return t('doneOtherSessionsEnded', { count: ended?.endMyOtherSessions ?? 0 });
                  }}
                  onDone={done}
                  onCancel={() => setConfirming(null)}
                />
              ) : (
                <div className="zv-form__actions zv-sessions-after">
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    aria-expanded={false}
                    onClick={() => setConfirming('others')}
                  >
                    {t('sessionEndOthers')}
                  </button>
                </div>
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
