import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { ActionPanel } from '../../components/ActionPanel';
import { useSaving } from '../../components/SavingForm';
import { SelectField } from '../../components/SelectField';
import type { Role, UserRowFieldsFragment } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { ROLES, roleName, roleText } from '../../session/roles';
import {
  DeactivateUserMutation,
  EndSessionsMutation,
  ResetSecondFactorMutation,
  SetUserRoleMutation,
  UnlockLoginsMutation,
} from './usersQuery';

export type PanelKind = 'role' | 'deactivate' | 'endSessions' | 'unlock' | 'resetSecondFactor';

/** Under a user's row: the role editor, or the confirmation of an action that ends the user's access. */
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
  const [role, setRole] = useState<Role>(user.role);
  const [municipalityCode, setMunicipalityCode] = useState(user.municipality?.code ?? '');
  const [error, setError] = useState<string | null>(null);
  const saving = useSaving();
  const username = user.username;

  async function run(action: () => Promise<string>) {
    setError(null);
    let message = '';
    const done = await saving.save(async () => {
      message = await action();
    });
    if (done) await onDone(message);
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

  const resetSecondFactor = () =>
    run(async () => {
      await client.mutate({ mutation: ResetSecondFactorMutation, variables: { username } });
      return t('doneSecondFactorReset', { username });
    });

  function submit() {
    if (kind === 'role' && role === 'GEMEENTE' && !municipalityCode) {
      setError(t('errMunicipalityRequired'));
      return;
    }
    return { role: saveRole, deactivate, endSessions, unlock, resetSecondFactor }[kind]();
  }

  const confirm = {
    deactivate: 'confirmDeactivate',
    endSessions: 'confirmEndSessions',
    unlock: 'confirmUnlock',
    resetSecondFactor: 'confirmResetSecondFactor',
  } as const;
  const yes = {
    deactivate: 'confirmYesDeactivate',
    endSessions: 'confirmYesEndSessions',
    unlock: 'confirmYesUnlock',
    resetSecondFactor: 'confirmYesResetSecondFactor',
  } as const;
  const label = kind === 'role' ? t('roleEditTitle', { username }) : t(confirm[kind], { username });
  return (
    <ActionPanel
      label={label}
      saving={saving}
      errors={error ? [error] : []}
      submitLabel={kind === 'role' ? t('save') : t(yes[kind])}
      busyLabel={kind === 'role' ? 'busySaving' : 'busyProcessing'}
      danger={kind === 'deactivate' || kind === 'endSessions' || kind === 'resetSecondFactor'}
      onSubmit={submit}
      onCancel={onCancel}
    >
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
    </ActionPanel>
  );
}
