import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { admin, graphqlError, signInOptions, TestProviders, type Mock } from '../test-support/apollo';
import { LoginPage } from './LoginPage';
import { LoginMutation } from './sessionQueries';

const GENERIC = 'Gebruikersnaam of wachtwoord onjuist, of het account is geblokkeerd.';

function renderLogin(mocks: Mock[], expired = false) {
  const onLoggedIn = jest.fn(async () => undefined);
  render(
    <TestProviders mocks={[...mocks, signInOptions()]}>
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
        result: { data: { login: admin } },
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
});
