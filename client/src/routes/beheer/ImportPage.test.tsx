import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SessionContext, type SessionUser } from '../../session/SessionContext';
import { admin, TestProviders } from '../../test-support/apollo';
import type { Mock } from '../../test-support/apollo';
import { ImportFormatsQuery } from './dataQueries';
import ImportPage from './ImportPage';
import { ROWS_SHOWN } from './ImportRowChanges';
import type { ImportReport } from './importUpload';

const CSV = '\ufeffpeildatum;gemeente;kennisdomein;aantal\r\n1-6-2024;Zaanstad;;46\r\n';

const clean: ImportReport = {
  kind: 'CASELOAD',
  flowConsistency: null,
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
  rowChanges: [],
  moreRowChanges: 0,
};

type RowChange = ImportReport['rowChanges'][number];
const rowChange = (change: Partial<RowChange>): RowChange => ({
  __typename: 'ImportRowChange',
  key: '2023-02-01',
  effect: 'CHANGED',
  scope: 'municipality',
  municipalityCode: 'GM0479',
  municipality: 'Zaanstad',
  domainCode: null,
  domain: null,
  fundingCode: null,
  fundingSource: null,
  before: 45,
  after: 47,
  textBefore: null,
  textAfter: null,
  ...change,
});

const column = (name: string, accepts: { code: string; name: string }[] | null, alsoAccepts: string[] = [], mayBeEmpty = false) => ({
  __typename: 'ImportColumn' as const,
  name,
  required: !mayBeEmpty,
  accepts: accepts?.map((a) => ({ __typename: 'ImportAcceptedValue' as const, ...a })) ?? null,
  alsoAccepts,
  mayBeEmpty,
});
const MUNICIPALITIES = [
  { code: 'GM0479', name: 'Zaanstad' },
  { code: 'GM0439', name: 'Purmerend' },
];
const formats: Mock = {
  request: { query: ImportFormatsQuery },
  result: {
    data: {
      importFormats: [
        {
          __typename: 'ImportFormat',
          kind: 'CASELOAD',
          template: '\ufeffpeildatum;gemeente;kennisdomein;aantal\r\n',
          columns: [
            column('peildatum', null),
            column('gemeente', MUNICIPALITIES, ['Niet gespecificeerd', 'Totaal']),
            column('kennisdomein', [{ code: 'huiselijk-geweld', name: 'Ernstig huiselijk geweld' }], ['Totaal'], true),
            column('aantal', null),
          ],
        },
        {
          __typename: 'ImportFormat',
          kind: 'POPULATION',
          template: '\ufeffjaar;gemeente;inwoners;bron\r\n',
          columns: [column('jaar', null), column('gemeente', MUNICIPALITIES), column('inwoners', null), column('bron', null)],
        },
      ],
    },
  },
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
    // Twice: an import refreshes every active query, this one too.
    <TestProviders mocks={[formats, formats]}>
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
  it('explains the columns of the chosen kind, from the server, and links its example file', async () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Gegevens importeren' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Beheer' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Soort gegevens'), { target: { value: 'POPULATION' } });
    expect(await screen.findByText('jaar;gemeente;inwoners;bron')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voorbeeldbestand' })).toHaveAttribute('href', '/voorbeelden/population.csv');
    expect(screen.getByLabelText('Bestand')).toHaveAttribute('accept', '.csv,.json,.txt');
  });

  it('offers the blank template as the server generates it, and lists the values each list column accepts', async () => {
    renderPage();
    fireEvent.change(screen.getByLabelText('Soort gegevens'), { target: { value: 'CASELOAD' } });
    const template = await screen.findByRole('link', { name: 'Leeg sjabloon downloaden' });
    expect(template).toHaveAttribute('download', 'sjabloon-caseload.csv');
    const href = template.getAttribute('href')!;
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe('\ufeffpeildatum;gemeente;kennisdomein;aantal\r\n');

    const places = screen.getByText(/Geldige waarden: Gemeente \(2\)/).closest('details')!;
    const rows = within(within(places).getByRole('table', { hidden: true }))
      .getAllByRole('row', { hidden: true })
      .slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['ZaanstadGM0479', 'PurmerendGM0439']);
    expect(places).toHaveTextContent('Ook toegestaan: Niet gespecificeerd, Totaal.');
    const domains = screen.getByText(/Geldige waarden: Kennisdomein \(1\)/).closest('details')!;
    expect(domains).toHaveTextContent('Ernstig huiselijk geweld');
    expect(domains).toHaveTextContent('huiselijk-geweld');
    expect(domains).toHaveTextContent('Leeg laten mag: dat is het totaal.');
    // Only the list columns: not peildatum or aantal.
    expect(document.querySelectorAll('details.zv-valid-values')).toHaveLength(2);
  });

  it('lists the rows the file changes, adds and removes: old → new, the first 50 and "en N meer", all on request', async () => {
    renderPage();
    chooseFile();
    const added = Array.from({ length: 60 }, (_, i) =>
      rowChange({ key: '2024-06-01', effect: 'ADDED', before: null, after: i, domain: `Domein ${i}`, domainCode: `d${i}` }),
    );
    const report: ImportReport = {
      ...clean,
      added: 60,
      changed: 1,
      removed: 1,
      unchanged: 5,
      rowChanges: [
        rowChange({}),
        ...added,
        rowChange({ effect: 'REMOVED', municipality: 'Landsmeer', municipalityCode: 'GM0415', before: 2, after: null }),
      ],
    };
    fetchMock.mockImplementationOnce(() => answer(200, report));
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    const preview = await screen.findByRole('region', { name: 'Controle: wat de import verandert' });

    const changed = within(preview).getByRole('region', { name: 'Gewijzigde regels (1)' });
    const cells = (table: HTMLElement) =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent),
        );
    expect(within(changed).getByRole('columnheader', { name: 'Aantal vóór' })).toBeInTheDocument();
    expect(cells(within(changed).getByRole('table'))).toEqual([
      ['1 februari 2023', 'Zaanstad', 'Totaal (alle kennisdomeinen)', '45', '47'],
    ]);

    const removed = within(preview).getByRole('region', { name: 'Verwijderde regels (1)' });
    expect(cells(within(removed).getByRole('table'))).toEqual([['1 februari 2023', 'Landsmeer', 'Totaal (alle kennisdomeinen)', '2']]);

    const news = within(preview).getByRole('region', { name: 'Nieuwe regels (60)' });
    expect(cells(within(news).getByRole('table'))).toHaveLength(ROWS_SHOWN);
    expect(cells(within(news).getByRole('table'))[0]).toEqual(['1 juni 2024', 'Zaanstad', 'Domein 0', '0']);
    expect(news).toHaveTextContent('en 10 meer');
    fireEvent.click(within(news).getByRole('button', { name: 'Alle 60 tonen' }));
    expect(cells(within(news).getByRole('table'))).toHaveLength(60);
    expect(news).not.toHaveTextContent('en 10 meer');
    expect(within(preview).getByRole('button', { name: 'Alle 62 regels als CSV downloaden' })).toBeInTheDocument();
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
