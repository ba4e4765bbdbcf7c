import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SessionContext } from '../../session/SessionContext';
import { admin, graphqlError, TestProviders, type Mock } from '../../test-support/apollo';
import AccountPage from './AccountPage';
import {
  ChangePasswordMutation,
  EndMyOtherSessionsMutation,
  EndMySessionMutation,
  MyPasskeysQuery,
  MySecondFactorsQuery,
  MySessionsQuery,
  RegenerateRecoveryCodesMutation,
} from './accountQuery';

const variables = { oldPassword: 'oud-wachtwoord', newPassword: 'een-nieuw-sterk-wachtwoord' };

const session = (id: string, current: boolean, client: string | null, address: string | null) => ({
  __typename: 'Session' as const,
  id,
  current,
  method: 'PASSWORD' as const,
  provider: null,
  createdAt: '2026-12-01T08:00:00.000Z',
  lastUsedAt: '2026-12-06T09:30:00.000Z',
  client,
  address,
});
const THIS = session('a'.repeat(32), true, 'Firefox · Windows', '192.0.2.x');
const PHONE = session('b'.repeat(32), false, 'Safari · iOS', '198.51.100.x');
const UNKNOWN = session('c'.repeat(32), false, null, null);
const sessionsAnswer = (...sessions: (typeof THIS)[]): Mock => ({
  request: { query: MySessionsQuery },
  result: { data: { mySessions: sessions } },
});

const LAPTOP = {
  __typename: 'Passkey' as const,
  id: '1',
  name: 'Laptop werk',
  createdAt: '2026-12-01T08:00:00.000Z',
  lastUsedAt: null,
  backedUp: false,
};
const passkeysAnswer = (...passkeys: (typeof LAPTOP)[]): Mock => ({
  request: { query: MyPasskeysQuery },
  result: { data: { myPasskeys: passkeys } },
  maxUsageCount: 5,
});

const factorsAnswer = (secondFactors: string[], required: boolean): Mock => ({
  request: { query: MySecondFactorsQuery },
  result: { data: { me: { __typename: 'User', username: 'admin', secondFactors }, signInStep: { __typename: 'SignInStep', required } } },
});

function renderPage(
  mocks: Mock[],
  sessions: Mock[] = [{ ...sessionsAnswer(THIS), maxUsageCount: 5 }],
  factors: Mock[] = [{ ...factorsAnswer(['TOTP', 'RECOVERY_CODE'], true), maxUsageCount: 5 }],
  passkeys: Mock = passkeysAnswer(),
  user = admin,
) {
  render(
    <TestProviders mocks={[...sessions, ...factors, passkeys, ...mocks]}>
      <SessionContext.Provider value={{ user, regionName: 'Zaanstreek-Waterland', logout: async () => undefined }}>
        <AccountPage />
      </SessionContext.Provider>
    </TestProviders>,
  );
}

function fill() {
  fireEvent.change(screen.getByLabelText('Huidig wachtwoord'), { target: { value: variables.oldPassword } });
  fireEvent.change(screen.getByLabelText('Nieuw wachtwoord'), { target: { value: variables.newPassword } });
  fireEvent.change(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), { target: { value: variables.newPassword } });
  fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
}

