import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { BarChart } from '../charts/BarChart';
import { LanguageProvider } from '../i18n/LanguageContext';
import { caseMarks, caseTable } from '../models/caseload';
import { feb2023, textContext } from '../test-support/fixtures';
import { ChartFrame } from './ChartFrame';

function renderCasesChart({ indicator }: { indicator?: 'RUNNING_CASES' } = {}) {
  const ctx = textContext('nl');
  const { data, apart } = caseMarks(feb2023, 'absolute', ctx);
  render(
    <LanguageProvider lang="nl">
      <ChartFrame
        title="Lopende casussen per gemeente, 1 februari 2023"
        summary="Zaanstad heeft 45 van de 96 lopende casussen (47%)."
        sources={[{ document: '003_8a1aa5aa1d12b1c5.txt', section: 'Ad.a Casuïstiek ZVH ZaWa' }]}
        table={caseTable(feb2023, ctx)}
        indicator={indicator}
      >
        {(summaryId) => <BarChart label="Lopende casussen" describedBy={summaryId} data={data} apart={apart} formatTick={String} />}
      </ChartFrame>
    </LanguageProvider>,
  );
  return { data, apart };
}

describe('ChartFrame', () => {
  it('links "Over dit cijfer" to the definition of its figure, described by the chart title', () => {
    renderCasesChart({ indicator: 'RUNNING_CASES' });
    const link = screen.getByRole('link', { name: 'Over dit cijfer' });
    expect(link).toHaveAttribute('href', '/cijfers/RUNNING_CASES');
    expect(link).toHaveAccessibleDescription('Lopende casussen per gemeente, 1 februari 2023');
  });

  it('has no "Over dit cijfer" link when it is not told which figure it shows', () => {
    renderCasesChart();
    expect(screen.queryByRole('link', { name: 'Over dit cijfer' })).not.toBeInTheDocument();
  });

  it('shows title, summary and source, and describes the chart by its summary', () => {
    renderCasesChart();
    expect(screen.getByRole('heading', { name: 'Lopende casussen per gemeente, 1 februari 2023' })).toBeInTheDocument();
    const chart = screen.getByRole('group', { name: 'Lopende casussen' });
    expect(chart).toHaveAccessibleDescription('Zaanstad heeft 45 van de 96 lopende casussen (47%).');
    expect(screen.getByText(/Ad\.a Casuïstiek ZVH ZaWa/)).toBeInTheDocument();
  });

  it('opens the table alternative with the button, and the table holds exactly the chart numbers', () => {
    const { data, apart } = renderCasesChart();
    const button = screen.getByRole('button', { name: 'Tabel tonen' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Tabel verbergen' })).toHaveAttribute('aria-expanded', 'true');
    const table = screen.getByRole('table', { name: 'Lopende casussen per gemeente, 1 februari 2023' });
    for (const mark of [...data, ...apart]) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${mark.label}\\b`) });
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(mark.valueText);
    }
    expect(within(table).getByRole('row', { name: /^Totaal/ })).toHaveTextContent('96');
  });
});
