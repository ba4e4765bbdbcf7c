import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { SavingForm, SubmitButton, useSaving } from '../../components/SavingForm';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { Role } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { ROLES, roleName } from '../../session/roles';
import { EMPTY_USER, toCreateUserInput, validateNewUser, type NewUser, type NewUserErrors } from '../../models/userForm';
import { CreateUserMutation } from './usersQuery';

/** "Gebruiker toevoegen": checks what it can itself, then shows the server's verdict beside the form. */
export function CreateUserForm({
  municipalities,
  onCreated,
}: {
  municipalities: { code: string; name: string }[];
  onCreated: (username: string) => Promise<void>;
}) {
  const { t } = useLanguage();
  const titleId = useId();
  const [user, setUser] = useState<NewUser>(EMPTY_USER);
  const [errors, setErrors] = useState<NewUserErrors>({});
  const [create] = useMutation(CreateUserMutation);
  const saving = useSaving();
  const set = (field: keyof NewUser) => (value: string) => setUser((current) => ({ ...current, [field]: value }));
  const fieldError = (field: keyof NewUser) => (errors[field] ? t(errors[field]) : null);

  async function submit() {
    saving.setFailure(null);
    const found = validateNewUser(user);
    setErrors(found);
    const role = user.role;
    if (Object.keys(found).length > 0 || !role) return;
    const created = await saving.save(async () => {
      await create({ variables: { input: toCreateUserInput({ ...user, role }) } });
    });
    // Cleared only once the user exists: a failed attempt keeps what was typed.
    if (!created) return;
    setUser(EMPTY_USER);
    await onCreated(user.username.trim());
  }

  const validation = Object.values(errors).map((key) => t(key));
  return (
    <section className="zv-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2 zv-section__title">
        {t('createTitle')}
      </h2>
      <SavingForm busy={saving.busy} className="zv-form zv-form--wide" onSubmit={submit}>
        <TextField
          label={t('colUsername')}
          value={user.username}
          onChange={set('username')}
          autoComplete="off"
          error={fieldError('username')}
        />
        <TextField
          label={t('fieldPassword')}
          type="password"
          value={user.password}
          onChange={set('password')}
          autoComplete="new-password"
          hint={t('passwordHint')}
          error={fieldError('password')}
        />
        <SelectField
          label={t('fieldRole')}
          value={user.role}
          onChange={(role) => setUser((current) => ({ ...current, role: role as Role | '' }))}
          options={[{ value: '', label: t('chooseOption') }, ...ROLES.map((role) => ({ value: role, label: roleName(role, t) }))]}
          error={fieldError('role')}
        />
        {user.role === 'GEMEENTE' ? (
          <SelectField
            label={t('fieldMunicipality')}
            value={user.municipalityCode}
            onChange={set('municipalityCode')}
            options={[{ value: '', label: t('chooseOption') }, ...municipalities.map((m) => ({ value: m.code, label: m.name }))]}
            error={fieldError('municipalityCode')}
          />
        ) : null}
        <FormAlert
          title={validation.length > 0 ? t('formErrors') : undefined}
          messages={[...validation, ...(saving.failure ? [saving.failure] : [])]}
        />
        <div className="zv-form__actions">
          <SubmitButton label={t('createSubmit')} busyLabel="busyAdding" />
        </div>
      </SavingForm>
    </section>
  );
}
