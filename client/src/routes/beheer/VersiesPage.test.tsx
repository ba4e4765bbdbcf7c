import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SessionContext } from '../../session/SessionContext';
import { admin, TestProviders, type Mock } from '../../test-support/apollo';
import { DataVersionsQuery, RestoreVersionMutation } from './dataQueries';
import VersiesPage from './VersiesPage';

const version = (id: string, total: number, current = false) => ({
  __typename: 'DataVersion',
  id,
  kind: 'CASELOAD',
  key: '2024-06-01',
  replacedAt: '2025-03-04T09:15:00Z',
  replacedBy: 'admin',
  rows: 8,
  total,
  current,
});

const report = (dryRun: boolean) => ({
  __typename: 'ImportReport',
  kind: 'CASELOAD',
  dryRun,
  rowsRead: 8,
  added: 0,
  changed: 1,
  unchanged: 7,
  removed: 0,
  moreErrors: 0,
  errors: [],
  changes: [
    {
      __typename: 'ImportChange',
      key: '2024-06-01',
      effect: 'CHANGED',
      added: 0,
      changed: 1,
      unchanged: 7,
      removed: 0,
      totalBefore: 104,
      totalAfter: 101,
    },
  ],
  rowChanges: [
    {
      __typename: 'ImportRowChange',
      key: '2024-06-01',
      effect: 'CHANGED',
      scope: 'municipality',
      municipalityCode: 'GM0479',
      municipality: 'Zaanstad',
      domainCode: null,
      domain: null,
      fundingCode: null,
      fundingSource: null,
      before: 50,
      after: 47,
      textBefore: null,
      textAfter: null,
    },
  ],
  moreRowChanges: 0,
});

const versions = (list: object[]): Mock => ({
  request: { query: DataVersionsQuery, variables: { kind: null } },
  result: { data: { dataVersions: list } },
});
const restore = (dryRun: boolean): Mock => ({
  request: { query: RestoreVersionMutation, variables: { id: '1', dryRun } },
  result: { data: { restoreVersion: report(dryRun) } },
});

afterEach(() => window.history.replaceState(null, '', '/'));

describe('VersiesPage', () => {
  it('lists the versions and restores one only after showing what it changes', async () => {
    window.history.replaceState(null, '', '/beheer/versies');
    render(
      <TestProviders
        mocks={[versions([version('1', 101)]), restore(true), restore(false), versions([version('2', 104), version('1', 101, true)])]}
      >
        <SessionContext.Provider value={{ user: admin, regionName: 'Zaanstreek-Waterland', logout: async () => undefined }}>
          <VersiesPage />
        </SessionContext.Provider>
      </TestProviders>,
    );
    const table = await screen.findByRole('table', { name: 'Bewaarde versies' });
    const row = within(table).getByRole('row', { name: /1 juni 2024/ });
    expect(row).toHaveTextContent(/Casuïstiek \(aantallen\)1 juni 20244 maart 2025 om \d\d:15admin8101Terugzetten/);

    fireEvent.click(
      within(row).getByRole('button', { name: /^Terugzetten: Casuïstiek \(aantallen\) 1 juni 2024, vervangen op 4 maart 2025/ }),
    );
    const panel = screen.getByRole('group', { name: 'Versie van Casuïstiek (aantallen), 1 juni 2024 terugzetten?' });
    expect(panel).toHaveFocus();
    expect(within(panel).getByRole('button', { name: 'Ja, terugzetten' })).toBeDisabled();
    const perDate = await within(panel).findByRole('table', { name: 'Wat terugzetten verandert: Casuïstiek (aantallen), 1 juni 2024' });
    const change = within(perDate).getByRole('row', { name: /1 juni 2024/ });
    expect(
      within(change)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['gewijzigd', '0', '1', '7', '0', '104', '101']);
    expect(within(panel).getByRole('status')).toHaveTextContent('Terugzetten verandert: 0 toegevoegd, 1 gewijzigd, 0 verwijderd.');
    const zaanstad = within(within(panel).getByRole('region', { name: 'Gewijzigde regels (1)' })).getByRole('row', { name: /Zaanstad/ });
    expect(
      within(zaanstad)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1 juni 2024', 'Zaanstad', 'Totaal (alle kennisdomeinen)', '50', '47']);

    fireEvent.click(within(panel).getByRole('button', { name: 'Ja, terugzetten' }));
    await waitFor(() =>
      expect(screen.getByText(/^Versie teruggezet/)).toHaveTextContent(
        'Versie teruggezet (Casuïstiek (aantallen), 1 juni 2024): 0 toegevoegd, 1 gewijzigd, 0 verwijderd.',
      ),
    );
    expect(screen.getByText(/^Versie teruggezet/)).toHaveFocus();
    const list = screen.getByRole('table', { name: 'Bewaarde versies' });
    expect(within(list).getAllByRole('row')).toHaveLength(3);
    // The version put back is what the dashboard shows now: said in words, and not offered again.
    const [newer, current] = within(list).getAllByRole('row').slice(1);
    expect(current).toHaveTextContent('Huidige versie');
    expect(within(current!).queryByRole('button', { name: /Terugzetten/ })).not.toBeInTheDocument();
    expect(newer).not.toHaveTextContent('Huidige versie');
    expect(within(newer!).getByRole('button', { name: /Terugzetten/ })).toBeInTheDocument();
  });
});
