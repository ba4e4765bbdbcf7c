import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { TextField } from '../../components/TextField';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/messages';
import { actionFailed } from '../../session/errors';
import { useSession } from '../../session/SessionContext';
import { MIN_PASSWORD_LENGTH } from '../../models/userForm';
import { ChangePasswordMutation } from './accountQuery';

type Field = 'oldPassword' | 'newPassword' | 'repeat';

/** Change your own password: the repeat is checked here, the rest by the server. */
export default function AccountPage() {
  const { t } = useLanguage();
  const { user } = useSession();
  const [values, setValues] = useState<Record<Field, string>>({ oldPassword: '', newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const fieldError = (field: Field) => (errors[field] ? t(errors[field]) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    setStatus('');
    const found: Partial<Record<Field, MessageKey>> = {};
    if (!values.oldPassword) found.oldPassword = 'errOldRequired';
    if (values.newPassword.length < MIN_PASSWORD_LENGTH) found.newPassword = 'errPasswordShort';
    else if (values.repeat !== values.newPassword) found.repeat = 'errRepeatMismatch';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await change({ variables: { oldPassword: values.oldPassword, newPassword: values.newPassword } });
    } catch (failure) {
      setApiError(actionFailed(failure, t));
      return;
    }
    setValues({ oldPassword: '', newPassword: '', repeat: '' });
    setStatus(t('passwordChanged'));
  }

  const validation = Object.values(errors).map((key) => t(key));
  return (
    <>
      <PageHeader title={t('accountTitle')} intro={t('accountIntro', { username: user.username })} />
      <p role="status" className="zv-status-message">
        {status}
      </p>
      <section className="zv-section zv-section--first" aria-label={t('accountTitle')}>
        <form className="zv-form" noValidate onSubmit={(event) => void submit(event)}>
          {/* The username helps password managers to store the new password with the right account. */}
          <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
          <TextField
            label={t('oldPassword')}
            type="password"
            value={values.oldPassword}
            onChange={set('oldPassword')}
            autoComplete="current-password"
            error={fieldError('oldPassword')}
          />
          <TextField
            label={t('newPassword')}
            type="password"
            value={values.newPassword}
            onChange={set('newPassword')}
            autoComplete="new-password"
            hint={t('passwordHint')}
            error={fieldError('newPassword')}
          />
          <TextField
            label={t('repeatPassword')}
            type="password"
            value={values.repeat}
            onChange={set('repeat')}
            autoComplete="new-password"
            error={fieldError('repeat')}
          />
          <FormAlert
            title={validation.length > 0 ? t('formErrors') : undefined}
            messages={[...validation, ...(apiError ? [apiError] : [])]}
          />
          <div className="zv-form__actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={loading}>
              {t('accountTitle')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
