import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { SavingForm, SubmitButton, useSaving } from '../../components/SavingForm';
import { PageHeader } from '../../components/PageHeader';
import { TextField } from '../../components/TextField';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/messages';
import { useSession } from '../../session/SessionContext';
import { MIN_PASSWORD_LENGTH } from '../../models/userForm';
import { ChangePasswordMutation } from './accountQuery';
import { SecondFactorSection } from './SecondFactorSection';
import { PasskeysSection } from './PasskeysSection';
import { SessionsSection } from './SessionsSection';

type Field = 'oldPassword' | 'newPassword' | 'repeat';

/**
 * Change your own password (the repeat is checked here, the rest by the server), manage the second
 * factor, and see and end your sessions.
 */
export default function AccountPage() {
  const { t } = useLanguage();
  const { user } = useSession();
  const [values, setValues] = useState<Record<Field, string>>({ oldPassword: '', newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [status, setStatus] = useState('');
  const [change] = useMutation(ChangePasswordMutation);
  const saving = useSaving();
  const passwordHeadingId = useId();
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const fieldError = (field: Field) => (errors[field] ? t(errors[field]) : null);

  async function submit() {
    saving.setFailure(null);
    setStatus('');
    const found: Partial<Record<Field, MessageKey>> = {};
    if (!values.oldPassword) found.oldPassword = 'errOldRequired';
    if (values.newPassword.length < MIN_PASSWORD_LENGTH) found.newPassword = 'errPasswordShort';
    else if (values.repeat !== values.newPassword) found.repeat = 'errRepeatMismatch';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const changed = await saving.save(async () => {
      await change({ variables: { oldPassword: values.oldPassword, newPassword: values.newPassword } });
    });
    if (!changed) return;
    setValues({ oldPassword: '', newPassword: '', repeat: '' });
    setStatus(t('passwordChanged'));
  }

  const validation = Object.values(errors).map((key) => t(key));
  return (
    <>
      <PageHeader title={t('accountPageTitle')} intro={t('accountIntro', { username: user.username })} />
      <p role="status" className="zv-status-message">
        {status}
      </p>
      {user.signInProvider ? (
        // A single sign-on user has no password here: it is kept, and changed, at their organisation.
        <section className="zv-section zv-section--first" aria-labelledby={passwordHeadingId}>
          <h2 id={passwordHeadingId} className="utrecht-heading-2">
            {t('accountSsoTitle')}
          </h2>
          <p className="utrecht-paragraph zv-account__intro">{t('accountSsoText', { label: user.signInProvider.label })}</p>
        </section>
      ) : (
        <section className="zv-section zv-section--first" aria-labelledby={passwordHeadingId}>
          <h2 id={passwordHeadingId} className="utrecht-heading-2">
            {t('accountTitle')}
          </h2>
          <p className="utrecht-paragraph zv-account__intro">{t('passwordSectionIntro')}</p>
          <SavingForm busy={saving.busy} className="zv-form" onSubmit={submit}>
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
              messages={[...validation, ...(saving.failure ? [saving.failure] : [])]}
            />
            <div className="zv-form__actions">
              <SubmitButton label={t('accountTitle')} busyLabel="busyChanging" />
            </div>
          </SavingForm>
        </section>
      )}
      <SecondFactorSection />
      <PasskeysSection />
      <SessionsSection />
    </>
  );
}
