import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { BarChart } from './BarChart';
import { caseMark, caseMarks, unspecified } from './testData';

const formatTick = (value: number) => String(value);

function renderChart(props: Partial<Parameters<typeof BarChart>[0]> = {}) {
  return render(
    <BarChart
      label="Casussen per gemeente"
      data={caseMarks()}
      apart={[unspecified]}
      formatTick={formatTick}
      unselectable={['niet-gespecificeerd']}
      {...props}
    />,
  );
}

describe('BarChart', () => {
  it('is a labelled group with one focusable mark per datum, announced by its aria-label', () => {
    renderChart();
    expect(screen.getByRole('group', { name: 'Casussen per gemeente' })).toBeInTheDocument();
    const marks = screen.getAllByRole('img');
    expect(marks).toHaveLength(8);
    expect(screen.getByRole('img', { name: 'Zaanstad: 45 casussen' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('img', { name: 'Niet gespecificeerd: 9 casussen' })).toHaveAttribute('tabindex', '0');
  });

  it('shows every value text and label', () => {
    renderChart();
    expect(screen.getByText('45')).toBeInTheDocument();
    expect(screen.getByText('27')).toBeInTheDocument();
    expect(screen.getByText('Niet gespecificeerd')).toBeInTheDocument();
  });

  it('calls onSelect with the key on click, Enter and Space when the mark is selectable', () => {
    const onSelect = jest.fn<(key: string) => void>();
    renderChart({ onSelect });
    const zaanstad = screen.getByRole('link', { name: 'Zaanstad: 45 casussen' });
    fireEvent.click(zaanstad);
    fireEvent.keyDown(zaanstad, { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('link', { name: 'Purmerend: 27 casussen' }), { key: ' ' });
    fireEvent.keyDown(zaanstad, { key: 'a' });
    expect(onSelect.mock.calls).toEqual([['GM0479'], ['GM0479'], ['GM0439']]);
  });

  it('never makes unselectable marks links, and ignores clicks on them', () => {
    const onSelect = jest.fn<(key: string) => void>();
    renderChart({ onSelect });
    expect(screen.getAllByRole('link')).toHaveLength(7);
    const apart = screen.getByRole('img', { name: 'Niet gespecificeerd: 9 casussen' });
    fireEvent.click(apart);
    fireEvent.keyDown(apart, { key: 'Enter' });
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('draws no bar for a null value but still shows its value text', () => {
    const { container } = renderChart({ data: [caseMark('Zaanstad', 45), caseMark('Oostzaan', null)], apart: [] });
    const oostzaan = screen.getByRole('img', { name: 'Oostzaan: afgeschermd casussen' });
    expect(oostzaan.querySelector('.chart-bar')).toBeNull();
    expect(oostzaan).toHaveTextContent('afgeschermd');
    expect(container.querySelectorAll('.chart-bar')).toHaveLength(1);
  });

  it('hatches the apart bar through a pattern whose id is usable in url(#…)', () => {
    const { container } = renderChart();
    const apartBar = screen.getByRole('img', { name: 'Niet gespecificeerd: 9 casussen' }).querySelector('.chart-bar');
    const fill = apartBar?.getAttribute('fill') ?? '';
    expect(fill).toMatch(/^url\(#[A-Za-z0-9_-]+\)$/);
    const id = fill.slice(5, -1);
    expect(container.querySelector(`pattern[id="${id}"]`)).not.toBeNull();
  });

  it('puts the highlighted label in bold and outlines its bar', () => {
    renderChart({ highlight: 'GM0439' });
    expect(screen.getByText('Purmerend')).toHaveAttribute('font-weight', '700');
    expect(screen.getByText('Zaanstad')).toHaveAttribute('font-weight', '400');
    const purmerend = screen.getByRole('img', { name: 'Purmerend: 27 casussen' });
    expect(purmerend.querySelector('.chart-bar')).toHaveAttribute('stroke-width', '2');
    const zaanstad = screen.getByRole('img', { name: 'Zaanstad: 45 casussen' });
    expect(zaanstad.querySelector('.chart-bar')).toHaveAttribute('stroke', 'none');
  });

  it('keeps a link’s visible text inside its accessible name: names sit outside the marks, hidden from screen readers', () => {
    renderChart({ onSelect: () => {} });
    const zaanstad = screen.getByRole('link', { name: 'Zaanstad: 45 casussen' });
    expect(zaanstad).toHaveTextContent(/^45$/);
    expect(screen.getByText('Zaanstad').closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('hides the axis from screen readers and passes describedBy through', () => {
    const { container } = renderChart({ describedBy: 'summary-1' });
    expect(screen.getByRole('group')).toHaveAttribute('aria-describedby', 'summary-1');
    expect(container.querySelector('.chart-axis')).toHaveAttribute('aria-hidden', 'true');
  });

  it('omits aria-describedby when there is no summary', () => {
    renderChart();
    expect(screen.getByRole('group')).not.toHaveAttribute('aria-describedby');
  });
});
