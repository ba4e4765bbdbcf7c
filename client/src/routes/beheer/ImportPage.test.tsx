import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SessionContext, type SessionUser } from '../../session/SessionContext';
import { admin, TestProviders } from '../../test-support/apollo';
import ImportPage from './ImportPage';
import type { ImportReport } from './importUpload';

const CSV = '\ufeffpeildatum;gemeente;kennisdomein;aantal\r\n1-6-2024;Zaanstad;;46\r\n';

const clean: ImportReport = {
  kind: 'CASELOAD',
  dryRun: true,
  rowsRead: 8,
  added: 8,
  changed: 0,
  unchanged: 0,
  removed: 0,
  moreErrors: 0,
  errors: [],
  changes: [
    {
      __typename: 'ImportChange',
      key: '2024-06-01',
      effect: 'ADDED',
      added: 8,
      changed: 0,
      unchanged: 0,
      removed: 0,
      totalBefore: null,
      totalAfter: 101,
    },
  ],
};

const refused: ImportReport = {
  ...clean,
  rowsRead: 8,
  added: 0,
  changes: [],
  errors: [
    { __typename: 'ImportError', line: 4, column: 'gemeente (kolom B)', message: 'Onbekende gemeente "Zaanstat". Bedoelt u "Zaanstad"?' },
    { __typename: 'ImportError', line: null, column: null, message: 'Het totaal van 1 juni 2024 klopt niet.' },
  ],
  moreErrors: 3,
};

type FetchMock = jest.Mock<(url: string, init: RequestInit) => Promise<unknown>>;
let fetchMock: FetchMock;

function answer(status: number, body: unknown) {
  return Promise.resolve({ ok: status >= 200 && status < 300, status, json: async () => body });
}

beforeEach(() => {
  fetchMock = jest.fn<(url: string, init: RequestInit) => Promise<unknown>>();
  globalThis.fetch = fetchMock as unknown as typeof fetch;
});

afterEach(() => {
  jest.restoreAllMocks();
});

function renderPage(me: SessionUser = admin) {
  render(
    <TestProviders mocks={[]}>
      <SessionContext.Provider value={{ user: me, regionName: 'Zaanstreek-Waterland', logout: async () => undefined }}>
        <ImportPage />
      </SessionContext.Provider>
    </TestProviders>,
  );
}

