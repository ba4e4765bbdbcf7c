import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SessionContext, type SessionUser } from '../../session/SessionContext';
import { admin, graphqlError, TestProviders, type Mock } from '../../test-support/apollo';
import GebruikersPage from './GebruikersPage';
import { CreateUserMutation, DeactivateUserMutation, ResetSecondFactorMutation, UnlockLoginsMutation, UsersQuery } from './usersQuery';

const zaanstad = { __typename: 'Municipality', code: 'GM0479', name: 'Zaanstad' };
const user = (username: string, extra: object) => ({
  __typename: 'User',
  username,
  role: 'ZVH',
  active: true,
  lastLoginAt: null,
  activeSessions: 0,
  secondFactors: [],
  municipality: null,
  signInProvider: null,
  ...extra,
});
const users = [
  user('admin', { role: 'BEHEERDER', lastLoginAt: '2025-03-04T09:15:00Z', activeSessions: 1, secondFactors: ['TOTP', 'RECOVERY_CODE'] }),
  user('piet', { role: 'GEMEENTE', municipality: zaanstad, activeSessions: 2 }),
];
const usersAnswer = (list: object[]): Mock => ({
  request: { query: UsersQuery },
  result: { data: { users: list, municipalities: [zaanstad] } },
});

function renderPage(mocks: Mock[], me: SessionUser = admin) {
  render(
    <TestProviders mocks={mocks}>
      <SessionContext.Provider value={{ user: me, regionName: 'Zaanstreek-Waterland', logout: async () => undefined }}>
        <GebruikersPage />
      </SessionContext.Provider>
    </TestProviders>,
  );
}

