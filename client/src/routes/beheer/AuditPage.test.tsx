import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SessionContext } from '../../session/SessionContext';
import { admin, TestProviders, type Mock } from '../../test-support/apollo';
import AuditPage from './AuditPage';
import { endOfDayIso, startOfDayIso, toAuditFilter } from './auditFilter';
import { AuditLogQuery, AuditNamesQuery } from './dataQueries';

const entry = (n: number, extra: object = {}) => ({
  __typename: 'AuditEntry',
  at: new Date(Date.UTC(2025, 2, 4, 9, 15, n % 60)).toISOString(),
  actor: 'admin',
  action: 'login',
  object: 'admin',
  result: 'ok',
  origin: '127.0.0.1',
  detail: null,
  ...extra,
});

const auditAnswer = (variables: object, entries: object[]): Mock => ({
  request: { query: AuditLogQuery, variables },
  result: { data: { auditLog: entries } },
});

/** The names the page puts in place of codes. */
const auditNames: Mock = {
  request: { query: AuditNamesQuery },
  result: {
    data: {
      themes: [{ __typename: 'Theme', code: 'huiselijk-geweld', title: 'Huiselijk geweld' }],
      knowledgeDomains: [{ __typename: 'KnowledgeDomain', code: 'huiselijk-geweld', name: 'Ernstig huiselijk geweld' }],
    },
  },
};