function chooseFile(name = 'casuistiek.csv', content = CSV) {
  fireEvent.change(screen.getByLabelText('Soort gegevens'), { target: { value: 'CASELOAD' } });
  const file = new File([content], name, { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('Bestand'), { target: { files: [file] } });
  return file;
}

const requestUrl = (call: number) => new URL(fetchMock.mock.calls[call]![0], 'http://localhost');

describe('ImportPage', () => {
  it('explains the columns of the chosen kind and links its example file', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Gegevens importeren' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Beheer' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Soort gegevens'), { target: { value: 'POPULATION' } });
    expect(screen.getByText('jaar;gemeente;inwoners;bron')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voorbeeldbestand' })).toHaveAttribute('href', '/voorbeelden/population.csv');
    expect(screen.getByLabelText('Bestand')).toHaveAttribute('accept', '.csv,.json,.txt');
  });

  it('asks for a kind and a file before sending anything', () => {
    renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    const alert = screen.getAllByRole('alert').find((element) => element.textContent !== '')!;
    expect(alert).toHaveTextContent('Kies de soort gegevens.');
    expect(alert).toHaveTextContent('Kies een bestand.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('checks the file with a dry run, shows the preview per count date, then imports it on confirmation', async () => {
    renderPage();
    const file = chooseFile();
    fetchMock.mockImplementationOnce(() => answer(200, clean));
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));

    const preview = await screen.findByRole('region', { name: 'Controle: wat de import verandert' });
    expect(preview).toHaveFocus();
    expect(preview).toHaveTextContent('8 regels gelezen, geen fouten. Er is nog niets opgeslagen.');
    const row = within(within(preview).getByRole('table', { name: 'Wijzigingen per peildatum' })).getByRole('row', { name: /1 juni 2024/ });
    expect(row).toHaveTextContent('nieuw');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['nieuw', '8', '0', '0', '0', '–', '101']);

    const url = requestUrl(0);
    expect(url.pathname).toBe('/api/import');
    expect(Object.fromEntries(url.searchParams)).toEqual({ kind: 'CASELOAD', dryRun: 'true', fileName: 'casuistiek.csv' });
    const init = fetchMock.mock.calls[0]![1];
    expect(init.method).toBe('POST');
    expect(init.body).toBe(file);
    expect(init.headers).toEqual({ 'Content-Type': 'text/csv' });

    fetchMock.mockImplementationOnce(() => answer(200, { ...clean, dryRun: false }));
    fireEvent.click(within(preview).getByRole('button', { name: 'Import bevestigen' }));
    const status = await screen.findByText('Import voltooid: 8 toegevoegd, 0 gewijzigd, 0 ongewijzigd, 0 verwijderd.');
    expect(status.closest('[role="status"]')).toHaveFocus();
    expect(requestUrl(1).searchParams.get('dryRun')).toBe('false');
    expect(screen.getByRole('link', { name: 'Naar het overzicht' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Naar Versies' })).toHaveAttribute('href', '/beheer/versies');
    expect(screen.queryByRole('region', { name: 'Controle: wat de import verandert' })).not.toBeInTheDocument();
  });

  it('shows the errors with line, column and message in an alert that gets the focus, and offers no import', async () => {
    renderPage();
    chooseFile();
    fetchMock.mockImplementationOnce(() => answer(200, refused));
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));

    const alert = await screen.findByRole('alert', { name: /niet geïmporteerd: 5 fouten/ });
    await waitFor(() => expect(alert).toHaveFocus());
    expect(alert).toHaveTextContent('Er is niets opgeslagen.');
    const table = within(alert).getByRole('table', { name: 'Fouten in het bestand' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['4', 'gemeente (kolom B)', 'Onbekende gemeente "Zaanstat". Bedoelt u "Zaanstad"?']);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['–', '–', 'Het totaal van 1 juni 2024 klopt niet.']);
    expect(alert).toHaveTextContent('en nog 3 fouten');
    expect(screen.queryByRole('button', { name: 'Import bevestigen' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alert', { name: /niet geïmporteerd/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Bestand')).toHaveFocus();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("shows the server's refusal of the upload (403) and says when it cannot be reached", async () => {
    renderPage();
    chooseFile();
    fetchMock.mockImplementationOnce(() =>
      answer(403, { errors: [{ message: 'Geen toegang tot importeren van gegevens.', extensions: { code: 'FORBIDDEN' } }] }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map((a) => a.textContent)
          .join(' '),
      ).toContain('Het bestand kon niet worden verwerkt: Geen toegang tot importeren van gegevens.'),
    );

    fetchMock.mockImplementationOnce(() => Promise.reject(new TypeError('Failed to fetch')));
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map((a) => a.textContent)
          .join(' '),
      ).toContain('de server is niet bereikbaar'),
    );
  });

  it('sends a .json file as application/json and says when the file changes nothing', async () => {
    renderPage();
    chooseFile('cijfers.json', '[]');
    const unchanged = {
      ...clean,
      added: 0,
      unchanged: 8,
      changes: [{ ...clean.changes[0]!, effect: 'UNCHANGED', added: 0, unchanged: 8, totalBefore: 101 }],
    };
    fetchMock.mockImplementationOnce(() => answer(200, unchanged));
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    const preview = await screen.findByRole('region', { name: 'Controle: wat de import verandert' });
    expect(preview).toHaveTextContent('Het bestand verandert niets');
    expect(within(preview).getByRole('row', { name: /1 juni 2024/ })).toHaveTextContent('ongewijzigd');
    expect(fetchMock.mock.calls[0]![1].headers).toEqual({ 'Content-Type': 'application/json' });
  });

  it('tells a municipality user plainly that there is no access', () => {
    renderPage({
      ...admin,
      username: 'zaanstad',
      role: 'GEMEENTE',
      municipality: { __typename: 'Municipality', code: 'GM0479', name: 'Zaanstad' },
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Beheer' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Bestand')).not.toBeInTheDocument();
  });

  it('shows ZVH the sub-navigation without "Gebruikers"', () => {
    renderPage({ ...admin, username: 'zvh', role: 'ZVH' });
    const nav = screen.getByRole('navigation', { name: 'Beheer' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Gegevens importeren', 'Versies', 'Auditlog']);
  });
});
