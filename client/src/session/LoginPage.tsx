import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PageHeader } from '../components/PageHeader';
import { TextField } from '../components/TextField';
import { useLanguage } from '../i18n/LanguageContext';
import { errorText } from './errors';
import { LoginMutation } from './sessionQueries';

/** The login form: username and password; the server's (generic) answer in an alert. */
export function LoginPage({ expired = false, onLoggedIn }: { expired?: boolean; onLoggedIn: () => Promise<void> }) {
  const { t } = useLanguage();
  const noticeId = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LoginMutation);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!username.trim() || !password) {
      setError(t('loginMissing'));
      return;
    }
    try {
      await login({ variables: { username: username.trim(), password } });
    } catch (failure) {
      setPassword('');
      setError(errorText(failure, t, 'loginUnreachable'));
      return;
    }
    await onLoggedIn();
  }

  return (
    <div className="zv-login">
      <PageHeader title={t('loginTitle')} intro={t('loginIntro')} />
      {expired ? (
        <p id={noticeId} className="utrecht-paragraph zv-notice" role="status">
          {t('sessionExpired')}
        </p>
      ) : null}
      <form className="zv-form zv-login__form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('loginUsername')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          name="username"
          inputRef={first}
          describedBy={expired ? noticeId : undefined}
        />
        <TextField
          label={t('loginPassword')}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          name="password"
        />
        <div role="alert" className="zv-form__alert">
          {error ? <p className="utrecht-paragraph zv-alert">{error}</p> : null}
        </div>
        <div className="zv-form__actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={loading}>
            {t('loginSubmit')}
          </button>
        </div>
      </form>
    </div>
  );
}
