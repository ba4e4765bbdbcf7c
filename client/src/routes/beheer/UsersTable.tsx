import { useApolloClient } from '@apollo/client/react';
import { Fragment, useEffect, useId, useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { useMomentText } from '../../components/clientTime';
import { formatInteger } from '../../format';
import type { UserRowFieldsFragment } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/messages';
import { actionFailed } from '../../session/errors';
import { roleName } from '../../session/roles';
import { UserActionPanel, type PanelKind } from './UserActionPanel';
import { ReactivateUserMutation } from './usersQuery';
import { RowsTable } from '../../components/RowsTable';

type Action = PanelKind | 'reactivate';
const COUNTERPART: Partial<Record<Action, Action>> = { deactivate: 'reactivate', reactivate: 'deactivate' };
const COLUMNS: MessageKey[] = [
  'colUsername',
  'colRole',
  'colMunicipality',
  'colActive',
  'colLastLogin',
  'colSessions',
  'colSecondFactor',
  'colActions',
];

/** Every user with what they may do and when they were last seen, and per user the actions. */
export function UsersTable({
  users,
  municipalities,
  onChanged,
}: {
  users: UserRowFieldsFragment[];
  municipalities: { code: string; name: string }[];
  onChanged: (message: string) => Promise<void>;
}) {
  const { t, lang } = useLanguage();
  const moment = useMomentText(lang);
  const client = useApolloClient();
  const id = useId();
  const [panel, setPanel] = useState<{ username: string; kind: PanelKind } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [focusBack, setFocusBack] = useState<{ username: string; kind: Action } | null>(null);
  const buttonId = (username: string, kind: Action) => `${id}-${kind}-${username}`;

  // Focus returns to the button that opened a panel; once "Deactiveren" has become "Heractiveren"
  // (or the other way round), to the button in its place.
  useEffect(() => {
    if (!focusBack) return;
    const { username, kind } = focusBack;
    const candidates: Action[] = [kind, ...(COUNTERPART[kind] ? [COUNTERPART[kind]] : []), 'role'];
    candidates
      .map((k) => document.getElementById(`${id}-${k}-${username}`))
      .find((button) => button !== null)
      ?.focus();
    setFocusBack(null);
  }, [focusBack, id]);

  const close = (username: string, kind: Action) => {
    setPanel(null);
    setFocusBack({ username, kind });
  };
  const done = async (username: string, kind: Action, message: string) => {
    await onChanged(message);
    close(username, kind);
  };
  async function reactivate(username: string) {
    setError(null);
    try {
      await client.mutate({ mutation: ReactivateUserMutation, variables: { username } });
    } catch (failure) {
      setError(actionFailed(failure, t, lang));
      return;
    }
    await done(username, 'reactivate', t('doneReactivated', { username }));
  }

  const actionButton = (user: UserRowFieldsFragment, kind: Action, label: MessageKey) => (
    <button
      type="button"
      id={buttonId(user.username, kind)}
      className="utrecht-button utrecht-button--secondary-action zv-button--small"
      aria-label={t('actionFor', { action: t(label), username: user.username })}
      aria-expanded={kind === 'reactivate' ? undefined : panel?.username === user.username && panel.kind === kind}
      onClick={() => (kind === 'reactivate' ? void reactivate(user.username) : setPanel({ username: user.username, kind }))}
    >
      {t(label)}
    </button>
  );

  return (
    <>
      <FormAlert messages={error ? [error] : []} />
      <RowsTable
        caption={t('usersTableCaption')}
        columns={COLUMNS.map((key) => ({ key, label: t(key), numeric: key === 'colSessions' }))}
        className="zv-users"
      >
        {users.map((user) => (
          <Fragment key={user.username}>
            <tr className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {user.username}
                {user.signInProvider ? (
                  <span className="zv-users__sso">{t('userSingleSignOn', { label: user.signInProvider.label })}</span>
                ) : null}
              </th>
              <td className="utrecht-table__cell">{roleName(user.role, t)}</td>
              <td className="utrecht-table__cell">{user.municipality?.name ?? '–'}</td>
              <td className="utrecht-table__cell">{user.active ? t('yes') : t('no')}</td>
              <td className="utrecht-table__cell zv-users__date">{user.lastLoginAt ? moment(user.lastLoginAt) : t('never')}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{formatInteger(user.activeSessions, lang)}</td>
              <td className="utrecht-table__cell">
                {user.secondFactors.length === 0
                  ? t('secondFactorNone')
                  : user.secondFactors.map((kind) => t(`secondFactorKind${kind}`)).join(', ')}
              </td>
              <td className="utrecht-table__cell">
                <div className="zv-actions">
                  {actionButton(user, 'role', 'actionChangeRole')}
                  {user.active
                    ? actionButton(user, 'deactivate', 'actionDeactivate')
                    : actionButton(user, 'reactivate', 'actionReactivate')}
                  {actionButton(user, 'endSessions', 'actionEndSessions')}
                  {/* A single sign-on user has no password here: no failed password logins to lift. */}
                  {user.signInProvider ? null : actionButton(user, 'unlock', 'actionUnlock')}
                  {user.secondFactors.length > 0 ? actionButton(user, 'resetSecondFactor', 'actionResetSecondFactor') : null}
                </div>
              </td>
            </tr>
            {panel?.username === user.username ? (
              <tr className="utrecht-table__row zv-users__panel-row">
                <td className="utrecht-table__cell" colSpan={COLUMNS.length}>
                  <UserActionPanel
                    key={panel.kind}
                    user={user}
                    kind={panel.kind}
                    municipalities={municipalities}
                    onDone={(message) => done(user.username, panel.kind, message)}
                    onCancel={() => close(user.username, panel.kind)}
                  />
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </RowsTable>
    </>
  );
}
