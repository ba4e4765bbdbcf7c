import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { admin, graphqlError, signInOptions, TestProviders, type Mock } from '../test-support/apollo';
import { LoginPage } from './LoginPage';
import { LoginMutation, SignInStepQuery, UseRecoveryCodeMutation, VerifyTotpMutation } from './sessionQueries';

const step = (next: 'NONE' | 'SECOND_FACTOR' | 'ENROL', methods: string[] = [], user: object | null = null) => ({
  __typename: 'SignInStep',
  next,
  methods,
  required: true,
  user,
});
const loginAnswer = (answer: object): Mock => ({
  request: { query: LoginMutation, variables: { username: 'admin', password: 'geheim-wachtwoord' } },
  result: { data: { login: answer } },
});

const GENERIC = 'Gebruikersnaam of wachtwoord onjuist, of het account is geblokkeerd.';

const noPendingSignIn: Mock = { request: { query: SignInStepQuery }, result: { data: { signInStep: null } } };

function renderLogin(mocks: Mock[], expired = false, pending: Mock = noPendingSignIn) {
  const onLoggedIn = jest.fn(async () => undefined);
  render(
    <TestProviders mocks={[pending, ...mocks, signInOptions()]}>
      <LoginPage expired={expired} onLoggedIn={onLoggedIn} />
    </TestProviders>,
  );
  return onLoggedIn;
}

