import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import type { Role, UserRowFieldsFragment } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { actionFailed } from '../../session/errors';
import { ROLES, roleName, roleText } from '../../session/roles';
import { DeactivateUserMutation, EndSessionsMutation, SetUserRoleMutation, UnlockLoginsMutation } from './usersQuery';

export type PanelKind = 'role' | 'deactivate' | 'endSessions' | 'unlock';

/**
 * Under a user's row: the role editor, or the confirmation of an action that ends the user's
 * access. Gets the focus when it opens, so keyboard and screen reader users land in it.
 */
export function UserActionPanel({
  user,
  kind,
  municipalities,
  onDone,
  onCancel,
}: {
  user: UserRowFieldsFragment;
  kind: PanelKind;
  municipalities: { code: string; name: string }[];
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useLanguage();
  const client = useApolloClient();
  const labelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [role, setRole] = useState<Role>(user.role);
  const [municipalityCode, setMunicipalityCode] = useState(user.municipality?.code ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => panel.current?.focus(), []);
  const username = user.username;

  async function run(action: () => Promise<string>) {
    setError(null);
    setBusy(true);
    let message: string;
    try {
      message = await action();
    } catch (failure) {
      setError(actionFailed(failure, t));
      setBusy(false);
      return;
    }
    await onDone(message);
  }

  const saveRole = () =>
    run(async () => {
      const { data } = await client.mutate({
        mutation: SetUserRoleMutation,
        variables: { username, role, municipalityCode: role === 'GEMEENTE' ? municipalityCode : null },
      });
      return t('doneRoleChanged', { username, role: data ? roleText(data.setUserRole, t) : roleName(role, t) });
    });
  const deactivate = () =>
    run(async () => {
      await client.mutate({ mutation: DeactivateUserMutation, variables: { username } });
      return t('doneDeactivated', { username });
    });
  const endSessions = () =>
    run(async () => {
      const { data } = await client.mutate({ mutation: EndSessionsMutation, variables: { username } });
      return t('doneSessionsEnded', { username, count: data?.endSessions ?? 0 });
    });

  const unlock = () =>
    run(async () => {
      const { data } = await client.mutate({ mutation: UnlockLoginsMutation, variables: { username } });
      return t('doneUnlocked', { username, count: data?.unlockLogins ?? 0 });
    });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (kind === 'role' && role === 'GEMEENTE' && !municipalityCode) {
      setError(t('errMunicipalityRequired'));
      return;
    }
    void { role: saveRole, deactivate, endSessions, unlock }[kind]();
  }

  const confirm = { deactivate: 'confirmDeactivate', endSessions: 'confirmEndSessions', unlock: 'confirmUnlock' } as const;
  const yes = { deactivate: 'confirmYesDeactivate', endSessions: 'confirmYesEndSessions', unlock: 'confirmYesUnlock' } as const;
  const label = kind === 'role' ? t('roleEditTitle', { username }) : t(confirm[kind], { username });
  return (
    <div ref={panel} className="zv-panel" role="group" aria-labelledby={labelId} tabIndex={-1}>
      <form className="zv-form zv-form--inline" noValidate onSubmit={submit}>
        <p id={labelId} className="utrecht-paragraph zv-panel__label">
          {label}
        </p>
        {kind === 'role' ? (
          <div className="zv-panel__fields">
            <SelectField
              label={t('fieldRole')}
              value={role}
              onChange={(value) => setRole(value as Role)}
              options={ROLES.map((r) => ({ value: r, label: roleName(r, t) }))}
            />
            {role === 'GEMEENTE' ? (
              <SelectField
                label={t('fieldMunicipality')}
                value={municipalityCode}
                onChange={setMunicipalityCode}
                options={[{ value: '', label: t('chooseOption') }, ...municipalities.map((m) => ({ value: m.code, label: m.name }))]}
              />
            ) : null}
          </div>
        ) : null}
        <FormAlert messages={error ? [error] : []} />
        <div className="zv-form__actions">
          <button
            type="submit"
            className={`utrecht-button utrecht-button--primary-action${kind === 'role' || kind === 'unlock' ? '' : ' utrecht-button--danger'}`}
            disabled={busy}
          >
            {kind === 'role' ? t('save') : t(yes[kind])}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
