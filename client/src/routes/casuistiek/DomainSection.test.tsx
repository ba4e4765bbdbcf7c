import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { LanguageProvider } from '../../i18n/LanguageContext';
import { textContext } from '../../test-support/fixtures';
import { DomainSection } from './DomainSection';

const domain = (code: string, name: string, count: number | null, suppressed = false) => ({
  __typename: 'DomainCaseCount' as const,
  domain: { __typename: 'KnowledgeDomain' as const, code, name },
  count,
  suppressed,
});
const snapshot = {
  peildatum: '2023-02-01',
  peildatumPrecision: 'DAY' as const,
  source: { __typename: 'Source' as const, document: '003_8a1aa5aa1d12b1c5.txt', section: null, note: null, title: null, url: null },
  byDomain: [domain('hg', 'Huiselijk geweld', 31), domain('rad', 'Radicalisering', null, true), domain('ovd', 'Ondermijning', 12)],
};

function renderSection(byDomain = snapshot.byDomain) {
  render(
    <LanguageProvider lang="nl">
      <DomainSection snapshot={{ ...snapshot, byDomain }} suppressBelow={5} ctx={textContext('nl')} />
    </LanguageProvider>,
  );
}

describe('DomainSection', () => {
  it('shows a suppressed count as "< 5" in the chart and the table, with the note under the chart', () => {
    renderSection();
    const chart = screen.getByRole('group', { name: /Casussen per kennisdomein/ });
    expect(within(chart).getByText('< 5')).toBeInTheDocument();
    expect(chart.querySelector('[aria-label="Radicalisering minder dan 5"]')).not.toBeNull();
    expect(screen.getByText(/Kleine aantallen \(1 tot en met 4\) zijn afgeschermd, zodat niemand herleidbaar is\./)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Tabel tonen' }));
    const row = within(screen.getByRole('table')).getByRole('row', { name: /^Radicalisering/ });
    expect(within(row).getByRole('cell')).toHaveTextContent('< 5');
  });

  it('has no note when nothing is suppressed', () => {
    renderSection([domain('hg', 'Huiselijk geweld', 31)]);
    expect(screen.queryByText(/Kleine aantallen/)).not.toBeInTheDocument();
  });
});
