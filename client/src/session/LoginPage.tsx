import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PageHeader } from '../components/PageHeader';
import { TextField } from '../components/TextField';
import { useLanguage } from '../i18n/LanguageContext';
import type { SecondFactorKind } from '../generated/graphql';
import { EnrolSecondFactor } from './EnrolSecondFactor';
import { errorText } from './errors';
import { usePasskeyChoices } from './PasskeySignIn';
import { SecondFactorStep } from './SecondFactorStep';
import { LoginMutation, SignInStepQuery } from './sessionQueries';

type Step = { next: 'PASSWORD'; notice: string | null } | { next: 'SECOND_FACTOR'; methods: SecondFactorKind[] } | { next: 'ENROL' };

/**
 * Signing in: the password, then — when the user has a second factor or their role requires one —
 * the code step or the enrolment, before anything else of the dashboard.
 */
export function LoginPage({ expired = false, onLoggedIn }: { expired?: boolean; onLoggedIn: () => Promise<void> }) {
  const { t } = useLanguage();
  const [step, setStep] = useState<Step>({ next: 'PASSWORD', notice: null });
  const client = useApolloClient();
  // After a reload in the middle of the second step, it goes on there instead of asking the password
  // again. Asked once; no answer (or an error) simply leaves the password form.
  useEffect(() => {
    let current = true;
    client
      .query({ query: SignInStepQuery, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        const pending = data?.signInStep;
        if (!current || !pending) return;
        if (pending.next === 'SECOND_FACTOR') setStep({ next: 'SECOND_FACTOR', methods: pending.methods });
        else if (pending.next === 'ENROL') setStep({ next: 'ENROL' });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client]);
  const passkeys = usePasskeyChoices();
  const restart = () => setStep({ next: 'PASSWORD', notice: t('secondFactorRestart') });
  if (step.next === 'SECOND_FACTOR') {
    return <SecondFactorStep methods={step.methods} otherMethods={passkeys.methods} onSignedIn={onLoggedIn} onRestart={restart} />;
  }
  if (step.next === 'ENROL') {
    return (
      <div className="zv-login zv-login--wide">
        <PageHeader title={t('enrolTitle')} intro={t('enrolRequiredIntro')} />
        <EnrolSecondFactor others={passkeys.enrolments} onDone={onLoggedIn} onRestart={restart} />
      </div>
    );
  }
  return <PasswordForm expired={expired} notice={step.notice} onStep={setStep} onLoggedIn={onLoggedIn} />;
}

/** Username and password; the server's (generic) answer in an alert. */
function PasswordForm({
  expired,
  notice,
  onStep,
  onLoggedIn,
}: {
  expired: boolean;
  notice: string | null;
  onStep: (step: Step) => void;
  onLoggedIn: () => Promise<void>;
}) {
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
    let next;
    try {
      const { data } = await login({ variables: { username: username.trim(), password } });
      next = data?.login;
    } catch (failure) {
      setPassword('');
      setError(errorText(failure, t, 'loginUnreachable'));
      return;
    }
    if (next?.next === 'SECOND_FACTOR') onStep({ next: 'SECOND_FACTOR', methods: next.methods });
    else if (next?.next === 'ENROL') onStep({ next: 'ENROL' });
    else await onLoggedIn();
  }

  return (
    <div className="zv-login">
      <PageHeader title={t('loginTitle')} intro={t('loginIntro')} />
      {expired || notice ? (
        <p id={noticeId} className="utrecht-paragraph zv-notice" role="status">
          {notice ?? t('sessionExpired')}
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
          describedBy={expired || notice ? noticeId : undefined}
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