function fillIn(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Gebruikersnaam'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('LoginPage', () => {
  it('has a heading, labelled fields with autocomplete, and focuses the username', () => {
    renderLogin([]);
    expect(screen.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    const username = screen.getByLabelText('Gebruikersnaam');
    expect(username).toHaveAttribute('autocomplete', 'username');
    expect(username).toHaveFocus();
    const password = screen.getByLabelText('Wachtwoord');
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
  });

  it('sends the login mutation and reports success', async () => {
    const onLoggedIn = renderLogin([
      {
        request: { query: LoginMutation, variables: { username: 'admin', password: 'geheim-wachtwoord' } },
        result: { data: { login: step('NONE', [], admin) } },
      },
    ]);
    fillIn(' admin ', 'geheim-wachtwoord');
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it("shows the server's generic message in the alert when the login fails", async () => {
    const onLoggedIn = renderLogin([
      {
        request: { query: LoginMutation, variables: { username: 'admin', password: 'fout' } },
        result: graphqlError(GENERIC, 'UNAUTHENTICATED'),
      },
    ]);
    fillIn('admin', 'fout');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(GENERIC));
    expect(onLoggedIn).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Wachtwoord')).toHaveValue('');
  });

  it('asks for both fields before sending anything', () => {
    renderLogin([]);
    fillIn('', '');
    expect(screen.getByRole('alert')).toHaveTextContent('Vul uw gebruikersnaam en wachtwoord in.');
  });

  it('says that the session expired, and ties that to the first field', () => {
    renderLogin([], true);
    expect(screen.getByText('Uw sessie is verlopen. Log opnieuw in.')).toBeInTheDocument();
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveAccessibleDescription('Uw sessie is verlopen. Log opnieuw in.');
  });

  it('asks the code of the app after the password, says when it is wrong, and signs in with the right one', async () => {
    const onLoggedIn = renderLogin([
      loginAnswer(step('SECOND_FACTOR', ['TOTP', 'RECOVERY_CODE'])),
      {
        request: { query: VerifyTotpMutation, variables: { code: '111111' } },
        result: graphqlError('De code is niet juist.', 'BAD_USER_INPUT'),
      },
      { request: { query: VerifyTotpMutation, variables: { code: '222222' } }, result: { data: { verifyTotp: step('NONE', [], admin) } } },
    ]);
    fillIn('admin', 'geheim-wachtwoord');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tweestapsverificatie' })).toBeInTheDocument();
    const code = screen.getByLabelText('Code uit de app');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Typ de code van zes cijfers uit uw app.');
    fireEvent.change(code, { target: { value: '111111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('De code is niet juist of al gebruikt.'));
    expect(onLoggedIn).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Code uit de app'), { target: { value: '222222' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledTimes(1));
  });

  it('signs in with a recovery code and says how many are left before going on', async () => {
    const onLoggedIn = renderLogin([
      loginAnswer(step('SECOND_FACTOR', ['TOTP', 'RECOVERY_CODE'])),
      {
        request: { query: UseRecoveryCodeMutation, variables: { code: 'abcd efgh ijkl mnop' } },
        result: { data: { useRecoveryCode: { __typename: 'RecoveryCodeSignIn', remaining: 7, step: step('NONE', [], admin) } } },
      },
    ]);
    fillIn('admin', 'geheim-wachtwoord');
    fireEvent.click(await screen.findByRole('button', { name: 'Gebruik een herstelcode' }));
    const field = screen.getByLabelText('Herstelcode');
    expect(field).toHaveFocus();
    fireEvent.change(field, { target: { value: 'abcd efgh ijkl mnop' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(await screen.findByText('U bent ingelogd met een herstelcode. U heeft nog 7 ongebruikte herstelcodes.')).toBeInTheDocument();
    expect(onLoggedIn).not.toHaveBeenCalled();
    const next = screen.getByRole('button', { name: 'Verder naar het dashboard' });
    expect(next).toHaveFocus();
    fireEvent.click(next);
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledTimes(1));
  });

  it('goes back to the password when the pending sign-in has lapsed, and says so', async () => {
    renderLogin([
      loginAnswer(step('SECOND_FACTOR', ['TOTP'])),
      { request: { query: VerifyTotpMutation, variables: { code: '333333' } }, result: graphqlError('Verlopen.', 'UNAUTHENTICATED') },
    ]);
    fillIn('admin', 'geheim-wachtwoord');
    // Only the app: no other ways offered.
    fireEvent.change(await screen.findByLabelText('Code uit de app'), { target: { value: '333333' } });
    expect(screen.queryByRole('button', { name: 'Gebruik een herstelcode' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveAccessibleDescription(
      'Deze aanmelding is verlopen of afgebroken. Log opnieuw in met uw gebruikersnaam en wachtwoord.',
    );
  });

  it('leads a user who must set up a second factor to the enrolment, with the choice of the kind', async () => {
    renderLogin([loginAnswer(step('ENROL', ['TOTP']))]);
    fillIn('admin', 'geheim-wachtwoord');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' })).toBeInTheDocument();
    const choice = screen.getByRole('group', { name: 'Kies uw tweede factor' });
    expect(screen.getByRole('radio', { name: 'Authenticator-app' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Authenticator-app' })).toHaveFocus();
    expect(choice).toBeInTheDocument();
  });

  it('goes on with the second step after a reload, without asking the password again', async () => {
    renderLogin([], false, { request: { query: SignInStepQuery }, result: { data: { signInStep: step('SECOND_FACTOR', ['TOTP']) } } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tweestapsverificatie' })).toBeInTheDocument();
    expect(screen.getByLabelText('Code uit de app')).toHaveFocus();
  });

  it('offers a button per single sign-on provider above the password form, keeping the page asked for', async () => {
    window.history.pushState({}, '', '/casuistiek?peildatum=2025-01-01');
    renderLogin([signInOptions([{ id: 'zaanstad', label: 'Gemeente Zaanstad (Entra ID)' }])]);
    const button = await screen.findByRole('link', { name: 'Inloggen met Gemeente Zaanstad (Entra ID)' });
    expect(button).toHaveAttribute('href', '/auth/oidc/zaanstad/start?terug=%2Fcasuistiek%3Fpeildatum%3D2025-01-01');
    expect(screen.getByRole('heading', { level: 2, name: 'Of log in met gebruikersnaam en wachtwoord' })).toBeInTheDocument();
    expect(button.compareDocumentPosition(screen.getByLabelText('Gebruikersnaam')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    window.history.pushState({}, '', '/');
  });

  it('with passwords switched off, keeps the form behind "Inloggen als beheerder (noodtoegang)"', async () => {
    renderLogin([signInOptions([{ id: 'zaanstad', label: 'Gemeente Zaanstad' }], false)]);
    const breakGlass = await screen.findByRole('button', { name: 'Inloggen als beheerder (noodtoegang)' });
    expect(screen.queryByLabelText('Wachtwoord')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Inloggen met Gemeente Zaanstad' })).toBeInTheDocument();
    fireEvent.click(breakGlass);
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveFocus();
    expect(screen.getByLabelText('Wachtwoord')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Noodtoegang voor de beheerder' })).toBeInTheDocument();
  });

  it('lists the demonstration’s accounts with their passwords, and on a real deployment nothing of the kind', async () => {
    const accounts = [
      { username: 'demo-beheerder', password: 'beheerder-proberen', role: 'BEHEERDER', municipalityName: null },
      { username: 'demo-gemeente', password: 'gemeente-zaanstad-proberen', role: 'GEMEENTE', municipalityName: 'Zaanstad' },
    ];
    const { unmount } = render(
      <TestProviders mocks={[noPendingSignIn, signInOptions([], true, accounts)]}>
        <LoginPage expired={false} onLoggedIn={async () => undefined} />
      </TestProviders>,
    );
    const table = await screen.findByRole('table', { name: 'Inloggen in de demonstratie' });
    expect(within(table).getByRole('row', { name: 'Beheerder demo-beheerder beheerder-proberen' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Gemeente Zaanstad demo-gemeente gemeente-zaanstad-proberen' })).toBeInTheDocument();
    unmount();

    renderLogin([]);
    expect(await screen.findByLabelText('Gebruikersnaam')).toBeInTheDocument();
    // The sign-in options have come in (the password form stays), and list no account.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText(/proberen|demonstratie/i)).not.toBeInTheDocument();
  });
});
