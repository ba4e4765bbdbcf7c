import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { LanguageProvider } from '../../i18n/LanguageContext';
import { FlowConsistency } from './FlowConsistency';
import type { ImportReport } from './importUpload';

const report: ImportReport = {
  kind: 'FLOWS',
  dryRun: true,
  rowsRead: 20,
  added: 20,
  changed: 0,
  unchanged: 0,
  removed: 0,
  moreErrors: 0,
  errors: [],
  changes: [],
  rowChanges: [],
  moreRowChanges: 0,
  flowConsistency: {
    __typename: 'FlowConsistency',
    checked: [{ __typename: 'FlowCountPair', from: '2023-02-01', to: '2023-03-01', months: ['2023-02'] }],
    mismatches: [
      {
        __typename: 'FlowMismatch',
        from: '2023-02-01',
        to: '2023-03-01',
        months: ['2023-02'],
        municipalityCode: null,
        municipality: null,
        unspecified: false,
        expected: 99,
        actual: 100,
      },
      {
        __typename: 'FlowMismatch',
        from: '2023-02-01',
        to: '2023-03-01',
        months: ['2023-02'],
        municipalityCode: 'GM0479',
        municipality: 'Zaanstad',
        unspecified: false,
        expected: 47,
        actual: 48,
      },
    ],
    unchecked: [{ __typename: 'FlowCountPair', from: '2023-04-01', to: '2023-06-01', months: ['2023-05'] }],
  },
};

describe('the consistency of counts with flows in the import report', () => {
  it('warns, names the count dates, months and municipalities, and what could not be checked', () => {
    render(
      <LanguageProvider lang="nl">
        <FlowConsistency report={report} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('status').textContent).toMatch(/op 2 plaatsen volgen de lopende casussen niet/);
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toContain('1 februari 2023 tot 1 maart 2023 (februari 2023)Regio (totaal)99100');
    expect(rows).toContain('1 februari 2023 tot 1 maart 2023 (februari 2023)Zaanstad4748');
    expect(screen.getByText(/Niet te controleren: 1 april 2023 tot 1 juni 2023, want voor mei 2023/)).toBeTruthy();
  });

  it('says so in English, without Dutch', () => {
    const { container } = render(
      <LanguageProvider lang="en">
        <FlowConsistency report={{ ...report, flowConsistency: { ...report.flowConsistency!, mismatches: [], unchecked: [] } }} />
      </LanguageProvider>,
    );
    expect(container.textContent).toBe(
      'Running cases and inflow and outflowThe running cases follow from the previous count plus inflow minus outflow: 1 February 2023 to 1 March 2023.',
    );
  });

  it('shows nothing for other kinds', () => {
    const { container } = render(
      <LanguageProvider lang="nl">
        <FlowConsistency report={{ ...report, kind: 'CASELOAD', flowConsistency: null }} />
      </LanguageProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