describe('AccountPage', () => {
  it('tells a single sign-on user that their password is kept at their organisation, and offers no password form', async () => {
    const sso = {
      ...admin,
      username: 'anna@zaanstad.nl',
      signInProvider: { __typename: 'SignInProvider' as const, id: 'zaanstad', label: 'Gemeente Zaanstad' },
    };
    renderPage([], undefined, undefined, undefined, sso);
    expect(screen.getByRole('heading', { level: 2, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByText(/U logt in met het account van uw organisatie: Gemeente Zaanstad\./)).toBeInTheDocument();
    expect(screen.queryByLabelText('Huidig wachtwoord')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Wachtwoord wijzigen' })).not.toBeInTheDocument();
    expect(await screen.findByText(/Firefox · Windows/)).toBeInTheDocument();
  });

  it('says "Bezig met wijzigen…" while the change is sent, and empties the fields only once it is done', async () => {
    renderPage([{ request: { query: ChangePasswordMutation, variables }, result: { data: { changePassword: true } }, delay: 50 }]);
    fill();
    const busy = screen.getByRole('button', { name: 'Bezig met wijzigen…' });
    expect(busy.closest('form')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveValue(variables.newPassword);
    await waitFor(() => expect(screen.getAllByRole('status')[0]).toHaveTextContent('Uw wachtwoord is gewijzigd.'));
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Wachtwoord wijzigen' })).not.toHaveAttribute('aria-disabled');
  });

  it('keeps what was typed when the server refuses, and says why', async () => {
    renderPage([
      {
        request: { query: ChangePasswordMutation, variables },
        result: graphqlError('Het huidige wachtwoord klopt niet.', 'BAD_USER_INPUT'),
      },
    ]);
    fill();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Dat is niet gelukt: Het huidige wachtwoord klopt niet.'));
    expect(screen.getByLabelText('Huidig wachtwoord')).toHaveValue(variables.oldPassword);
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveValue(variables.newPassword);
  });

  it('lists the active sessions with how each signed in, marks this one in words, and ends another after confirmation', async () => {
    renderPage(
      [{ request: { query: EndMySessionMutation, variables: { id: PHONE.id } }, result: { data: { endMySession: true } }, delay: 50 }],
      [sessionsAnswer(THIS, PHONE, UNKNOWN), sessionsAnswer(THIS, UNKNOWN)],
    );
    const table = await screen.findByRole('table', { name: 'Uw actieve sessies' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['Wachtwoord', 'Firefox · Windows, 192.0.2.x', expect.stringContaining('2026'), expect.stringContaining('2026'), 'Deze sessie'],
      ['Wachtwoord', 'Safari · iOS, 198.51.100.x', expect.stringContaining('2026'), expect.stringContaining('2026'), 'Beëindigen'],
      ['Wachtwoord', 'Onbekende browser', expect.stringContaining('2026'), expect.stringContaining('2026'), 'Beëindigen'],
    ]);
    expect(within(rows[0]!).queryByRole('button')).toBeNull();

    fireEvent.click(within(rows[1]!).getByRole('button', { name: /^Sessie van .*beëindigen$/ }));
    expect(screen.getByRole('group')).toHaveTextContent('Weet u zeker dat u deze sessie (Safari · iOS, 198.51.100.x) wilt beëindigen?');
    fireEvent.click(screen.getByRole('button', { name: 'Ja, sessie beëindigen' }));
    expect(await screen.findByRole('button', { name: 'Bezig met verwerken…' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('De sessie is beëindigd.'));
    expect(screen.queryByText('Safari · iOS, 198.51.100.x')).toBeNull();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('says why when the server refuses to end a session, and keeps the question open', async () => {
    renderPage(
      [
        {
          request: { query: EndMySessionMutation, variables: { id: PHONE.id } },
          result: graphqlError('Deze sessie is niet gevonden.', 'BAD_USER_INPUT'),
        },
      ],
      [sessionsAnswer(THIS, PHONE)],
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Sessie van .*beëindigen$/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, sessie beëindigen' }));
    await waitFor(() => expect(within(screen.getByRole('group')).getByRole('alert')).toHaveTextContent('Deze sessie is niet gevonden.'));
    expect(screen.getByRole('group')).toBeInTheDocument();
  });

  it('ends all other sessions after confirmation and says how many', async () => {
    renderPage(
      [{ request: { query: EndMyOtherSessionsMutation }, result: { data: { endMyOtherSessions: 2 } } }],
      [sessionsAnswer(THIS, PHONE, UNKNOWN), sessionsAnswer(THIS)],
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Alle andere sessies beëindigen' }));
    expect(screen.getByRole('group')).toHaveTextContent('U blijft in deze sessie ingelogd.');
    fireEvent.click(screen.getByRole('button', { name: 'Ja, andere sessies beëindigen' }));
    await waitFor(() => expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('Andere sessies beëindigd: 2.'));
    expect(screen.getByText('U bent alleen in deze sessie ingelogd.')).toBeInTheDocument();
  });

  it('shows the second factor, refuses to remove it where the role requires one, and makes new recovery codes with a code', async () => {
    const fresh = Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CCCC-DD${String.fromCharCode(65 + i)}${String.fromCharCode(65 + i)}`);
    renderPage([
      {
        request: { query: RegenerateRecoveryCodesMutation, variables: { code: '123456' } },
        result: graphqlError('De code klopt niet of is al gebruikt.', 'BAD_USER_INPUT'),
      },
      {
        request: { query: RegenerateRecoveryCodesMutation, variables: { code: '654321' } },
        result: { data: { regenerateRecoveryCodes: fresh } },
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Tweestapsverificatie' });
    await waitFor(() => expect(section).toHaveTextContent('Authenticator-app: ingesteld.'));
    expect(section).toHaveTextContent('Uw rol vereist tweestapsverificatie.');
    expect(within(section).queryByRole('button', { name: 'Authenticator-app verwijderen' })).toBeNull();

    fireEvent.click(within(section).getByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    fireEvent.change(within(section).getByLabelText('Code uit de app'), { target: { value: '123456' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    await waitFor(() => expect(within(section).getByRole('alert')).toHaveTextContent('De code klopt niet of is al gebruikt.'));
    fireEvent.change(within(section).getByLabelText('Code uit de app'), { target: { value: '654321' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    const codes = await within(section).findByRole('list', { name: 'Uw herstelcodes' });
    expect(
      within(codes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(fresh);
    fireEvent.click(within(section).getByRole('button', { name: 'Ik heb de codes bewaard' }));
    await waitFor(() => expect(within(section).queryByRole('list', { name: 'Uw herstelcodes' })).toBeNull());
  });

  it('offers a user whose role does not require it to set up the app or remove it', async () => {
    renderPage([], undefined, [{ ...factorsAnswer([], false), maxUsageCount: 5 }]);
    const section = await screen.findByRole('region', { name: 'Tweestapsverificatie' });
    await waitFor(() => expect(section).toHaveTextContent('U heeft nog geen tweede factor ingesteld.'));
    expect(section).not.toHaveTextContent('Uw rol vereist');
    expect(within(section).getByRole('button', { name: 'Authenticator-app instellen' })).toBeInTheDocument();
  });

  it('lists the passkeys by name and says when one was never used; a browser without passkeys is told so', async () => {
    renderPage([], undefined, undefined, passkeysAnswer(LAPTOP));
    const table = await screen.findByRole('table', { name: 'Uw passkeys' });
    const row = within(table).getByRole('row', { name: /Laptop werk/ });
    expect(row.textContent).toMatch(/Nog niet gebruikt/);
    within(row).getByRole('button', { name: 'Passkey Laptop werk verwijderen' });
    // jsdom has no WebAuthn, like an old browser.
    screen.getByText(/Deze browser ondersteunt geen passkeys/);
  });

  it('lets a user with a passkey and no app make new recovery codes without a code (the server asks a recent passkey sign-in)', async () => {
    const fresh = Array.from({ length: 10 }, (_, i) => `EEEE-FFFF-GGGG-HH${String.fromCharCode(65 + i)}${String.fromCharCode(65 + i)}`);
    renderPage(
      [
        {
          request: { query: RegenerateRecoveryCodesMutation, variables: { code: '' } },
          result: { data: { regenerateRecoveryCodes: fresh } },
        },
      ],
      undefined,
      [{ ...factorsAnswer(['PASSKEY', 'RECOVERY_CODE'], true), maxUsageCount: 5 }],
    );
    const section = await screen.findByRole('region', { name: 'Tweestapsverificatie' });
    await waitFor(() => expect(section).toHaveTextContent('Passkey: ingesteld'));
    fireEvent.click(within(section).getByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    expect(within(section).queryByLabelText('Code uit de app')).toBeNull();
    expect(section).toHaveTextContent('Dit kan tot 15 minuten nadat u met uw passkey bent ingelogd.');
    fireEvent.click(within(section).getByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    const codes = await within(section).findByRole('list', { name: 'Uw herstelcodes' });
    expect(within(codes).getAllByRole('listitem')).toHaveLength(10);
  });
});
