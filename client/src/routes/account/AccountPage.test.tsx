import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SessionContext } from '../../session/SessionContext';
import { admin, graphqlError, TestProviders, type Mock } from '../../test-support/apollo';
import AccountPage from './AccountPage';
import { ChangePasswordMutation } from './accountQuery';

const variables = { oldPassword: 'oud-wachtwoord', newPassword: 'een-nieuw-sterk-wachtwoord' };

function renderPage(mocks: Mock[]) {
  render(
    <TestProviders mocks={mocks}>
      <SessionContext.Provider value={{ user: admin, regionName: 'Zaanstreek-Waterland', logout: async () => undefined }}>
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
  it('says "Bezig met wijzigen…" while the change is sent, and empties the fields only once it is done', async () => {
    renderPage([{ request: { query: ChangePasswordMutation, variables }, result: { data: { changePassword: true } }, delay: 50 }]);
    fill();
    const busy = screen.getByRole('button', { name: 'Bezig met wijzigen…' });
    expect(busy.closest('form')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveValue(variables.newPassword);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Uw wachtwoord is gewijzigd.'));
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
});
