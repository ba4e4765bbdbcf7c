import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { Role } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { actionFailed } from '../../session/errors';
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
  const [apiError, setApiError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateUserMutation);
  const set = (field: keyof NewUser) => (value: string) => setUser((current) => ({ ...current, [field]: value }));
  const fieldError = (field: keyof NewUser) => (errors[field] ? t(errors[field]) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const found = validateNewUser(user);
    setErrors(found);
    if (Object.keys(found).length > 0 || !user.role) return;
    try {
      await create({ variables: { input: toCreateUserInput({ ...user, role: user.role }) } });
    } catch (failure) {
      setApiError(actionFailed(failure, t));
      return;
    }
    setUser(EMPTY_USER);
    await onCreated(user.username.trim());
  }

  const validation = Object.values(errors).map((key) => t(key));
  return (
    <section className="zv-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2 zv-section__title">
        {t('createTitle')}
      </h2>
      <form className="zv-form zv-form--wide" noValidate onSubmit={(event) => void submit(event)}>
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
          messages={[...validation, ...(apiError ? [apiError] : [])]}
        />
        <div className="zv-form__actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={loading}>
            {t('createSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