function renderAt(url: string, mocks: Mock[]) {
  window.history.replaceState(null, '', url);
  render(
    <TestProviders mocks={[auditNames, ...mocks]}>
      <SessionContext.Provider value={{ user: admin, regionName: 'Zaanstreek-Waterland', logout: async () => undefined }}>
        <AuditPage />
      </SessionContext.Provider>
    </TestProviders>,
  );
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('toAuditFilter', () => {
  it('sends only what is set, trimmed, with whole local days as ISO date-times', () => {
    expect(toAuditFilter({ actor: '', action: '', result: '', from: '', to: '' })).toEqual({});
    expect(toAuditFilter({ actor: ' piet ', action: 'import', result: 'refused', from: '2025-03-01', to: '2025-03-31' })).toEqual({
      actor: 'piet',
      action: 'import',
      result: 'refused',
      from: new Date(2025, 2, 1, 0, 0, 0, 0).toISOString(),
      to: new Date(2025, 2, 31, 23, 59, 59, 999).toISOString(),
    });
    expect(startOfDayIso('2025-02-30')).toBeNull();
    expect(endOfDayIso('gisteren')).toBeNull();
  });
});

describe('AuditPage', () => {
  it('reads the filters from the URL, queries them, and shows the entries in a table with results in words', async () => {
    const filter = { action: 'login', result: 'refused', from: startOfDayIso('2025-03-01'), to: endOfDayIso('2025-03-31') };
    renderAt('/beheer/audit?actie=login&resultaat=refused&van=2025-03-01&tot=2025-03-31', [
      auditAnswer({ filter, limit: 101, offset: 0 }, [
        entry(1, { result: 'refused', actor: null, object: 'onbekend', detail: 'account geblokkeerd' }),
      ]),
    ]);
    const table = await screen.findByRole('table', { name: /Auditlog: regels 1 tot en met 1/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Tijd', 'Gebruiker', 'Actie', 'Object', 'Resultaat', 'Herkomst', 'Details']);
    const cells = within(within(table).getAllByRole('row')[1]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells[0]).toMatch(/^04-03-2025 \d\d:15:01$/);
    expect(cells.slice(1)).toEqual(['–', 'Inloggenlogin', 'onbekend', 'Geweigerd', '127.0.0.1', 'account geblokkeerd']);

    expect(screen.getByLabelText('Actie')).toHaveValue('login');
    expect(screen.getByLabelText('Resultaat')).toHaveValue('refused');
    expect(screen.getByLabelText('Van')).toHaveValue('2025-03-01');
    expect(screen.getByLabelText('Tot en met')).toHaveValue('2025-03-31');
    expect(screen.getByRole('button', { name: 'Vorige' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeDisabled();
  });

  it('shows actions, priorities and statuses in words, the stored codes beside them', async () => {
    renderAt('/beheer/audit', [
      auditAnswer({ filter: {}, limit: 101, offset: 0 }, [
        entry(1, { action: 'theme.setStatus', object: 'thema huiselijk-geweld: status', detail: 'NOT_ASSESSED → AT_RISK' }),
      ]),
    ]);
    const table = await screen.findByRole('table', { name: /Auditlog/ });
    const row = within(table).getAllByRole('row')[1]!;
    const [, , action, object, , , detail] = within(row).getAllByRole('cell');
    expect(action).toHaveTextContent('Status gewijzigd');
    expect(within(action!).getByText('theme.setStatus').tagName).toBe('CODE');
    await waitFor(() => expect(object).toHaveTextContent('Prioriteit Huiselijk geweld: status'));
    expect(object).toHaveAttribute('title', 'thema huiselijk-geweld: status');
    expect(detail).toHaveTextContent('Niet beoordeeld → Risico');
    expect(detail).toHaveAttribute('title', 'NOT_ASSESSED → AT_RISK');
  });

  it('"Filteren" puts the filters in the URL and asks the server for them; free text for another action', async () => {
    renderAt('/beheer/audit', [
      auditAnswer({ filter: {}, limit: 101, offset: 0 }, [entry(1)]),
      auditAnswer({ filter: { actor: 'piet', action: 'user.set', result: 'ok' }, limit: 101, offset: 0 }, [
        entry(2, { actor: 'piet', action: 'user.setRole', object: 'jan', detail: 'ZVH → BEHEERDER' }),
      ]),
    ]);
    await screen.findByRole('table', { name: /Auditlog/ });
    fireEvent.change(screen.getByLabelText('Gebruiker'), { target: { value: ' piet ' } });
    expect(screen.queryByLabelText('Actie begint met')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Actie'), { target: { value: '__other' } });
    fireEvent.change(screen.getByLabelText('Actie begint met'), { target: { value: 'user.set' } });
    fireEvent.change(screen.getByLabelText('Resultaat'), { target: { value: 'ok' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filteren' }));

    await waitFor(() => expect(screen.getByRole('table', { name: /Auditlog/ })).toHaveTextContent('user.setRole'));
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({
      gebruiker: 'piet',
      actie: 'user.set',
      resultaat: 'ok',
    });
    expect(screen.getByLabelText('Actie')).toHaveValue('__other');
    expect(screen.getByLabelText('Actie begint met')).toHaveValue('user.set');
  });

  it('pages by 100 with "Volgende" and "Vorige", the page in the URL', async () => {
    const page1 = Array.from({ length: 101 }, (_, i) => entry(i));
    const page2 = Array.from({ length: 5 }, (_, i) => entry(i, { action: 'import', object: `CASELOAD ${i}` }));
    renderAt('/beheer/audit?actie=import', [
      auditAnswer({ filter: { action: 'import' }, limit: 101, offset: 0 }, page1),
      auditAnswer({ filter: { action: 'import' }, limit: 101, offset: 100 }, page2),
    ]);
    const table = await screen.findByRole('table', { name: 'Auditlog: regels 1 tot en met 100' });
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByRole('table', { name: 'Auditlog: regels 101 tot en met 105' });
    expect(new URLSearchParams(window.location.search).get('pagina')).toBe('2');
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Vorige' })).toBeEnabled();
    expect(screen.getByText('Pagina 2')).toBeInTheDocument();
  });

  it('does not query with "van" after "tot en met" and says why', async () => {
    renderAt('/beheer/audit?van=2025-04-01&tot=2025-03-01', []);
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map((a) => a.textContent)
          .join(' '),
      ).toContain('"Van" ligt na "Tot en met".'),
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
