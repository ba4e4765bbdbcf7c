import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PageHeader } from '../components/PageHeader';
import { TextField } from '../components/TextField';
import { useLanguage } from '../i18n/LanguageContext';
import type { SecondFactorKind, SignInOptionsQuery } from '../generated/graphql';
import { EnrolSecondFactor } from './EnrolSecondFactor';
import { errorText } from './errors';
import { usePasskeyChoices } from './PasskeySignIn';
import { SecondFactorStep } from './SecondFactorStep';
import { LoginMutation, SignInOptionsQuery as SignInOptionsQueryDocument, SignInStepQuery } from './sessionQueries';
import { DemoAccounts } from './DemoAccounts';
import { SingleSignOnButtons } from './SingleSignOnButtons';

type SignInOptions = NonNullable<SignInOptionsQuery['signInOptions']> & { demoAccounts: SignInOptionsQuery['deployment']['demoAccounts'] };

type Step = { next: 'PASSWORD'; notice: string | null } | { next: 'SECOND_FACTOR'; methods: SecondFactorKind[] } | { next: 'ENROL' };

/**
 * How to sign in here, asked once: a plain query, not a watched one, so that logging in (which
 * resets the store and refetches what is watched) does not ask again for a page about to go.
 * Undefined until answered, and when the server cannot be asked.
 */
function useSignInOptions(): SignInOptions | undefined {
  const client = useApolloClient();
  const [options, setOptions] = useState<SignInOptions>();
  useEffect(() => {
    let current = true;
    // Asked again after a failure: right after a logout the store is cleared, which aborts a
    // question under way; a short network hiccup should not hide the sign-in buttons either.
    const ask = (attempt: number) =>
      client
        .query({ query: SignInOptionsQueryDocument, fetchPolicy: 'network-only' })
        .then((result) => {
          if (current && result.data) setOptions({ ...result.data.signInOptions, demoAccounts: result.data.deployment.demoAccounts });
        })
        .catch(() => {
          if (current && attempt < 3) setTimeout(() => void ask(attempt + 1), 300 * attempt);
        });
    void ask(1);
    return () => {
      current = false;
    };
  }, [client]);
  return options;
}

/** The provider's own logout, offered after logging out of a single sign-on session. */
export interface ProviderLogout {
  label: string;
  url: string;
}

/**
 * Signing in: a single sign-on provider or the password, then — when a local user has a second
 * factor or their role requires one — the code step or the enrolment, before anything else of the
 * dashboard.
 */
export function LoginPage({
  expired = false,
  providerLogout = null,
  onLoggedIn,
}: {
  expired?: boolean;
  providerLogout?: ProviderLogout | null;
  onLoggedIn: () => Promise<void>;
}) {
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
  return <PasswordForm expired={expired} notice={step.notice} providerLogout={providerLogout} onStep={setStep} onLoggedIn={onLoggedIn} />;
}

/**
 * A button per single sign-on provider above the password form; the form's answer (generic) in an
 * alert. With passwords switched off on the server (ZV_PASSWORD_LOGIN=off) the form is for the
 * break-glass beheerder only, behind a button of its own.
 */
function PasswordForm({
  expired,
  notice,
  providerLogout,
  onStep,
  onLoggedIn,
}: {
  expired: boolean;
  notice: string | null;
  providerLogout: ProviderLogout | null;
  onStep: (step: Step) => void;
  onLoggedIn: () => Promise<void>;
}) {
  const { t, lang } = useLanguage();
  const options = useSignInOptions();
  const [breakGlass, setBreakGlass] = useState(false);
  // Until the server says otherwise (or when it cannot be asked), the password form is there.
  const showForm = options?.passwordLogin !== false || breakGlass;
  const noticeId = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LoginMutation);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), [showForm]);

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
      setError(errorText(failure, t, lang, 'loginUnreachable'));
      return;
    }
    if (next?.next === 'SECOND_FACTOR') onStep({ next: 'SECOND_FACTOR', methods: next.methods });
    else if (next?.next === 'ENROL') onStep({ next: 'ENROL' });
    else await onLoggedIn();
  }

  const form = (
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
  );
  const providers = options?.providers ?? [];

  return (
    <div className="zv-login">
      <PageHeader title={t('loginTitle')} intro={t(providers.length > 0 ? 'loginIntroSso' : 'loginIntro')} />
      {expired || notice ? (
        <p id={noticeId} className="utrecht-paragraph zv-notice" role="status">
          {notice ?? t('sessionExpired')}
        </p>
      ) : null}
      {providerLogout ? (
        <div className="zv-notice zv-login__logged-out" role="status">
          <p className="utrecht-paragraph">{t('loggedOutHere')}</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={providerLogout.url}>
              {t('logoutAtProvider', { label: providerLogout.label })}
            </a>
          </p>
        </div>
      ) : null}
      <DemoAccounts accounts={options?.demoAccounts ?? []} />
      <SingleSignOnButtons providers={providers} returnTo={window.location.pathname + window.location.search} />
      {providers.length > 0 && showForm ? (
        <h2 className="zv-login__or">{t(breakGlass ? 'loginBreakGlassTitle' : 'loginWithPassword')}</h2>
      ) : null}
      {showForm ? (
        form
      ) : (
        <p className="utrecht-paragraph zv-login__break-glass">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setBreakGlass(true)}>
            {t('loginBreakGlass')}
          </button>
        </p>
      )}
    </div>
  );
}