describe('GebruikersPage', () => {
  it('lists the users with role, municipality, last login (nl-NL) and sessions', async () => {
    renderPage([usersAnswer(users)]);
    const table = await screen.findByRole('table', { name: 'Alle gebruikers' });
    const piet = within(table).getByRole('row', { name: /^piet/ });
    expect(piet).toHaveTextContent('Gemeente');
    expect(piet).toHaveTextContent('Zaanstad');
    expect(piet).toHaveTextContent('Nooit');
    expect(within(piet).getByRole('button', { name: 'Deactiveren: piet' })).toBeInTheDocument();
    const adminRow = within(table).getByRole('row', { name: /^admin/ });
    expect(adminRow).toHaveTextContent('Beheerder');
    expect(adminRow).toHaveTextContent(/4 maart 2025 om \d\d:15/);
  });

  it('names the provider of a single sign-on user and offers no unlocking of password logins for them', async () => {
    const sso = user('anna@zaanstad.nl', {
      signInProvider: { __typename: 'SignInProvider', id: 'zaanstad', label: 'Gemeente Zaanstad (Entra ID)' },
    });
    renderPage([usersAnswer([...users, sso])]);
    const table = await screen.findByRole('table', { name: 'Alle gebruikers' });
    const row = within(table).getByRole('row', { name: /^anna@zaanstad\.nl/ });
    expect(row).toHaveTextContent('Single sign-on (Gemeente Zaanstad (Entra ID))');
    expect(within(row).queryByRole('button', { name: /^Inloggen ontgrendelen/ })).not.toBeInTheDocument();
    const piet = within(table).getByRole('row', { name: /^piet/ });
    expect(piet).not.toHaveTextContent('Single sign-on');
    expect(within(piet).getByRole('button', { name: /^Inloggen ontgrendelen/ })).toBeInTheDocument();
  });

  it('tells other roles plainly that they have no access, without asking the server', () => {
    renderPage([], { ...admin, username: 'bestuur', role: 'BESTUURDER' });
    expect(screen.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('checks the new user form before sending it, and asks for a municipality for GEMEENTE', async () => {
    renderPage([usersAnswer(users)]);
    await screen.findByRole('table');
    const form = screen.getByRole('region', { name: 'Gebruiker toevoegen' });
    expect(within(form).getByLabelText('Wachtwoord')).toHaveAccessibleDescription('minimaal 8 tekens; geen veelgebruikt wachtwoord');
    fireEvent.click(within(form).getByRole('button', { name: 'Gebruiker toevoegen' }));
    const alert = within(form).getByRole('alert');
    expect(alert).toHaveTextContent('Vul een gebruikersnaam in.');
    expect(alert).toHaveTextContent('Het wachtwoord moet minimaal 8 tekens hebben.');
    expect(alert).toHaveTextContent('Kies een rol.');
    expect(within(form).getByLabelText('Gebruikersnaam')).toHaveAttribute('aria-invalid', 'true');

    expect(within(form).queryByLabelText('Gemeente')).not.toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText('Rol'), { target: { value: 'GEMEENTE' } });
    fireEvent.change(within(form).getByLabelText('Gebruikersnaam'), { target: { value: 'jan' } });
    fireEvent.change(within(form).getByLabelText('Wachtwoord'), { target: { value: 'kort' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gebruiker toevoegen' }));
    expect(alert).toHaveTextContent('Het wachtwoord moet minimaal 8 tekens hebben.');
    expect(alert).toHaveTextContent('Kies de gemeente van deze gebruiker.');
    expect(alert).not.toHaveTextContent('Vul een gebruikersnaam in.');
  });

  it("creates a user, shows the server's objection, and after success refetches the list", async () => {
    const input = { username: 'jan', password: 'zaanse-schans-1', role: 'GEMEENTE', municipalityCode: 'GM0479' };
    const refused = 'Dit wachtwoord komt voor in de lijst van veelgebruikte wachtwoorden.';
    renderPage([
      usersAnswer(users),
      { request: { query: CreateUserMutation, variables: { input } }, result: graphqlError(refused, 'BAD_USER_INPUT') },
      {
        request: { query: CreateUserMutation, variables: { input } },
        result: { data: { createUser: user('jan', { role: 'GEMEENTE', municipality: zaanstad }) } },
      },
      usersAnswer([...users, user('jan', { role: 'GEMEENTE', municipality: zaanstad })]),
    ]);
    await screen.findByRole('table');
    const form = screen.getByRole('region', { name: 'Gebruiker toevoegen' });
    fireEvent.change(within(form).getByLabelText('Gebruikersnaam'), { target: { value: 'jan' } });
    fireEvent.change(within(form).getByLabelText('Wachtwoord'), { target: { value: input.password } });
    fireEvent.change(within(form).getByLabelText('Rol'), { target: { value: 'GEMEENTE' } });
    fireEvent.change(within(form).getByLabelText('Gemeente'), { target: { value: 'GM0479' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gebruiker toevoegen' }));
    await waitFor(() => expect(within(form).getByRole('alert')).toHaveTextContent(refused));

    fireEvent.click(within(form).getByRole('button', { name: 'Gebruiker toevoegen' }));
    await waitFor(() => expect(screen.getByText('Gebruiker jan is toegevoegd.')).toHaveAttribute('role', 'status'));
    expect(within(screen.getByRole('table')).getByRole('row', { name: /^jan/ })).toBeInTheDocument();
    expect(within(form).getByLabelText('Gebruikersnaam')).toHaveValue('');
  });

  it('deactivates a user only after confirmation', async () => {
    renderPage([
      usersAnswer(users),
      {
        request: { query: DeactivateUserMutation, variables: { username: 'piet' } },
        result: { data: { deactivateUser: { ...users[1], active: false, activeSessions: 0 } } },
      },
      usersAnswer([users[0]!, { ...users[1]!, active: false, activeSessions: 0 }]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Deactiveren: piet' }));
    const confirm = screen.getByRole('group', { name: /Weet u zeker dat u piet wilt deactiveren/ });
    expect(confirm).toHaveFocus();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Ja, deactiveren' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('piet is gedeactiveerd'));
    const piet = within(screen.getByRole('table')).getByRole('row', { name: /^piet/ });
    expect(within(piet).getByRole('button', { name: 'Heractiveren: piet' })).toHaveFocus();
    expect(screen.queryByRole('group', { name: /Weet u zeker/ })).not.toBeInTheDocument();
  });

  it('lifts the lock after failed logins of a user after confirmation, and says how many attempts were cleared', async () => {
    renderPage([
      usersAnswer(users),
      { request: { query: UnlockLoginsMutation, variables: { username: 'piet' } }, result: { data: { unlockLogins: 7 } } },
      usersAnswer(users),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Inloggen ontgrendelen: piet' }));
    const confirm = screen.getByRole('group', { name: /blokkering na mislukte inlogpogingen van piet opheffen/ });
    expect(confirm).toHaveFocus();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Ja, ontgrendelen' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Inloggen voor piet ontgrendeld: 7 mislukte pogingen gewist.'),
    );
  });

  it("shows who has a second factor, and resets a user's second factor only after confirmation", async () => {
    const anna = user('anna', { secondFactors: ['TOTP', 'RECOVERY_CODE'] });
    renderPage([
      usersAnswer([...users, anna]),
      { request: { query: ResetSecondFactorMutation, variables: { username: 'anna' } }, result: { data: { resetSecondFactor: 11 } } },
      usersAnswer([...users, { ...anna, secondFactors: [] }]),
    ]);
    const table = await screen.findByRole('table', { name: 'Alle gebruikers' });
    expect(within(table).getByRole('columnheader', { name: 'Tweede factor' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^anna/ })).toHaveTextContent('App, Herstelcodes');
    const piet = within(table).getByRole('row', { name: /^piet/ });
    expect(piet).toHaveTextContent('Geen');
    // Nothing to reset for a user without a factor.
    expect(within(piet).queryByRole('button', { name: 'Tweede factor resetten: piet' })).toBeNull();

    fireEvent.click(within(table).getByRole('button', { name: 'Tweede factor resetten: anna' }));
    const confirm = screen.getByRole('group', { name: /De tweede factor van anna resetten\?/ });
    expect(confirm).toHaveFocus();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Ja, tweede factor resetten' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('De tweede factor van anna is gereset; alle sessies zijn beëindigd.'),
    );
    expect(within(screen.getByRole('table')).getByRole('row', { name: /^anna/ })).toHaveTextContent('Geen');
  });
});
