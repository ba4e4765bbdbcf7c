import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import { LanguageProvider, translator } from '../../i18n/LanguageContext';
import { RowChanges, rowChangesCsv } from './ImportRowChanges';
import type { ImportReport } from './importUpload';

const population: ImportReport = {
  kind: 'POPULATION',
  flowConsistency: null,
  dryRun: true,
  rowsRead: 2,
  added: 1,
  changed: 1,
  unchanged: 0,
  removed: 0,
  moreErrors: 0,
  errors: [],
  changes: [],
  rowChanges: [
    {
      __typename: 'ImportRowChange',
      key: '2024',
      effect: 'CHANGED',
      scope: null,
      municipalityCode: 'GM0852',
      municipality: 'Waterland',
      domainCode: null,
      domain: null,
      fundingCode: null,
      fundingSource: null,
      before: 17_612,
      after: 17_700,
      textBefore: 'CBS 2023',
      textAfter: 'CBS 2024',
    },
  ],
  moreRowChanges: 1,
};

describe('the rows an import changes', () => {
  it('as CSV: effect, year, municipality, code, old and new, and the sources old and new', () => {
    const lines = rowChangesCsv(population, translator('nl'))
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines).toEqual([
      'Effect;Jaar;Gemeente;Code;Vóór;Na;Bron vóór;Bron na',
      'gewijzigd;2024;Waterland;GM0852;17612;17700;CBS 2023;CBS 2024',
    ]);
    expect(rowChangesCsv(population, translator('en')).split('\r\n')[0]).toBe(
      '\uFEFFEffect;Year;Municipality;Code;Before;After;Source before;Source after',
    );
  });

  it('shows inhabitants old → new with the source change, and says how many rows are past the list', () => {
    render(
      <LanguageProvider lang="nl">
        <RowChanges report={population} />
      </LanguageProvider>,
    );
    const changed = screen.getByRole('region', { name: 'Gewijzigde regels (1)' });
    expect(
      within(changed)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2024', 'Waterland', '17.612', '17.700', 'CBS 2023 → CBS 2024']);
    // One added row is counted but not listed: said, and "en 1 meer" under its group.
    const added = screen.getByRole('region', { name: 'Nieuwe regels (1)' });
    expect(within(added).getByText(/en 1 meer/)).toBeInTheDocument();
    expect(within(added).queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/^Nog 1 regel verandert ook/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Deze regel als CSV downloaden' })).toBeInTheDocument();
  });
});
